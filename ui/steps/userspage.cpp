#include "userspage.h"

#include "banner.h"
#include "csvimportdialog.h"
#include "fittedtableview.h"
#include "pagecards.h"
#include "setup/steps/stepregistry.h"
#include "theme.h"
#include "users/invitationdelivery.h"
#include "users/usersservice.h"
#include "users/userstablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using PageCards::card;
using PageCards::paragraph;

namespace {

// The role that carries a team's name on each item of the teams lists.
constexpr int teamNameRole = Qt::UserRole + 1;

void fillTeamChecklist(QListWidget* list, const QList<sia::TeamRecord>& teams, const QStringList& ticked)
{
    const QSignalBlocker quiet(list);
    list->clear();
    for (const sia::TeamRecord& team : teams) {
        auto* item = new QListWidgetItem(team.name, list);
        item->setData(teamNameRole, team.name);
        if (team.isDefault) {
            // Every member belongs to Everyone: shown ticked, not to be unticked.
            item->setFlags(Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(
                ticked.contains(team.name, Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

QStringList tickedTeams(const QListWidget* list)
{
    QStringList teams;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked) {
            teams.append(item->data(teamNameRole).toString());
        }
    }
    return teams;
}

} // namespace

UsersStepPage::UsersStepPage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::UsersStep>(), parent)
    , m_confirm([this](const QString& title, const QString& question) {
        return QMessageBox::question(
                   this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    })
{
    setControls(buildControls());
    setWideControls(buildUsersCard());
    updateEnabled();
}

QWidget* UsersStepPage::buildControls()
{
    auto* controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("stepControls"));
    auto* layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    m_error = new Banner(Banner::Tone::Error, controls);
    m_error->setClosable(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_result = new Banner(Banner::Tone::Info, controls);
    m_result->setClosable(true);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addWidget(buildInviteCard());
    layout->addWidget(buildImportCard());
    layout->addWidget(buildTeamsCard());
    return controls;
}

QWidget* UsersStepPage::buildInviteCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Invite a user"), body);
    auto* hint = paragraph(tr("The invitation email tells them how to sign in to Actions. Someone who is "
                              "already a user or already invited is not sent a second one."),
        frame);
    Theme::setRole(hint, Theme::Role::Muted);
    body->addWidget(hint);
    auto* form = new QFormLayout;
    m_email = new QLineEdit(frame);
    m_email->setPlaceholderText(QStringLiteral("ana@example.com"));
    m_email->setAccessibleName(tr("Email address"));
    connect(m_email, &QLineEdit::textChanged, this, &UsersStepPage::updateEnabled);
    connect(m_email, &QLineEdit::returnPressed, this, &UsersStepPage::onInvite);
    form->addRow(tr("Email address:"), m_email);
    m_firstName = new QLineEdit(frame);
    m_firstName->setAccessibleName(tr("First name"));
    form->addRow(tr("First name (optional):"), m_firstName);
    m_lastName = new QLineEdit(frame);
    m_lastName->setAccessibleName(tr("Last name"));
    form->addRow(tr("Last name (optional):"), m_lastName);
    m_role = new QComboBox(frame);
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(sia::UsersTableModel::roleText(sia::UserRole::User), int(sia::UserRole::User));
    m_role->addItem(sia::UsersTableModel::roleText(sia::UserRole::Admin), int(sia::UserRole::Admin));
    form->addRow(tr("Role:"), m_role);
    m_inviteTeams = new QListWidget(frame);
    m_inviteTeams->setAccessibleName(tr("Teams of the new user"));
    m_inviteTeams->setMaximumHeight(110);
    form->addRow(tr("Teams:"), m_inviteTeams);
    body->addLayout(form);
    auto* row = new QHBoxLayout;
    m_invite = new QPushButton(tr("Invite"), frame);
    m_invite->setObjectName(QStringLiteral("inviteUser"));
    Theme::setRole(m_invite, Theme::Role::PrimaryButton);
    connect(m_invite, &QPushButton::clicked, this, &UsersStepPage::onInvite);
    row->addWidget(m_invite);
    row->addStretch(1);
    body->addLayout(row);
    return frame;
}

QWidget* UsersStepPage::buildImportCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Invite from a CSV file"), body);
    auto* hint
        = paragraph(tr("Many people at once, from a spreadsheet saved as CSV: you check how its columns "
                       "are read and what becomes of every row before anybody is invited."),
            frame);
    Theme::setRole(hint, Theme::Role::Muted);
    body->addWidget(hint);
    auto* row = new QHBoxLayout;
    m_importCsv = new QPushButton(tr("Import from CSV…"), frame);
    m_importCsv->setObjectName(QStringLiteral("importCsv"));
    connect(m_importCsv, &QPushButton::clicked, this, &UsersStepPage::onImportCsv);
    row->addWidget(m_importCsv);
    row->addStretch(1);
    body->addLayout(row);
    return frame;
}

QWidget* UsersStepPage::buildTeamsCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Teams"), body);
    auto* hint = paragraph(tr("Everyone exists from the start and every new member joins it; it cannot be "
                              "renamed or deleted. Deleting another team keeps its members."),
        frame);
    Theme::setRole(hint, Theme::Role::Muted);
    body->addWidget(hint);
    m_teams = new QListWidget(frame);
    m_teams->setAccessibleName(tr("Teams"));
    m_teams->setMaximumHeight(130);
    connect(m_teams, &QListWidget::itemSelectionChanged, this, [this] {
        if (!selectedTeam().isEmpty()) {
            m_teamName->setText(selectedTeam());
        }
        updateEnabled();
    });
    body->addWidget(m_teams);
    m_teamName = new QLineEdit(frame);
    m_teamName->setPlaceholderText(tr("Team name"));
    m_teamName->setAccessibleName(tr("Team name"));
    connect(m_teamName, &QLineEdit::textChanged, this, &UsersStepPage::updateEnabled);
    body->addWidget(m_teamName);
    auto* row = new QHBoxLayout;
    m_createTeam = new QPushButton(tr("Create team"), frame);
    connect(m_createTeam, &QPushButton::clicked, this, &UsersStepPage::onCreateTeam);
    row->addWidget(m_createTeam);
    m_renameTeam = new QPushButton(tr("Rename the selected team"), frame);
    connect(m_renameTeam, &QPushButton::clicked, this, &UsersStepPage::onRenameTeam);
    row->addWidget(m_renameTeam);
    m_deleteTeam = new QPushButton(tr("Delete the selected team"), frame);
    connect(m_deleteTeam, &QPushButton::clicked, this, &UsersStepPage::onDeleteTeam);
    row->addWidget(m_deleteTeam);
    row->addStretch(1);
    body->addLayout(row);
    return frame;
}

QWidget* UsersStepPage::buildUsersCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(this, tr("Users and invitations"), body);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(frame);
    m_search->setPlaceholderText(tr("Search by email or name"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    m_roleFilter = new QComboBox(frame);
    m_roleFilter->setAccessibleName(tr("Role filter"));
    m_roleFilter->addItem(tr("Any role"), -1);
    m_roleFilter->addItem(sia::UsersTableModel::roleText(sia::UserRole::Admin), int(sia::UserRole::Admin));
    m_roleFilter->addItem(sia::UsersTableModel::roleText(sia::UserRole::User), int(sia::UserRole::User));
    filters->addWidget(m_roleFilter);
    m_statusFilter = new QComboBox(frame);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (sia::UserStatus status : { sia::UserStatus::Invited, sia::UserStatus::Active,
             sia::UserStatus::Expired, sia::UserStatus::Revoked }) {
        m_statusFilter->addItem(sia::UsersTableModel::statusText(status), int(status));
    }
    filters->addWidget(m_statusFilter);
    m_teamFilter = new QComboBox(frame);
    m_teamFilter->setAccessibleName(tr("Team filter"));
    m_teamFilter->addItem(tr("Any team"), QString());
    filters->addWidget(m_teamFilter);
    m_failedOnly = new QCheckBox(tr("Only emails not sent"), frame);
    filters->addWidget(m_failedOnly);
    body->addLayout(filters);
    // The directory filters (a search over thousands of users stays on the store's thread); a pause
    // after typing keeps one query per word, not per key.
    auto* pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(250);
    connect(pause, &QTimer::timeout, this, &UsersStepPage::reload);
    connect(m_search, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    for (QComboBox* combo : { m_roleFilter, m_statusFilter, m_teamFilter }) {
        connect(combo, &QComboBox::currentIndexChanged, this, &UsersStepPage::reload);
    }
    connect(m_failedOnly, &QCheckBox::toggled, this, &UsersStepPage::reload);

    m_model = new sia::UsersTableModel(this);
    m_table = new FittedTableView(frame);
    m_table->setAccessibleName(tr("Users and invitations"));
    m_table->setModel(m_model);
    m_table->setFittedRows(12);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &UsersStepPage::onSelectionChanged);
    body->addWidget(m_table);

    auto* actions = new QHBoxLayout;
    m_resend = new QPushButton(tr("Resend invitation"), frame);
    connect(m_resend, &QPushButton::clicked, this, &UsersStepPage::onResend);
    actions->addWidget(m_resend);
    m_revoke = new QPushButton(tr("Revoke invitation"), frame);
    connect(m_revoke, &QPushButton::clicked, this, &UsersStepPage::onRevoke);
    actions->addWidget(m_revoke);
    m_remove = new QPushButton(tr("Remove user…"), frame);
    m_remove->setObjectName(QStringLiteral("removeUser"));
    connect(m_remove, &QPushButton::clicked, this, &UsersStepPage::onRemove);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    m_retry = new QPushButton(tr("Retry the emails not sent"), frame);
    connect(m_retry, &QPushButton::clicked, this, &UsersStepPage::onRetry);
    actions->addWidget(m_retry);
    body->addLayout(actions);

    // Without an SMTP server the invitations are .eml files: the admin sends them from a mail program.
    auto* outbox = new QHBoxLayout;
    m_openEmail = new QPushButton(tr("Open the invitation email"), frame);
    m_openEmail->setToolTip(tr("Opens the selected user's invitation, an .eml file in the outbox, with this "
                               "computer's mail program, to send it from there."));
    connect(m_openEmail, &QPushButton::clicked, this, [this] { openOutboxPath(false); });
    outbox->addWidget(m_openEmail);
    m_openOutbox = new QPushButton(tr("Open the outbox folder"), frame);
    connect(m_openOutbox, &QPushButton::clicked, this, [this] { openOutboxPath(true); });
    outbox->addWidget(m_openOutbox);
    outbox->addStretch(1);
    body->addLayout(outbox);

    auto* change = new QHBoxLayout;
    change->addWidget(new QLabel(tr("Role of the selected user:"), frame));
    m_changeRole = new QComboBox(frame);
    m_changeRole->setAccessibleName(tr("Role of the selected user"));
    m_changeRole->addItem(sia::UsersTableModel::roleText(sia::UserRole::User), int(sia::UserRole::User));
    m_changeRole->addItem(sia::UsersTableModel::roleText(sia::UserRole::Admin), int(sia::UserRole::Admin));
    connect(m_changeRole, &QComboBox::currentIndexChanged, this, &UsersStepPage::updateEnabled);
    change->addWidget(m_changeRole);
    m_applyRole = new QPushButton(tr("Change role"), frame);
    connect(m_applyRole, &QPushButton::clicked, this, &UsersStepPage::onApplyRole);
    change->addWidget(m_applyRole);
    change->addSpacing(24);
    change->addWidget(new QLabel(tr("Teams:"), frame));
    m_changeTeams = new QListWidget(frame);
    m_changeTeams->setAccessibleName(tr("Teams of the selected user"));
    m_changeTeams->setMaximumHeight(90);
    change->addWidget(m_changeTeams, 1);
    m_applyTeams = new QPushButton(tr("Change teams"), frame);
    connect(m_applyTeams, &QPushButton::clicked, this, &UsersStepPage::onApplyTeams);
    change->addWidget(m_applyTeams);
    body->addLayout(change);

    m_deliveryText = paragraph(QString(), frame);
    m_deliveryText->setObjectName(QStringLiteral("deliveryText"));
    Theme::setRole(m_deliveryText, Theme::Role::Muted);
    m_deliveryText->hide();
    body->addWidget(m_deliveryText);
    return frame;
}

void UsersStepPage::setServices(const StepServices& services)
{
    m_service = services.users;
    if (m_delivery) {
        disconnect(m_delivery, nullptr, this, nullptr);
    }
    m_delivery = services.invitationDelivery;
    if (m_service) {
        connect(m_service, &sia::UsersService::changed, this, &UsersStepPage::reload, Qt::UniqueConnection);
    }
    if (m_delivery) {
        connect(m_delivery, &sia::InvitationDelivery::roundStarted, this, [this](int queued) {
            m_deliveryText->setText(tr("Sending %n invitation email(s)…", nullptr, queued));
            m_deliveryText->show();
        });
        connect(m_delivery, &sia::InvitationDelivery::roundFinished, this,
            [this](int sent, int failed, const QString& message) {
                m_deliveryText->setText(message.isEmpty()
                        ? (failed == 0
                                ? tr("%n invitation email(s) delivered: each one's state is in the table.",
                                    nullptr, sent)
                                : tr("%n invitation email(s) could not be sent: see the table, then "
                                     "retry.",
                                    nullptr, failed))
                        : message);
                m_deliveryText->show();
                reload();
            });
    }
    updateEnabled();
    reload();
}

void UsersStepPage::stepViewChanged(const sia::StepView&)
{
    updateEnabled();
}

sia::UserFilter UsersStepPage::currentFilter() const
{
    sia::UserFilter filter;
    filter.search = m_search->text().trimmed();
    if (const int role = m_roleFilter->currentData().toInt(); role >= 0) {
        filter.role = sia::UserRole(role);
    }
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0) {
        filter.status = sia::UserStatus(status);
    }
    filter.team = m_teamFilter->currentData().toString();
    filter.deliveryFailedOnly = m_failedOnly->isChecked();
    return filter;
}

void UsersStepPage::reload()
{
    if (!m_service) {
        return;
    }
    m_service->teams([this](sia::Result<QList<sia::TeamRecord>> teams) {
        if (!teams) {
            showError(tr("The teams could not be read"), teams.error());
            return;
        }
        showTeams(*teams);
        const QString keep = selectedEmail();
        m_service->users(currentFilter(), [this, keep](sia::Result<QList<sia::UserRecord>> users) {
            if (!users) {
                showError(tr("The users could not be read"), users.error());
                return;
            }
            m_model->setUsers(*users);
            if (!keep.isEmpty()) {
                selectUser(keep);
            }
            onSelectionChanged();
            emit usersChanged();
        });
    });
}

void UsersStepPage::showTeams(const QList<sia::TeamRecord>& teams)
{
    m_teamRecords = teams;
    const QStringList inviteTicked = tickedTeams(m_inviteTeams);
    fillTeamChecklist(m_inviteTeams, teams, inviteTicked);

    const QString selected = selectedTeam();
    {
        const QSignalBlocker quiet(m_teams);
        m_teams->clear();
        for (const sia::TeamRecord& team : teams) {
            //: %1 the team's name; %n its members.
            auto* item
                = new QListWidgetItem(tr("%1 (%n member(s))", nullptr, team.members).arg(team.name), m_teams);
            item->setData(teamNameRole, team.name);
            if (team.name == selected) {
                item->setSelected(true);
            }
        }
    }
    const QString filterTeam = m_teamFilter->currentData().toString();
    const QSignalBlocker quiet(m_teamFilter);
    while (m_teamFilter->count() > 1) {
        m_teamFilter->removeItem(1);
    }
    for (const sia::TeamRecord& team : teams) {
        m_teamFilter->addItem(team.name, team.name);
    }
    m_teamFilter->setCurrentIndex(qMax(0, m_teamFilter->findData(filterTeam)));
}

bool UsersStepPage::selectUser(const QString& email)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->userAt(row)->email.compare(email, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString UsersStepPage::selectedEmail() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    const sia::UserRecord* user = m_model->userAt(rows.first().row());
    return user ? user->email : QString();
}

QString UsersStepPage::selectedTeam() const
{
    const QList<QListWidgetItem*> selected = m_teams->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(teamNameRole).toString();
}

void UsersStepPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const sia::UserRecord* user = rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
    if (user) {
        const QSignalBlocker quiet(m_changeRole);
        m_changeRole->setCurrentIndex(m_changeRole->findData(int(user->role)));
        fillTeamChecklist(m_changeTeams, m_teamRecords, user->teams);
    } else {
        m_changeTeams->clear();
    }
    updateEnabled();
}

void UsersStepPage::onInvite()
{
    if (!m_service || m_busy || m_email->text().trimmed().isEmpty()) {
        return;
    }
    sia::Invitee invitee;
    invitee.email = m_email->text().trimmed();
    invitee.firstName = m_firstName->text().trimmed();
    invitee.lastName = m_lastName->text().trimmed();
    invitee.role = sia::UserRole(m_role->currentData().toInt());
    invitee.teams = tickedTeams(m_inviteTeams);
    invitee.source = sia::InvitationSource::Single;
    m_busy = true;
    m_error->hide();
    m_result->hide();
    updateEnabled();
    m_service->invite({ invitee }, [this](sia::Result<QList<sia::InviteResult>> results) {
        m_busy = false;
        if (!results) {
            // Nothing was saved and nothing typed is lost: correct it and press Invite again.
            showError(tr("Nobody was invited"), results.error());
        } else if (!results->isEmpty()) {
            const sia::InviteResult& result = results->first();
            switch (result.outcome) {
            case sia::InviteResult::Outcome::Invited:
                m_result->setTone(Banner::Tone::Info);
                m_result->setTitle(tr("Invited"));
                //: %1 the address. What happens to the email is in the table's Invitation email column.
                m_result->setText(tr("%1 was invited; the invitation email goes out now (see its state in "
                                     "the table below).")
                                      .arg(result.email));
                m_email->clear();
                m_firstName->clear();
                m_lastName->clear();
                break;
            case sia::InviteResult::Outcome::AlreadyUser:
                m_result->setTone(Banner::Tone::Info);
                m_result->setTitle(tr("Already a user"));
                m_result->setText(
                    tr("%1 is already a user of Actions: no invitation was sent.").arg(result.email));
                break;
            case sia::InviteResult::Outcome::AlreadyInvited:
                m_result->setTone(Banner::Tone::Info);
                m_result->setTitle(tr("Already invited"));
                m_result->setText(tr("%1 was already invited and has not answered yet: no second invitation "
                                     "was sent. Use Resend invitation to send it again.")
                                      .arg(result.email));
                break;
            }
            m_result->show();
            reload();
        }
        updateEnabled();
        emit actionFinished();
    });
}

void UsersStepPage::onImportCsv()
{
    if (!m_service || isReadOnly()) {
        return;
    }
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    auto* dialog = new CsvImportDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::imported, this, [this](int invited, const QString& fileName) {
        m_error->hide();
        m_result->setTone(Banner::Tone::Info);
        m_result->setTitle(tr("Invited from a CSV file"));
        //: %1 the CSV file's name.
        m_result->setText(tr("%n people invited from %1; their invitation emails go out now (see their "
                             "state in the table below).",
            nullptr, invited)
                              .arg(fileName));
        m_result->show();
    });
    m_importDialog = dialog;
    dialog->open();
}

void UsersStepPage::finishAction(
    const QString& failureTitle, const sia::Error* error, const QString& doneText)
{
    m_busy = false;
    if (error) {
        showError(failureTitle, *error);
    } else if (!doneText.isEmpty()) {
        m_result->setTone(Banner::Tone::Info);
        m_result->setTitle(tr("Done"));
        m_result->setText(doneText);
        m_result->show();
    }
    reload();
    updateEnabled();
    emit actionFinished();
}

void UsersStepPage::actOnSelected(const QString& failureTitle, const QString& doneText,
    std::function<void(const QString&, std::function<void(sia::Result<sia::UserRecord>)>)> action)
{
    const QString email = selectedEmail();
    if (!m_service || m_busy || email.isEmpty()) {
        return;
    }
    m_busy = true;
    m_error->hide();
    m_result->hide();
    updateEnabled();
    action(email, [this, failureTitle, doneText, email](sia::Result<sia::UserRecord> outcome) {
        finishAction(failureTitle, outcome ? nullptr : &outcome.error(), doneText.arg(email));
    });
}

void UsersStepPage::onApplyRole()
{
    const auto role = sia::UserRole(m_changeRole->currentData().toInt());
    actOnSelected(tr("The role was not changed"),
        //: %1 the address, %2 the role.
        tr("%1 is now: %2.").arg(QStringLiteral("%1"), sia::UsersTableModel::roleText(role)),
        [this, role](const QString& email, auto done) { m_service->setRole(email, role, std::move(done)); });
}

void UsersStepPage::onApplyTeams()
{
    const QStringList teams = tickedTeams(m_changeTeams);
    actOnSelected(tr("The teams were not changed"), tr("The teams of %1 were changed."),
        [this, teams](
            const QString& email, auto done) { m_service->setTeams(email, teams, std::move(done)); });
}

void UsersStepPage::onResend()
{
    actOnSelected(tr("The invitation was not resent"),
        tr("The invitation to %1 is sent again; its state is in the table."),
        [this](const QString& email, auto done) { m_service->resend(email, std::move(done)); });
}

void UsersStepPage::onRevoke()
{
    actOnSelected(tr("The invitation was not revoked"),
        tr("The invitation to %1 was revoked: its link no longer lets them in."),
        [this](const QString& email, auto done) { m_service->revoke(email, std::move(done)); });
}

void UsersStepPage::onRemove()
{
    const QString email = selectedEmail();
    if (email.isEmpty()
        || !m_confirm(tr("Remove user"),
            tr("Remove %1 from Actions? They can no longer sign in; their name stays in the history.")
                .arg(email))) {
        return;
    }
    // The rule is core's (UserRemovalRule): the page only shows its answer, a refusal with its reason.
    actOnSelected(tr("The user was not removed"), tr("%1 was removed from Actions."),
        [this](const QString& address, auto done) { m_service->remove(address, std::move(done)); });
}

void UsersStepPage::onRetry()
{
    if (!m_service || m_busy) {
        return;
    }
    m_busy = true;
    m_error->hide();
    updateEnabled();
    m_service->retryFailed([this](sia::Result<int> queued) {
        finishAction(tr("The emails were not retried"), queued ? nullptr : &queued.error(),
            queued ? tr("%n invitation email(s) queued to be sent again.", nullptr, *queued) : QString());
    });
}

void UsersStepPage::onCreateTeam()
{
    if (!m_service || m_busy) {
        return;
    }
    m_busy = true;
    m_error->hide();
    updateEnabled();
    const QString name = m_teamName->text().trimmed();
    m_service->createTeam(name, [this](sia::Result<sia::TeamRecord> created) {
        if (created) {
            m_teamName->clear();
        }
        finishAction(tr("The team was not created"), created ? nullptr : &created.error(),
            created ? tr("The team %1 was created.").arg(created->name) : QString());
    });
}

void UsersStepPage::onRenameTeam()
{
    const QString from = selectedTeam();
    if (!m_service || m_busy || from.isEmpty()) {
        return;
    }
    m_busy = true;
    m_error->hide();
    updateEnabled();
    m_service->renameTeam(
        from, m_teamName->text().trimmed(), [this, from](sia::Result<sia::TeamRecord> renamed) {
            finishAction(tr("The team was not renamed"), renamed ? nullptr : &renamed.error(),
                //: %1 the old name, %2 the new one.
                renamed ? tr("The team %1 is now called %2.").arg(from, renamed->name) : QString());
        });
}

void UsersStepPage::onDeleteTeam()
{
    const QString name = selectedTeam();
    if (!m_service || m_busy || name.isEmpty()
        || !m_confirm(tr("Delete team"),
            tr("Delete the team %1? Its members stay users of Actions and stay in Everyone.").arg(name))) {
        return;
    }
    m_busy = true;
    m_error->hide();
    updateEnabled();
    m_service->deleteTeam(name, [this, name](sia::Result<bool> deleted) {
        finishAction(tr("The team was not deleted"), deleted ? nullptr : &deleted.error(),
            deleted ? tr("The team %1 was deleted.").arg(name) : QString());
    });
}

void UsersStepPage::showError(const QString& title, const sia::Error& error)
{
    m_error->setTitle(title);
    m_error->setText(QStringLiteral("%1 [%2]").arg(error.message, error.code));
    m_error->show();
}

void UsersStepPage::updateEnabled()
{
    const bool canAct = m_service && !isReadOnly() && !m_busy;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const sia::UserRecord* user = rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
    const bool live = user && user->status != sia::UserStatus::Revoked;
    const bool pending
        = live && user->invitationId != 0 && user->invitationStatus == sia::InvitationStatus::Pending;
    m_email->setReadOnly(!canAct);
    m_invite->setEnabled(canAct && !m_email->text().trimmed().isEmpty());
    m_importCsv->setEnabled(m_service && !isReadOnly());
    m_createTeam->setEnabled(canAct && !m_teamName->text().trimmed().isEmpty());
    const QString team = selectedTeam();
    bool everyone = false;
    for (const sia::TeamRecord& record : m_teamRecords) {
        everyone = everyone || (record.isDefault && record.name == team);
    }
    // Everyone's buttons stay enabled: pressing them shows core's reason, which says more than a grey button.
    m_renameTeam->setEnabled(canAct && !team.isEmpty() && !m_teamName->text().trimmed().isEmpty()
        && m_teamName->text().trimmed() != team);
    m_deleteTeam->setEnabled(canAct && !team.isEmpty());
    m_renameTeam->setToolTip(everyone ? tr("Everyone cannot be renamed.") : QString());
    m_deleteTeam->setToolTip(everyone ? tr("Everyone cannot be deleted.") : QString());
    m_resend->setEnabled(canAct && live && user->invitationId != 0
        && (user->status == sia::UserStatus::Invited || user->status == sia::UserStatus::Expired));
    m_revoke->setEnabled(canAct && pending);
    m_remove->setEnabled(canAct && live);
    m_applyRole->setEnabled(
        canAct && live && sia::UserRole(m_changeRole->currentData().toInt()) != user->role);
    m_changeTeams->setEnabled(canAct && live);
    m_applyTeams->setEnabled(canAct && live);
    m_changeRole->setEnabled(canAct && live);
    m_retry->setEnabled(canAct);
    // Opening a file changes nothing, so a review may do it too, where the file is on this computer.
    const bool inOutbox = user && user->invitationId != 0 && user->delivery == sia::DeliveryState::InOutbox
        && !user->deliveryDetail.isEmpty();
    m_openEmail->setEnabled(inOutbox);
    m_openOutbox->setEnabled(inOutbox);
}

void UsersStepPage::openOutboxPath(bool folder)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const sia::UserRecord* user = rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
    if (!user || user->delivery != sia::DeliveryState::InOutbox) {
        return;
    }
    const QFileInfo email(user->deliveryDetail);
    const QString path = folder ? email.absolutePath() : email.absoluteFilePath();
    m_result->setTone(Banner::Tone::Warning);
    if (!QFileInfo::exists(path)) {
        m_result->setTitle(tr("Not in the outbox"));
        m_result->setText(folder
                ? tr("The outbox folder %1 does not exist on this computer (it was moved, or this database "
                     "was written on another one).")
                      .arg(QDir::toNativeSeparators(path))
                : tr("%1 is no longer in the outbox: a mail program may have sent and moved it. Choose "
                     "Resend invitation to write it again.")
                      .arg(QDir::toNativeSeparators(path)));
        m_result->show();
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_result->setTitle(tr("Nothing opened it"));
        m_result->setText(folder ? tr("This computer has no program set to open folders: open %1 yourself.")
                                       .arg(QDir::toNativeSeparators(path))
                                 : tr("This computer has no program set to open .eml files: open %1 with "
                                      "your mail program.")
                                       .arg(QDir::toNativeSeparators(path)));
        m_result->show();
    }
}
