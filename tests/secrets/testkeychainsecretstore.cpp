// KeychainSecretStore against a real Secret Service: run through tests/with-keyring.sh, which starts a
// private, unlocked gnome-keyring so that the user's own keyring is never touched.
#include "secrets/keychainsecretstore.h"
#include "secrets/secretprobe.h"
#include "secretstorecalls.h"

#include <QTest>
#include <QUuid>

#include <memory>

using namespace sia;
using namespace sia::test;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void readsBackWhatWasWritten_data();
    void readsBackWhatWasWritten();
    void overwriteReplacesTheSecret();
    void readOfMissingSecretIsNotFound();
    void removedSecretIsNotFound();
    void removeOfMissingSecretSucceeds();
    void refusesAnEmptySecret();
    void storeWithAnotherServiceDoesNotSeeTheSecret();
    void instancesDoNotSeeEachOthersSecrets();
    void callbackArrivesOnlyAfterTheCallReturns();
    void destroyedStoreDropsItsPendingCallbacks();
    void probeSucceeds();

private:
    // A key this test owns; cleanup() removes it from both stores whatever the test did.
    SecretKey key(const QString& instance, const QString& name = QStringLiteral("marketo.client-secret"));

    // Unique per run, so that a crashed earlier run or a parallel one cannot make a test pass or fail.
    QString m_service;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_otherStore; // another service in the same keychain
    QList<SecretKey> m_usedKeys;
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("SIA_TEST_KEYRING"))
        QFAIL("This test needs a private Secret Service: run it through tests/with-keyring.sh "
              "(or leave it out with ctest -LE keychain).");
    m_service = QStringLiteral("SIA Admin test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestKeychainSecretStore::init()
{
    m_store = std::make_unique<KeychainSecretStore>(m_service);
    m_otherStore = std::make_unique<KeychainSecretStore>(m_service + QStringLiteral(" other"));
}

void TestKeychainSecretStore::cleanup()
{
    for (const SecretKey& used : std::as_const(m_usedKeys)) {
        for (KeychainSecretStore* store : { m_store.get(), m_otherStore.get() }) {
            const auto removed = removeAndWait(*store, used);
            QVERIFY2(removed.ok(), describe(removed).constData());
            QVERIFY(failedWith(readAndWait(*store, used), ErrorKind::NotFound));
        }
    }
    m_usedKeys.clear();
    m_store.reset();
    m_otherStore.reset();
}

SecretKey TestKeychainSecretStore::key(const QString& instance, const QString& name)
{
    const SecretKey result { instance, name };
    m_usedKeys.append(result);
    return result;
}

void TestKeychainSecretStore::readsBackWhatWasWritten_data()
{
    QTest::addColumn<QByteArray>("secret");

    QByteArray everyByte;
    for (int value = 0; value < 256; ++value)
        everyByte.append(char(value));
    QByteArray large;
    for (int index = 0; index < 16 * 1024; ++index)
        large.append(char((index * 7) % 256));

    QTest::newRow("ascii") << QByteArray("0123456789abcdefGHIJ-client-secret");
    QTest::newRow("every byte value, NUL first") << everyByte;
    QTest::newRow("non-Latin text") << QStringLiteral(u"Пароль — 密码 — كلمة السر — 🔑").toUtf8();
    QTest::newRow("16 KiB") << large;
}

void TestKeychainSecretStore::readsBackWhatWasWritten()
{
    QFETCH(QByteArray, secret);
    const SecretKey secretKey = key(QStringLiteral("instance-a"));

    const auto written = writeAndWait(*m_store, secretKey, secret);
    QVERIFY2(written.ok(), describe(written).constData());

    const auto read = readAndWait(*m_store, secretKey);
    QVERIFY2(read.ok(), describe(read).constData());
    QCOMPARE(read.value(), secret);
}

void TestKeychainSecretStore::overwriteReplacesTheSecret()
{
    const SecretKey secretKey = key(QStringLiteral("instance-a"));
    QVERIFY(writeAndWait(*m_store, secretKey, "first value").ok());
    QVERIFY(writeAndWait(*m_store, secretKey, "second").ok());

    const auto read = readAndWait(*m_store, secretKey);
    QVERIFY2(read.ok(), describe(read).constData());
    QCOMPARE(read.value(), QByteArray("second"));
}

void TestKeychainSecretStore::readOfMissingSecretIsNotFound()
{
    const auto read = readAndWait(*m_store, key(QStringLiteral("instance-never-written")));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::NotFound);
    QCOMPARE(read.error().code, QStringLiteral("secrets.not-found"));
}

void TestKeychainSecretStore::removedSecretIsNotFound()
{
    const SecretKey secretKey = key(QStringLiteral("instance-a"));
    QVERIFY(writeAndWait(*m_store, secretKey, "to be removed").ok());

    const auto removed = removeAndWait(*m_store, secretKey);
    QVERIFY2(removed.ok(), describe(removed).constData());
    QVERIFY(failedWith(readAndWait(*m_store, secretKey), ErrorKind::NotFound));
}

void TestKeychainSecretStore::removeOfMissingSecretSucceeds()
{
    const auto removed = removeAndWait(*m_store, key(QStringLiteral("instance-never-written")));
    QVERIFY2(removed.ok(), describe(removed).constData());
}

void TestKeychainSecretStore::refusesAnEmptySecret()
{
    const SecretKey secretKey = key(QStringLiteral("instance-a"));
    const auto written = writeAndWait(*m_store, secretKey, QByteArray());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::InvalidInput);
    QVERIFY(failedWith(readAndWait(*m_store, secretKey), ErrorKind::NotFound));
}

void TestKeychainSecretStore::storeWithAnotherServiceDoesNotSeeTheSecret()
{
    const SecretKey secretKey = key(QStringLiteral("instance-a"));
    QVERIFY(writeAndWait(*m_store, secretKey, "only in the first service").ok());

    QVERIFY(failedWith(readAndWait(*m_otherStore, secretKey), ErrorKind::NotFound));

    // Removing through the other service must not remove ours either.
    QVERIFY(removeAndWait(*m_otherStore, secretKey).ok());
    const auto read = readAndWait(*m_store, secretKey);
    QVERIFY2(read.ok(), describe(read).constData());
    QCOMPARE(read.value(), QByteArray("only in the first service"));
}

void TestKeychainSecretStore::instancesDoNotSeeEachOthersSecrets()
{
    const SecretKey first = key(QStringLiteral("instance-a"));
    const SecretKey second = key(QStringLiteral("instance-b"));
    QVERIFY(writeAndWait(*m_store, first, "secret of a").ok());
    QVERIFY(writeAndWait(*m_store, second, "secret of b").ok());

    const auto readFirst = readAndWait(*m_store, first);
    const auto readSecond = readAndWait(*m_store, second);
    QVERIFY2(readFirst.ok() && readSecond.ok(),
        QByteArray(describe(readFirst) + " / " + describe(readSecond)).constData());
    QCOMPARE(readFirst.value(), QByteArray("secret of a"));
    QCOMPARE(readSecond.value(), QByteArray("secret of b"));

    QVERIFY(removeAndWait(*m_store, first).ok());
    QVERIFY(failedWith(readAndWait(*m_store, first), ErrorKind::NotFound));
    const auto readSecondAgain = readAndWait(*m_store, second);
    QVERIFY2(readSecondAgain.ok(), describe(readSecondAgain).constData());
    QCOMPARE(readSecondAgain.value(), QByteArray("secret of b"));
}

void TestKeychainSecretStore::callbackArrivesOnlyAfterTheCallReturns()
{
    const SecretKey secretKey = key(QStringLiteral("instance-a"));
    bool answered = false;
    m_store->write(secretKey, "secret", [&answered](Result<void>) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY_WITH_TIMEOUT(answered, secretStoreTimeoutMs);
}

void TestKeychainSecretStore::destroyedStoreDropsItsPendingCallbacks()
{
    const SecretKey secretKey = key(QStringLiteral("instance-a"));
    auto answered = std::make_shared<bool>(false);
    {
        KeychainSecretStore shortLived(m_service);
        shortLived.write(
            secretKey, "written by a store that is gone", [answered](Result<void>) { *answered = true; });
    }

    // QtKeychain runs its jobs one after another, so once this read answers the orphaned write has finished
    // too: it still reached the keychain, but nobody was called back.
    const auto read = readAndWait(*m_store, secretKey);
    QVERIFY2(read.ok(), describe(read).constData());
    QCOMPARE(read.value(), QByteArray("written by a store that is gone"));
    QVERIFY(!*answered);
}

void TestKeychainSecretStore::probeSucceeds()
{
    const auto probed = callAndWait<void>(
        [this](SecretStore::WriteDone done) { probeSecretStore(*m_store, std::move(done)); });
    QVERIFY2(probed.ok(), describe(probed).constData());
    QVERIFY(failedWith(readAndWait(*m_store, secretProbeKey()), ErrorKind::NotFound));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "testkeychainsecretstore.moc"
