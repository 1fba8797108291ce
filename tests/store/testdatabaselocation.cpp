// A PostgreSQL database URL: read into its parts and one normal form, and refused (never repeating a
// password) when it is not a complete postgresql:// URL or carries a password.
#include "store/databaselocation.h"

#include <QTest>

using namespace sia;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void readsTheUrl_data();
    void readsTheUrl();
    void refusesUrl_data();
    void refusesUrl();
    void refusesPasswordWithoutRepeatingIt_data();
    void refusesPasswordWithoutRepeatingIt();
    void tellsServerUrlsFromFiles_data();
    void tellsServerUrlsFromFiles();
};

void TestDatabaseLocation::readsTheUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("socket");
    QTest::addColumn<QString>("url");

    QTest::newRow("host and port") << QStringLiteral("postgresql://sia@db.example.com:6543/actions")
                                   << QStringLiteral("db.example.com") << 6543 << QStringLiteral("sia")
                                   << QStringLiteral("actions") << false
                                   << QStringLiteral("postgresql://sia@db.example.com:6543/actions");
    QTest::newRow("default port") << QStringLiteral("postgresql://sia@127.0.0.1/actions")
                                  << QStringLiteral("127.0.0.1") << 5432 << QStringLiteral("sia")
                                  << QStringLiteral("actions") << false
                                  << QStringLiteral("postgresql://sia@127.0.0.1:5432/actions");
    QTest::newRow("short scheme, spaces around")
        << QStringLiteral("  postgres://sia@db:5432/actions ") << QStringLiteral("db") << 5432
        << QStringLiteral("sia") << QStringLiteral("actions") << false
        << QStringLiteral("postgresql://sia@db:5432/actions");
    QTest::newRow("unix socket") << QStringLiteral("postgresql://sia@localhost/actions?host=/run/postgresql")
                                 << QStringLiteral("/run/postgresql") << 5432 << QStringLiteral("sia")
                                 << QStringLiteral("actions") << true
                                 << QStringLiteral(
                                        "postgresql://sia@localhost:5432/actions?host=/run/postgresql");
    QTest::newRow("IPv6 address") << QStringLiteral("postgresql://sia@[::1]:5433/actions")
                                  << QStringLiteral("::1") << 5433 << QStringLiteral("sia")
                                  << QStringLiteral("actions") << false
                                  << QStringLiteral("postgresql://sia@[::1]:5433/actions");
    QTest::newRow("encoded user") << QStringLiteral("postgresql://ada%40example.com@db/actions")
                                  << QStringLiteral("db") << 5432 << QStringLiteral("ada@example.com")
                                  << QStringLiteral("actions") << false
                                  << QStringLiteral("postgresql://ada%40example.com@db:5432/actions");
}

void TestDatabaseLocation::readsTheUrl()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(bool, socket);
    QFETCH(QString, url);

    Result<DatabaseLocation> location = DatabaseLocation::parse(text);

    QVERIFY2(location.ok(), location.ok() ? "" : qPrintable(location.error().message));
    QCOMPARE(location->host(), host);
    QCOMPARE(location->port(), port);
    QCOMPARE(location->user(), user);
    QCOMPARE(location->databaseName(), database);
    QCOMPARE(location->usesSocket(), socket);
    QCOMPARE(location->url(), url);
    QCOMPARE(DatabaseLocation::parse(location->url())->url(), url); // the normal form is stable
}

void TestDatabaseLocation::refusesUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("a file name") << QStringLiteral("/home/ada/actions.sqlite");
    QTest::newRow("another scheme") << QStringLiteral("mysql://sia@db/actions");
    QTest::newRow("no user") << QStringLiteral("postgresql://db:5432/actions");
    QTest::newRow("no database") << QStringLiteral("postgresql://sia@db:5432/");
    QTest::newRow("no server") << QStringLiteral("postgresql://sia@/actions");
    QTest::newRow("relative socket dir") << QStringLiteral("postgresql://sia@localhost/actions?host=run/pg");
    QTest::newRow("unknown parameter") << QStringLiteral("postgresql://sia@db/actions?sslmode=disable");
    QTest::newRow("bad port") << QStringLiteral("postgresql://sia@db:port/actions");
}

void TestDatabaseLocation::refusesUrl()
{
    QFETCH(QString, text);

    Result<DatabaseLocation> location = DatabaseLocation::parse(text);

    QVERIFY(!location.ok());
    QCOMPARE(location.error().code, QStringLiteral("database.invalid-url"));
    QCOMPARE(location.error().kind, ErrorKind::InvalidInput);
}

void TestDatabaseLocation::refusesPasswordWithoutRepeatingIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("user:password@") << QStringLiteral("postgresql://sia:s3cret-pw@db/actions");
    QTest::newRow("empty password") << QStringLiteral("postgresql://sia:@db/actions");
    QTest::newRow("password parameter") << QStringLiteral("postgresql://sia@db/actions?password=s3cret-pw");
}

void TestDatabaseLocation::refusesPasswordWithoutRepeatingIt()
{
    QFETCH(QString, text);

    Result<DatabaseLocation> location = DatabaseLocation::parse(text);

    QVERIFY(!location.ok());
    QCOMPARE(location.error().code, QStringLiteral("database.invalid-url"));
    QVERIFY2(
        location.error().message.contains(QLatin1String("keychain")), qPrintable(location.error().message));
    QVERIFY2(location.error().message.contains(QLatin1String("set-password")),
        qPrintable(location.error().message));
    QVERIFY(!location.error().message.contains(QLatin1String("s3cret-pw")));
}

void TestDatabaseLocation::tellsServerUrlsFromFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isServer");
    QTest::newRow("postgresql://") << QStringLiteral("postgresql://sia@db/actions") << true;
    QTest::newRow("postgres://") << QStringLiteral("postgres://sia@db/actions") << true;
    QTest::newRow("absolute file") << QStringLiteral("/tmp/actions.sqlite") << false;
    QTest::newRow("relative file") << QStringLiteral("postgresql.sqlite") << false;
}

void TestDatabaseLocation::tellsServerUrlsFromFiles()
{
    QFETCH(QString, text);
    QFETCH(bool, isServer);
    QCOMPARE(DatabaseLocation::isServerUrl(text), isServer);
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "testdatabaselocation.moc"
