// A shared database's password in the SecretStore: filed under the server's URL, read back as stored, no
// password when none is stored (the server may need none), and a keychain failure reported as such.
#include "memorysecretstore.h"
#include "secrets/databasecredentials.h"
#include "secretstorecalls.h"

#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

DatabaseLocation location(const QString& url)
{
    return *DatabaseLocation::parse(url);
}

Result<QString> readPassword(DatabaseCredentials& credentials, const DatabaseLocation& server)
{
    return callAndWait<QString>([&](auto done) { credentials.readPassword(server, done); });
}

Result<void> storePassword(
    DatabaseCredentials& credentials, const DatabaseLocation& server, const QString& password)
{
    return callAndWait<void>([&](auto done) { credentials.storePassword(server, password, done); });
}

} // namespace

class TestDatabaseCredentials : public QObject
{
    Q_OBJECT

private slots:
    void readsBackTheStoredPassword();
    void keepsOnePasswordPerServerUrl();
    void noStoredPasswordIsAnEmptyOne();
    void unavailableKeychainIsAnError();
    void refusesAnEmptyPassword();

private:
    const DatabaseLocation m_server = location(QStringLiteral("postgresql://sia@db.example.com/actions"));
};

void TestDatabaseCredentials::readsBackTheStoredPassword()
{
    MemorySecretStore secrets;
    DatabaseCredentials credentials(secrets);

    QVERIFY(storePassword(credentials, m_server, QStringLiteral("sæcret pass")).ok());
    const Result<QString> read = readPassword(credentials, m_server);

    QVERIFY(read.ok());
    QCOMPARE(*read, QStringLiteral("sæcret pass"));
    QVERIFY(secrets.contains(SecretKey { m_server.url(), QStringLiteral("database.password") }));
}

void TestDatabaseCredentials::keepsOnePasswordPerServerUrl()
{
    MemorySecretStore secrets;
    DatabaseCredentials credentials(secrets);
    const DatabaseLocation otherDatabase = location(QStringLiteral("postgresql://sia@db.example.com/other"));
    const DatabaseLocation otherUser = location(QStringLiteral("postgresql://bob@db.example.com/actions"));

    QVERIFY(storePassword(credentials, m_server, QStringLiteral("one")).ok());
    QVERIFY(storePassword(credentials, otherDatabase, QStringLiteral("two")).ok());

    QCOMPARE(*readPassword(credentials, m_server), QStringLiteral("one"));
    QCOMPARE(*readPassword(credentials, otherDatabase), QStringLiteral("two"));
    QCOMPARE(*readPassword(credentials, otherUser), QString());
    // The same server written another way is the same server.
    QCOMPARE(
        *readPassword(credentials, location(QStringLiteral("postgres://sia@db.example.com:5432/actions"))),
        QStringLiteral("one"));
}

void TestDatabaseCredentials::noStoredPasswordIsAnEmptyOne()
{
    MemorySecretStore secrets;
    DatabaseCredentials credentials(secrets);

    const Result<QString> read = readPassword(credentials, m_server);

    QVERIFY(read.ok());
    QVERIFY(read->isEmpty());
}

void TestDatabaseCredentials::unavailableKeychainIsAnError()
{
    MemorySecretStore secrets;
    DatabaseCredentials credentials(secrets);
    secrets.setUnavailable(true);

    const Result<QString> read = readPassword(credentials, m_server);

    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("secrets.unavailable"));
}

void TestDatabaseCredentials::refusesAnEmptyPassword()
{
    MemorySecretStore secrets;
    DatabaseCredentials credentials(secrets);

    const Result<void> stored = storePassword(credentials, m_server, QString());

    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, QStringLiteral("database.empty-password"));
    QCOMPARE(secrets.size(), 0);
}

QTEST_GUILESS_MAIN(TestDatabaseCredentials)
#include "testdatabasecredentials.moc"
