// Where the product keeps secrets (Marketo client secret, Salesforce tokens). The real implementation is
// the OS keychain; nothing else in the code touches a keychain API, and no secret is written anywhere
// else (settings, database, logs, exports).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace sia {

// Names a secret: which service it belongs to (the instance) and which secret it is.
struct SecretKey
{
    QString instance; // the Actions instance the secret belongs to, e.g. its database id or name
    QString name; // "marketo.client-secret", "salesforce.refresh-token", ...

    QString account() const { return instance + QLatin1Char('/') + name; }
};

// Asynchronous, because real keychains may prompt the user or talk over D-Bus; callbacks arrive on the
// thread that made the call (which must run an event loop), never before the call returns.
class SecretStore
{
public:
    using WriteDone = std::function<void(Result<void>)>;
    using ReadDone = std::function<void(Result<QByteArray>)>; // NotFound when absent

    virtual ~SecretStore() = default;

    virtual void write(const SecretKey& key, const QByteArray& secret, WriteDone done) = 0;
    virtual void read(const SecretKey& key, ReadDone done) = 0;
    virtual void remove(const SecretKey& key, WriteDone done) = 0; // removing an absent secret succeeds

    // A human name of the backend, for messages: "Secret Service (D-Bus)", "macOS Keychain", ...
    virtual QString backendName() const = 0;
};

} // namespace sia
