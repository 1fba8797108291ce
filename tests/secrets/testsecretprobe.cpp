// The keychain probe reports a working store as working, and a broken one with the store's own error.
#include "memorysecretstore.h"
#include "secrets/secretprobe.h"
#include "secretstorecalls.h"

#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

Result<void> probeAndWait(SecretStore& store)
{
    return callAndWait<void>(
        [&store](SecretStore::WriteDone done) { probeSecretStore(store, std::move(done)); });
}

// A backend that loses data: stores fine, but hands back something else.
class ManglingSecretStore : public MemorySecretStore
{
public:
    void read(const SecretKey& key, ReadDone done) override
    {
        MemorySecretStore::read(key, [done = std::move(done)](Result<QByteArray> result) {
            done(result.ok() ? Result<QByteArray>(result.value().toBase64()) : result);
        });
    }
};

} // namespace

class TestSecretProbe : public QObject
{
    Q_OBJECT

private slots:
    void succeedsOnAWorkingStoreAndLeavesNothingBehind();
    void reportsAnUnavailableStore();
    void reportsAStoreThatReturnsOtherData();
    void answersOnlyAfterTheCallReturns();
};

void TestSecretProbe::succeedsOnAWorkingStoreAndLeavesNothingBehind()
{
    MemorySecretStore store;
    const auto probed = probeAndWait(store);
    QVERIFY2(probed.ok(), describe(probed).constData());
    QCOMPARE(store.size(), 0);
}

void TestSecretProbe::reportsAnUnavailableStore()
{
    MemorySecretStore store;
    store.setUnavailable(true);
    const auto probed = probeAndWait(store);
    QVERIFY(!probed.ok());
    QCOMPARE(probed.error().kind, ErrorKind::Environment);
    QCOMPARE(probed.error().code, QStringLiteral("secrets.unavailable"));
}

void TestSecretProbe::reportsAStoreThatReturnsOtherData()
{
    ManglingSecretStore store;
    const auto probed = probeAndWait(store);
    QVERIFY(!probed.ok());
    QCOMPARE(probed.error().kind, ErrorKind::Environment);
    QCOMPARE(probed.error().code, QStringLiteral("secrets.probe-mismatch"));
    QVERIFY(probed.error().message.contains(store.backendName()));
    QVERIFY2(!store.contains(secretProbeKey()), "the probe secret must be removed even when the probe fails");
}

void TestSecretProbe::answersOnlyAfterTheCallReturns()
{
    MemorySecretStore store;
    bool answered = false;
    probeSecretStore(store, [&answered](Result<void>) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
}

QTEST_GUILESS_MAIN(TestSecretProbe)
#include "testsecretprobe.moc"
