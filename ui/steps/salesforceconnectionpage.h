// The page of step 2: connecting Actions to Salesforce. The login host (production, sandbox or the org's My
// Domain), the connected app's consumer key (and its secret, only for an app that requires it), Connect,
// the progress while the browser login runs, Cancel and Copy login link; then the org's card (name and ID,
// instance, user, edition, whether the API is available, the owner and when, the hand-over), the named
// checks with the user's permissions, Test connection, Hand over and Disconnect (confirmed first).
// Everything it does goes through sia::SalesforceConnectionService, which decides; the page only shows and
// forwards.
#pragma once

#include "connections/connectionrecord.h"
#include "salesforce/salesforceconnectionservice.h"
#include "setup/steps/salesforceconnectionstep.h"
#include "steppagebase.h"

#include <QPointer>

class ApiBudgetCard;
class Banner;
class NamedCheckList;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QRadioButton;

class SalesforceConnectionPage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::SalesforceConnectionStep::stepNumber;

    explicit SalesforceConnectionPage(QWidget* parent = nullptr);

    void setServices(const StepServices& services) override;

    // For tests and the tour: the widgets an admin uses.
    QRadioButton* productionChoice() const { return m_production; }
    QRadioButton* sandboxChoice() const { return m_sandboxHost; }
    QRadioButton* myDomainChoice() const { return m_myDomain; }
    QLineEdit* myDomainEdit() const { return m_domain; }
    QLineEdit* consumerKeyEdit() const { return m_consumerKey; }
    QLineEdit* consumerSecretEdit() const { return m_consumerSecret; }
    QPushButton* connectButton() const { return m_connect; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* copyLinkButton() const { return m_copyLink; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* handOverButton() const { return m_handOver; }
    QPushButton* disconnectButton() const { return m_disconnect; }
    QLabel* progressLabel() const { return m_progressText; }
    QLabel* orgLabel() const { return m_org; }
    QLabel* ownerLabel() const { return m_owner; }
    Banner* errorBanner() const { return m_error; }
    NamedCheckList* checks() const { return m_checks; }
    ApiBudgetCard* budgetCard() const { return m_budgetCard; }
    bool isBusy() const { return m_busy; }

signals:
    void connectionChanged(); // loaded, connected, tested, handed over or disconnected
    void finished(); // one press (connect, test, disconnect, hand over) has ended, with its outcome shown

protected:
    void stepViewChanged(const sia::StepView& view) override;

private:
    QWidget* buildControls();
    QWidget* buildConnectCard();
    QWidget* buildOrgCard();
    QWidget* buildChecksCard();
    void reload();
    void showRecord(const std::optional<sia::ConnectionRecord>& record);
    void onConnect();
    void onCancel();
    void onCopyLink();
    void onTest();
    void onHandOver();
    void onDisconnect();
    void disconnectConfirmed();
    void onOutcome(const sia::Result<sia::SalesforceTestOutcome>& outcome, bool connecting);
    void showError(const sia::Error& error);
    void setBusy(bool busy, const QString& text = {});
    void updateEnabled();
    QString loginHostText() const;

    QPointer<sia::SalesforceConnectionService> m_service;
    std::optional<sia::ConnectionRecord> m_record;
    bool m_busy = false;
    bool m_waitingForBrowser = false;
    bool m_connecting = false;
    QRadioButton* m_production = nullptr;
    QRadioButton* m_sandboxHost = nullptr;
    QRadioButton* m_myDomain = nullptr;
    QLineEdit* m_domain = nullptr;
    QLineEdit* m_consumerKey = nullptr;
    QLineEdit* m_consumerSecret = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_copyLink = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    Banner* m_error = nullptr;
    QLabel* m_org = nullptr;
    QLabel* m_owner = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_handOver = nullptr;
    QPushButton* m_disconnect = nullptr;
    NamedCheckList* m_checks = nullptr;
    ApiBudgetCard* m_budgetCard = nullptr;
    QPointer<QMessageBox> m_confirm;
};
