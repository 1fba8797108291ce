// What can go wrong with a database on a PostgreSQL server, and what review promises there: a server that
// is down, a password refused, a database that is missing, a schema too new (also through the command line,
// exit code 3), and a review that reads inside one read-only transaction and writes nothing.
// Runs only against the server of tests/with-postgres.sh (SIA_TEST_POSTGRES_URL).
#include "store/databaselocation.h"
#include "store/migrations.h"
#include "store/store.h"
#include "storetesthelpers.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

#include <vector>

using namespace sia;
using namespace sia::test;

namespace {

const QString someTime = QStringLiteral("2026-01-02T03:04:05.678Z");

// The test database's URL with another user, password-protected over 127.0.0.1 by tests/with-postgres.sh.
QString asUser(const QString& url, const QString& user)
{
    QUrl changed(url);
    changed.setUserName(user);
    return changed.toString();
}

struct CliRun
{
    int exitCode = -1;
    QString standardError;
};

CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No keychain: the command must go on without a password (the test server trusts its user).
    environment.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/sia-no-bus"));
    environment.remove(QStringLiteral("SIA_DATABASE_URL"));
    environment.insert(QStringLiteral("SIA_BUSY_TIMEOUT_MS"), QStringLiteral("1000"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SIA_ADMIN_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestPostgresStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void serverDownIsUnreachable();
    void wrongOrMissingPasswordIsRefused_data();
    void wrongOrMissingPasswordIsRefused();
    void rightPasswordOpens();
    void missingDatabaseIsNamed();
    void passwordInUrlIsRefusedBeforeConnecting();
    void unixSocketReachesTheSameDatabase();
    void busyTimeoutBecomesLockTimeout();
    void openingWhileAnotherAdminWritesDoesNotWait();

    void reviewReadsInsideReadOnlyTransactions();
    void reviewRefusesWritesAsReadOnly();
    void reviewOfOlderSchemaIsRefusedUntouched();

    void adminsOpeningANewDatabaseAtOnceAllSucceed();
    void newerSchemaExitsWithEnvironmentCode();
    void serverDownExitsWithEnvironmentCode();
    void refusedLoginWithoutKeychainNamesBoth();

private:
    bool createRole(const QString& role, const QString& password);

    std::unique_ptr<TestDatabase> m_database;
    QStringList m_roles;
};

void TestPostgresStore::init()
{
    m_database = std::make_unique<TestDatabase>(TestBackend::Postgres);
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
}

void TestPostgresStore::cleanup()
{
    m_database.reset();
    for (const QString& role : std::as_const(m_roles)) {
        TestDatabase server(TestBackend::Postgres);
        QCOMPARE(server.runDirectly({ QStringLiteral("DROP ROLE IF EXISTS %1").arg(role) }), QString());
    }
    m_roles.clear();
}

bool TestPostgresStore::createRole(const QString& role, const QString& password)
{
    const QString failed
        = m_database->runDirectly({ QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password),
            QStringLiteral("GRANT ALL ON SCHEMA public TO %1").arg(role) });
    if (!failed.isEmpty()) {
        qWarning() << failed;
        return false;
    }
    m_roles << role;
    return true;
}

void TestPostgresStore::serverDownIsUnreachable()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    StoreOptions options = m_database->options();
    QUrl url(options.databaseUrl);
    url.setPort(port);
    options.databaseUrl = url.toString();

    Result<std::unique_ptr<Store>> opened = Store::open(options);

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store.server-unreachable"));
    QCOMPARE(opened.error().kind, ErrorKind::Environment);
    QVERIFY2(opened.error().message.contains(options.databaseUrl), qPrintable(opened.error().message));
}

void TestPostgresStore::wrongOrMissingPasswordIsRefused_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << QStringLiteral("not-the-password");
    QTest::newRow("no password stored") << QString();
}

void TestPostgresStore::wrongOrMissingPasswordIsRefused()
{
    QFETCH(QString, password);
    const QString role = QStringLiteral("sia_admin_%1").arg(QTest::currentDataTag()[0] == 'w' ? 1 : 2);
    QVERIFY(createRole(role, QStringLiteral("right-password")));
    StoreOptions options = m_database->options();
    options.databaseUrl = asUser(options.databaseUrl, role);
    options.databasePassword = password;

    Result<std::unique_ptr<Store>> opened = Store::open(options);

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store.password-refused"));
    QCOMPARE(opened.error().kind, ErrorKind::Environment);
    QVERIFY2(opened.error().message.contains(options.databaseUrl), qPrintable(opened.error().message));
    QVERIFY2(
        opened.error().message.contains(QLatin1String("set-password")), qPrintable(opened.error().message));
    QVERIFY(!opened.error().message.contains(QLatin1String("right-password")));
}

void TestPostgresStore::rightPasswordOpens()
{
    QVERIFY(createRole(QStringLiteral("sia_admin_3"), QStringLiteral("right-password")));
    StoreOptions options = m_database->options();
    options.databaseUrl = asUser(options.databaseUrl, QStringLiteral("sia_admin_3"));
    options.databasePassword = QStringLiteral("right-password");

    Result<std::unique_ptr<Store>> opened = Store::open(options);

    QVERIFY2(opened.ok(), failureText(opened).constData());
    QCOMPARE((*opened)->schemaVersion(), Migrations::latestVersion());
    QVERIFY(!(*opened)->path().contains(QLatin1String("right-password")));
}

void TestPostgresStore::missingDatabaseIsNamed()
{
    StoreOptions options = m_database->options();
    QUrl url(options.databaseUrl);
    url.setPath(QStringLiteral("/no_such_database"));
    options.databaseUrl = url.toString();

    Result<std::unique_ptr<Store>> opened = Store::open(options);

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store.database-missing"));
    QVERIFY2(opened.error().message.contains(options.databaseUrl), qPrintable(opened.error().message));
}

void TestPostgresStore::passwordInUrlIsRefusedBeforeConnecting()
{
    StoreOptions options = m_database->options();
    QUrl url(options.databaseUrl);
    url.setPassword(QStringLiteral("in-the-url"));
    options.databaseUrl = url.toString();

    Result<std::unique_ptr<Store>> opened = Store::open(options);

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("database.invalid-url"));
    QVERIFY(!opened.error().message.contains(QLatin1String("in-the-url")));
    QCOMPARE(m_database->fingerprint(), QStringList()); // not even the collation was made
}

void TestPostgresStore::unixSocketReachesTheSameDatabase()
{
    const QString socketServer = qEnvironmentVariable("SIA_TEST_POSTGRES_SOCKET_URL");
    QVERIFY2(!socketServer.isEmpty(),
        "SIA_TEST_POSTGRES_SOCKET_URL is not set: run through tests/with-postgres.sh");
    QUrl url(socketServer);
    url.setPath(QUrl(m_database->url()).path());
    StoreOptions options = m_database->options();
    options.databaseUrl = url.toString();
    Result<std::unique_ptr<Store>> overSocket = Store::open(options);
    QVERIFY2(overSocket.ok(), failureText(overSocket).constData());
    QVERIFY(
        (*overSocket)
            ->exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (:at, 'socket', 'a')"),
                { { QStringLiteral("at"), someTime } })
            .ok());

    Result<std::unique_ptr<Store>> overTcp = m_database->open();

    QVERIFY2(overTcp.ok(), failureText(overTcp).constData());
    QCOMPARE(scalar(**overTcp, QStringLiteral("SELECT actor FROM audit_log")).toString(),
        QStringLiteral("socket"));
}

void TestPostgresStore::busyTimeoutBecomesLockTimeout()
{
    StoreOptions options = m_database->options();
    options.busyTimeoutMs = 1234;
    Result<std::unique_ptr<Store>> opened = Store::open(options);
    QVERIFY2(opened.ok(), failureText(opened).constData());

    QCOMPARE(scalar(**opened, QStringLiteral("SHOW lock_timeout")).toString(), QStringLiteral("1234ms"));
}

void TestPostgresStore::openingWhileAnotherAdminWritesDoesNotWait()
{
    Result<std::unique_ptr<Store>> writer = m_database->open();
    QVERIFY2(writer.ok(), failureText(writer).constData());
    for (const QString& statement : (*writer)->dialect().beginWriteTransaction()) {
        QVERIFY((*writer)->exec(statement).ok());
    }

    // A database at the latest schema needs nothing of the write lock to open, for writing or review.
    Result<std::unique_ptr<Store>> other = m_database->open();
    Result<std::unique_ptr<Store>> review = m_database->openForReview();

    QVERIFY2(other.ok(), failureText(other).constData());
    QVERIFY2(review.ok(), failureText(review).constData());
    QVERIFY((*writer)->exec(QStringLiteral("COMMIT")).ok());
}

void TestPostgresStore::reviewReadsInsideReadOnlyTransactions()
{
    {
        Result<std::unique_ptr<Store>> created = m_database->open();
        QVERIFY2(created.ok(), failureText(created).constData());
    }
    Result<std::unique_ptr<Store>> review = m_database->openForReview();
    QVERIFY2(review.ok(), failureText(review).constData());

    Store& store = **review;

    // Every statement on its own, and every transaction a reader opens, is read-only.
    QCOMPARE(scalar(store, QStringLiteral("SHOW transaction_read_only")).toString(), QStringLiteral("on"));
    for (const QString& statement : store.dialect().beginReadTransaction()) {
        QVERIFY(store.exec(statement).ok());
    }
    QCOMPARE(scalar(store, QStringLiteral("SHOW transaction_read_only")).toString(), QStringLiteral("on"));
    QCOMPARE(scalar(store, QStringLiteral("SHOW transaction_isolation")).toString(),
        QStringLiteral("repeatable read"));
    QCOMPARE(rowCount(store, QStringLiteral("audit_log")), 0);
    // Another admin writes meanwhile: the reader's transaction keeps the one view it started with.
    QCOMPARE(m_database->runDirectly(
                 { QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES ('%1', 'bob', 'a')")
                         .arg(someTime) }),
        QString());
    QCOMPARE(rowCount(store, QStringLiteral("audit_log")), 0);
    QVERIFY(store.exec(QStringLiteral("COMMIT")).ok());
    QCOMPARE(rowCount(store, QStringLiteral("audit_log")), 1);
}

void TestPostgresStore::reviewRefusesWritesAsReadOnly()
{
    {
        Result<std::unique_ptr<Store>> created = m_database->open();
        QVERIFY2(created.ok(), failureText(created).constData());
    }
    const QStringList before = m_database->fingerprint();
    Result<std::unique_ptr<Store>> review = m_database->openForReview();
    QVERIFY2(review.ok(), failureText(review).constData());

    Result<QSqlQuery> written = (*review)->exec(
        QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (:at, 'alice', 'a')"),
        { { QStringLiteral("at"), someTime } });

    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("store.read-only"));
    // Also in a transaction of its own, and for the schema.
    QVERIFY((*review)->exec(QStringLiteral("BEGIN")).ok());
    Result<QSqlQuery> again = (*review)->exec(QStringLiteral("CREATE TABLE sneaked_in (x INTEGER)"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("store.read-only"));
    review = Error {};
    QCOMPARE(m_database->fingerprint(), before);
}

void TestPostgresStore::reviewOfOlderSchemaIsRefusedUntouched()
{
    {
        Result<std::unique_ptr<Store>> older = m_database->open(1);
        QVERIFY2(older.ok(), failureText(older).constData());
    }
    const QStringList before = m_database->fingerprint();

    Result<std::unique_ptr<Store>> review = m_database->openForReview();

    QVERIFY(!review.ok());
    QCOMPARE(review.error().code, QStringLiteral("store.review-older-schema"));
    QCOMPARE(review.error().kind, ErrorKind::Environment);
    QCOMPARE(m_database->fingerprint(), before);
}

// Three processes create the schema of one new database at the same moment: they take turns for each
// migration, and none applies one that another has applied meanwhile.
void TestPostgresStore::adminsOpeningANewDatabaseAtOnceAllSucceed()
{
    std::vector<std::unique_ptr<QProcess>> processes;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/sia-no-bus"));
    environment.insert(QStringLiteral("SIA_BUSY_TIMEOUT_MS"), QStringLiteral("30000"));
    for (int admin = 0; admin < 3; ++admin) {
        auto& process = processes.emplace_back(std::make_unique<QProcess>());
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(SIA_ADMIN_BINARY),
            { QStringLiteral("--database"), m_database->url(), QStringLiteral("status"),
                QStringLiteral("--json") });
    }
    for (auto& process : processes) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
            process->readAllStandardError().constData());
    }

    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    QCOMPARE(rowCount(**opened, QStringLiteral("schema_migrations")), Migrations::latestVersion());
    QCOMPARE(rowCount(**opened, QStringLiteral("teams")), 1); // the one "Everyone" of migration 2
}

void TestPostgresStore::newerSchemaExitsWithEnvironmentCode()
{
    {
        Result<std::unique_ptr<Store>> created = m_database->open();
        QVERIFY2(created.ok(), failureText(created).constData());
        QVERIFY((*created)
                    ->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at)"
                                          " VALUES (:version, 'from the future', :at)"),
                        { { QStringLiteral("version"), Migrations::latestVersion() + 1 },
                            { QStringLiteral("at"), someTime } })
                    .ok());
    }
    const QStringList before = m_database->fingerprint();

    for (const QStringList& arguments :
        { QStringList { QStringLiteral("--database"), m_database->url(), QStringLiteral("status") },
            QStringList { QStringLiteral("--review"), m_database->url(), QStringLiteral("status") } }) {
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(
            run.standardError.contains(QLatin1String("store.newer-schema")), qPrintable(run.standardError));
        QVERIFY2(run.standardError.contains(m_database->url()), qPrintable(run.standardError));
    }
    QCOMPARE(m_database->fingerprint(), before);
}

void TestPostgresStore::serverDownExitsWithEnvironmentCode()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    QUrl url(m_database->url());
    url.setPort(probe.serverPort());
    probe.close();

    const CliRun run = runCli({ QStringLiteral("--database"), url.toString(), QStringLiteral("status") });

    QCOMPARE(run.exitCode, 3);
    QVERIFY2(
        run.standardError.contains(QLatin1String("store.server-unreachable")), qPrintable(run.standardError));
    QVERIFY2(run.standardError.contains(url.toString()), qPrintable(run.standardError));
}

void TestPostgresStore::refusedLoginWithoutKeychainNamesBoth()
{
    QVERIFY(createRole(QStringLiteral("sia_admin_4"), QStringLiteral("right-password")));
    const QString url = asUser(m_database->url(), QStringLiteral("sia_admin_4"));

    const CliRun run = runCli({ QStringLiteral("--database"), url, QStringLiteral("status") }); // no D-Bus

    QCOMPARE(run.exitCode, 3);
    QVERIFY2(
        run.standardError.contains(QLatin1String("store.password-refused")), qPrintable(run.standardError));
    QVERIFY2(run.standardError.contains(url), qPrintable(run.standardError));
    QVERIFY2(run.standardError.contains(QLatin1String("keychain")), qPrintable(run.standardError));
}

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "testpostgresstore.moc"
