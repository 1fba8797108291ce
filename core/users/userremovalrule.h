// Removing an admin from the Actions instance (SPEC steps 1 and 4). An invited admin may be removed (the
// user's row stays, revoked, so the history keeps the name; the pending invitation is revoked too), but
// once a people sync has started the original user — the first one invited — never: Actions ties the
// synced people to the instance through that user, so the removal is refused with the reason. The rule
// is here, in core, so that the window and the command line refuse it alike.
#pragma once

#include "common/result.h"
#include "users/admininvitationrepository.h"

#include <QCoreApplication>

namespace sia {

class Store;

class UserRemovalRule
{
    Q_DECLARE_TR_FUNCTIONS(sia::UserRemovalRule)

public:
    static constexpr const char* originalAfterSyncCode = "user.original-after-sync";

    // Whether admin may be removed now; peopleSyncStarted: SyncRunRepository::peopleSyncEverStarted.
    static Result<void> check(const InvitedAdmin& admin, bool peopleSyncStarted);

    // The removal in one transaction: the admin found by email (case-insensitive), the rule checked
    // against the store's sync runs, the user and the invitation revoked, audited (user.removed). Answers
    // the admin as it was before.
    static Result<InvitedAdmin> remove(Store& store, const QString& email, const QString& actor);
};

} // namespace sia
