// The sync settings' second tab (SPEC 6, "Email activity via BCC (Email to Salesforce)"): logging by BCC on
// or off; for a user, their Email-to-Salesforce address, checked as it is typed (sia::BccChecklist: an
// error blocks Save, a warning only warns); and the guided checklist for when it does not work, as
// numbered steps: the user's own set-up, the admin's activation that must come first, the other causes.
#pragma once

#include <QWidget>

class Banner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;
class SettingBinding;

class BccTab : public QWidget
{
    Q_OBJECT

public:
    explicit BccTab(QWidget* parent = nullptr);

    QList<SettingBinding*> bindings() const { return m_bindings; }
    // A user's settings (the address and their own checklist first) or the instance's (the admin's first).
    void setUserMode(bool user);
    // What keeps the tab from being saved (a malformed address), or empty.
    QString problem() const;

    // For tests and accessibility.
    QCheckBox* logViaBccBox() const { return m_logViaBcc; }
    QLineEdit* addressEdit() const { return m_address; }
    Banner* addressError() const { return m_addressError; }
    Banner* addressWarning() const { return m_addressWarning; }
    QWidget* checklist() const { return m_checklist; }

private:
    void checkAddress();
    void showChecklist(bool user);

    QCheckBox* m_logViaBcc;
    QWidget* m_addressRow;
    QLineEdit* m_address;
    Banner* m_addressError;
    Banner* m_addressWarning;
    QLabel* m_addressInstanceNote;
    QWidget* m_checklist;
    QVBoxLayout* m_checklistLayout;
    QList<SettingBinding*> m_bindings;
    SettingBinding* m_addressBinding = nullptr;
};
