// The page of step 1: setting up the Actions account. The instance (created here when there is none),
// Marketo's admins to choose from (through the Marketo connection, with Refresh) or addresses typed in,
// Invite, the admins invited so far with the original user marked (and Remove, which the original user's
// rule may refuse: the reason is shown), and the integration details card.
// Everything it does goes through sia::AccountSetupService (and the Marketo connection's admins list);
// the page only shows and forwards.
#pragma once

#include "marketo/marketoconnectionservice.h"
#include "setup/steps/accountsetupstep.h"
#include "steppagebase.h"
#include "users/accountsetupservice.h"

#include <QPointer>

class Banner;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

class AccountSetupPage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::AccountSetupStep::stepNumber;

    explicit AccountSetupPage(QWidget* parent = nullptr);

    void setServices(const StepServices& services) override;

    // For tests and the tour: the widgets an admin uses.
    QLineEdit* instanceNameEdit() const { return m_instanceName; }
    QPushButton* createInstanceButton() const { return m_createInstance; }
    QLabel* instanceLabel() const { return m_instanceText; }
    QListWidget* marketoAdminsList() const { return m_marketoAdmins; }
    QLabel* marketoAdminsNote() const { return m_marketoNote; }
    QPushButton* refreshButton() const { return m_refresh; }
    QLineEdit* typedAddressesEdit() const { return m_typed; }
    QPushButton* inviteButton() const { return m_invite; }
    QListWidget* invitedList() const { return m_invited; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* integrationLabel() const { return m_integration; }
    Banner* errorBanner() const { return m_error; }
    Banner* doneBanner() const { return m_done; }

signals:
    void accountChanged(); // the state was (re)loaded: the page shows it
    void marketoAdminsChanged(); // Marketo's list arrived, or why it could not
    void inviteFinished(); // one press of Invite (or Create) has ended
    void removeFinished(); // one press of Remove has ended (removed, or refused with the reason shown)

protected:
    void stepViewChanged(const sia::StepView& view) override;

private:
    QWidget* buildControls();
    QWidget* buildInstanceCard();
    QWidget* buildAdminsCard();
    QWidget* buildInvitedCard();
    QWidget* buildIntegrationCard();
    void reload();
    void refreshMarketoAdmins();
    void showState(const sia::AccountSetupState& state);
    // One line of the invited list: the address, who invited and when, and what became of the email.
    static QString removedLine(const sia::InvitedAdmin& admin);
    static QString pendingLine(const sia::InvitedAdmin& admin);
    void showMarketoAdmins();
    void showIntegration(const sia::IntegrationDetails& details);
    void onCreateInstance();
    void onInvite();
    void onRemove();
    void showError(const sia::Error& error);
    void updateEnabled();
    bool isInvited(const QString& email) const;

    QPointer<sia::AccountSetupService> m_service;
    QPointer<sia::MarketoConnectionService> m_marketo;
    std::optional<sia::AccountSetupState> m_state;
    QList<sia::MarketoAdmin> m_admins;
    bool m_busy = false;
    bool m_marketoBusy = false;

    Banner* m_error = nullptr;
    Banner* m_done = nullptr;
    QLabel* m_instanceText = nullptr;
    QLineEdit* m_instanceName = nullptr;
    QPushButton* m_createInstance = nullptr;
    QListWidget* m_marketoAdmins = nullptr;
    QLabel* m_marketoNote = nullptr;
    QPushButton* m_refresh = nullptr;
    QLineEdit* m_typed = nullptr;
    QPushButton* m_invite = nullptr;
    QListWidget* m_invited = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_integration = nullptr;
};
