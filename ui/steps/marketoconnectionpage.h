// The page of step 3: connecting Actions to Marketo. The four details (the secret masked, with a reveal
// button, and kept only in the keychain), the button that connects or tests, each named check with its
// result, time and fix, the owner, the API budget, and Disconnect. Everything it does goes through
// sia::MarketoConnectionService, which decides; the page only shows and forwards.
#pragma once

#include "connections/connectionrecord.h"
#include "marketo/marketoconnectionservice.h"
#include "network/networksettingseditor.h"
#include "setup/steps/marketoconnectionstep.h"
#include "steppagebase.h"

#include <QPointer>

class ApiBudgetCard;
class Banner;
class NamedCheckList;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

class MarketoConnectionPage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::MarketoConnectionStep::stepNumber;

    explicit MarketoConnectionPage(QWidget* parent = nullptr);

    void setServices(const StepServices& services) override;

    // For tests and the tour: the widgets an admin uses.
    QLineEdit* endpointEdit() const { return m_endpoint; }
    QLineEdit* identityEdit() const { return m_identity; }
    QLineEdit* clientIdEdit() const { return m_clientId; }
    QLineEdit* secretEdit() const { return m_secret; }
    QToolButton* revealButton() const { return m_reveal; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* disconnectButton() const { return m_disconnect; }
    QPushButton* networkButton() const { return m_networkButton; }
    QLabel* ownerLabel() const { return m_owner; }
    ApiBudgetCard* budgetCard() const { return m_budgetCard; }
    Banner* errorBanner() const { return m_error; }
    // The check rows as shown: key → the result's words ("Passed", "Failed", "Skipped", "Running…").
    QString checkResultText(const QString& key) const;
    bool isBusy() const { return m_busy; }

signals:
    void connectionChanged(); // loaded, connected, tested or disconnected: the page shows the new state
    void checksFinished(); // one press of the button has ended (its checks, or its refusal)

protected:
    void stepViewChanged(const sia::StepView& view) override;

private:
    QWidget* buildControls();
    QWidget* buildDetailsCard();
    QWidget* buildChecksCard();
    QWidget* buildOwnerCard();
    void reload();
    void showRecord(const std::optional<sia::ConnectionRecord>& record);
    void showReport(const sia::ConnectionTestReport& report);
    void onTest();
    void onDisconnect();
    void onOutcome(const sia::Result<sia::MarketoTestOutcome>& outcome);
    void showError(const sia::Error& error);
    void setBusy(bool busy);
    void updateEnabled();
    bool formMatchesRecord() const;

    QPointer<sia::MarketoConnectionService> m_service;
    QPointer<sia::NetworkSettingsEditor> m_network;
    std::optional<sia::ConnectionRecord> m_record;
    bool m_busy = false;
    QLineEdit* m_endpoint = nullptr;
    QLineEdit* m_identity = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_secret = nullptr;
    QToolButton* m_reveal = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_disconnect = nullptr;
    QPushButton* m_networkButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    Banner* m_error = nullptr;
    NamedCheckList* m_checks = nullptr;
    QLabel* m_owner = nullptr;
    ApiBudgetCard* m_budgetCard = nullptr;
};
