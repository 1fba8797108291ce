#include "users/admininvitationrepository.h"

#include "common/timestamps.h"
#include "store/auditlog.h"
#include "store/store.h"
#include "users/emailaddress.h"
#include "users/instancerepository.h"
#include "users/userdirectory.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace sia {

namespace {

// The latest invitation of each admin user (an admin re-invited after expiry has several).
const QString invitedColumns = QStringLiteral(
    "SELECT u.id, u.email, u.first_name, u.last_name, u.is_original, u.status, i.source, i.status,"
    " i.invited_by, i.invited_at, i.delivery, i.delivery_detail FROM users u JOIN invitations i ON i.user_id = u.id"
    " WHERE u.role = 'admin' AND i.id = (SELECT MAX(j.id) FROM invitations j WHERE j.user_id = u.id)");

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Result<QList<InvitedAdmin>> AdminInvitationRepository::invite(
    const QList<AdminInvitee>& invitees, const QString& actor)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    if (invitees.isEmpty()) {
        return Error::input(
            QStringLiteral("invitation.none"), tr("Choose or type at least one admin to invite."));
    }
    // The addresses first, before anything is opened: a typo is refused without touching the database.
    QList<AdminInvitee> checked;
    QSet<QString> seen;
    for (AdminInvitee invitee : invitees) {
        Result<QString> email = EmailAddress::checked(invitee.email);
        if (!email) {
            return email.error();
        }
        if (seen.contains(email->toLower())) {
            return Error::input(QStringLiteral("invitation.duplicate-in-batch"),
                tr("%1 is in the list twice: invite each admin once.").arg(*email));
        }
        seen.insert(email->toLower());
        invitee.email = *email;
        checked.append(invitee);
    }

    QList<InvitedAdmin> recorded;
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        InstanceRepository instances(m_store);
        Result<std::optional<ActionsInstance>> instance = instances.load();
        if (!instance) {
            return instance.error();
        }
        if (!instance->has_value()) {
            return Error::rule(QStringLiteral("instance.missing"),
                tr("There is no Actions instance yet: create it first (step 1), then invite its admins."));
        }
        Result<bool> hasOriginal = hasOriginalUser();
        if (!hasOriginal) {
            return hasOriginal.error();
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        bool originalTaken = *hasOriginal;
        for (const AdminInvitee& invitee : std::as_const(checked)) {
            Result<std::optional<InvitedAdmin>> existing = findByEmail(invitee.email);
            if (!existing) {
                return existing.error();
            }
            if (existing->has_value()) {
                const InvitedAdmin& already = **existing;
                //: %1 the address, %2 who invited, %3 when (UTC).
                return Error::rule(QStringLiteral("invitation.already-invited"),
                    tr("%1 was already invited by %2 on %3: nothing was sent again. Remove it from the list "
                       "and invite the others.")
                        .arg(already.email, already.invitedBy,
                            already.invitedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
            }
            Result<InvitedAdmin> one = inviteOne(invitee, actor, now, !originalTaken);
            if (!one) {
                return one.error();
            }
            originalTaken = true;
            recorded.append(*one);
        }
        return instances.markActivated(now);
    });
    if (!done) {
        return done.error();
    }
    return recorded;
}

Result<InvitedAdmin> AdminInvitationRepository::inviteOne(
    const AdminInvitee& invitee, const QString& actor, const QDateTime& at, bool original)
{
    const QString stamp = toStoredTimestamp(at);
    Result<QSqlQuery> user = m_store.exec(
        QStringLiteral("INSERT INTO users (email, first_name, last_name, role, status, is_original,"
                       " marketo_user_id, created_at, created_by)"
                       " VALUES (:email, :first, :last, :role, :status, :original, :marketo, :at, :by)"),
        { { QStringLiteral("email"), invitee.email },
            { QStringLiteral("first"), textOrNull(invitee.firstName) },
            { QStringLiteral("last"), textOrNull(invitee.lastName) },
            { QStringLiteral("role"), toKey(UserRole::Admin) },
            { QStringLiteral("status"), toKey(UserStatus::Invited) },
            { QStringLiteral("original"), original },
            { QStringLiteral("marketo"), textOrNull(invitee.marketoUserId) }, { QStringLiteral("at"), stamp },
            { QStringLiteral("by"), actor } });
    if (!user) {
        return user.error();
    }
    Result<QSqlQuery> userRow = m_store.exec(QStringLiteral("SELECT id FROM users WHERE email = :email"),
        { { QStringLiteral("email"), invitee.email } });
    if (!userRow) {
        return userRow.error();
    }
    if (!userRow->next()) {
        return Error::internal(QStringLiteral("invitation.user-missing"),
            tr("The invited user %1 was not found right after it was saved.").arg(invitee.email));
    }
    const qint64 id = userRow->value(0).toLongLong();
    // Queued for delivery like step 5's (InvitationDelivery sends both), valid as long, and a member of
    // Everyone like every new member.
    Result<QSqlQuery> invitation = m_store.exec(
        QStringLiteral("INSERT INTO invitations (user_id, email, source, status, invited_by, invited_at,"
                       " expires_at, delivery)"
                       " VALUES (:user, :email, :source, :status, :by, :at, :expires, :delivery)"),
        { { QStringLiteral("user"), id }, { QStringLiteral("email"), invitee.email },
            { QStringLiteral("source"), toKey(invitee.source) },
            { QStringLiteral("status"), toKey(InvitationStatus::Pending) }, { QStringLiteral("by"), actor },
            { QStringLiteral("at"), stamp },
            { QStringLiteral("expires"), toStoredTimestamp(at.addDays(invitationValidDays)) },
            { QStringLiteral("delivery"), toKey(DeliveryState::Queued) } });
    if (!invitation) {
        return invitation.error();
    }
    Result<QSqlQuery> everyone
        = m_store.exec(QStringLiteral("INSERT INTO team_members (team_id, user_id, joined_at)"
                                      " SELECT id, :user, :at FROM teams WHERE is_default"),
            { { QStringLiteral("user"), id }, { QStringLiteral("at"), stamp } });
    if (!everyone) {
        return everyone.error();
    }
    Result<void> audited = AuditLog(m_store).append(actor, QStringLiteral("user.invited"),
        QJsonObject { { QStringLiteral("email"), invitee.email },
            { QStringLiteral("source"), toKey(invitee.source) }, { QStringLiteral("original"), original },
            { QStringLiteral("role"), toKey(UserRole::Admin) } });
    if (!audited) {
        return audited.error();
    }
    InvitedAdmin admin;
    admin.userId = id;
    admin.email = invitee.email;
    admin.firstName = invitee.firstName;
    admin.lastName = invitee.lastName;
    admin.original = original;
    admin.source = invitee.source;
    admin.invitedBy = actor;
    admin.invitedAt = at;
    return admin;
}

Result<std::optional<InvitedAdmin>> AdminInvitationRepository::findByEmail(const QString& email) const
{
    // Any user with the address, admin or not: one user per address (users_by_email).
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral("SELECT u.id, u.email, i.invited_by, i.invited_at FROM users u"
                       " LEFT JOIN invitations i ON i.user_id = u.id WHERE u.email = :email ORDER BY i.id"),
        { { QStringLiteral("email"), email } });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<InvitedAdmin>();
    }
    InvitedAdmin found;
    found.userId = query->value(0).toLongLong();
    found.email = query->value(1).toString();
    found.invitedBy = query->value(2).toString();
    found.invitedAt = m_store.dialect().timestampFrom(query->value(3));
    return std::optional<InvitedAdmin>(found);
}

Result<bool> AdminInvitationRepository::hasOriginalUser() const
{
    Result<QSqlQuery> query = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE is_original"));
    if (!query) {
        return query.error();
    }
    return query->next() && query->value(0).toLongLong() > 0;
}

Result<QList<InvitedAdmin>> AdminInvitationRepository::invited() const
{
    Result<QSqlQuery> query
        = m_store.exec(invitedColumns + QStringLiteral(" ORDER BY u.is_original DESC, i.invited_at, u.id"));
    if (!query) {
        return query.error();
    }
    QList<InvitedAdmin> admins;
    while (query->next()) {
        InvitedAdmin admin;
        admin.userId = query->value(0).toLongLong();
        admin.email = query->value(1).toString();
        admin.firstName = query->value(2).toString();
        admin.lastName = query->value(3).toString();
        admin.original = query->value(4).toBool();
        admin.userStatus = fromKey<UserStatus>(query->value(5).toString()).value_or(UserStatus::Invited);
        admin.source
            = fromKey<InvitationSource>(query->value(6).toString()).value_or(InvitationSource::Single);
        admin.status
            = fromKey<InvitationStatus>(query->value(7).toString()).value_or(InvitationStatus::Pending);
        admin.invitedBy = query->value(8).toString();
        admin.invitedAt = m_store.dialect().timestampFrom(query->value(9));
        admin.delivery = fromKey<DeliveryState>(query->value(10).toString()).value_or(DeliveryState::Queued);
        admin.deliveryDetail = query->value(11).toString();
        admins.append(admin);
    }
    return admins;
}

} // namespace sia
