// A database file the command line cannot use: a clear message naming the file and what to do, exit
// code 3, and the file left exactly as it was.
#include "sialauncher.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

class TestCliEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void corruptDatabaseIsRefusedAndUntouched_data();
    void corruptDatabaseIsRefusedAndUntouched();
    void newerDatabaseIsRefusedAndUntouched();
    void lockedDatabaseIsReported();
    void readersAreNotBlockedByAWriter();
    void readOnlyDatabaseIsReported();

private:
    QString databaseFile() const { return m_dir->filePath(QStringLiteral("actions.sqlite")); }
    void createInstance();
    void expectEnvironmentError(const SiaRun& run, const QString& codeWord);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliEnvironment::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliEnvironment::createInstance()
{
    const SiaRun created = SiaLauncher(m_dir->path())
                               .run({ QStringLiteral("prerequisite"), QStringLiteral("actions-enabled"),
                                   QStringLiteral("confirm") });
    QCOMPARE(created.exitCode, 0);
}

void TestCliEnvironment::expectEnvironmentError(const SiaRun& run, const QString& codeWord)
{
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(databaseFile()), qPrintable(run.err));
    QVERIFY2(run.err.contains(codeWord), qPrintable(run.err));
}

void TestCliEnvironment::corruptDatabaseIsRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray noise(8192, '\0');
    for (int i = 0; i < noise.size(); ++i) {
        noise[i] = char((i * 7919 + 13) % 251);
    }
    QTest::newRow("random bytes") << noise;
    QTest::newRow("text file") << QByteArray("first name,last name\nAda,Lovelace\n");
    QTest::newRow("damaged header") << QByteArray("SQLite format 3\0", 16) + noise;
}

void TestCliEnvironment::corruptDatabaseIsRefusedAndUntouched()
{
    QFETCH(QByteArray, content);
    QFile file(databaseFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const QByteArray before = SiaLauncher::fileHash(databaseFile());

    for (const QStringList& arguments : { QStringList { QStringLiteral("status") },
             QStringList { QStringLiteral("step"), QStringLiteral("1"), QStringLiteral("start") } }) {
        const SiaRun run = SiaLauncher(m_dir->path()).run(arguments);
        expectEnvironmentError(run, QStringLiteral("store.corrupt"));
        QVERIFY(run.err.contains(QStringLiteral("untouched")));
    }
    QCOMPARE(SiaLauncher::fileHash(databaseFile()), before);
}

void TestCliEnvironment::newerDatabaseIsRefusedAndUntouched()
{
    createInstance();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(databaseFile());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES "
                                          "(999, 'future', '2030-01-01T00:00:00.000Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = SiaLauncher::fileHash(databaseFile());

    const SiaRun run = SiaLauncher(m_dir->path()).run({ QStringLiteral("status") });
    expectEnvironmentError(run, QStringLiteral("store.newer-schema"));
    QVERIFY(run.err.contains(QStringLiteral("999")));
    QCOMPARE(SiaLauncher::fileHash(databaseFile()), before);
}

void TestCliEnvironment::lockedDatabaseIsReported()
{
    createInstance();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    db.setDatabaseName(databaseFile());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES ('x', 'locker', 'hold')")));
    }
    for (const QStringList& arguments : { QStringList { QStringLiteral("status") },
             QStringList { QStringLiteral("prerequisite"), QStringLiteral("marketo-salesforce-sync"),
                 QStringLiteral("confirm") } }) {
        const SiaRun run = SiaLauncher(m_dir->path()).run(arguments);
        expectEnvironmentError(run, QStringLiteral("store.locked"));
        QVERIFY(run.err.contains(QStringLiteral("another program")));
    }
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    // Once the other program lets go, the same command works and nothing was lost.
    QCOMPARE(SiaLauncher(m_dir->path()).run({ QStringLiteral("status") }).exitCode, 0);
}

void TestCliEnvironment::readersAreNotBlockedByAWriter()
{
    createInstance();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
    db.setDatabaseName(databaseFile());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES ('x', 'writer', 'write')")));
    }
    // WAL: a reader sees the last committed state while a writer works; a second writer waits, then gives up.
    QCOMPARE(SiaLauncher(m_dir->path()).run({ QStringLiteral("status") }).exitCode, 0);
    const SiaRun blockedWriter
        = SiaLauncher(m_dir->path())
              .run({ QStringLiteral("step"), QStringLiteral("1"), QStringLiteral("start") });
    expectEnvironmentError(blockedWriter, QStringLiteral("store.locked"));
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

void TestCliEnvironment::readOnlyDatabaseIsReported()
{
    createInstance();
    SiaLauncher launcher(m_dir->path());
    if (geteuid() == 0) {
        // Root may write any file, so run the command as an unprivileged user instead; that user needs a copy
        // of the binary it can reach and run.
        const QString program = m_dir->filePath(QStringLiteral("sia-admin-copy"));
        QVERIFY(QFile::copy(SiaLauncher::binary(), program));
        QVERIFY(QFile::setPermissions(
            program, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        launcher.runAsUnprivileged(program);
        QVERIFY(QFile::setPermissions(m_dir->path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    }
    QVERIFY(QFile::setPermissions(databaseFile(), QFile::ReadOwner | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(
        m_dir->path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    const QByteArray before = SiaLauncher::fileHash(databaseFile());

    const SiaRun run = launcher.run({ QStringLiteral("step"), QStringLiteral("1"), QStringLiteral("start") });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(databaseFile()), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("store.read-only"))
            || run.err.contains(QStringLiteral("store.cannot-open")),
        qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("write")));

    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QCOMPARE(SiaLauncher::fileHash(databaseFile()), before);
}

QTEST_GUILESS_MAIN(TestCliEnvironment)
#include "testclienvironment.moc"
