// The Actions database on every backend (SQLite file and PostgreSQL server): created and migrated on open,
// refused and left untouched when it is newer or foreign, never changed by a review, and the dialect's
// promises kept (booleans, case-insensitive e-mail, generated keys, timestamps, one writer at a time).
// What is particular to the SQLite file is in teststorefile.cpp, to the server in testpostgresstore.cpp.
#include "store/migrations.h"
#include "store/store.h"
#include "storetesthelpers.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace sia;
using namespace sia::test;

namespace {

const QString someTime = QStringLiteral("2026-01-02T03:04:05.678Z");

// Everything a migration could have changed: every table with its columns and size, and the migration
// records.
QStringList schemaAndSizes(const Store& store)
{
    Result<QSqlQuery> names = store.exec(store.dialect().tableNamesQuery());
    if (!names) {
        return { QString::fromUtf8(failureText(names)) };
    }
    QStringList tables;
    while (names->next()) {
        if (!store.dialect().isInternalTable(names->value(0).toString())) {
            tables << names->value(0).toString();
        }
    }
    std::sort(tables.begin(), tables.end());
    QStringList dump;
    for (const QString& table : tables) {
        Result<QSqlQuery> empty = store.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
        QStringList columns;
        for (int column = 0; empty && column < empty->record().count(); ++column) {
            columns << empty->record().fieldName(column);
        }
        dump << QStringLiteral("%1 (%2): %3")
                    .arg(table, columns.join(QLatin1Char(',')))
                    .arg(rowCount(store, table));
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

Result<void> execAll(const Store& store, const QStringList& statements)
{
    for (const QString& statement : statements) {
        Result<QSqlQuery> done = store.exec(store.dialect().expandTokens(statement));
        if (!done) {
            return done.error();
        }
    }
    return {};
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsLatestSchemaInEmptyDatabase();
    void olderSchemaIsMigratedToLatest_data();
    void olderSchemaIsMigratedToLatest();
    void migrationKeepsDataOfOlderSchema_data();
    void migrationKeepsDataOfOlderSchema();
    void reopeningChangesNothing_data();
    void reopeningChangesNothing();
    void migrationsAreNumberedInOrder();
    void failedMigrationRollsBackWhollyAndKeepsEarlierOnes();
    void enforcesForeignKeys();

    void refusesNewerSchemaLeavingDatabaseUntouched_data();
    void refusesNewerSchemaLeavingDatabaseUntouched();
    void refusesForeignDatabaseLeavingItUntouched_data();
    void refusesForeignDatabaseLeavingItUntouched();

    void reviewLeavesDatabaseUntouched();
    void reviewRefusesWrites();
    void reviewOfEmptyDatabaseIsNotSiaDatabase();

    void transactionCommitsSuccessfulWork();
    void transactionRollsBackFailedWork();
    void secondWriterWaitsThenGetsLocked();
    void secondWriterGoesAheadOnceFirstCommits();
    void transactionsOfTwoStoresTakeTurns();

    void booleansBindAndCompareAsBooleans();
    void emailIsUniqueWhateverItsCase();
    void generatedKeyComesBackWithReturning();
    void timestampComesBackInUtc();

    void attachedStoreSharesTheDatabase();
    void attachRefusesSchemaThatIsNotCurrentAndMigratesNothing();

private:
    // A database of ours, closed again, with the given extra statements (tokens expanded) applied.
    bool createDatabase(const QStringList& statements = {}, int targetVersion = 0);
    void olderSchemas();

    std::unique_ptr<TestDatabase> m_database;
};

void TestStore::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
}

void TestStore::cleanup()
{
    m_database.reset();
}

bool TestStore::createDatabase(const QStringList& statements, int targetVersion)
{
    Result<std::unique_ptr<Store>> opened = m_database->open(targetVersion);
    if (!opened) {
        qWarning() << failureText(opened);
        return false;
    }
    Result<void> done = execAll(**opened, statements);
    if (!done) {
        qWarning() << failureText(done);
    }
    return done.ok();
}

void TestStore::createsLatestSchemaInEmptyDatabase()
{
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());

    QCOMPARE((*opened)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(recordedVersions(**opened), versionList(Migrations::latestVersion()));
    QCOMPARE((*opened)->path(), m_database->name());
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
        << QStringList { QStringLiteral("INSERT INTO instance (id, name, created_at, created_by)"
                                        " VALUES (1, 'Acme Actions', '%1', 'alice')")
                             .arg(someTime),
               QStringLiteral("INSERT INTO setup_steps (step, status, reason, owner, changed_by, changed_at)"
                              " VALUES (1, 'done', NULL, 'alice', 'alice', '%1')")
                   .arg(someTime),
               QStringLiteral("INSERT INTO connections (service, api_url, client_id)"
                              " VALUES ('marketo', 'https://123-abc.mktorest.com/rest', 'client-1')") }
        << QStringLiteral(
               "SELECT s.status || '/' || i.name || '/' || c.api_url FROM setup_steps s, instance i,"
               " connections c WHERE s.step = 1 AND c.service = 'marketo'")
        << QStringLiteral("done/Acme Actions/https://123-abc.mktorest.com/rest");
    QTest::newRow("from version 2")
        << 2
        << QStringList { QStringLiteral(
                             "INSERT INTO users (email, is_original, created_at, created_by) VALUES "
                             "('ada@example.com', {{true}}, '%1', 'alice')")
                             .arg(someTime),
               QStringLiteral("INSERT INTO team_members (team_id, user_id, joined_at)"
                              " SELECT t.id, u.id, '%1' FROM teams t, users u WHERE t.is_default")
                   .arg(someTime),
               QStringLiteral("INSERT INTO settings (key, user_id, type, value, updated_by, updated_at)"
                              " SELECT 'email.log-via-bcc', id, 'bool', 'true', 'ada', '%1' FROM users")
                   .arg(someTime) }
        << QStringLiteral("SELECT u.email || '/' || t.name || '/' || s.key FROM users u JOIN team_members m "
                          "ON m.user_id = u.id"
                          " JOIN teams t ON t.id = m.team_id JOIN settings s ON s.user_id = u.id")
        << QStringLiteral("ada@example.com/Everyone/email.log-via-bcc");
    // Step 1's invitations, recorded before email delivery existed, are queued for it.
    QTest::newRow("from version 7")
        << 7
        << QStringList { QStringLiteral(
                             "INSERT INTO users (email, is_original, created_at, created_by) VALUES "
                             "('ada@example.com', {{true}}, '%1', 'alice')")
                             .arg(someTime),
               QStringLiteral("INSERT INTO invitations (user_id, email, source, invited_by, invited_at)"
                              " SELECT id, email, 'marketo-admin', 'alice', '%1' FROM users")
                   .arg(someTime) }
        << QStringLiteral(
               "SELECT email || '/' || delivery || '/' || CAST(delivery_attempts AS TEXT) FROM invitations")
        << QStringLiteral("ada@example.com/queued/0");
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
    {
        Result<std::unique_ptr<Store>> older = m_database->open(version);
        QVERIFY2(older.ok(), failureText(older).constData());
        QCOMPARE((*older)->schemaVersion(), version);
        QCOMPARE(recordedVersions(**older), versionList(version));
    }
    QVERIFY(createDatabase(inserts, version));

    Result<std::unique_ptr<Store>> latest = m_database->open();
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
    QVERIFY(createDatabase(inserts, version));

    Result<std::unique_ptr<Store>> latest = m_database->open();
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
    QStringList before;
    {
        Result<std::unique_ptr<Store>> first = m_database->open(version);
        QVERIFY2(first.ok(), failureText(first).constData());
        before = schemaAndSizes(**first);
    }

    Result<std::unique_ptr<Store>> again = m_database->open(version);
    QVERIFY2(again.ok(), failureText(again).constData());

    QCOMPARE(schemaAndSizes(**again), before);
}

void TestStore::migrationsAreNumberedInOrder()
{
    int expected = 1;
    for (const Migration& migration : Migrations::all()) {
        QCOMPARE(migration.version, expected++);
        QVERIFY(!migration.name.isEmpty());
        QVERIFY(!migration.statements.isEmpty());
    }
    QCOMPARE(Migrations::latestVersion(), expected - 1);
}

// Each migration is one transaction: when a statement of one fails half-way, none of that migration's
// statements stay, the migrations before it stay applied, and opening again after the cause is gone
// carries on from there.
void TestStore::failedMigrationRollsBackWhollyAndKeepsEarlierOnes()
{
    // The tasks migration (4): a table it creates late, already there, makes it fail after its first
    // statements ran; the migrations after it are not reached.
    const int failing = 4;
    const Migration& failingMigration = Migrations::all().at(failing - 1);
    const QString blocker = QStringLiteral("sales_activities");
    QVERIFY(failingMigration.statements.constLast().contains(QStringLiteral("sales_activities")));
    QVERIFY(createDatabase({ QStringLiteral("CREATE TABLE %1 (x INTEGER)").arg(blocker) }, failing - 2));
    const QString firstTableOfFailing = QStringLiteral("tasks");
    QVERIFY(failingMigration.statements.constFirst().contains(
        QStringLiteral("CREATE TABLE %1 (").arg(firstTableOfFailing)));

    {
        Result<std::unique_ptr<Store>> opened = m_database->open();
        QVERIFY(!opened.ok());
    }

    {
        Result<std::unique_ptr<Store>> before = m_database->open(failing - 1);
        QVERIFY2(before.ok(), failureText(before).constData());
        QCOMPARE(recordedVersions(**before), versionList(failing - 1));
        QCOMPARE(rowCount(**before, QStringLiteral("people")), 0); // the migration before it stayed
        QVERIFY(
            !scalar(**before, QStringLiteral("SELECT COUNT(*) FROM %1").arg(firstTableOfFailing)).isValid());
        QVERIFY(!scalar(**before, QStringLiteral("SELECT COUNT(*) FROM sales_activity_types")).isValid());
        Result<QSqlQuery> dropped = (*before)->exec(QStringLiteral("DROP TABLE %1").arg(blocker));
        QVERIFY2(dropped.ok(), failureText(dropped).constData());
    }

    Result<std::unique_ptr<Store>> latest = m_database->open();
    QVERIFY2(latest.ok(), failureText(latest).constData());
    QCOMPARE(recordedVersions(**latest), versionList(Migrations::latestVersion()));
    QCOMPARE(rowCount(**latest, firstTableOfFailing), 0);
}

void TestStore::enforcesForeignKeys()
{
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());

    Result<QSqlQuery> orphan = (*opened)->exec(
        QStringLiteral("INSERT INTO team_members (team_id, user_id, joined_at) VALUES (1, 999, :at)"),
        { { QStringLiteral("at"), someTime } });

    QVERIFY(!orphan.ok());
    QCOMPARE(rowCount(**opened, QStringLiteral("team_members")), 0);
}

void TestStore::refusesNewerSchemaLeavingDatabaseUntouched_data()
{
    QTest::addColumn<bool>("review");
    QTest::newRow("open") << false;
    QTest::newRow("review") << true;
}

void TestStore::refusesNewerSchemaLeavingDatabaseUntouched()
{
    QFETCH(bool, review);
    QVERIFY(createDatabase({ QStringLiteral(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (%1, 'from the future', '%2')")
                                 .arg(Migrations::latestVersion() + 1)
                                 .arg(someTime) }));
    const QStringList before = m_database->fingerprint();

    Result<std::unique_ptr<Store>> opened = review ? m_database->openForReview() : m_database->open();

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store.newer-schema"));
    QCOMPARE(opened.error().kind, ErrorKind::Environment);
    QVERIFY2(opened.error().message.contains(m_database->name()), qPrintable(opened.error().message));
    QCOMPARE(m_database->fingerprint(), before);
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
    QCOMPARE(
        m_database->runDirectly({ QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"),
            QStringLiteral("INSERT INTO contacts (id, name) VALUES (1, 'Ada')") }),
        QString());
    const QStringList before = m_database->fingerprint();

    Result<std::unique_ptr<Store>> opened = review ? m_database->openForReview() : m_database->open();

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store.foreign-database"));
    QCOMPARE(m_database->fingerprint(), before);
}

void TestStore::reviewLeavesDatabaseUntouched()
{
    QVERIFY(createDatabase(
        { QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES ('%1', 'alice', 'a')")
                .arg(someTime) }));
    const QStringList before = m_database->fingerprint();

    {
        Result<std::unique_ptr<Store>> review = m_database->openForReview();
        QVERIFY2(review.ok(), failureText(review).constData());
        QVERIFY((*review)->isReadOnly());
        QCOMPARE(rowCount(**review, QStringLiteral("audit_log")), 1);
    }

    QCOMPARE(m_database->fingerprint(), before);
}

void TestStore::reviewRefusesWrites()
{
    QVERIFY(createDatabase());
    Result<std::unique_ptr<Store>> review = m_database->openForReview();
    QVERIFY2(review.ok(), failureText(review).constData());

    Result<QSqlQuery> written = (*review)->exec(
        QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (:at, 'alice', 'a')"),
        { { QStringLiteral("at"), someTime } });

    QVERIFY(!written.ok());
    QCOMPARE(rowCount(**review, QStringLiteral("audit_log")), 0);
}

void TestStore::reviewOfEmptyDatabaseIsNotSiaDatabase()
{
    // A database that exists (a SQLite file with a header, an empty PostgreSQL database) and holds nothing.
    QCOMPARE(m_database->runDirectly(
                 { QStringLiteral("CREATE TABLE t (x INTEGER)"), QStringLiteral("DROP TABLE t") }),
        QString());
    const QStringList before = m_database->fingerprint();

    Result<std::unique_ptr<Store>> review = m_database->openForReview();

    QVERIFY(!review.ok());
    QCOMPARE(review.error().code, QStringLiteral("store.not-sia-database"));
    QCOMPARE(m_database->fingerprint(), before);
}

void TestStore::transactionCommitsSuccessfulWork()
{
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    Store& store = **opened;

    Result<void> done = store.transaction([&]() -> Result<void> {
        Result<QSqlQuery> inserted = store.exec(
            QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (:at, 'alice', 'a')"),
            { { QStringLiteral("at"), someTime } });
        return inserted ? Result<void>() : Result<void>(inserted.error());
    });

    QVERIFY2(done.ok(), failureText(done).constData());
    QCOMPARE(rowCount(store, QStringLiteral("audit_log")), 1);
}

void TestStore::transactionRollsBackFailedWork()
{
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    Store& store = **opened;

    Result<void> done = store.transaction([&]() -> Result<void> {
        Result<QSqlQuery> inserted = store.exec(
            QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (:at, 'alice', 'a')"),
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

// The dialect's write transaction holds the write lock from its first statement: a second writer (another
// admin, the CLI, a sync) waits for its turn up to the busy timeout, then is told the database is locked.
void TestStore::secondWriterWaitsThenGetsLocked()
{
    QVERIFY(createDatabase());
    Result<std::unique_ptr<Store>> first = m_database->open();
    Result<std::unique_ptr<Store>> second = m_database->open();
    QVERIFY2(first.ok(), failureText(first).constData());
    QVERIFY2(second.ok(), failureText(second).constData());
    QVERIFY2(execAll(**first, (*first)->dialect().beginWriteTransaction()).ok(),
        "the first writer could not begin");

    Result<void> begun = execAll(**second, (*second)->dialect().beginWriteTransaction());

    QVERIFY(!begun.ok());
    QCOMPARE(begun.error().code, QStringLiteral("store.locked"));
    QCOMPARE(begun.error().kind, ErrorKind::Environment);
    QVERIFY2(begun.error().message.contains(m_database->name()), qPrintable(begun.error().message));
}

void TestStore::secondWriterGoesAheadOnceFirstCommits()
{
    QVERIFY(createDatabase());
    Result<std::unique_ptr<Store>> first = m_database->open();
    Result<std::unique_ptr<Store>> second = m_database->open();
    QVERIFY2(first.ok(), failureText(first).constData());
    QVERIFY2(second.ok(), failureText(second).constData());
    QVERIFY(execAll(**first, (*first)->dialect().beginWriteTransaction()).ok());
    QVERIFY(execAll(**first,
        { QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES ('%1', 'first', 'a')")
                .arg(someTime),
            QStringLiteral("COMMIT") })
                .ok());

    Result<void> begun = execAll(**second, (*second)->dialect().beginWriteTransaction());
    QVERIFY2(begun.ok(), failureText(begun).constData());
    // The write lock's holder sees what the writer before it committed.
    QCOMPARE(
        scalar(**second, QStringLiteral("SELECT actor FROM audit_log")).toString(), QStringLiteral("first"));
    QVERIFY(execAll(**second, { QStringLiteral("COMMIT") }).ok());
}

// The same through Store::transaction, as SetupPlan::apply runs it: while one admin's change is open, the
// other's is refused as locked (after the busy timeout) and writes nothing; the first one commits.
void TestStore::transactionsOfTwoStoresTakeTurns()
{
    QVERIFY(createDatabase());
    Result<std::unique_ptr<Store>> first = m_database->open();
    Result<std::unique_ptr<Store>> second = m_database->open();
    QVERIFY2(first.ok(), failureText(first).constData());
    QVERIFY2(second.ok(), failureText(second).constData());
    const QString insert
        = QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (:at, :actor, 'a')");
    std::optional<Result<void>> secondOutcome;

    Result<void> firstOutcome = (*first)->transaction([&]() -> Result<void> {
        Result<QSqlQuery> mine = (*first)->exec(insert,
            { { QStringLiteral("at"), someTime }, { QStringLiteral("actor"), QStringLiteral("first") } });
        if (!mine) {
            return mine.error();
        }
        secondOutcome = (*second)->transaction([&]() -> Result<void> {
            Result<QSqlQuery> theirs = (*second)->exec(insert,
                { { QStringLiteral("at"), someTime },
                    { QStringLiteral("actor"), QStringLiteral("second") } });
            return theirs ? Result<void>() : Result<void>(theirs.error());
        });
        return {};
    });

    QVERIFY2(firstOutcome.ok(), failureText(firstOutcome).constData());
    QVERIFY(secondOutcome.has_value());
    QVERIFY(!secondOutcome->ok());
    QCOMPARE(secondOutcome->error().code, QStringLiteral("store.locked"));
    QCOMPARE(scalar(**second, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 1);
    QCOMPARE(
        scalar(**second, QStringLiteral("SELECT actor FROM audit_log")).toString(), QStringLiteral("first"));
    // Its turn has come now.
    Result<void> again = (*second)->transaction([&]() -> Result<void> {
        Result<QSqlQuery> theirs = (*second)->exec(insert,
            { { QStringLiteral("at"), someTime }, { QStringLiteral("actor"), QStringLiteral("second") } });
        return theirs ? Result<void>() : Result<void>(theirs.error());
    });
    QVERIFY2(again.ok(), failureText(again).constData());
    QCOMPARE(rowCount(**first, QStringLiteral("audit_log")), 2);
}

void TestStore::booleansBindAndCompareAsBooleans()
{
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    Store& store = **opened;

    for (const auto& [key, confirmed] : { std::pair { "yes", true }, std::pair { "no", false } }) {
        Result<QSqlQuery> inserted
            = store.exec(QStringLiteral("INSERT INTO prerequisites (key, confirmed, changed_by, changed_at)"
                                        " VALUES (:key, :confirmed, 'alice', :at)"),
                { { QStringLiteral("key"), QString::fromLatin1(key) },
                    { QStringLiteral("confirmed"), confirmed }, { QStringLiteral("at"), someTime } });
        QVERIFY2(inserted.ok(), failureText(inserted).constData());
    }

    QCOMPARE(scalar(store,
                 store.dialect().expandTokens(
                     QStringLiteral("SELECT key FROM prerequisites WHERE confirmed = {{true}}")))
                 .toString(),
        QStringLiteral("yes"));
    QCOMPARE(scalar(store, QStringLiteral("SELECT confirmed FROM prerequisites WHERE key = 'no'")).toBool(),
        false);
    QCOMPARE(scalar(store, QStringLiteral("SELECT confirmed FROM prerequisites WHERE key = 'yes'")).toBool(),
        true);
}

void TestStore::emailIsUniqueWhateverItsCase()
{
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    Store& store = **opened;
    const QString insert
        = QStringLiteral("INSERT INTO users (email, created_at, created_by) VALUES (:email, :at, 'alice')");
    QVERIFY(store
                .exec(insert,
                    { { QStringLiteral("email"), QStringLiteral("Ada@Example.com") },
                        { QStringLiteral("at"), someTime } })
                .ok());

    Result<QSqlQuery> again = store.exec(insert,
        { { QStringLiteral("email"), QStringLiteral("ada@EXAMPLE.com") },
            { QStringLiteral("at"), someTime } });

    QVERIFY(!again.ok());
    QCOMPARE(rowCount(store, QStringLiteral("users")), 1);
    QCOMPARE(
        scalar(store, QStringLiteral("SELECT COUNT(*) FROM users WHERE email = 'ADA@example.COM'")).toInt(),
        1);
}

void TestStore::generatedKeyComesBackWithReturning()
{
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    Store& store = **opened;
    QList<qint64> ids;

    for (int i = 0; i < 2; ++i) {
        Result<QSqlQuery> inserted
            = store.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (:at, 'alice', 'a')"
                                        " RETURNING id"),
                { { QStringLiteral("at"), someTime } });
        QVERIFY2(inserted.ok(), failureText(inserted).constData());
        QVERIFY(inserted->next());
        ids << inserted->value(0).toLongLong();
    }

    QVERIFY(ids.at(0) > 0);
    QVERIFY(ids.at(1) > ids.at(0));
    QCOMPARE(scalar(store, QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong(), ids.at(1));
}

void TestStore::timestampComesBackInUtc()
{
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    Store& store = **opened;
    QVERIFY(store
                .exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (:at, 'alice', 'a')"),
                    { { QStringLiteral("at"), someTime } })
                .ok());

    const QDateTime at
        = store.dialect().timestampFrom(scalar(store, QStringLiteral("SELECT at FROM audit_log")));

    QCOMPARE(at, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
    QCOMPARE(at.timeSpec(), Qt::UTC);
    QVERIFY(store.dialect().timestampFrom(QVariant()).isNull());
}

void TestStore::attachedStoreSharesTheDatabase()
{
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    Result<std::unique_ptr<Store>> attached = Store::attach((*opened)->options());
    QVERIFY2(attached.ok(), failureText(attached).constData());

    QVERIFY((*attached)
                ->exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (:at, 'b', 'a')"),
                    { { QStringLiteral("at"), someTime } })
                .ok());

    QCOMPARE(rowCount(**opened, QStringLiteral("audit_log")), 1);
    QCOMPARE((*attached)->schemaVersion(), Migrations::latestVersion());
    if (m_database->backend() == TestBackend::Sqlite) {
        QCOMPARE(scalar(**attached, QStringLiteral("PRAGMA busy_timeout")).toInt(),
            (*opened)->options().busyTimeoutMs);
    } else {
        // PostgreSQL's counterpart of the busy timeout, in milliseconds.
        QCOMPARE(
            scalar(**attached, QStringLiteral("SELECT setting FROM pg_settings WHERE name = 'lock_timeout'"))
                .toInt(),
            (*opened)->options().busyTimeoutMs);
    }
}

void TestStore::attachRefusesSchemaThatIsNotCurrentAndMigratesNothing()
{
    QVERIFY(createDatabase({}, 1));

    Result<std::unique_ptr<Store>> attached = Store::attach(m_database->options());

    QVERIFY(!attached.ok());
    QCOMPARE(attached.error().code, QStringLiteral("store.schema-not-current"));
    Result<std::unique_ptr<Store>> older = m_database->open(1);
    QVERIFY2(older.ok(), failureText(older).constData());
    QCOMPARE(recordedVersions(**older), versionList(1));
}

QTEST_GUILESS_MAIN(TestStore)
#include "teststore.moc"
