// The keychain entries of the connections: which secrets a connection has and under which names, read,
// written and removed asynchronously through SecretStore (the OS keychain in the product). They are kept
// only there: never in the database, the settings, a log or an export.
#pragma once

#include "common/enumkeys.h"
#include "common/result.h"
#include "connections/connectionservice.h"
#include "secrets/secretstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace sia {

class Store;

enum class ConnectionSecret
{
    MarketoClientSecret, // the custom service's client secret (step 3)
    SalesforceRefreshToken, // the OAuth refresh token (step 2); the access token stays in memory
    ProxyPassword, // the manual proxy's password (ProxyChoice names its user)
    SalesforceConsumerSecret // only for a connected app that requires its secret (step 2)
};

template<> struct EnumKeys<ConnectionSecret>
{
    // The keychain names: part of the stored data, never to be renamed.
    static constexpr EnumKey<ConnectionSecret> table[]
        = { { ConnectionSecret::MarketoClientSecret, "marketo.client-secret" },
              { ConnectionSecret::SalesforceRefreshToken, "salesforce.refresh-token" },
              { ConnectionSecret::ProxyPassword, "proxy.password" },
              { ConnectionSecret::SalesforceConsumerSecret, "salesforce.consumer-secret" } };
};

class ConnectionSecrets
{
    Q_DECLARE_TR_FUNCTIONS(sia::ConnectionSecrets)

public:
    using SecretRead = std::function<void(Result<QByteArray>)>; // NotFound when none is stored
    using SecretDone = std::function<void(Result<void>)>;

    // instance: which Actions database the secrets belong to (instanceOf), so that two instances on one
    // machine never share a secret. The store must outlive every call.
    ConnectionSecrets(SecretStore& secrets, QString instance)
        : m_secrets(secrets)
        , m_instance(std::move(instance))
    { }

    // The database as the admin named it (the file, or the server URL without a password).
    static QString instanceOf(const Store& store);

    SecretKey keyFor(ConnectionSecret secret) const;
    // The secrets a service's connection owns (disconnecting removes these).
    static QList<ConnectionSecret> secretsOf(ConnectionService service);

    void read(ConnectionSecret secret, SecretRead done);
    // An empty secret is refused (as a keychain would store nothing useful).
    void write(ConnectionSecret secret, const QByteArray& value, SecretDone done);
    void remove(ConnectionSecret secret, SecretDone done); // removing an absent one succeeds
    // Removes every secret of the service's connection; the first failure is reported, after all were tried.
    void removeAllOf(ConnectionService service, SecretDone done);

private:
    SecretStore& m_secrets;
    QString m_instance;
};

} // namespace sia
