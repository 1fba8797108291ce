// A SecretStore held in memory, for unit tests only (the product never links tests/support). It keeps
// the real store's contract: callbacks arrive later through the event loop, never inside the call.
#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QObject>

namespace sia {

class MemorySecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    void write(const SecretKey& key, const QByteArray& secret, WriteDone done) override;
    void read(const SecretKey& key, ReadDone done) override;
    void remove(const SecretKey& key, WriteDone done) override;
    QString backendName() const override;

    // While unavailable every operation fails as a missing or locked keychain does (ErrorKind::Environment,
    // code "secrets.unavailable") and the stored secrets are left as they are.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

    // For assertions: what a test put in, without going through the asynchronous API.
    bool contains(const SecretKey& key) const { return m_secrets.contains(key.account()); }
    qsizetype size() const { return m_secrets.size(); }

private:
    template<typename Callback, typename Outcome> void deliver(Callback done, Outcome outcome);
    Error unavailableError() const;

    QHash<QString, QByteArray> m_secrets;
    bool m_unavailable = false;
};

} // namespace sia
