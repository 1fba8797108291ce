// sia-admin health on both backends (PostgreSQL: tests/with-postgres.sh): the runs and errors a sync wrote
// (seeded through SyncRunRepository, as the engines write them) shown as text and as JSON, grouped by kind
// with the number of distinct records; health errors lists a group's records (filtered) and writes them as
// CSV; health retry --yes marks exactly the group's failed tasks, and refuses a group it cannot retry with
// the reason; a bad group is a usage error.
#include "sialauncher.h"
#include "store/store.h"
#include "storetesthelpers.h"
#include "sync/syncrunrepository.h"
#include "tasks/taskorigin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sia;

class TestCliHealth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void jsonShowsTheAreasRunsAndGroups();
    void textShowsTheGroupsWithWhatToDo();
    void errorsListsAndExportsAGroupsRecords();
    void retryMarksTheGroupsTasks();
    void retryIsRefusedWhereNoSyncHonoursIt();
    void aBadGroupIsAUsageError();

private:
    Result<std::unique_ptr<Store>> openStore() const;
    void seed();
    SiaRun run(const QStringList& arguments) const { return m_sia->run(arguments); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TestDatabase> m_database; // PostgreSQL only
    std::unique_ptr<SiaLauncher> m_sia;
    qint64 m_taskOne = 0;
    qint64 m_taskTwo = 0;
    qint64 m_taskOther = 0;
};

void TestCliHealth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (test::testBackend() == test::TestBackend::Postgres) {
        m_database = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_database->isValid(), m_database->problem().constData());
        m_sia = std::make_unique<SiaLauncher>();
        m_sia->setEnvironment(QStringLiteral("SIA_DATA_DIR"), m_dir->path());
        m_sia->setEnvironment(QStringLiteral("SIA_DATABASE_URL"), m_database->url());
    } else {
        m_sia = std::make_unique<SiaLauncher>(m_dir->path());
        m_sia->setEnvironment(QStringLiteral("SIA_DATABASE_URL"), QString());
    }
    m_sia->setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
    const SiaRun instance = run({ QStringLiteral("invite-admin"), QStringLiteral("--instance"),
        QStringLiteral("Acme"), QStringLiteral("ada@acme.example") });
    QVERIFY2(instance.exitCode == 0, qPrintable(instance.err));
    seed();
}

void TestCliHealth::cleanup()
{
    m_sia.reset();
    m_database.reset();
    m_dir.reset();
}

Result<std::unique_ptr<Store>> TestCliHealth::openStore() const
{
    if (m_database) {
        return m_database->open();
    }
    StoreOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("actions.sqlite"));
    return Store::open(options);
}

void TestCliHealth::seed()
{
    Result<std::unique_ptr<Store>> store = openStore();
    QVERIFY2(store.ok(), test::failureText(store).constData());
    auto task = [&](const QString& subject) -> qint64 {
        Result<QSqlQuery> inserted = (*store)->exec(
            QStringLiteral("INSERT INTO tasks (origin, subject, created_at, updated_at, pending_push)"
                           " VALUES (:origin, :subject, :at, :at2, :pending) RETURNING id"),
            { { QStringLiteral("origin"), toKey(TaskOrigin::Actions) },
                { QStringLiteral("subject"), subject },
                { QStringLiteral("at"), QStringLiteral("2026-12-01T10:00:00.000Z") },
                { QStringLiteral("at2"), QStringLiteral("2026-12-01T10:00:00.000Z") },
                { QStringLiteral("pending"), false } });
        return inserted && inserted->next() ? inserted->value(0).toLongLong() : 0;
    };
    m_taskOne = task(QStringLiteral("Call Ada"));
    m_taskTwo = task(QStringLiteral("Email Bob"));
    m_taskOther = task(QStringLiteral("Deleted there"));
    QVERIFY(m_taskOne && m_taskTwo && m_taskOther);

    SyncRunRepository runs(**store);
    SyncCounts counts;
    counts.created = 12;
    counts.updated = 3;
    counts.failed = 2;
    Result<SyncRun> people = runs.begin(SyncKind::PeopleInitial, QStringLiteral("alice"));
    QVERIFY(people.ok());
    for (const char* ref : { "marketo:1", "marketo:2", "marketo:3" }) {
        QVERIFY(runs.recordError(people->id, QString::fromLatin1(ref), SyncErrorOutcome::Skipped,
                        QStringLiteral("people.no-sales-owner"), QStringLiteral("No owner"))
                    .ok());
    }
    QVERIFY(runs.finish(people->id, SyncRunState::Completed, counts).ok());
    Result<SyncRun> tasks = runs.begin(SyncKind::Tasks, QStringLiteral("alice"));
    QVERIFY(tasks.ok());
    const QString integrity = QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION");
    QVERIFY(runs.recordError(tasks->id, QStringLiteral("task:%1").arg(m_taskOne), SyncErrorOutcome::Failed,
                    integrity, QStringLiteral("Bad status value"))
                .ok());
    QVERIFY(runs.recordError(tasks->id, QStringLiteral("task:%1").arg(m_taskTwo), SyncErrorOutcome::Failed,
                    integrity, QStringLiteral("Bad priority value"))
                .ok());
    QVERIFY(runs.recordError(tasks->id, QStringLiteral("task:%1").arg(m_taskOther), SyncErrorOutcome::Failed,
                    QStringLiteral("salesforce.ENTITY_IS_DELETED"), QStringLiteral("gone"))
                .ok());
    QVERIFY(runs.finish(tasks->id, SyncRunState::Failed, counts, QStringLiteral("Salesforce refused")).ok());
}

void TestCliHealth::jsonShowsTheAreasRunsAndGroups()
{
    const SiaRun health = run({ QStringLiteral("health"), QStringLiteral("--json") });
    QVERIFY2(health.exitCode == 0, qPrintable(health.err));
    const QJsonArray areas = health.json().object().value(QStringLiteral("areas")).toArray();
    QCOMPARE(areas.size(), 3);
    const QJsonObject people = areas.at(0).toObject();
    QCOMPARE(people.value(QStringLiteral("area")).toString(), QStringLiteral("people"));
    QCOMPARE(people.value(QStringLiteral("runs")).toArray().size(), 1);
    const QJsonObject peopleRun = people.value(QStringLiteral("runs")).toArray().at(0).toObject();
    QCOMPARE(peopleRun.value(QStringLiteral("created")).toInt(), 12);
    QCOMPARE(peopleRun.value(QStringLiteral("updated")).toInt(), 3);
    QCOMPARE(peopleRun.value(QStringLiteral("failed")).toInt(), 2);
    const QJsonObject owner = people.value(QStringLiteral("groups")).toArray().at(0).toObject();
    QCOMPARE(owner.value(QStringLiteral("group")).toString(), QStringLiteral("people/people.no-sales-owner"));
    QCOMPARE(owner.value(QStringLiteral("records")).toInt(), 3);
    QVERIFY(!owner.value(QStringLiteral("retry")).toObject().value(QStringLiteral("offered")).toBool());
    const QJsonObject tasks = areas.at(1).toObject();
    QCOMPARE(tasks.value(QStringLiteral("runs"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
        QStringLiteral("failed"));
    const QJsonArray taskGroups = tasks.value(QStringLiteral("groups")).toArray();
    QCOMPARE(taskGroups.size(), 2);
    QCOMPARE(taskGroups.at(0).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION"));
    QCOMPARE(taskGroups.at(0).toObject().value(QStringLiteral("records")).toInt(), 2);
    QVERIFY(taskGroups.at(0)
                .toObject()
                .value(QStringLiteral("retry"))
                .toObject()
                .value(QStringLiteral("offered"))
                .toBool());
    QVERIFY(!taskGroups.at(0).toObject().value(QStringLiteral("whatToDo")).toString().isEmpty());
    QCOMPARE(areas.at(2).toObject().value(QStringLiteral("runs")).toArray().size(), 0);
    QCOMPARE(health.json().object().value(QStringLiteral("budgets")).toArray().size(), 2);
}

void TestCliHealth::textShowsTheGroupsWithWhatToDo()
{
    const SiaRun health = run({ QStringLiteral("health") });
    QVERIFY2(health.exitCode == 0, qPrintable(health.err));
    for (const char* expected : { "People sync", "Task sync", "Sales activity logging",
             "people/people.no-sales-owner — No sales owner: 3 records",
             "tasks/salesforce.FIELD_INTEGRITY_EXCEPTION — Field refused: 2 records",
             "What to do: Assign an owner", "No retry: These records were left out on purpose",
             "API budget today" }) {
        QVERIFY2(
            health.out.contains(QString::fromUtf8(expected)), qPrintable(QString::fromUtf8(expected) + QLatin1Char('\n') + health.out));
    }
}

void TestCliHealth::errorsListsAndExportsAGroupsRecords()
{
    const QString group = QStringLiteral("tasks/salesforce.FIELD_INTEGRITY_EXCEPTION");
    const SiaRun list
        = run({ QStringLiteral("health"), QStringLiteral("errors"), group, QStringLiteral("--json") });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(list.json().object().value(QStringLiteral("records")).toArray().size(), 2);
    const SiaRun filtered = run({ QStringLiteral("health"), QStringLiteral("errors"), group,
        QStringLiteral("--filter"), QStringLiteral("PRIORITY") });
    QVERIFY2(filtered.exitCode == 0, qPrintable(filtered.err));
    QVERIFY2(filtered.out.contains(QStringLiteral("task:%1").arg(m_taskTwo)), qPrintable(filtered.out));
    QVERIFY(!filtered.out.contains(QStringLiteral("Bad status value")));

    const QString csv = m_dir->filePath(QStringLiteral("integrity.csv"));
    const SiaRun exported
        = run({ QStringLiteral("health"), QStringLiteral("errors"), group, QStringLiteral("--csv"), csv });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(QStringLiteral("Wrote 2 records")), qPrintable(exported.out));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count("\r\n"), 3);
    QVERIFY(bytes.startsWith("area,code,record,run,at,outcome,message\r\n"));
    QVERIFY(!bytes.contains("ENTITY_IS_DELETED"));
}

void TestCliHealth::retryMarksTheGroupsTasks()
{
    const SiaRun retried = run({ QStringLiteral("health"), QStringLiteral("retry"),
        QStringLiteral("tasks/salesforce.FIELD_INTEGRITY_EXCEPTION"), QStringLiteral("--yes"),
        QStringLiteral("--json") });
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.err));
    QCOMPARE(retried.json().object().value(QStringLiteral("marked")).toInt(), 2);
    Result<std::unique_ptr<Store>> store = openStore();
    QVERIFY(store.ok());
    Result<QSqlQuery> pending
        = (*store)->exec(QStringLiteral("SELECT id FROM tasks WHERE pending_push = :p ORDER BY id"),
            { { QStringLiteral("p"), true } });
    QVERIFY(pending.ok());
    QList<qint64> ids;
    while (pending->next()) {
        ids << pending->value(0).toLongLong();
    }
    QCOMPARE(ids, (QList<qint64> { m_taskOne, m_taskTwo }));
}

void TestCliHealth::retryIsRefusedWhereNoSyncHonoursIt()
{
    const SiaRun refused = run({ QStringLiteral("health"), QStringLiteral("retry"),
        QStringLiteral("people/people.no-sales-owner"), QStringLiteral("--yes") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("left out on purpose")), qPrintable(refused.err));
    const SiaRun missing = run(
        { QStringLiteral("health"), QStringLiteral("errors"), QStringLiteral("tasks/salesforce.NOT_THERE") });
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains(QStringLiteral("no errors of the kind")), qPrintable(missing.err));
}

void TestCliHealth::aBadGroupIsAUsageError()
{
    for (const QStringList& arguments : { QStringList { QStringLiteral("health"), QStringLiteral("errors") },
             QStringList { QStringLiteral("health"), QStringLiteral("retry"), QStringLiteral("nowhere/x") },
             QStringList { QStringLiteral("health"), QStringLiteral("cure") } }) {
        const SiaRun bad = run(arguments);
        QCOMPARE(bad.exitCode, 2);
    }
}

QTEST_GUILESS_MAIN(TestCliHealth)
#include "testclihealth.moc"
