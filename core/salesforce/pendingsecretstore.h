// Where a new Salesforce login keeps its refresh token until its named checks have passed: in memory, in
// this process only, so that a login whose checks fail (or that is cancelled) never replaces the
// keychain's token of the connection that works. Once the checks pass the service moves the token into the
// OS keychain and forgets this store. It keeps SecretStore's contract: answers arrive later, from the
// event loop.
#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QObject>

namespace sia {

class PendingSecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~PendingSecretStore() override;

    void write(const SecretKey& key, const QByteArray& secret, WriteDone done) override;
    void read(const SecretKey& key, ReadDone done) override;
    void remove(const SecretKey& key, WriteDone done) override;
    QString backendName() const override;

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace sia
