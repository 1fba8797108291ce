// What is particular to the Actions database as a SQLite file: created in an empty file, journalled in WAL,
// refused (and left byte-identical) when it is damaged, locked or not a file, and reviewed without one
// byte changing, even when its latest changes sit in a -wal file. What holds on every backend is in
// teststore.cpp.
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

class TestStoreFile : public QObject
{
    Q_OBJECT

private slots:
    void createsLatestSchemaInEmptyFile_data();
    void createsLatestSchemaInEmptyFile();

    void usesWriteAheadLog();
    void enforcesForeignKeys();
    void setsConfiguredBusyTimeout();

    void refusesCorruptFileLeavingItUntouched_data();
    void refusesCorruptFileLeavingItUntouched();
    void reportsLockedDatabaseWithinBusyTimeout_data();
    void reportsLockedDatabaseWithinBusyTimeout();
    void refusesDirectory_data();
    void refusesDirectory();

    void reviewLeavesFileByteIdenticalWithNoSidecars();
    void reviewMigratesOlderSchemaInPrivateCopy();
    void reviewReadsChangesOnlyInWal();
    void reviewReadsSchemaOnlyInWal_data();
    void reviewReadsSchemaOnlyInWal();
    void reviewOfMissingFileIsNotFound();
    void reviewOfEmptyFileIsNotSiaDatabase_data();
    void reviewOfEmptyFileIsNotSiaDatabase();

    void init();
    void cleanup();

private:
    QString newPath(const QString& name = QStringLiteral("actions.sqlite")) const
    {
        return m_dir->filePath(name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreFile::cleanup()
{
    m_dir.reset();
}

void TestStoreFile::createsLatestSchemaInEmptyFile_data()
{
    QTest::addColumn<bool>("fileExists");
    QTest::newRow("no file yet") << false;
    QTest::newRow("zero-byte file") << true;
}

void TestStoreFile::createsLatestSchemaInEmptyFile()
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

void TestStoreFile::usesWriteAheadLog()
{
    Result<std::unique_ptr<Store>> opened = openStore(newPath());
    QVERIFY2(opened.ok(), failureText(opened).constData());

    QCOMPARE(scalar(**opened, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestStoreFile::enforcesForeignKeys()
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

void TestStoreFile::setsConfiguredBusyTimeout()
{
    StoreOptions options;
    options.databasePath = newPath();
    options.busyTimeoutMs = 1234;
    Result<std::unique_ptr<Store>> opened = Store::open(options);
    QVERIFY2(opened.ok(), failureText(opened).constData());

    QCOMPARE(scalar(**opened, QStringLiteral("PRAGMA busy_timeout")).toInt(), 1234);
}

void TestStoreFile::refusesCorruptFileLeavingItUntouched_data()
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

void TestStoreFile::refusesCorruptFileLeavingItUntouched()
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

void TestStoreFile::reportsLockedDatabaseWithinBusyTimeout_data()
{
    QTest::addColumn<int>("busyTimeoutMs");
    QTest::newRow("200 ms") << 200;
    QTest::newRow("600 ms") << 600;
}

void TestStoreFile::reportsLockedDatabaseWithinBusyTimeout()
{
    QFETCH(int, busyTimeoutMs);
    const QString path = newPath();
    QVERIFY(createDatabase(path));
    OtherConnection holder(path);
    QCOMPARE(
        holder.run({ QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), QStringLiteral("BEGIN EXCLUSIVE"),
            QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES ('%1', 'other', 'x')")
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

void TestStoreFile::refusesDirectory_data()
{
    QTest::addColumn<bool>("review");
    QTest::newRow("open") << false;
    QTest::newRow("review") << true;
}

void TestStoreFile::refusesDirectory()
{
    QFETCH(bool, review);
    const QString path = newPath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(path));

    Result<std::unique_ptr<Store>> opened = review ? openForReview(path) : openStore(path);

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store.not-a-file"));
    QVERIFY(QFileInfo(path).isDir());
}

void TestStoreFile::reviewLeavesFileByteIdenticalWithNoSidecars()
{
    const QString path = newPath();
    QVERIFY(createDatabase(path,
        { QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES ('%1', 'alice', 'a')")
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

void TestStoreFile::reviewMigratesOlderSchemaInPrivateCopy()
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
void TestStoreFile::reviewReadsChangesOnlyInWal()
{
    const QString livePath = newPath();
    QVERIFY(createDatabase(livePath));
    OtherConnection writer(livePath);
    QCOMPARE(writer.run({ QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
                 QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES ('%1', 'alice', "
                                "'step.done')")
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
void TestStoreFile::reviewReadsSchemaOnlyInWal_data()
{
    QTest::addColumn<int>("checkpointedVersion"); // 0: nothing was ever checkpointed
    QTest::newRow("just created") << 0;
    QTest::newRow("just migrated from version 1") << 1;
}

void TestStoreFile::reviewReadsSchemaOnlyInWal()
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

void TestStoreFile::reviewOfMissingFileIsNotFound()
{
    const QString path = newPath();

    Result<std::unique_ptr<Store>> review = openForReview(path);

    QVERIFY(!review.ok());
    QCOMPARE(review.error().code, QStringLiteral("store.not-found"));
    QVERIFY(!QFile::exists(path));
}

void TestStoreFile::reviewOfEmptyFileIsNotSiaDatabase_data()
{
    QTest::addColumn<bool>("sqliteHeader");
    QTest::newRow("zero bytes") << false;
    QTest::newRow("SQLite file without tables") << true;
}

void TestStoreFile::reviewOfEmptyFileIsNotSiaDatabase()
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

QTEST_GUILESS_MAIN(TestStoreFile)
#include "teststorefile.moc"
