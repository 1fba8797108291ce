// Where the command line says the database is: --database URL, else SIA_DATABASE_URL unless another option
// already chose the database, or --review URL; every URL checked before anything is opened.
#include "cli/appcommandline.h"

#include <QTest>

using namespace sia;

class TestDatabaseOption : public QObject
{
    Q_OBJECT

private slots:
    void choosesTheDatabase_data();
    void choosesTheDatabase();
    void refusesBeforeOpening_data();
    void refusesBeforeOpening();
};

void TestDatabaseOption::choosesTheDatabase_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("databaseUrl");
    QTest::addColumn<QString>("reviewed");

    const QString url = QStringLiteral("postgresql://sia@db:5432/actions");
    QTest::newRow("--database") << QStringList { QStringLiteral("--database"), url, QStringLiteral("status") }
                                << QString() << url << QString();
    QTest::newRow("--database wins over the environment")
        << QStringList { QStringLiteral("--database"), url, QStringLiteral("status") }
        << QStringLiteral("postgresql://other@db/other") << url << QString();
    QTest::newRow("environment") << QStringList { QStringLiteral("status") }
                                 << QStringLiteral("postgres://sia@db/actions") << url << QString();
    QTest::newRow("--data-dir wins over the environment")
        << QStringList { QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"), QStringLiteral("status") }
        << url << QString() << QString();
    QTest::newRow("--sandbox wins over the environment") << QStringList { QStringLiteral("--sandbox"),
        QStringLiteral("status") } << url << QString() << QString();
    QTest::newRow("--review URL") << QStringList { QStringLiteral("--review"),
        QStringLiteral("postgresql://sia@db/actions"), QStringLiteral("audit") }
                                  << QString() << url << url;
    QTest::newRow("--review FILE wins over the environment") << QStringList {
        QStringLiteral("--review"), QStringLiteral("/tmp/a.sqlite"), QStringLiteral("audit")
    } << url << QString() << QStringLiteral("/tmp/a.sqlite");
    QTest::newRow("nothing") << QStringList { QStringLiteral("status") } << QString() << QString()
                             << QString();
}

void TestDatabaseOption::choosesTheDatabase()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(QString, databaseUrl);
    QFETCH(QString, reviewed);
    qputenv("SIA_DATABASE_URL", environment.toUtf8());

    const Result<AppInvocation> invocation
        = AppCommandLine::parse(QStringList { QStringLiteral("sia-admin") } + arguments);

    QVERIFY2(invocation.ok(), invocation.ok() ? "" : qPrintable(invocation.error().message));
    QCOMPARE(AppCommandLine::databaseUrl(*invocation), databaseUrl);
    QCOMPARE(invocation->reviewFile, reviewed);
}

void TestDatabaseOption::refusesBeforeOpening_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("code");

    const QString url = QStringLiteral("postgresql://sia@db/actions");
    QTest::newRow("password in --database") << QStringList { QStringLiteral("--database"),
        QStringLiteral("postgresql://sia:pw@db/actions"), QStringLiteral("status") }
                                            << QString() << QStringLiteral("database.invalid-url");
    QTest::newRow("password in the environment")
        << QStringList { QStringLiteral("status") } << QStringLiteral("postgresql://sia:pw@db/actions")
        << QStringLiteral("database.invalid-url");
    QTest::newRow("not a URL") << QStringList { QStringLiteral("--database"),
        QStringLiteral("db.example.com"), QStringLiteral("status") }
                               << QString() << QStringLiteral("database.invalid-url");
    QTest::newRow("with --sandbox") << QStringList { QStringLiteral("--sandbox"),
        QStringLiteral("--database"), url, QStringLiteral("status") }
                                    << QString() << QStringLiteral("cli.usage");
    QTest::newRow("with --review") << QStringList { QStringLiteral("--review"),
        QStringLiteral("/tmp/a.sqlite"), QStringLiteral("--database"), url, QStringLiteral("status") }
                                   << QString() << QStringLiteral("cli.usage");
    QTest::newRow("the window") << QStringList { QStringLiteral("--database"), url } << QString()
                                << QStringLiteral("cli.usage");
    QTest::newRow("the window, from the environment") << QStringList {} << url << QStringLiteral("cli.usage");
    QTest::newRow("set-password without a database") << QStringList { QStringLiteral("database"),
        QStringLiteral("set-password") } << QString() << QStringLiteral("cli.usage");
    QTest::newRow("database without an action")
        << QStringList { QStringLiteral("--database"), url, QStringLiteral("database") } << QString()
        << QStringLiteral("cli.usage");
}

void TestDatabaseOption::refusesBeforeOpening()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(QString, code);
    qputenv("SIA_DATABASE_URL", environment.toUtf8());

    const Result<AppInvocation> invocation
        = AppCommandLine::parse(QStringList { QStringLiteral("sia-admin") } + arguments);

    QVERIFY(!invocation.ok());
    QCOMPARE(invocation.error().code, code);
    QCOMPARE(invocation.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!invocation.error().message.contains(QLatin1String(":pw@")));
}

QTEST_GUILESS_MAIN(TestDatabaseOption)
#include "testdatabaseoption.moc"
