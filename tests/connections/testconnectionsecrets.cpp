// The keychain entries of a connection: one name per secret and instance, read, written and removed
// asynchronously; an empty secret refused; disconnecting a service removes its secrets and no other.
// Runs on the in-memory store (unit) and, as testconnectionsecrets-keychain, on the real OS keychain
// (SIA_TEST_REAL_KEYCHAIN=1, through tests/with-keyring.sh).
#include "connections/connectionsecrets.h"
#include "memorysecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "secretstorecalls.h"

#include <QTest>

#include <memory>

using namespace sia;
using namespace sia::test;

class TestConnectionSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void namesAreStableAndPerInstance();
    void eachSecretReadsBackWhatWasWritten_data();
    void eachSecretReadsBackWhatWasWritten();
    void absentSecretIsNotFound();
    void emptySecretIsRefused();
    void removingAServicesSecretsLeavesTheOthers();

private:
    Result<QByteArray> read(ConnectionSecrets& secrets, ConnectionSecret secret);
    Result<void> write(ConnectionSecrets& secrets, ConnectionSecret secret, const QByteArray& value);
    ConnectionSecrets secrets(const QString& instance) { return ConnectionSecrets(*m_store, instance); }

    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<QObject> m_owner;
    QList<QString> m_instances { QStringLiteral("/tmp/first/actions.sqlite"),
        QStringLiteral("postgresql://sia@db.example.com/actions") };
};

void TestConnectionSecrets::initTestCase()
{
    if (qEnvironmentVariableIntValue("SIA_TEST_REAL_KEYCHAIN") == 1) {
        QVERIFY2(qEnvironmentVariableIsSet("SIA_TEST_KEYRING"), "run through tests/with-keyring.sh");
        m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("SIA Admin connection-secrets test"));
    } else {
        m_store = std::make_unique<MemorySecretStore>();
    }
}

void TestConnectionSecrets::cleanup()
{
    for (const QString& instance : m_instances) {
        ConnectionSecrets each = secrets(instance);
        for (ConnectionSecret secret : allValues<ConnectionSecret>()) {
            QVERIFY(callAndWait<void>([&](auto done) { each.remove(secret, done); }).ok());
        }
    }
}

Result<QByteArray> TestConnectionSecrets::read(ConnectionSecrets& secrets, ConnectionSecret secret)
{
    return callAndWait<QByteArray>([&](auto done) { secrets.read(secret, done); });
}

Result<void> TestConnectionSecrets::write(
    ConnectionSecrets& secrets, ConnectionSecret secret, const QByteArray& value)
{
    return callAndWait<void>([&](auto done) { secrets.write(secret, value, done); });
}

void TestConnectionSecrets::namesAreStableAndPerInstance()
{
    const ConnectionSecrets first = secrets(m_instances.at(0));
    const ConnectionSecrets second = secrets(m_instances.at(1));
    QCOMPARE(
        first.keyFor(ConnectionSecret::MarketoClientSecret).name, QStringLiteral("marketo.client-secret"));
    QCOMPARE(first.keyFor(ConnectionSecret::SalesforceRefreshToken).name,
        QStringLiteral("salesforce.refresh-token"));
    QCOMPARE(first.keyFor(ConnectionSecret::ProxyPassword).name, QStringLiteral("proxy.password"));
    QVERIFY(first.keyFor(ConnectionSecret::ProxyPassword).account()
        != second.keyFor(ConnectionSecret::ProxyPassword).account());
}

void TestConnectionSecrets::eachSecretReadsBackWhatWasWritten_data()
{
    QTest::addColumn<int>("secretValue");
    for (ConnectionSecret secret : allValues<ConnectionSecret>()) {
        QTest::newRow(qPrintable(toKey(secret))) << int(secret);
    }
}

void TestConnectionSecrets::eachSecretReadsBackWhatWasWritten()
{
    QFETCH(int, secretValue);
    const auto secret = ConnectionSecret(secretValue);
    ConnectionSecrets first = secrets(m_instances.at(0));
    ConnectionSecrets second = secrets(m_instances.at(1));

    const Result<void> written = write(first, secret, "s3cret-" + toKey(secret).toUtf8());
    const Result<void> other = write(second, secret, "other-instance");

    QVERIFY2(written.ok(), describe(written).constData());
    QVERIFY2(other.ok(), describe(other).constData());
    const Result<QByteArray> readBack = read(first, secret);
    QVERIFY2(readBack.ok(), describe(readBack).constData());
    QCOMPARE(*readBack, "s3cret-" + toKey(secret).toUtf8());
    QCOMPARE(*read(second, secret), QByteArray("other-instance"));
}

void TestConnectionSecrets::absentSecretIsNotFound()
{
    ConnectionSecrets first = secrets(m_instances.at(0));
    QVERIFY(failedWith(read(first, ConnectionSecret::SalesforceRefreshToken), ErrorKind::NotFound));
}

void TestConnectionSecrets::emptySecretIsRefused()
{
    ConnectionSecrets first = secrets(m_instances.at(0));
    const Result<void> written = write(first, ConnectionSecret::MarketoClientSecret, QByteArray());
    QVERIFY(failedWith(written, ErrorKind::InvalidInput));
    QCOMPARE(written.error().code, QStringLiteral("secrets.empty"));
    QVERIFY(failedWith(read(first, ConnectionSecret::MarketoClientSecret), ErrorKind::NotFound));
}

void TestConnectionSecrets::removingAServicesSecretsLeavesTheOthers()
{
    ConnectionSecrets first = secrets(m_instances.at(0));
    for (ConnectionSecret secret : allValues<ConnectionSecret>()) {
        QVERIFY(write(first, secret, "value").ok());
    }

    const Result<void> removed
        = callAndWait<void>([&](auto done) { first.removeAllOf(ConnectionService::Salesforce, done); });

    QVERIFY2(removed.ok(), describe(removed).constData());
    QVERIFY(failedWith(read(first, ConnectionSecret::SalesforceRefreshToken), ErrorKind::NotFound));
    QVERIFY(read(first, ConnectionSecret::MarketoClientSecret).ok());
    QVERIFY(read(first, ConnectionSecret::ProxyPassword).ok());
}

QTEST_GUILESS_MAIN(TestConnectionSecrets)
#include "testconnectionsecrets.moc"
