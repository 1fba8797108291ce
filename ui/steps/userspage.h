// The page of step 5: the users of Actions. Invite one person (address, name, role, teams), manage the
// teams (Everyone is there from the start and stays), and the users and invitations with filters, each
// with what became of its invitation email (sent, in the outbox, not sent and why) and the actions an
// admin takes on one: resend, revoke, change the role or the teams, remove (which core's original-user rule
// may refuse: the reason is shown), and retry the failed deliveries. Import from CSV… opens the import's
// wizard (CsvImportDialog) over the same service.
// Everything goes through sia::UsersService (and the delivery's signals); the page only shows and forwards.
#pragma once

#include "csvimportdialog.h"
#include "setup/steps/usersstep.h"
#include "steppagebase.h"
#include "users/userdirectory.h"

#include <QPointer>

#include <functional>

class Banner;
class FittedTableView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sia {
class InvitationDelivery;
class UsersService;
class UsersTableModel;
} // namespace sia

class UsersStepPage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::UsersStep::stepNumber;

    explicit UsersStepPage(QWidget* parent = nullptr);

    void setServices(const StepServices& services) override;

    // Asked before a removal; answers whether to go on. A message box by default; tests answer themselves.
    using Confirmation = std::function<bool(const QString& title, const QString& question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    // For tests and the tour: the widgets an admin uses.
    QLineEdit* inviteEmailEdit() const { return m_email; }
    QLineEdit* inviteFirstNameEdit() const { return m_firstName; }
    QLineEdit* inviteLastNameEdit() const { return m_lastName; }
    QComboBox* inviteRoleCombo() const { return m_role; }
    QListWidget* inviteTeamsList() const { return m_inviteTeams; }
    QPushButton* inviteButton() const { return m_invite; }
    QPushButton* importCsvButton() const { return m_importCsv; }
    CsvImportDialog* importDialog() const { return m_importDialog; } // while it is open
    Banner* resultBanner() const { return m_result; }
    Banner* errorBanner() const { return m_error; }
    QListWidget* teamsList() const { return m_teams; }
    QLineEdit* teamNameEdit() const { return m_teamName; }
    QPushButton* createTeamButton() const { return m_createTeam; }
    QPushButton* renameTeamButton() const { return m_renameTeam; }
    QPushButton* deleteTeamButton() const { return m_deleteTeam; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* roleFilter() const { return m_roleFilter; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QComboBox* teamFilter() const { return m_teamFilter; }
    QCheckBox* failedOnlyFilter() const { return m_failedOnly; }
    FittedTableView* usersView() const { return m_table; }
    sia::UsersTableModel* usersModel() const { return m_model; }
    QComboBox* changeRoleCombo() const { return m_changeRole; }
    QPushButton* changeRoleButton() const { return m_applyRole; }
    QListWidget* changeTeamsList() const { return m_changeTeams; }
    QPushButton* changeTeamsButton() const { return m_applyTeams; }
    QPushButton* resendButton() const { return m_resend; }
    QPushButton* revokeButton() const { return m_revoke; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* openEmailButton() const { return m_openEmail; }
    QPushButton* openOutboxButton() const { return m_openOutbox; }
    QLabel* deliveryLabel() const { return m_deliveryText; }

    // Selects the row of the user with this address (tests, and after an action).
    bool selectUser(const QString& email);

signals:
    void usersChanged(); // the users and teams were (re)loaded and are shown
    void actionFinished(); // one press of a button has ended (done, or refused with the reason shown)

protected:
    void stepViewChanged(const sia::StepView& view) override;

private:
    QWidget* buildControls();
    QWidget* buildInviteCard();
    QWidget* buildImportCard();
    QWidget* buildTeamsCard();
    QWidget* buildUsersCard();
    void reload();
    void showTeams(const QList<sia::TeamRecord>& teams);
    void onInvite();
    void onImportCsv();
    void onCreateTeam();
    void onRenameTeam();
    void onDeleteTeam();
    void onSelectionChanged();
    void onApplyRole();
    void onApplyTeams();
    void onResend();
    void onRevoke();
    void onRemove();
    void onRetry();
    // The selected user's invitation email in the outbox, or its folder, opened by the desktop.
    void openOutboxPath(bool folder);
    // Runs one action on the selected user's address and shows its outcome.
    void actOnSelected(const QString& failureTitle, const QString& doneText,
        std::function<void(const QString& email, std::function<void(sia::Result<sia::UserRecord>)>)> action);
    void finishAction(const QString& failureTitle, const sia::Error* error, const QString& doneText);
    void showError(const QString& title, const sia::Error& error);
    void updateEnabled();
    QString selectedEmail() const;
    QString selectedTeam() const;
    sia::UserFilter currentFilter() const;

    QPointer<sia::UsersService> m_service;
    QPointer<sia::InvitationDelivery> m_delivery;
    Confirmation m_confirm;
    QList<sia::TeamRecord> m_teamRecords;
    bool m_busy = false;

    Banner* m_error = nullptr;
    Banner* m_result = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QComboBox* m_role = nullptr;
    QListWidget* m_inviteTeams = nullptr;
    QPushButton* m_invite = nullptr;
    QPushButton* m_importCsv = nullptr;
    QPointer<CsvImportDialog> m_importDialog;
    QListWidget* m_teams = nullptr;
    QLineEdit* m_teamName = nullptr;
    QPushButton* m_createTeam = nullptr;
    QPushButton* m_renameTeam = nullptr;
    QPushButton* m_deleteTeam = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_roleFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_teamFilter = nullptr;
    QCheckBox* m_failedOnly = nullptr;
    FittedTableView* m_table = nullptr;
    sia::UsersTableModel* m_model = nullptr;
    QComboBox* m_changeRole = nullptr;
    QPushButton* m_applyRole = nullptr;
    QListWidget* m_changeTeams = nullptr;
    QPushButton* m_applyTeams = nullptr;
    QPushButton* m_resend = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_openEmail = nullptr;
    QPushButton* m_openOutbox = nullptr;
    QLabel* m_deliveryText = nullptr;
};
