// The product's SecretStore: the operating system's keychain through QtKeychain (Secret Service on
// Linux, the macOS Keychain, the Windows Credential Manager). When that keychain cannot be used the
// operation fails with a message naming it; there is no fallback to a file.
#pragma once

#include "secrets/secretstore.h"

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace sia {

class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    // The keychain service every secret of the product is filed under; tests pass their own so that
    // they never see or touch the product's secrets.
    static QString defaultService();

    explicit KeychainSecretStore(const QString& service = defaultService(), QObject* parent = nullptr);

    QString service() const { return m_service; }

    // Callbacks are dropped if this store is destroyed before the keychain answers.
    void write(const SecretKey& key, const QByteArray& secret, WriteDone done) override;
    void read(const SecretKey& key, ReadDone done) override;
    void remove(const SecretKey& key, WriteDone done) override;

    QString backendName() const override;

private:
    template<typename JobType> JobType* createJob(const SecretKey& key);
    Error errorFor(const QKeychain::Job& job) const;

    QString m_service;
};

} // namespace sia
