#include "secrets/databaselogin.h"

namespace sia {

void DatabaseLogin::prepare(
    DatabaseCredentials& credentials, const DatabaseLocation& server, StoreOptions options, Ready done)
{
    credentials.readPassword(
        server, [options = std::move(options), done = std::move(done)](Result<QString> password) mutable {
            Prepared prepared { std::move(options), std::nullopt };
            if (password) {
                prepared.options.databasePassword = *password;
            } else {
                prepared.keychainProblem = password.error();
            }
            done(std::move(prepared));
        });
}

Error DatabaseLogin::openFailure(const Error& storeError, const Prepared& prepared)
{
    if (!prepared.keychainProblem || storeError.code != QLatin1String("store.password-refused")) {
        return storeError;
    }
    return Error::environment(storeError.code,
        tr("The PostgreSQL server of %1 refused the login, and its password could not be read from the "
           "keychain: %2")
            .arg(prepared.options.databaseUrl, prepared.keychainProblem->message));
}

} // namespace sia
