// Logging in to a shared PostgreSQL database, for the command line and the window alike: the server's
// password is read from the keychain first (asynchronously: the keychain may prompt or talk over D-Bus),
// then the store opens with it. A keychain that cannot be reached is no reason to stop, since the server
// may need no password; it is named only if the server then refuses the login.
#pragma once

#include "common/result.h"
#include "secrets/databasecredentials.h"
#include "store/store.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace sia {

class DatabaseLogin
{
    Q_DECLARE_TR_FUNCTIONS(sia::DatabaseLogin)

public:
    struct Prepared
    {
        StoreOptions options; // with databasePassword set when the keychain holds one
        std::optional<Error> keychainProblem; // why the keychain could not be read, if it could not
    };
    using Ready = std::function<void(Prepared)>;

    // Reads server's password into a copy of options (whose databaseUrl names server). done runs from the
    // calling thread's event loop, never before prepare() returns; credentials must outlive the call.
    static void prepare(
        DatabaseCredentials& credentials, const DatabaseLocation& server, StoreOptions options, Ready done);

    // What to tell the admin when the store could not open with prepared's options: the store's own
    // message (it names the server and what to do), or, when the server refused the login and the
    // keychain could not be read, both reasons.
    static Error openFailure(const Error& storeError, const Prepared& prepared);
};

} // namespace sia
