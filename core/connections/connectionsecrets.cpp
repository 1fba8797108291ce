#include "connections/connectionsecrets.h"

#include "store/store.h"

#include <memory>
#include <optional>

namespace sia {

QString ConnectionSecrets::instanceOf(const Store& store)
{
    return store.path();
}

SecretKey ConnectionSecrets::keyFor(ConnectionSecret secret) const
{
    return SecretKey { m_instance, toKey(secret) };
}

QList<ConnectionSecret> ConnectionSecrets::secretsOf(ConnectionService service)
{
    switch (service) {
    case ConnectionService::Marketo:
        return { ConnectionSecret::MarketoClientSecret };
    case ConnectionService::Salesforce:
        return { ConnectionSecret::SalesforceRefreshToken, ConnectionSecret::SalesforceConsumerSecret };
    }
    return {};
}

void ConnectionSecrets::read(ConnectionSecret secret, SecretRead done)
{
    m_secrets.read(keyFor(secret), std::move(done));
}

void ConnectionSecrets::write(ConnectionSecret secret, const QByteArray& value, SecretDone done)
{
    if (value.isEmpty()) {
        // Answered later, as the keychain would, so that callers see one contract.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [done = std::move(done), name = toKey(secret)] {
                done(Error::input(QStringLiteral("secrets.empty"),
                    tr("The secret %1 is empty. Enter it again; SIA Admin keeps it in the system keychain.")
                        .arg(name)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_secrets.write(keyFor(secret), value, std::move(done));
}

void ConnectionSecrets::remove(ConnectionSecret secret, SecretDone done)
{
    m_secrets.remove(keyFor(secret), std::move(done));
}

void ConnectionSecrets::removeAllOf(ConnectionService service, SecretDone done)
{
    const QList<ConnectionSecret> secrets = secretsOf(service);
    Q_ASSERT(!secrets.isEmpty()); // every service has a secret, else done would never be called
    struct Progress
    {
        qsizetype waiting = 0;
        std::optional<Error> firstError;
        SecretDone done;
    };
    auto progress = std::make_shared<Progress>(Progress { secrets.size(), std::nullopt, std::move(done) });
    for (ConnectionSecret secret : secrets) {
        remove(secret, [progress](Result<void> removed) {
            if (!removed && !progress->firstError) {
                progress->firstError = removed.error();
            }
            if (--progress->waiting == 0) {
                progress->firstError ? progress->done(*progress->firstError) : progress->done({});
            }
        });
    }
}

} // namespace sia
