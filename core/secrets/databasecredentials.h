// The password of a shared PostgreSQL database, kept in the OS keychain under the server's URL, so that
// neither the URL that settings keep nor any log ever holds it.
#pragma once

#include "common/result.h"
#include "secrets/secretstore.h"
#include "store/databaselocation.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sia {

class DatabaseCredentials
{
    Q_DECLARE_TR_FUNCTIONS(sia::DatabaseCredentials)

public:
    using PasswordRead = std::function<void(Result<QString>)>;
    using PasswordStored = std::function<void(Result<void>)>;

    // The store must outlive every call; callbacks arrive as the SecretStore delivers them.
    explicit DatabaseCredentials(SecretStore& secrets)
        : m_secrets(secrets)
    { }

    // One password per server URL (user, host, port and database together).
    static SecretKey keyFor(const DatabaseLocation& server);

    // The stored password; an empty one when none is stored (the server may need none, such as peer or
    // trust authentication on a Unix socket). Other keychain failures come back as errors.
    void readPassword(const DatabaseLocation& server, PasswordRead done);
    void storePassword(const DatabaseLocation& server, const QString& password, PasswordStored done);

private:
    SecretStore& m_secrets;
};

} // namespace sia
