// The window on a PostgreSQL server, started as an admin starts it: `sia-admin --tour DIR` goes through the
// same start-up as the window (the keychain asked for the server's password, the store opened on its
// worker thread, the main window built) and renders it to PNG. Run against a throwaway server
// (tests/with-postgres.sh): the database is chosen by --database, by SIA_DATABASE_URL or by the machine's
// saved choice, --review URL leaves it untouched, and a refused login exits with 3 naming the server.
#include "sialauncher.h"
#include "storetesthelpers.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace sia::test;

class TestCliPostgres : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tourRendersTheServerDatabase_data();
    void tourRendersTheServerDatabase();
    void reviewTourLeavesTheServerUntouched();
    void refusedLoginExitsWithThreeNamingTheServer();

private:
    QStringList pictures() const
    {
        return QDir(m_tour->path()).entryList({ QStringLiteral("*.png") }, QDir::Files);
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<QTemporaryDir> m_machine; // the machine's data directory (SIA_DATA_DIR)
    std::unique_ptr<QTemporaryDir> m_tour;
    SiaLauncher m_launcher;
};

void TestCliPostgres::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    QCOMPARE(m_database->backend(), TestBackend::Postgres);
    m_machine = std::make_unique<QTemporaryDir>();
    m_tour = std::make_unique<QTemporaryDir>();
    QVERIFY(m_machine->isValid() && m_tour->isValid());
    m_launcher = SiaLauncher();
    m_launcher.setEnvironment(QStringLiteral("SIA_DATA_DIR"), m_machine->path());
    m_launcher.setEnvironment(QStringLiteral("SIA_DATABASE_URL"), QString());
}

void TestCliPostgres::cleanup()
{
    m_database.reset();
}

void TestCliPostgres::tourRendersTheServerDatabase_data()
{
    QTest::addColumn<QString>("chosenBy");
    QTest::newRow("--database") << QStringLiteral("option");
    QTest::newRow("SIA_DATABASE_URL") << QStringLiteral("environment");
    QTest::newRow("saved choice") << QStringLiteral("saved");
}

void TestCliPostgres::tourRendersTheServerDatabase()
{
    QFETCH(QString, chosenBy);
    QVERIFY(m_database->fingerprint().isEmpty()); // a fresh database: no table yet
    QStringList arguments { QStringLiteral("--tour"), m_tour->path() };
    if (chosenBy == QLatin1String("option")) {
        arguments << QStringLiteral("--database") << m_database->url();
    } else if (chosenBy == QLatin1String("environment")) {
        m_launcher.setEnvironment(QStringLiteral("SIA_DATABASE_URL"), m_database->url());
    } else {
        QCOMPARE(m_launcher.runRaw({ QStringLiteral("database"), QStringLiteral("use"), m_database->url() })
                     .exitCode,
            0);
    }

    const SiaRun rendered = m_launcher.runRaw(arguments);

    QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
    // The overview, seven steps, the command center and the sync health tools, the review and its three tabs.
    QCOMPARE(pictures().size(), 14);
    QVERIFY(pictures().contains(QStringLiteral("01-overview.png")));
    // The server's database was opened (and so migrated), never a file of the machine's data directory.
    QVERIFY(!m_database->fingerprint().isEmpty());
    QVERIFY(!QFile::exists(QDir(m_machine->path()).filePath(QStringLiteral("actions.sqlite"))));
}

void TestCliPostgres::reviewTourLeavesTheServerUntouched()
{
    {
        auto store = m_database->open(); // migrated, as another admin's instance would be
        QVERIFY2(store.ok(), failureText(store).constData());
    }
    const QStringList before = m_database->fingerprint();
    QVERIFY(!before.isEmpty());

    const SiaRun rendered = m_launcher.runRaw(
        { QStringLiteral("--review"), m_database->url(), QStringLiteral("--tour"), m_tour->path() });

    QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
    QCOMPARE(pictures().size(), 14);
    QCOMPARE(m_database->fingerprint(), before);
}

void TestCliPostgres::refusedLoginExitsWithThreeNamingTheServer()
{
    // A role that does not exist: over 127.0.0.1 the test server asks it for a password, which no
    // keychain holds, and refuses the login.
    QUrl url(m_database->url());
    url.setUserName(QStringLiteral("nobody_%1").arg(QCoreApplication::applicationPid()));
    const QString refused = url.toString();

    const SiaRun rendered = m_launcher.runRaw(
        { QStringLiteral("--database"), refused, QStringLiteral("--tour"), m_tour->path() });

    QCOMPARE(rendered.exitCode, 3);
    QVERIFY2(rendered.err.contains(refused), qPrintable(rendered.err));
    QVERIFY(pictures().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "testclipostgres.moc"
