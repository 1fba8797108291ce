// The in-memory store other unit tests rely on keeps the real store's contract, including its failures.
#include "memorysecretstore.h"
#include "secretstorecalls.h"

#include <QTest>

using namespace sia;
using namespace sia::test;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWhatWasWritten();
    void overwriteReplacesTheSecret();
    void readOfMissingSecretIsNotFound();
    void removeOfMissingSecretSucceeds();
    void refusesAnEmptySecret();
    void callbackArrivesOnlyAfterTheCallReturns();
    void unavailableStoreFailsEveryOperation_data();
    void unavailableStoreFailsEveryOperation();

private:
    const SecretKey m_key { QStringLiteral("instance-1"), QStringLiteral("marketo.client-secret") };
};

void TestMemorySecretStore::readsBackWhatWasWritten()
{
    MemorySecretStore store;
    const QByteArray secret("s3cr\0et\xff", 8);
    const auto written = writeAndWait(store, m_key, secret);
    QVERIFY2(written.ok(), describe(written).constData());

    const auto read = readAndWait(store, m_key);
    QVERIFY2(read.ok(), describe(read).constData());
    QCOMPARE(read.value(), secret);
}

void TestMemorySecretStore::overwriteReplacesTheSecret()
{
    MemorySecretStore store;
    QVERIFY(writeAndWait(store, m_key, "first").ok());
    QVERIFY(writeAndWait(store, m_key, "second").ok());

    const auto read = readAndWait(store, m_key);
    QVERIFY2(read.ok(), describe(read).constData());
    QCOMPARE(read.value(), QByteArray("second"));
    QCOMPARE(store.size(), 1);
}

void TestMemorySecretStore::readOfMissingSecretIsNotFound()
{
    MemorySecretStore store;
    const auto read = readAndWait(store, m_key);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::NotFound);
    QCOMPARE(read.error().code, QStringLiteral("secrets.not-found"));
}

void TestMemorySecretStore::removeOfMissingSecretSucceeds()
{
    MemorySecretStore store;
    const auto removed = removeAndWait(store, m_key);
    QVERIFY2(removed.ok(), describe(removed).constData());
}

void TestMemorySecretStore::refusesAnEmptySecret()
{
    MemorySecretStore store;
    const auto written = writeAndWait(store, m_key, QByteArray());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!store.contains(m_key));
}

void TestMemorySecretStore::callbackArrivesOnlyAfterTheCallReturns()
{
    MemorySecretStore store;
    bool called = false;
    store.write(m_key, "secret", [&called](Result<void>) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestMemorySecretStore::unavailableStoreFailsEveryOperation_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("write") << QStringLiteral("write");
    QTest::newRow("read") << QStringLiteral("read");
    QTest::newRow("remove") << QStringLiteral("remove");
}

void TestMemorySecretStore::unavailableStoreFailsEveryOperation()
{
    QFETCH(QString, operation);
    MemorySecretStore store;
    QVERIFY(writeAndWait(store, m_key, "kept").ok());
    store.setUnavailable(true);

    const Result<void> outcome = operation == QLatin1String("write") ? writeAndWait(store, m_key, "new")
        : operation == QLatin1String("read")                         ? discardValue(readAndWait(store, m_key))
                                                                     : removeAndWait(store, m_key);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, ErrorKind::Environment);
    QCOMPARE(outcome.error().code, QStringLiteral("secrets.unavailable"));

    store.setUnavailable(false);
    const auto read = readAndWait(store, m_key);
    QVERIFY2(read.ok(), describe(read).constData());
    QCOMPARE(read.value(), QByteArray("kept"));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "testmemorysecretstore.moc"
