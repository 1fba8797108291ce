#include "memorysecretstore.h"

#include <QMetaObject>

namespace sia {

MemorySecretStore::MemorySecretStore(QObject* parent)
    : QObject(parent)
{ }

QString MemorySecretStore::backendName() const
{
    return tr("in-memory test store");
}

template<typename Callback, typename Outcome> void MemorySecretStore::deliver(Callback done, Outcome outcome)
{
    // Queued, like the keychain: a caller that relies on the callback running inside the call breaks here
    // as it would in the product.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), outcome = std::move(outcome)] { done(outcome); },
        Qt::QueuedConnection);
}

Error MemorySecretStore::unavailableError() const
{
    return Error::environment(
        QStringLiteral("secrets.unavailable"), tr("The %1 is switched off by the test.").arg(backendName()));
}

void MemorySecretStore::write(const SecretKey& key, const QByteArray& secret, WriteDone done)
{
    if (m_unavailable) {
        deliver(std::move(done), Result<void>(unavailableError()));
        return;
    }
    if (secret.isEmpty()) {
        // Same refusal as KeychainSecretStore, so tests see what the product does.
        deliver(std::move(done),
            Result<void>(Error::input(QStringLiteral("secrets.empty"),
                tr("An empty secret cannot be stored. Enter the secret again."))));
        return;
    }
    m_secrets.insert(key.account(), secret);
    deliver(std::move(done), Result<void>());
}

void MemorySecretStore::read(const SecretKey& key, ReadDone done)
{
    if (m_unavailable) {
        deliver(std::move(done), Result<QByteArray>(unavailableError()));
        return;
    }
    const auto found = m_secrets.constFind(key.account());
    if (found == m_secrets.constEnd()) {
        deliver(std::move(done),
            Result<QByteArray>(Error::notFound(QStringLiteral("secrets.not-found"),
                tr("No secret named \"%1\" is stored in the %2.").arg(key.account(), backendName()))));
        return;
    }
    deliver(std::move(done), Result<QByteArray>(*found));
}

void MemorySecretStore::remove(const SecretKey& key, WriteDone done)
{
    if (m_unavailable) {
        deliver(std::move(done), Result<void>(unavailableError()));
        return;
    }
    m_secrets.remove(key.account());
    deliver(std::move(done), Result<void>());
}

} // namespace sia
