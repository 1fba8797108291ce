#include "accountsetuppage.h"

#include "banner.h"
#include "pagecards.h"
#include "setup/steps/stepregistry.h"
#include "theme.h"
#include "users/emailaddress.h"
#include "users/invitationdelivery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using PageCards::card;
using PageCards::paragraph;

namespace {

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

// The role that carries a Marketo admin's index in m_admins on each list item.
constexpr int adminIndexRole = Qt::UserRole + 1;
// The role that carries an invited admin's address on each item of the invited list.
constexpr int invitedEmailRole = Qt::UserRole + 2;

} // namespace

AccountSetupPage::AccountSetupPage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::AccountSetupStep>(), parent)
{
    setControls(buildControls());
    updateEnabled();
}

QWidget* AccountSetupPage::buildControls()
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
    m_done = new Banner(Banner::Tone::Info, controls);
    m_done->hide();
    layout->addWidget(m_done);
    layout->addWidget(buildInstanceCard());
    layout->addWidget(buildAdminsCard());
    layout->addWidget(buildInvitedCard());
    layout->addWidget(buildIntegrationCard());
    return controls;
}

QWidget* AccountSetupPage::buildInstanceCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Actions instance"), body);
    m_instanceText = paragraph(tr("No Actions instance yet. Name it (your company's name, for example) and "
                                  "create it; then invite its first admin."),
        frame);
    m_instanceText->setObjectName(QStringLiteral("instanceText"));
    body->addWidget(m_instanceText);
    auto* row = new QHBoxLayout;
    m_instanceName = new QLineEdit(frame);
    m_instanceName->setPlaceholderText(tr("Instance name"));
    m_instanceName->setAccessibleName(tr("Instance name"));
    connect(m_instanceName, &QLineEdit::textChanged, this, &AccountSetupPage::updateEnabled);
    row->addWidget(m_instanceName, 1);
    m_createInstance = new QPushButton(tr("Create instance"), frame);
    Theme::setRole(m_createInstance, Theme::Role::PrimaryButton);
    connect(m_createInstance, &QPushButton::clicked, this, &AccountSetupPage::onCreateInstance);
    row->addWidget(m_createInstance);
    body->addLayout(row);
    return frame;
}

QWidget* AccountSetupPage::buildAdminsCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Invite Marketo admins"), body);
    m_marketoNote = paragraph(tr("Once Marketo is connected (step 3), its admins are listed here to choose "
                                 "from. Until then, type their addresses below."),
        frame);
    m_marketoNote->setObjectName(QStringLiteral("marketoAdminsNote"));
    Theme::setRole(m_marketoNote, Theme::Role::Muted);
    body->addWidget(m_marketoNote);
    m_marketoAdmins = new QListWidget(frame);
    m_marketoAdmins->setAccessibleName(tr("Marketo admins"));
    m_marketoAdmins->setMinimumHeight(120);
    m_marketoAdmins->hide();
    connect(m_marketoAdmins, &QListWidget::itemChanged, this, &AccountSetupPage::updateEnabled);
    body->addWidget(m_marketoAdmins);
    m_refresh = new QPushButton(tr("Refresh the list"), frame);
    connect(m_refresh, &QPushButton::clicked, this, &AccountSetupPage::refreshMarketoAdmins);
    auto* refreshRow = new QHBoxLayout;
    refreshRow->addWidget(m_refresh);
    refreshRow->addStretch(1);
    body->addLayout(refreshRow);

    auto* typedLabel = paragraph(tr("Other addresses (separated by commas or spaces):"), frame);
    body->addWidget(typedLabel);
    m_typed = new QLineEdit(frame);
    m_typed->setPlaceholderText(QStringLiteral("ada@example.com, bob@example.com"));
    m_typed->setAccessibleName(tr("Addresses to invite"));
    connect(m_typed, &QLineEdit::textChanged, this, &AccountSetupPage::updateEnabled);
    connect(m_typed, &QLineEdit::returnPressed, this, &AccountSetupPage::onInvite);
    body->addWidget(m_typed);

    auto* inviteRow = new QHBoxLayout;
    m_invite = new QPushButton(tr("Invite"), frame);
    Theme::setRole(m_invite, Theme::Role::PrimaryButton);
    connect(m_invite, &QPushButton::clicked, this, &AccountSetupPage::onInvite);
    inviteRow->addWidget(m_invite);
    inviteRow->addStretch(1);
    body->addLayout(inviteRow);
    auto* delivery
        = paragraph(tr("Each invitation's email goes out at once through the mail settings (File › "
                       "Mail settings…): an SMTP server, or .eml files in the outbox folder when "
                       "none is set. The list below says what became of each."),
            frame);
    Theme::setRole(delivery, Theme::Role::Muted);
    body->addWidget(delivery);
    return frame;
}

QWidget* AccountSetupPage::buildInvitedCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Invited admins"), body);
    auto* hint = paragraph(tr("The first admin invited becomes the original user: once the data sync has "
                              "started (step 4), that user must never be removed from the instance. "
                              "Further users are invited in step 5, not here."),
        frame);
    Theme::setRole(hint, Theme::Role::Muted);
    body->addWidget(hint);
    m_invited = new QListWidget(frame);
    m_invited->setAccessibleName(tr("Invited admins"));
    m_invited->setMinimumHeight(90);
    // Each line is a whole sentence (who, when, what became of the email): wrapped, never cut off.
    m_invited->setWordWrap(true);
    m_invited->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_invited->setResizeMode(QListView::Adjust);
    connect(m_invited, &QListWidget::itemSelectionChanged, this, &AccountSetupPage::updateEnabled);
    body->addWidget(m_invited);
    auto* removeRow = new QHBoxLayout;
    m_remove = new QPushButton(tr("Remove the selected admin"), frame);
    m_remove->setObjectName(QStringLiteral("removeAdmin"));
    connect(m_remove, &QPushButton::clicked, this, &AccountSetupPage::onRemove);
    removeRow->addWidget(m_remove);
    removeRow->addStretch(1);
    body->addLayout(removeRow);
    return frame;
}

QWidget* AccountSetupPage::buildIntegrationCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Integration details"), body);
    auto* hint = paragraph(tr("The Marketo API credentials the instance uses: a client ID and a client "
                              "secret. In Marketo (Admin, Sales Insight, Actions Config) they appear only "
                              "after the first admin was invited, which activates the instance. Enter them "
                              "in step 3; the secret is kept only in this computer's keychain."),
        frame);
    Theme::setRole(hint, Theme::Role::Muted);
    body->addWidget(hint);
    m_integration = paragraph(tr("Client ID: not entered yet (step 3)."), frame);
    m_integration->setObjectName(QStringLiteral("integrationDetails"));
    body->addWidget(m_integration);
    return frame;
}

void AccountSetupPage::setServices(const StepServices& services)
{
    m_service = services.account;
    m_marketo = services.marketo;
    if (services.invitationDelivery) {
        // Step 1's invitations go out in the delivery's rounds: the list says what became of each email.
        connect(services.invitationDelivery, &sia::InvitationDelivery::roundFinished, this,
            &AccountSetupPage::reload, Qt::UniqueConnection);
    }
    updateEnabled();
    reload();
    refreshMarketoAdmins();
}

void AccountSetupPage::stepViewChanged(const sia::StepView&)
{
    updateEnabled();
}

void AccountSetupPage::reload()
{
    if (!m_service) {
        return;
    }
    m_service->load([this](sia::Result<sia::AccountSetupState> state) {
        if (!state) {
            showError(state.error());
            return;
        }
        showState(*state);
        emit accountChanged();
    });
}

void AccountSetupPage::refreshMarketoAdmins()
{
    if (!m_marketo || m_marketoBusy) {
        if (!m_marketo) {
            m_marketoNote->setText(tr("Marketo's admins can be listed once Marketo is connected (step 3). "
                                      "Until then, type their addresses below."));
        }
        return;
    }
    m_marketoBusy = true;
    m_marketoNote->setText(tr("Asking Marketo for its admins…"));
    updateEnabled();
    m_marketo->admins([this](sia::Result<QList<sia::MarketoAdmin>> admins) {
        m_marketoBusy = false;
        if (!admins) {
            m_admins.clear();
            m_marketoNote->setText(admins.error().code == QLatin1String("marketo.not-connected")
                    ? tr("Marketo is not connected yet (step 3), so its admins cannot be listed: type "
                         "their addresses below.")
                    //: %1 what went wrong, %2 its code.
                    : tr("Marketo's admins could not be listed: %1 [%2] Type their addresses below, or "
                         "refresh.")
                          .arg(admins.error().message, admins.error().code));
        } else {
            m_admins = *admins;
            m_marketoNote->setText(tr("Marketo's admins (Admin role holders, and users whose Marketo "
                                      "invitation is still pending). Tick those to invite."));
        }
        showMarketoAdmins();
        updateEnabled();
        emit marketoAdminsChanged();
    });
}

bool AccountSetupPage::isInvited(const QString& email) const
{
    if (!m_state) {
        return false;
    }
    for (const sia::InvitedAdmin& admin : m_state->invited) {
        if (admin.email.compare(email, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

void AccountSetupPage::showMarketoAdmins()
{
    const QSignalBlocker quiet(m_marketoAdmins);
    m_marketoAdmins->clear();
    m_marketoAdmins->setVisible(!m_admins.isEmpty());
    for (int i = 0; i < m_admins.size(); ++i) {
        const sia::MarketoAdmin& admin = m_admins.at(i);
        const QString name = QStringLiteral("%1 %2").arg(admin.firstName, admin.lastName).trimmed();
        QString text = name.isEmpty() ? admin.email : tr("%1 <%2>").arg(name, admin.email);
        const bool invited = isInvited(admin.email);
        if (invited) {
            text = tr("%1 — already invited").arg(text);
        } else if (admin.pending) {
            text = tr("%1 — Marketo invitation pending").arg(text);
        }
        auto* item = new QListWidgetItem(text, m_marketoAdmins);
        item->setData(adminIndexRole, i);
        item->setFlags(invited ? Qt::ItemIsUserCheckable : (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
        item->setCheckState(invited ? Qt::Checked : Qt::Unchecked);
    }
}

QString AccountSetupPage::removedLine(const sia::InvitedAdmin& admin)
{
    //: %1 the address, %2 who invited, %3 when.
    return (admin.original ? tr("%1 — the original user; invited by %2 on %3, removed")
                           : tr("%1 — invited by %2 on %3, removed"))
        .arg(admin.email, admin.invitedBy, when(admin.invitedAt));
}

QString AccountSetupPage::pendingLine(const sia::InvitedAdmin& admin)
{
    // One whole sentence per case (translators see each as it reads), not a status glued to a prefix; the
    // values go in in one pass, so that a "%4" in an address stays as it is.
    const QString at = when(admin.invitedAt);
    switch (admin.delivery) {
    case sia::DeliveryState::Queued:
        //: %1 the address, %2 who invited, %3 when.
        return (admin.original ? tr("%1 — the original user; invited by %2 on %3, the invitation email is "
                                    "waiting to be sent")
                               : tr("%1 — invited by %2 on %3, the invitation email is waiting to be sent"))
            .arg(admin.email, admin.invitedBy, at);
    case sia::DeliveryState::Sent:
        //: %1 the address, %2 who invited, %3 when.
        return (admin.original
                ? tr("%1 — the original user; invited by %2 on %3, the invitation email was sent")
                : tr("%1 — invited by %2 on %3, the invitation email was sent"))
            .arg(admin.email, admin.invitedBy, at);
    case sia::DeliveryState::InOutbox:
        //: %1 the address, %2 who invited, %3 when, %4 the .eml file's path.
        return (admin.original ? tr("%1 — the original user; invited by %2 on %3, the invitation email is in "
                                    "the outbox: %4")
                               : tr("%1 — invited by %2 on %3, the invitation email is in the outbox: %4"))
            .arg(admin.email, admin.invitedBy, at, admin.deliveryDetail);
    case sia::DeliveryState::Failed:
        break;
    }
    //: %1 the address, %2 who invited, %3 when, %4 why the email was not sent.
    return (admin.original
            ? tr("%1 — the original user; invited by %2 on %3, the invitation email was not sent "
                 "(%4): retry it on step 5's page")
            : tr("%1 — invited by %2 on %3, the invitation email was not sent (%4): retry it on "
                 "step 5's page"))
        .arg(admin.email, admin.invitedBy, at, admin.deliveryDetail);
}

void AccountSetupPage::showState(const sia::AccountSetupState& state)
{
    m_state = state;
    if (state.instance) {
        const sia::ActionsInstance& instance = *state.instance;
        m_instanceText->setText(instance.activatedAt.isValid()
                //: %1 the name, %2 who created it, %3 when, %4 when it was activated.
                ? tr("Actions instance “%1”, created by %2 on %3; activated on %4 by its first invitation.")
                      .arg(instance.name, instance.createdBy, when(instance.createdAt),
                          when(instance.activatedAt))
                : tr("Actions instance “%1”, created by %2 on %3. Invite its first admin to activate it.")
                      .arg(instance.name, instance.createdBy, when(instance.createdAt)));
    }
    m_instanceName->setVisible(!state.instance);
    m_createInstance->setVisible(!state.instance);

    m_invited->clear();
    for (const sia::InvitedAdmin& admin : state.invited) {
        const bool removed = admin.userStatus == sia::UserStatus::Revoked;
        const QString line = removed ? removedLine(admin) : pendingLine(admin);
        auto* item = new QListWidgetItem(line, m_invited);
        item->setData(invitedEmailRole, admin.email);
        if (removed) {
            item->setFlags(Qt::NoItemFlags); // nothing more to do with a removed admin
        }
        if (admin.original) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (state.invited.isEmpty()) {
        new QListWidgetItem(tr("No admin invited yet."), m_invited);
    }
    m_done->setVisible(state.isComplete());
    if (state.isComplete()) {
        m_done->setTitle(tr("The account is set up"));
        m_done->setText(tr("The instance exists and its first admin was invited: step 1's work is done. Mark "
                           "the step done below."));
    }
    showIntegration(state.integration);
    showMarketoAdmins();
    updateEnabled();
}

void AccountSetupPage::showIntegration(const sia::IntegrationDetails& details)
{
    using Secret = sia::IntegrationDetails::Secret;
    switch (details.secret) {
    case Secret::NotConnected:
        m_integration->setText(
            tr("Client ID: not entered yet. Client secret: not stored. Both are entered in "
               "step 3 once Marketo shows them."));
        break;
    case Secret::Stored:
        m_integration->setText(
            tr("Client ID: %1. Client secret: stored in this computer's keychain.").arg(details.clientId));
        break;
    case Secret::Missing:
        m_integration->setText(tr("Client ID: %1. Client secret: not in this computer's keychain (the "
                                  "connection was made on another computer).")
                                   .arg(details.clientId));
        break;
    case Secret::Unknown:
        m_integration->setText(tr("Client ID: %1. Client secret: the keychain could not be asked (%2).")
                                   .arg(details.clientId, details.secretProblem));
        break;
    }
}

void AccountSetupPage::onCreateInstance()
{
    if (!m_service || m_busy) {
        return;
    }
    m_busy = true;
    m_error->hide();
    updateEnabled();
    m_service->createInstance(m_instanceName->text(), [this](sia::Result<sia::ActionsInstance> created) {
        m_busy = false;
        if (!created) {
            showError(created.error()); // the typed name stays, to correct and try again
            updateEnabled();
        } else {
            reload();
        }
        emit inviteFinished();
    });
}

void AccountSetupPage::onInvite()
{
    if (!m_service || m_busy) {
        return;
    }
    QList<sia::AdminInvitee> invitees;
    for (int row = 0; row < m_marketoAdmins->count(); ++row) {
        const QListWidgetItem* item = m_marketoAdmins->item(row);
        if (!(item->flags() & Qt::ItemIsEnabled) || item->checkState() != Qt::Checked) {
            continue;
        }
        const sia::MarketoAdmin& admin = m_admins.at(item->data(adminIndexRole).toInt());
        invitees.append({ admin.email, admin.firstName, admin.lastName, admin.userid,
            sia::InvitationSource::MarketoAdmin });
    }
    for (const QString& email : sia::EmailAddress::split(m_typed->text())) {
        invitees.append({ email, {}, {}, {}, sia::InvitationSource::Single });
    }
    m_busy = true;
    m_error->hide();
    updateEnabled();
    m_service->invite(invitees, [this](sia::Result<QList<sia::InvitedAdmin>> invited) {
        m_busy = false;
        if (!invited) {
            // Nothing was saved and nothing typed or ticked is lost: correct it and press Invite again.
            showError(invited.error());
            updateEnabled();
        } else {
            m_typed->clear();
            reload();
        }
        emit inviteFinished();
    });
}

void AccountSetupPage::onRemove()
{
    const QList<QListWidgetItem*> selected = m_invited->selectedItems();
    if (!m_service || m_busy || selected.isEmpty()) {
        return;
    }
    const QString email = selected.first()->data(invitedEmailRole).toString();
    m_busy = true;
    m_error->hide();
    updateEnabled();
    // The rule is core's (UserRemovalRule): the page only shows its answer, a refusal with its reason.
    m_service->removeAdmin(email, [this](sia::Result<sia::InvitedAdmin> removed) {
        m_busy = false;
        if (!removed) {
            m_error->setTitle(tr("The admin was not removed"));
            m_error->setText(QStringLiteral("%1 [%2]").arg(removed.error().message, removed.error().code));
            m_error->show();
            updateEnabled();
        } else {
            reload();
        }
        emit removeFinished();
    });
}

void AccountSetupPage::showError(const sia::Error& error)
{
    m_error->setTitle(tr("Set up the Actions account"));
    m_error->setText(QStringLiteral("%1 [%2]").arg(error.message, error.code));
    m_error->show();
}

void AccountSetupPage::updateEnabled()
{
    const bool canAct = m_service && !isReadOnly() && !m_busy;
    const bool hasInstance = m_state && m_state->instance;
    m_instanceName->setReadOnly(!canAct);
    m_createInstance->setEnabled(canAct && !hasInstance && !m_instanceName->text().trimmed().isEmpty());
    bool anyTicked = false;
    for (int row = 0; row < m_marketoAdmins->count(); ++row) {
        const QListWidgetItem* item = m_marketoAdmins->item(row);
        anyTicked = anyTicked || ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked);
    }
    m_typed->setReadOnly(!canAct);
    m_invite->setEnabled(canAct && hasInstance && (anyTicked || !m_typed->text().trimmed().isEmpty()));
    m_refresh->setEnabled(m_marketo && !isReadOnly() && !m_marketoBusy);
    const QList<QListWidgetItem*> selected = m_invited->selectedItems();
    m_remove->setEnabled(
        canAct && !selected.isEmpty() && !selected.first()->data(invitedEmailRole).toString().isEmpty());
}
