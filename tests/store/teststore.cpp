// The Actions database file: created and migrated on open, refused (and left byte-identical) when it is
// newer, damaged, foreign, locked or not a file, and never changed by a review.
#include "store/migrations.h"
#include "store/store.h"
#include "storetesthelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

// A plain SQLite connection of the test's own, standing for another program (or another SIA Admin).
class OtherConnection
{
public:
    explicit OtherConnection(const QString& path)
        : m_name(QStringLiteral("test-other-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~OtherConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    OtherConnection(const OtherConnection&) = delete;
    OtherConnection& operator=(const OtherConnection&) = delete;

    // Runs each statement; returns the first error's text, or an empty string.
    QString run(const QStringList& statements)
    {
        if (!m_open) {
            return QStringLiteral("not open");
        }
        for (const QString& statement : statements) {
            QSqlQuery query(QSqlDatabase::database(m_name, false));
            if (!query.exec(statement)) {
                return statement + QLatin1String(": ") + query.lastError().text();
            }
        }
        return {};
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

QString versionList(int upTo)
{
    QStringList versions;
    for (int version = 1; version <= upTo; ++version) {
        versions << QString::number(version);
    }
    return versions.join(QLatin1Char(','));
}

QString recordedVersions(const Store& store)
{
    return scalar(store,
        QStringLiteral("SELECT group_concat(version, ',') FROM (SELECT version FROM schema_migrations ORDER "
                       "BY version)"))
        .toString();
}

// Everything a migration could have changed: the schema, every table's size, the migration records.
QStringList schemaAndSizes(const Store& store)
{
    QStringList dump;
    Result<QSqlQuery> objects = store.exec(QStringLiteral(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!objects) {
        return { QString::fromUtf8(failureText(objects)) };
    }
    QStringList tables;
    while (objects->next()) {
        dump << objects->value(0).toString() + QLatin1Char(' ') + objects->value(2).toString();
        if (objects->value(0).toString() == QLatin1String("table")) {
            tables << objects->value(1).toString();
        }
    }
    for (const QString& table : tables) {
        dump << table + QLatin1String(": ") + QString::number(rowCount(store, table));
    }
    Result<QSqlQuery> migrations = store.exec(
        QStringLiteral("SELECT version, name, applied_at FROM schema_migrations ORDER BY version"));
    while (migrations && migrations->next()) {
        dump << QStringLiteral("migration %1 %2 %3")
                    .arg(migrations->value(0).toString(), migrations->value(1).toString(),
                        migrations->value(2).toString());
    }
    return dump;
}

// A database of ours, closed again, with the given extra statements applied through the store.
bool createDatabase(const QString& path, const QStringList& statements = {}, int targetVersion = 0)
{
    Result<std::unique_ptr<Store>> opened = openStore(path, targetVersion);
    if (!opened) {
        qWarning() << failureText(opened);
        return false;
    }
    for (const QString& statement : statements) {
        Result<QSqlQuery> done = (*opened)->exec(statement);
        if (!done) {
            qWarning() << statement << failureText(done);
            return false;
        }
    }
    return true;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString someTime = QStringLiteral("2026-01-02T03:04:05.678Z");

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void createsLatestSchemaInEmptyFile_data();
    void createsLatestSchemaInEmptyFile();
    void olderSchemaIsMigratedToLatest_data();
    void olderSchemaIsMigratedToLatest();
    void migrationKeepsDataOfOlderSchema_data();
    void migrationKeepsDataOfOlderSchema();
    void reopeningChangesNothing_data();
    void reopeningChangesNothing();

    void usesWriteAheadLog();
    void enforcesForeignKeys();
    void setsConfiguredBusyTimeout();

    void refusesNewerSchemaLeavingFileUntouched_data();
    void refusesNewerSchemaLeavingFileUntouched();
    void refusesCorruptFileLeavingItUntouched_data();
    void refusesCorruptFileLeavingItUntouched();
    void refusesForeignDatabaseLeavingItUntouched_data();
    void refusesForeignDatabaseLeavingItUntouched();
    void reportsLockedDatabaseWithinBusyTimeout_data();
    void reportsLockedDatabaseWithinBusyTimeout();
    void refusesDirectory_data();
    void refusesDirectory();

    void reviewLeavesFileByteIdenticalWithNoSidecars();
    void reviewRefusesWrites();
    void reviewMigratesOlderSchemaInPrivateCopy();
    void reviewReadsChangesOnlyInWal();
    void reviewReadsSchemaOnlyInWal_data();
    void reviewReadsSchemaOnlyInWal();
    void reviewOfMissingFileIsNotFound();
    void reviewOfEmptyFileIsNotSiaDatabase_data();
    void reviewOfEmptyFileIsNotSiaDatabase();

    void transactionCommitsSuccessfulWork();
    void transactionRollsBackFailedWork();

    void attachedStoreSharesTheDatabase();
    void attachRefusesSchemaThatIsNotCurrentAndMigratesNothing();

    void init();
    void cleanup();

private:
    QString newPath(const QString& name = QStringLiteral("actions.sqlite")) const
    {
        return m_dir->filePath(name);
    }
    void olderSchemas();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::cleanup()
{
    m_dir.reset();
}

void TestStore::createsLatestSchemaInEmptyFile_data()
{
    QTest::addColumn<bool>("fileExists");
    QTest::newRow("no file yet") << false;
    QTest::newRow("zero-byte file") << true;
}

void TestStore::createsLatestSchemaInEmptyFile()
{
    QFETCH(bool, fileExists);
    const QString path = newPath();
    if (fileExists) {
        QVERIFY(writeFile(path, {}));
    }

    Result<std::unique_ptr<Store>> opened = openStore(path);
    QVERIFY2(opened.ok(), failureText(opened).constData());

    QCOMPARE((*opened)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(recordedVersions(**opened), versionList(Migrations::latestVersion()));
}

// Rows that are valid at a version, and a query that reads them back.
void TestStore::olderSchemas()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QStringList>("inserts");
    QTest::addColumn<QString>("readBack");
    QTest::addColumn<QString>("expected");

    QTest::newRow("from version 1")
        << 1
        << QStringList { QStringLiteral(
                             "INSERT INTO setup_steps (step, status, reason, owner, changed_by, changed_at)"
                             " VALUES (1, 'done', NULL, 'alice', 'alice', '%1')")
                             .arg(someTime),
               QStringLiteral("INSERT INTO settings (user_id, key, type, value, updated_by, updated_at)"
                              " VALUES (0, 'ui.locale', 'text', 'sv', 'alice', '%1')")
                   .arg(someTime) }
        << QStringLiteral("SELECT s.status || '/' || t.value FROM setup_steps s, settings t WHERE s.step = 1")
        << QStringLiteral("done/sv");
    QTest::newRow("from version 2")
        << 2
        << QStringList { QStringLiteral("INSERT INTO users (email, is_original, created_at) VALUES "
                                        "('ada@example.com', 1, '%1')")
                             .arg(someTime),
               QStringLiteral("INSERT INTO team_members (team_id, user_id, joined_at)"
                              " SELECT t.id, u.id, '%1' FROM teams t, users u WHERE t.is_default = 1")
                   .arg(someTime) }
        << QStringLiteral(
               "SELECT u.email || '/' || t.name FROM users u JOIN team_members m ON m.user_id = u.id"
               " JOIN teams t ON t.id = m.team_id")
        << QStringLiteral("ada@example.com/Everyone");
    QTest::newRow("from version 3")
        << 3
        << QStringList { QStringLiteral("INSERT INTO sync_runs (id, kind, state, started_by, started_at)"
                                        " VALUES (7, 'people-initial', 'completed', 'alice', '%1')")
                             .arg(someTime),
               QStringLiteral("INSERT INTO people (marketo_id, email, synced_at, sync_run_id)"
                              " VALUES (42, 'person@example.com', '%1', 7)")
                   .arg(someTime) }
        << QStringLiteral(
               "SELECT p.email || '/' || r.kind FROM people p JOIN sync_runs r ON r.id = p.sync_run_id")
        << QStringLiteral("person@example.com/people-initial");
}

void TestStore::olderSchemaIsMigratedToLatest_data()
{
    olderSchemas();
}

void TestStore::olderSchemaIsMigratedToLatest()
{
    QFETCH(int, version);
    QFETCH(QStringList, inserts);
    const QString path = newPath();
    {
        Result<std::unique_ptr<Store>> older = openStore(path, version);
        QVERIFY2(older.ok(), failureText(older).constData());
        QCOMPARE((*older)->schemaVersion(), version);
        QCOMPARE(recordedVersions(**older), versionList(version));
    }
    QVERIFY(createDatabase(path, inserts, version));

    Result<std::unique_ptr<Store>> latest = openStore(path);
    QVERIFY2(latest.ok(), failureText(latest).constData());

    QCOMPARE((*latest)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(recordedVersions(**latest), versionList(Migrations::latestVersion()));
}

void TestStore::migrationKeepsDataOfOlderSchema_data()
{
    olderSchemas();
}

void TestStore::migrationKeepsDataOfOlderSchema()
{
    QFETCH(int, version);
    QFETCH(QStringList, inserts);
    QFETCH(QString, readBack);
    QFETCH(QString, expected);
    const QString path = newPath();
    QVERIFY(createDatabase(path, inserts, version));

    Result<std::unique_ptr<Store>> latest = openStore(path);
    QVERIFY2(latest.ok(), failureText(latest).constData());

    QCOMPARE(scalar(**latest, readBack).toString(), expected);
}

void TestStore::reopeningChangesNothing_data()
{
    QTest::addColumn<int>("version");
    for (const Migration& migration : Migrations::all()) {
        QTest::addRow("at version %d", migration.version) << migration.version;
    }
}

void TestStore::reopeningChangesNothing()
{
    QFETCH(int, version);
    const QString path = newPath();
    QStringList before;
    {
        Result<std::unique_ptr<Store>> first = openStore(path, version);
        QVERIFY2(first.ok(), failureText(first).constData());
        before = schemaAndSizes(**first);
    }

    Result<std::unique_ptr<Store>> again = openStore(path, version);
    QVERIFY2(again.ok(), failureText(again).constData());

    QCOMPARE(schemaAndSizes(**again), before);
}

void TestStore::usesWriteAheadLog()
{
    Result<std::unique_ptr<Store>> opened = openStore(newPath());
    QVERIFY2(opened.ok(), failureText(opened).constData());

    QCOMPARE(scalar(**opened, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestStore::enforcesForeignKeys()
{
    Result<std::unique_ptr<Store>> opened = openStore(newPath());
    QVERIFY2(opened.ok(), failureText(opened).constData());
    QCOMPARE(scalar(**opened, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);

    Result<QSqlQuery> orphan = (*opened)->exec(
        QStringLiteral("INSERT INTO team_members (team_id, user_id, joined_at) VALUES (1, 999, :at)"),
        { { QStringLiteral("at"), someTime } });
    QVERIFY(!orphan.ok());
    QCOMPARE(rowCount(**opened, QStringLiteral("team_members")), 0);
}

void TestStore::setsConfiguredBusyTimeout()
{
    StoreOptions options;
    options.databasePath = newPath();
    options.busyTimeoutMs = 1234;
    Result<std::unique_ptr<Store>> opened = Store::open(options);
    QVERIFY2(opened.ok(), failureText(opened).constData());

    QCOMPARE(scalar(**opened, QStringLiteral("PRAGMA busy_timeout")).toInt(), 1234);
}

void TestStore::refusesNewerSchemaLeavingFileUntouched_data()
{
    QTest::addColumn<bool>("review");
    QTest::newRow("open") << false;
    QTest::newRow("review") << true;
}

void TestStore::refusesNewerSchemaLeavingFileUntouched()
{
    QFETCH(bool, review);
    const QString path = newPath();
    QVERIFY(createDatabase(path,
        { QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (%1, 'from the future', '%2')")
                .arg(Migrations::latestVersion() + 1)
                .arg(someTime) }));
    const QByteArray before = fileDigest(path);

    Result<std::unique_ptr<Store>> opened = review ? openForReview(path) : openStore(path);

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store.newer-schema"));
    QCOMPARE(opened.error().kind, ErrorKind::Environment);
    QCOMPARE(fileDigest(path), before);
    QCOMPARE(sidecarFiles(path), QStringList());
}

void TestStore::refusesCorruptFileLeavingItUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("review");

    QRandomGenerator random(20261125);
    QByteArray noise(16384, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / int(sizeof(quint32)));

    QTemporaryDir scratch;
    const QString real = scratch.filePath(QStringLiteral("real.sqlite"));
    QVERIFY(createDatabase(real));
    const QByteArray whole = readFile(real);
    QVERIFY(whole.size() > 8192);

    QTest::newRow("random bytes, open") << noise << false;
    QTest::newRow("random bytes, review") << noise << true;
    QTest::newRow("truncated to one page, open") << whole.left(4096) << false;
    QTest::newRow("truncated to one page, review") << whole.left(4096) << true;
    QTest::newRow("half, open") << whole.left(whole.size() / 2) << false;
    QTest::newRow("half, review") << whole.left(whole.size() / 2) << true;
    QTest::newRow("truncated mid-header, open") << whole.left(50) << false;
    QTest::newRow("truncated mid-header, review") << whole.left(50) << true;
}

void TestStore::refusesCorruptFileLeavingItUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, review);
    const QString path = newPath();
    QVERIFY(writeFile(path, content));
    const QByteArray before = fileDigest(path);

    Result<std::unique_ptr<Store>> opened = review ? openForReview(path) : openStore(path);

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store.corrupt"));
    QCOMPARE(fileDigest(path), before);
    QCOMPARE(sidecarFiles(path), QStringList());
}

void TestStore::refusesForeignDatabaseLeavingItUntouched_data()
{
    QTest::addColumn<bool>("review");
    QTest::newRow("open") << false;
    QTest::newRow("review") << true;
}

void TestStore::refusesForeignDatabaseLeavingItUntouched()
{
    QFETCH(bool, review);
    const QString path = newPath(QStringLiteral("contacts.db"));
    {
        OtherConnection other(path);
        QCOMPARE(other.run({ QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"),
                     QStringLiteral("INSERT INTO contacts (name) VALUES ('Ada')") }),
            QString());
    }
    const QByteArray before = fileDigest(path);

    Result<std::unique_ptr<Store>> opened = review ? openForReview(path) : openStore(path);

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store.foreign-database"));
    QCOMPARE(fileDigest(path), before);
    QCOMPARE(sidecarFiles(path), QStringList());
}

void TestStore::reportsLockedDatabaseWithinBusyTimeout_data()
{
    QTest::addColumn<int>("busyTimeoutMs");
    QTest::newRow("200 ms") << 200;
    QTest::newRow("600 ms") << 600;
}

void TestStore::reportsLockedDatabaseWithinBusyTimeout()
{
    QFETCH(int, busyTimeoutMs);
    const QString path = newPath();
    QVERIFY(createDatabase(path));
    OtherConnection holder(path);
    QCOMPARE(
        holder.run({ QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), QStringLiteral("BEGIN EXCLUSIVE"),
            QStringLiteral(
                "INSERT INTO audit_log (at, actor, action, subject) VALUES ('%1', 'other', 'x', 'y')")
                .arg(someTime) }),
        QString());

    StoreOptions options;
    options.databasePath = path;
    options.busyTimeoutMs = busyTimeoutMs;
    QElapsedTimer waited;
    waited.start();
    Result<std::unique_ptr<Store>> opened = Store::open(options);
    const qint64 elapsedMs = waited.elapsed();

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store.locked"));
    // It waited for the other program as configured, and not much longer (slack for a loaded machine).
    QVERIFY2(elapsedMs >= busyTimeoutMs * 3 / 4, QByteArray::number(elapsedMs).constData());
    QVERIFY2(elapsedMs < busyTimeoutMs + 3000, QByteArray::number(elapsedMs).constData());
}

void TestStore::refusesDirectory_data()
{
    QTest::addColumn<bool>("review");
    QTest::newRow("open") << false;
    QTest::newRow("review") << true;
}

void TestStore::refusesDirectory()
{
    QFETCH(bool, review);
    const QString path = newPath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(path));

    Result<std::unique_ptr<Store>> opened = review ? openForReview(path) : openStore(path);

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store.not-a-file"));
    QVERIFY(QFileInfo(path).isDir());
}

void TestStore::reviewLeavesFileByteIdenticalWithNoSidecars()
{
    const QString path = newPath();
    QVERIFY(createDatabase(path,
        { QStringLiteral(
            "INSERT INTO audit_log (at, actor, action, subject) VALUES ('%1', 'alice', 'a', 'b')")
                .arg(someTime) }));
    const QByteArray before = fileDigest(path);
    QCOMPARE(sidecarFiles(path), QStringList());

    {
        Result<std::unique_ptr<Store>> review = openForReview(path);
        QVERIFY2(review.ok(), failureText(review).constData());
        QCOMPARE(rowCount(**review, QStringLiteral("audit_log")), 1);
        QCOMPARE(sidecarFiles(path), QStringList());
    }

    QCOMPARE(fileDigest(path), before);
    QCOMPARE(sidecarFiles(path), QStringList());
}

void TestStore::reviewRefusesWrites()
{
    const QString path = newPath();
    QVERIFY(createDatabase(path));
    Result<std::unique_ptr<Store>> review = openForReview(path);
    QVERIFY2(review.ok(), failureText(review).constData());

    Result<QSqlQuery> written = (*review)->exec(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, subject) VALUES (:at, 'alice', 'a', 'b')"),
        { { QStringLiteral("at"), someTime } });

    QVERIFY(!written.ok());
    QCOMPARE(rowCount(**review, QStringLiteral("audit_log")), 0);
}

void TestStore::reviewMigratesOlderSchemaInPrivateCopy()
{
    const QString path = newPath();
    QVERIFY(createDatabase(path,
        { QStringLiteral("INSERT INTO setup_steps (step, status, changed_by, changed_at) VALUES (1, 'done', "
                         "'alice', '%1')")
                .arg(someTime) },
        1));
    const QByteArray before = fileDigest(path);

    {
        Result<std::unique_ptr<Store>> review = openForReview(path);
        QVERIFY2(review.ok(), failureText(review).constData());
        QCOMPARE((*review)->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(**review, QStringLiteral("SELECT status FROM setup_steps WHERE step = 1")).toString(),
            QStringLiteral("done"));
        QCOMPARE(rowCount(**review, QStringLiteral("tasks")), 0); // a table of the latest schema
        QCOMPARE(sidecarFiles(path), QStringList());
    }

    QCOMPARE(fileDigest(path), before);
    QCOMPARE(sidecarFiles(path), QStringList());
}

// Another SIA Admin has the database open and its latest changes are still in the -wal file; the admin
// copies both files and reviews the copy.
void TestStore::reviewReadsChangesOnlyInWal()
{
    const QString livePath = newPath();
    QVERIFY(createDatabase(livePath));
    OtherConnection writer(livePath);
    QCOMPARE(writer.run({ QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
                 QStringLiteral("INSERT INTO audit_log (at, actor, action, subject) VALUES ('%1', 'alice', "
                                "'step.done', 'step 1')")
                     .arg(someTime) }),
        QString());
    QTemporaryDir copyDir;
    const QString path = copyDir.filePath(QStringLiteral("actions.sqlite"));
    QVERIFY(QFile::copy(livePath, path));
    QVERIFY(QFile::copy(livePath + QLatin1String("-wal"), path + QLatin1String("-wal")));
    QVERIFY(QFileInfo(path + QLatin1String("-wal")).size() > 0);
    const QByteArray databaseBefore = fileDigest(path);
    const QByteArray walBefore = fileDigest(path + QLatin1String("-wal"));

    {
        Result<std::unique_ptr<Store>> review = openForReview(path);
        QVERIFY2(review.ok(), failureText(review).constData());
        QCOMPARE(scalar(**review, QStringLiteral("SELECT actor FROM audit_log")).toString(),
            QStringLiteral("alice"));
    }

    QCOMPARE(fileDigest(path), databaseBefore);
    QCOMPARE(fileDigest(path + QLatin1String("-wal")), walBefore);
    QCOMPARE(sidecarFiles(path), QStringList { path + QLatin1String("-wal") });
}

// The same, right after the other SIA Admin created or migrated the database: even (part of) the schema
// is only in the -wal.
void TestStore::reviewReadsSchemaOnlyInWal_data()
{
    QTest::addColumn<int>("checkpointedVersion"); // 0: nothing was ever checkpointed
    QTest::newRow("just created") << 0;
    QTest::newRow("just migrated from version 1") << 1;
}

void TestStore::reviewReadsSchemaOnlyInWal()
{
    QFETCH(int, checkpointedVersion);
    const QString livePath = newPath();
    if (checkpointedVersion > 0) {
        QVERIFY(createDatabase(livePath, {}, checkpointedVersion));
    }
    Result<std::unique_ptr<Store>> live = openStore(livePath);
    QVERIFY2(live.ok(), failureText(live).constData());
    QTemporaryDir copyDir;
    const QString path = copyDir.filePath(QStringLiteral("actions.sqlite"));
    QVERIFY(QFile::copy(livePath, path));
    QVERIFY(QFile::copy(livePath + QLatin1String("-wal"), path + QLatin1String("-wal")));
    QVERIFY(QFileInfo(path + QLatin1String("-wal")).size() > 0);
    const QByteArray databaseBefore = fileDigest(path);
    const QByteArray walBefore = fileDigest(path + QLatin1String("-wal"));

    {
        Result<std::unique_ptr<Store>> review = openForReview(path);
        QVERIFY2(review.ok(), failureText(review).constData());
        if (review.ok()) {
            QCOMPARE((*review)->schemaVersion(), Migrations::latestVersion());
        }
    }

    QCOMPARE(fileDigest(path), databaseBefore);
    QCOMPARE(fileDigest(path + QLatin1String("-wal")), walBefore);
}

void TestStore::reviewOfMissingFileIsNotFound()
{
    const QString path = newPath();

    Result<std::unique_ptr<Store>> review = openForReview(path);

    QVERIFY(!review.ok());
    QCOMPARE(review.error().code, QStringLiteral("store.not-found"));
    QVERIFY(!QFile::exists(path));
}

void TestStore::reviewOfEmptyFileIsNotSiaDatabase_data()
{
    QTest::addColumn<bool>("sqliteHeader");
    QTest::newRow("zero bytes") << false;
    QTest::newRow("SQLite file without tables") << true;
}

void TestStore::reviewOfEmptyFileIsNotSiaDatabase()
{
    QFETCH(bool, sqliteHeader);
    const QString path = newPath();
    if (sqliteHeader) {
        OtherConnection other(path);
        QCOMPARE(
            other.run({ QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t") }), QString());
    } else {
        QVERIFY(writeFile(path, {}));
    }
    const QByteArray before = fileDigest(path);

    Result<std::unique_ptr<Store>> review = openForReview(path);

    QVERIFY(!review.ok());
    QCOMPARE(review.error().code, QStringLiteral("store.not-sia-database"));
    QCOMPARE(fileDigest(path), before);
    QCOMPARE(sidecarFiles(path), QStringList());
}

void TestStore::transactionCommitsSuccessfulWork()
{
    Result<std::unique_ptr<Store>> opened = openStore(newPath());
    QVERIFY2(opened.ok(), failureText(opened).constData());
    Store& store = **opened;

    Result<void> done = store.transaction([&]() -> Result<void> {
        Result<QSqlQuery> inserted = store.exec(
            QStringLiteral(
                "INSERT INTO audit_log (at, actor, action, subject) VALUES (:at, 'alice', 'a', 'b')"),
            { { QStringLiteral("at"), someTime } });
        return inserted ? Result<void>() : Result<void>(inserted.error());
    });

    QVERIFY2(done.ok(), failureText(done).constData());
    QCOMPARE(rowCount(store, QStringLiteral("audit_log")), 1);
}

void TestStore::transactionRollsBackFailedWork()
{
    Result<std::unique_ptr<Store>> opened = openStore(newPath());
    QVERIFY2(opened.ok(), failureText(opened).constData());
    Store& store = **opened;

    Result<void> done = store.transaction([&]() -> Result<void> {
        Result<QSqlQuery> inserted = store.exec(
            QStringLiteral(
                "INSERT INTO audit_log (at, actor, action, subject) VALUES (:at, 'alice', 'a', 'b')"),
            { { QStringLiteral("at"), someTime } });
        if (!inserted) {
            return inserted.error();
        }
        return Error::rule(QStringLiteral("test.refused"), QStringLiteral("the work changed its mind"));
    });

    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, QStringLiteral("test.refused"));
    QCOMPARE(rowCount(store, QStringLiteral("audit_log")), 0);
}

void TestStore::attachedStoreSharesTheDatabase()
{
    Result<std::unique_ptr<Store>> opened = openStore(newPath());
    QVERIFY2(opened.ok(), failureText(opened).constData());
    Result<std::unique_ptr<Store>> attached = Store::attach((*opened)->options());
    QVERIFY2(attached.ok(), failureText(attached).constData());

    QVERIFY((*attached)
                ->exec(QStringLiteral(
                           "INSERT INTO audit_log (at, actor, action, subject) VALUES (:at, 'b', 'a', 's')"),
                    { { QStringLiteral("at"), someTime } })
                .ok());

    QCOMPARE(rowCount(**opened, QStringLiteral("audit_log")), 1);
    QCOMPARE((*attached)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(**attached, QStringLiteral("PRAGMA busy_timeout")).toInt(),
        (*opened)->options().busyTimeoutMs);
}

void TestStore::attachRefusesSchemaThatIsNotCurrentAndMigratesNothing()
{
    const QString path = newPath();
    QVERIFY(createDatabase(path, {}, 1));
    StoreOptions options;
    options.databasePath = path;

    Result<std::unique_ptr<Store>> attached = Store::attach(options);

    QVERIFY(!attached.ok());
    QCOMPARE(attached.error().code, QStringLiteral("store.schema-not-current"));
    Result<std::unique_ptr<Store>> older = openStore(path, 1);
    QVERIFY2(older.ok(), failureText(older).constData());
    QCOMPARE(recordedVersions(**older), versionList(1));
}

QTEST_GUILESS_MAIN(TestStore)
#include "teststore.moc"
