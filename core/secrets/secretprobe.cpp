#include "secrets/secretprobe.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace sia {

namespace {

using ProbeDone = std::function<void(Result<void>)>;

QByteArray randomProbeValue()
{
    // Fresh random bytes, including non-text ones: a stale probe left by a crashed run cannot pass for
    // a working round trip, and a backend that mangles binary data is caught here and not with a token.
    QByteArray value(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(value.data()), value.size() / 4);
    return value;
}

// Removes the probe secret, then reports `outcome` unless the removal itself failed first.
void removeAndReport(SecretStore& store, Result<void> outcome, ProbeDone done)
{
    store.remove(
        secretProbeKey(), [outcome = std::move(outcome), done = std::move(done)](Result<void> removed) {
            done(!outcome.ok() || removed.ok() ? outcome : removed);
        });
}

Error notGivenBack(const SecretStore& store)
{
    return Error::environment(QStringLiteral("secrets.probe-mismatch"),
        QCoreApplication::translate("sia::SecretProbe",
            "The %1 did not give back the secret just stored in it, "
            "so it cannot be trusted with secrets. Check its "
            "configuration or use another keychain.")
            .arg(store.backendName()));
}

void readBack(SecretStore& store, const QByteArray& expected, ProbeDone done)
{
    store.read(secretProbeKey(), [&store, expected, done = std::move(done)](Result<QByteArray> read) {
        if (!read.ok() && read.error().kind != ErrorKind::NotFound)
            removeAndReport(store, read.error(), done);
        else if (!read.ok() || read.value() != expected) // lost or changed what it had just accepted
            removeAndReport(store, notGivenBack(store), done);
        else
            removeAndReport(store, Result<void>(), done);
    });
}

} // namespace

SecretKey secretProbeKey()
{
    return SecretKey { QStringLiteral("sia-admin"), QStringLiteral("keychain-probe") };
}

void probeSecretStore(SecretStore& store, ProbeDone done)
{
    const QByteArray expected = randomProbeValue();
    store.write(secretProbeKey(), expected, [&store, expected, done = std::move(done)](Result<void> written) {
        if (written.ok())
            readBack(store, expected, done);
        else
            done(written); // nothing was stored, so there is nothing to remove
    });
}

} // namespace sia
