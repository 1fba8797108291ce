#include "users/userremovalrule.h"

#include "common/timestamps.h"
#include "store/auditlog.h"
#include "store/store.h"
#include "sync/syncrunrepository.h"
#include "users/emailaddress.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace sia {

Result<void> UserRemovalRule::check(const RemovalSubject& user, bool peopleSyncStarted)
{
    if (user.status == UserStatus::Revoked) {
        return Error::rule(QStringLiteral("user.already-removed"),
            tr("%1 was already removed from the Actions instance: nothing to do.").arg(user.email));
    }
    if (user.original && peopleSyncStarted) {
        return Error::rule(QString::fromLatin1(originalAfterSyncCode),
            tr("%1 is the original user (the first admin invited), and the people sync has started: the "
               "original user can no longer be removed from the Actions instance, because Actions keeps "
               "the synced people under that user. Remove other users instead, or keep this one.")
                .arg(user.email));
    }
    return {};
}

Result<void> UserRemovalRule::check(const InvitedAdmin& admin, bool peopleSyncStarted)
{
    return check(
        RemovalSubject { admin.userId, admin.email, admin.original, admin.userStatus }, peopleSyncStarted);
}

Result<void> UserRemovalRule::removeWithin(
    Store& store, const RemovalSubject& user, const QString& actor, const QString& auditAction)
{
    Result<bool> started = SyncRunRepository(store).peopleSyncEverStarted();
    if (!started) {
        return started.error();
    }
    if (Result<void> allowed = check(user, *started); !allowed) {
        return allowed;
    }
    const QString now = toStoredTimestamp(QDateTime::currentDateTimeUtc());
    Result<QSqlQuery> revoked = store.exec(
        QStringLiteral("UPDATE users SET status = :status, status_changed_at = :at, status_changed_by = :by"
                       " WHERE id = :id"),
        { { QStringLiteral("status"), toKey(UserStatus::Revoked) }, { QStringLiteral("at"), now },
            { QStringLiteral("by"), actor }, { QStringLiteral("id"), user.userId } });
    if (!revoked) {
        return revoked.error();
    }
    Result<QSqlQuery> invitation
        = store.exec(QStringLiteral("UPDATE invitations SET status = :revoked, answered_at = :at"
                                    " WHERE user_id = :id AND status = :pending"),
            { { QStringLiteral("revoked"), toKey(InvitationStatus::Revoked) }, { QStringLiteral("at"), now },
                { QStringLiteral("id"), user.userId },
                { QStringLiteral("pending"), toKey(InvitationStatus::Pending) } });
    if (!invitation) {
        return invitation.error();
    }
    return AuditLog(store).append(actor, auditAction,
        QJsonObject { { QStringLiteral("email"), user.email }, { QStringLiteral("original"), user.original },
            { QStringLiteral("role"), toKey(user.role) } });
}

Result<InvitedAdmin> UserRemovalRule::remove(Store& store, const QString& email, const QString& actor)
{
    if (Result<void> writable = store.requireWritable(); !writable) {
        return writable.error();
    }
    Result<QString> address = EmailAddress::checked(email);
    if (!address) {
        return address.error();
    }
    InvitedAdmin removed;
    Result<void> done = store.transaction([&]() -> Result<void> {
        Result<QList<InvitedAdmin>> admins = AdminInvitationRepository(store).invited();
        if (!admins) {
            return admins.error();
        }
        const auto found = std::find_if(admins->cbegin(), admins->cend(), [&](const InvitedAdmin& admin) {
            return admin.email.compare(*address, Qt::CaseInsensitive) == 0;
        });
        if (found == admins->cend()) {
            return Error::notFound(QStringLiteral("user.not-an-admin"),
                tr("%1 is not an admin of this Actions instance: check the address (sia-admin status lists "
                   "step 1's admins in the window's step 1).")
                    .arg(*address));
        }
        removed = *found;
        return removeWithin(store,
            RemovalSubject { removed.userId, removed.email, removed.original, removed.userStatus }, actor);
    });
    if (!done) {
        return done.error();
    }
    return removed;
}

} // namespace sia
