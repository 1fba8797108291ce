#include "cli/userscli.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "common/timestamps.h"
#include "connections/connectionsecrets.h"
#include "mail/mailsettings.h"
#include "secrets/keychainsecretstore.h"
#include "store/store.h"
#include "store/storerunner.h"
#include "users/invitationdelivery.h"
#include "users/usersservice.h"

#include <QDir>
#include <QJsonArray>
#include <QTimer>

#include <utility>

namespace sia {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(toStoredTimestamp(at)) : QJsonValue(QJsonValue::Null);
}

QString shortTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

// the run's services ---------------------------------------------------------------------------------

UsersCliServices::UsersCliServices() = default;
UsersCliServices::~UsersCliServices()
{
    // The service and the delivery use the runner and the keychain to the end.
    m_users.reset();
    m_delivery.reset();
}

DirectStoreRunner& UsersCliServices::runner(CliContext& context)
{
    if (!m_runner) {
        m_runner = std::make_unique<DirectStoreRunner>(context.store());
    }
    return *m_runner;
}

SecretStore& UsersCliServices::keychain()
{
    if (!m_keychain) {
        m_keychain = std::make_unique<KeychainSecretStore>();
    }
    return *m_keychain;
}

QString UsersCliServices::secretInstance(CliContext& context)
{
    return ConnectionSecrets::instanceOf(context.store());
}

InvitationDelivery& UsersCliServices::delivery(CliContext& context)
{
    if (!m_delivery) {
        m_delivery
            = std::make_unique<InvitationDelivery>(runner(context), keychain(), secretInstance(context));
    }
    return *m_delivery;
}

UsersService& UsersCliServices::users(CliContext& context, const QString& actor)
{
    if (!m_users) {
        m_users = std::make_unique<UsersService>(runner(context), nullptr, actor);
    }
    return *m_users;
}

// a delivery round -----------------------------------------------------------------------------------

void DeliveryRound::run(
    InvitationDelivery& delivery, bool outbox, std::function<bool()> stillQueued, Done done)
{
    m_outcome = DeliveryOutcome();
    m_outcome.outbox = outbox;
    m_stillQueued = std::move(stillQueued);
    m_done = std::move(done);
    connect(&delivery, &InvitationDelivery::roundStarted, this,
        [this](int queued) { m_outcome.queued += queued; });
    connect(
        &delivery, &InvitationDelivery::delivered, this, [this](const QString& email, const QString& where) {
            m_outcome.items.append({ email, true, where });
        });
    connect(
        &delivery, &InvitationDelivery::failed, this, [this](const QString& email, const QString& reason) {
            m_outcome.items.append({ email, false, reason });
        });
    connect(&delivery, &InvitationDelivery::roundFinished, this,
        [this, &delivery](int sent, int failed, const QString& message) {
            m_outcome.sent += sent;
            m_outcome.failed += failed;
            m_outcome.message = message;
            if (message.isEmpty() && sent + failed > 0 && m_stillQueued && m_stillQueued()) {
                delivery.deliverQueued(); // the next batch (a call while one is scheduled only joins it)
                return;
            }
            disconnect(&delivery, nullptr, this, nullptr);
            if (m_done) {
                Done done = std::exchange(m_done, nullptr);
                done(m_outcome);
            }
        });
    delivery.deliverQueued();
}

// texts ----------------------------------------------------------------------------------------------

QJsonObject UsersCliText::toJson(const UserRecord& user)
{
    QJsonObject invitation;
    if (user.invitationId != 0) {
        invitation = QJsonObject { { QStringLiteral("id"), user.invitationId },
            { QStringLiteral("status"), toKey(user.invitationStatus) },
            { QStringLiteral("source"), toKey(user.source) }, { QStringLiteral("invitedBy"), user.invitedBy },
            { QStringLiteral("invitedAt"), timeOrNull(user.invitedAt) },
            { QStringLiteral("expiresAt"), timeOrNull(user.expiresAt) },
            { QStringLiteral("delivery"), toKey(user.delivery) },
            { QStringLiteral("deliveryDetail"), textOrNull(user.deliveryDetail) },
            { QStringLiteral("deliveredAt"), timeOrNull(user.deliveredAt) },
            { QStringLiteral("deliveryAttempts"), user.deliveryAttempts } };
    }
    return { { QStringLiteral("email"), user.email }, { QStringLiteral("firstName"), user.firstName },
        { QStringLiteral("lastName"), user.lastName }, { QStringLiteral("role"), toKey(user.role) },
        { QStringLiteral("status"), toKey(user.status) }, { QStringLiteral("original"), user.original },
        { QStringLiteral("teams"), QJsonArray::fromStringList(user.teams) },
        { QStringLiteral("createdAt"), timeOrNull(user.createdAt) },
        { QStringLiteral("invitation"),
            user.invitationId != 0 ? QJsonValue(invitation) : QJsonValue(QJsonValue::Null) } };
}

QJsonObject UsersCliText::toJson(const TeamRecord& team)
{
    return { { QStringLiteral("name"), team.name }, { QStringLiteral("default"), team.isDefault },
        { QStringLiteral("members"), team.members },
        { QStringLiteral("createdAt"), timeOrNull(team.createdAt) } };
}

QJsonObject UsersCliText::toJson(const DeliveryOutcome& outcome)
{
    QJsonArray items;
    for (const DeliveryOutcome::Item& item : outcome.items) {
        QJsonObject entry { { QStringLiteral("email"), item.email } };
        if (item.delivered) {
            entry.insert(QStringLiteral("state"),
                toKey(outcome.outbox ? DeliveryState::InOutbox : DeliveryState::Sent));
            entry.insert(outcome.outbox ? QStringLiteral("file") : QStringLiteral("reply"), item.detail);
        } else {
            entry.insert(QStringLiteral("state"), toKey(DeliveryState::Failed));
            entry.insert(QStringLiteral("reason"), item.detail);
        }
        items.append(entry);
    }
    return {
        { QStringLiteral("transport"), outcome.outbox ? QStringLiteral("outbox") : QStringLiteral("smtp") },
        { QStringLiteral("queued"), outcome.queued }, { QStringLiteral("sent"), outcome.sent },
        { QStringLiteral("failed"), outcome.failed }, { QStringLiteral("complete"), outcome.complete() },
        { QStringLiteral("message"), textOrNull(outcome.message) }, { QStringLiteral("invitations"), items }
    };
}

QString UsersCliText::name(const UserRecord& user)
{
    const QString full = QStringList { user.firstName, user.lastName }.join(QLatin1Char(' ')).trimmed();
    return full.isEmpty() ? QStringLiteral("—") : full;
}

QString UsersCliText::roleText(UserRole role)
{
    switch (role) {
    case UserRole::Admin:
        return tr("admin");
    case UserRole::User:
        return tr("user");
    }
    return {};
}

QString UsersCliText::statusText(UserStatus status)
{
    switch (status) {
    case UserStatus::Invited:
        return tr("invited");
    case UserStatus::Active:
        return tr("active");
    case UserStatus::Revoked:
        return tr("revoked");
    case UserStatus::Expired:
        return tr("expired");
    }
    return {};
}

QString UsersCliText::deliveryText(const UserRecord& user)
{
    if (user.invitationId == 0) {
        return QStringLiteral("—");
    }
    // A queued email of an invitation that can no longer be accepted is never sent: say why instead.
    if (user.delivery == DeliveryState::Queued) {
        switch (user.invitationStatus) {
        case InvitationStatus::Revoked:
            return tr("not sent: the invitation is revoked");
        case InvitationStatus::Expired:
            return tr("not sent: the invitation expired");
        case InvitationStatus::Accepted:
            return tr("accepted");
        case InvitationStatus::Pending:
        case InvitationStatus::Failed:
            break;
        }
    }
    switch (user.delivery) {
    case DeliveryState::Queued:
        return tr("queued, not sent yet");
    case DeliveryState::Sent:
        //: %1 when the SMTP server accepted the invitation
        return tr("sent %1").arg(shortTime(user.deliveredAt));
    case DeliveryState::InOutbox:
        //: %1 the .eml file
        return tr("in the outbox: %1").arg(QDir::toNativeSeparators(user.deliveryDetail));
    case DeliveryState::Failed:
        //: %1 why the invitation could not be sent
        return tr("failed: %1").arg(user.deliveryDetail);
    }
    return {};
}

void UsersCliText::print(const DeliveryOutcome& outcome, CliOutput& output)
{
    for (const DeliveryOutcome::Item& item : outcome.items) {
        if (!item.delivered) {
            //: %1 the address, %2 why
            output.line(tr("The invitation to %1 could not be sent: %2").arg(item.email, item.detail));
        } else if (outcome.outbox) {
            //: %1 the address, %2 the .eml file
            output.line(tr("The invitation to %1 was written to the outbox: %2")
                            .arg(item.email, QDir::toNativeSeparators(item.detail)));
        } else {
            //: %1 the address, %2 the SMTP server's reply
            output.line(
                tr("The invitation to %1 was sent (the server answered: %2).").arg(item.email, item.detail));
        }
    }
}

Result<void> UsersCliText::outcomeOf(const DeliveryOutcome& outcome)
{
    if (outcome.complete()) {
        return {};
    }
    const QString stopped = outcome.message.isEmpty() ? QString() : outcome.message + QLatin1Char(' ');
    return Error::environment(QStringLiteral("users.delivery-failed"),
        stopped
            + tr("%n invitation(s) did not go out. They are recorded and stay listed as failed or queued: "
                 "fix the "
                 "mail settings (sia-admin mail) and send them again with sia-admin users retry.",
                nullptr, std::max(outcome.notDelivered(), outcome.failed)));
}

Result<MailSettings> UsersCliText::mailSettings(Store& store)
{
    return MailSettingsRepository(store).load();
}

Result<UserRole> UsersCliText::parseRole(const QString& text)
{
    const std::optional<UserRole> role = fromKey<UserRole>(text.trimmed().toLower());
    if (!role) {
        return Error::input(
            QStringLiteral("cli.usage"), tr("“%1” is not a role: use admin or user.").arg(text));
    }
    return *role;
}

} // namespace sia
