// The sync settings' first tab (SPEC 6, "Email activity via the Salesforce API"): logging on or off and
// the card of preferences (what is logged, what a contact's task is related to, the task's subtype, the
// subject templates), usable only when the org has the API (sia::EmailApiAvailabilityCheck decides; the
// tab shows "checking…", the reason and the remedy, or that it could not be checked). Also the check of
// Marketo's unsubscribe before a seller emails (SPEC 5), which needs no API.
#pragma once

#include "settings/emailapiavailability.h"

#include <QWidget>

class Banner;
class QCheckBox;
class QComboBox;
class QFrame;
class QLineEdit;
class SettingBinding;

class EmailApiTab : public QWidget
{
    Q_OBJECT

public:
    explicit EmailApiTab(QWidget* parent = nullptr);

    QList<SettingBinding*> bindings() const { return m_bindings; }
    void showChecking();
    void showAvailability(const sia::EmailApiAvailability& availability);

    // For tests and accessibility.
    Banner* availabilityBanner() const { return m_availability; }
    QCheckBox* logViaApiBox() const { return m_logViaApi; }
    QFrame* preferencesCard() const { return m_card; }
    QCheckBox* logRepliesBox() const { return m_logReplies; }
    QLineEdit* emailSubjectEdit() const { return m_emailSubject; }
    QCheckBox* unsubscribeBox() const { return m_unsubscribe; }
    QCheckBox* syncUnsubscribesBox() const { return m_syncUnsubscribes; }

signals:
    // "Check again" on the banner: the org's answer is asked for anew (after the admin fixed the cause).
    void checkAgainRequested();

private:
    void buildPreferences(QWidget* parent);
    QVariant preferences() const;
    void showPreferences(const QVariant& value);

    Banner* m_availability;
    QCheckBox* m_logViaApi;
    QFrame* m_card = nullptr;
    QCheckBox* m_logSent = nullptr;
    QCheckBox* m_logReplies = nullptr;
    QCheckBox* m_logCalls = nullptr;
    QCheckBox* m_relate = nullptr;
    QComboBox* m_subtype = nullptr;
    QLineEdit* m_emailSubject = nullptr;
    QLineEdit* m_callSubject = nullptr;
    QCheckBox* m_unsubscribe;
    QCheckBox* m_syncUnsubscribes = nullptr;
    SettingBinding* m_syncBinding = nullptr;
    QList<SettingBinding*> m_bindings;
    SettingBinding* m_onOff = nullptr;
    SettingBinding* m_cardBinding = nullptr;
};
