// Where the command line says the database is: --database URL, else SIA_DATABASE_URL, else the machine's
// saved choice, unless another option already chose the database, or --review URL; every URL checked
// before anything is opened. The window and the commands read the same choice.
#include "cli/appcommandline.h"
#include "store/saveddatabasechoice.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sia;

class TestDatabaseOption : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void choosesTheDatabase_data();
    void choosesTheDatabase();
    void refusesBeforeOpening_data();
    void refusesBeforeOpening();
    void unusableSavedChoiceWaitsForWhatNeedsTheDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_machineDataDir; // SIA_DATA_DIR: where the saved choice is looked for
};

void TestDatabaseOption::init()
{
    m_machineDataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_machineDataDir->isValid());
    qputenv("SIA_DATA_DIR", m_machineDataDir->path().toUtf8());
}

void TestDatabaseOption::choosesTheDatabase_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("databaseUrl");
    QTest::addColumn<QString>("reviewed");

    const QString url = QStringLiteral("postgresql://sia@db:5432/actions");
    const QString other = QStringLiteral("postgresql://other@db:5432/other");
    const QString none;
    const QStringList status { QStringLiteral("status") };
    // clang-format off
    QTest::newRow("--database")                          << QStringList { QStringLiteral("--database"), url, QStringLiteral("status") } << none << none << url << none;
    QTest::newRow("--database wins over the environment") << QStringList { QStringLiteral("--database"), url, QStringLiteral("status") } << other << other << url << none;
    QTest::newRow("environment")                         << status << QStringLiteral("postgres://sia@db/actions") << none << url << none;
    QTest::newRow("environment wins over the saved choice") << status << url << other << url << none;
    QTest::newRow("saved choice")                        << status << none << url << url << none;
    QTest::newRow("--data-dir wins over the environment") << QStringList { QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"), QStringLiteral("status") } << url << url << none << none;
    QTest::newRow("--sandbox wins over the saved choice") << QStringList { QStringLiteral("--sandbox"), QStringLiteral("status") } << none << url << none << none;
    QTest::newRow("--review URL")                        << QStringList { QStringLiteral("--review"), QStringLiteral("postgresql://sia@db/actions"), QStringLiteral("audit") } << none << other << url << url;
    QTest::newRow("--review FILE wins over the environment") << QStringList { QStringLiteral("--review"), QStringLiteral("/tmp/a.sqlite"), QStringLiteral("audit") } << url << url << none << QStringLiteral("/tmp/a.sqlite");
    QTest::newRow("nothing")                             << status << none << none << none << none;
    QTest::newRow("the window, --database")              << QStringList { QStringLiteral("--database"), url } << none << none << url << none;
    QTest::newRow("the window, from the environment")    << QStringList {} << url << none << url << none;
    QTest::newRow("the window, the saved choice")        << QStringList {} << none << url << url << none;
    QTest::newRow("the window, --review URL")            << QStringList { QStringLiteral("--review"), url } << none << none << url << url;
    QTest::newRow("the tour, --database")                << QStringList { QStringLiteral("--database"), url, QStringLiteral("--tour"), QStringLiteral("/tmp/t") } << none << none << url << none;
    // clang-format on
}

void TestDatabaseOption::choosesTheDatabase()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(QString, saved);
    QFETCH(QString, databaseUrl);
    QFETCH(QString, reviewed);
    qputenv("SIA_DATABASE_URL", environment.toUtf8());
    const SavedDatabaseChoice savedChoice(m_machineDataDir->path()); // shared by the rows: set each time
    QVERIFY(saved.isEmpty() ? savedChoice.forget().ok() : savedChoice.save(saved).ok());

    const Result<AppInvocation> invocation
        = AppCommandLine::parse(QStringList { QStringLiteral("sia-admin") } + arguments);

    QVERIFY2(invocation.ok(), invocation.ok() ? "" : qPrintable(invocation.error().message));
    QCOMPARE(AppCommandLine::databaseUrl(*invocation), databaseUrl);
    QCOMPARE(invocation->reviewFile, reviewed);
    QCOMPARE(invocation->database->isServer(), !databaseUrl.isEmpty());
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
    QTest::newRow("the window, password in --database")
        << QStringList { QStringLiteral("--database"), QStringLiteral("postgresql://sia:pw@db/actions") }
        << QString() << QStringLiteral("database.invalid-url");
    QTest::newRow("use with a password") << QStringList { QStringLiteral("database"), QStringLiteral("use"),
        QStringLiteral("postgresql://sia:pw@db/actions") }
                                         << QString() << QStringLiteral("database.invalid-url");
    QTest::newRow("use without a URL") << QStringList { QStringLiteral("database"), QStringLiteral("use") }
                                       << QString() << QStringLiteral("cli.usage");
    QTest::newRow("use with --data-dir") << QStringList { QStringLiteral("--data-dir"),
        QStringLiteral("/tmp/x"), QStringLiteral("database"), QStringLiteral("use"), url }
                                         << QString() << QStringLiteral("cli.usage");
    QTest::newRow("forget with --database") << QStringList { QStringLiteral("database"),
        QStringLiteral("forget"), QStringLiteral("--database"), url }
                                            << QString() << QStringLiteral("cli.usage");
    QTest::newRow("set-password with --data-dir only") << QStringList { QStringLiteral("--data-dir"),
        QStringLiteral("/tmp/x"), QStringLiteral("database"), QStringLiteral("set-password") }
                                                       << url << QStringLiteral("cli.usage");
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

// A saved choice that cannot be used is no usage error: the run carries it, so that what needs the
// database fails on it (exit 3) while `database forget` still runs.
void TestDatabaseOption::unusableSavedChoiceWaitsForWhatNeedsTheDatabase()
{
    qputenv("SIA_DATABASE_URL", QByteArray());
    QFile file(SavedDatabaseChoice(m_machineDataDir->path()).filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a URL\n");
    file.close();

    const Result<AppInvocation> window = AppCommandLine::parse({ QStringLiteral("sia-admin") });
    const Result<AppInvocation> forget = AppCommandLine::parse(
        { QStringLiteral("sia-admin"), QStringLiteral("database"), QStringLiteral("forget") });

    QVERIFY(window.ok());
    QVERIFY(!window->database.ok());
    QCOMPARE(window->database.error().code, QStringLiteral("database.saved-choice-invalid"));
    QCOMPARE(window->database.error().kind, ErrorKind::Environment);
    QVERIFY(forget.ok());
}

QTEST_GUILESS_MAIN(TestDatabaseOption)
#include "testdatabaseoption.moc"
