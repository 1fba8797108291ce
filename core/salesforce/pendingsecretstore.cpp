#include "salesforce/pendingsecretstore.h"

#include <QCoreApplication>

namespace sia {

PendingSecretStore::~PendingSecretStore()
{
    for (QByteArray& secret : m_secrets) {
        secret.fill('\0'); // not left behind in freed memory
    }
}

void PendingSecretStore::write(const SecretKey& key, const QByteArray& secret, WriteDone done)
{
    m_secrets.insert(key.account(), secret);
    QMetaObject::invokeMethod(
        this, [done = std::move(done)]() { done({}); }, Qt::QueuedConnection);
}

void PendingSecretStore::read(const SecretKey& key, ReadDone done)
{
    const auto found = m_secrets.constFind(key.account());
    Result<QByteArray> outcome = found == m_secrets.cend()
        ? Result<QByteArray>(Error::notFound(QStringLiteral("secrets.not-found"),
            QCoreApplication::translate("sia::PendingSecretStore", "The new login holds no such secret.")))
        : Result<QByteArray>(*found);
    QMetaObject::invokeMethod(
        this, [done = std::move(done), outcome = std::move(outcome)]() mutable { done(std::move(outcome)); },
        Qt::QueuedConnection);
}

void PendingSecretStore::remove(const SecretKey& key, WriteDone done)
{
    m_secrets.remove(key.account());
    QMetaObject::invokeMethod(
        this, [done = std::move(done)]() { done({}); }, Qt::QueuedConnection);
}

QString PendingSecretStore::backendName() const
{
    return QCoreApplication::translate("sia::PendingSecretStore", "memory (a login being checked)");
}

} // namespace sia
