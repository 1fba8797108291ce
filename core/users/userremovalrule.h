// Removing a user from the Actions instance (SPEC steps 1, 4 and 5). Any user may be removed — an invited
// admin on step 1's page, any user or invitation on step 5's — (the user's row stays, revoked, so the
// history keeps the name; a pending invitation is revoked too), but once a people sync has started the
// original user — the first one invited — never: Actions ties the synced people to the instance through
// that user, so the removal is refused with the reason. The rule is here, in core, so that the window and
// the command line refuse it alike.
#pragma once

#include "common/result.h"
#include "users/admininvitationrepository.h"
#include "users/uservocabulary.h"

#include <QCoreApplication>

namespace sia {

class Store;

// The user a removal is about, admin or not.
struct RemovalSubject
{
    qint64 userId = 0;
    QString email;
    bool original = false;
    UserStatus status = UserStatus::Invited;
    UserRole role = UserRole::Admin;
};

class UserRemovalRule
{
    Q_DECLARE_TR_FUNCTIONS(sia::UserRemovalRule)

public:
    static constexpr const char* originalAfterSyncCode = "user.original-after-sync";

    // Whether the user may be removed now; peopleSyncStarted: SyncRunRepository::peopleSyncEverStarted.
    static Result<void> check(const RemovalSubject& user, bool peopleSyncStarted);
    static Result<void> check(const InvitedAdmin& admin, bool peopleSyncStarted);

    // The removal inside the caller's write transaction: the rule checked against the store's sync runs
    // (read in the same transaction, so that a sync that starts meanwhile cannot slip in between), the user
    // and their pending invitations revoked, audited under auditAction ("user.removed", or
    // "invitation.revoked" for an invitation withdrawn before it was accepted).
    static Result<void> removeWithin(Store& store, const RemovalSubject& user, const QString& actor,
        const QString& auditAction = QStringLiteral("user.removed"));

    // Step 1's removal of an admin in one transaction: the admin found by email (case-insensitive), then
    // removeWithin(). Answers the admin as it was before.
    static Result<InvitedAdmin> remove(Store& store, const QString& email, const QString& actor);
};

} // namespace sia
