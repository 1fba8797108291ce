// The sync health's core on both backends, over runs and errors seeded through SyncRunRepository as the
// syncs write them: each area's last runs (both people kinds together); the errors of the recent runs
// grouped by code with the number of distinct records, what each means and what to do (and the fallback
// that shows the vendor's message); a group's records a page at a time, filtered; the CSV export of a group
// and of everything; and "Retry these": exactly the group's failed tasks get pending_push back, people go
// to the "people.retry" checkpoint, and groups that cannot be retried are refused with the reason.
#include "store/store.h"
#include "storetesthelpers.h"
#include "sync/peopleretrylist.h"
#include "sync/synchealth.h"
#include "sync/syncretry.h"
#include "sync/syncrunrepository.h"
#include "tasks/taskorigin.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include <set>

using namespace sia;
using namespace sia::test;

class TestSyncHealth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void areasShowTheirLastRunsWithBothPeopleKinds();
    void errorsAreGroupedByCodeWithDistinctRecords();
    void onlyTheRecentRunsErrorsCount();
    void knownCodesAreExplained_data();
    void knownCodesAreExplained();
    void anUnknownCodeShowsTheVendorsMessage();
    void recordsArePagedWithoutRepeats();
    void recordsAreFilteredIgnoringCase();
    void exportOfAGroupHasItsRecordsNeutralised();
    void exportOfEverythingHoldsEveryGroup();
    void retryMarksExactlyTheGroupsTasksPending();
    void retryIsRefusedForRecordsLeftOutOnPurpose();
    void retryOfPeopleRecordsTheirMarketoIds();
    void retryIsOfferedWhereAnEngineHonoursIt();

private:
    qint64 run(SyncKind kind, SyncRunState end = SyncRunState::Completed, SyncCounts counts = {});
    void error(qint64 runId, const QString& ref, const QString& code,
        SyncErrorOutcome outcome = SyncErrorOutcome::Failed,
        const QString& message = QStringLiteral("refused"));
    qint64 task(const QString& subject);
    std::set<qint64> pendingTasks();
    const SyncErrorGroup* findGroup(const SyncAreaHealth& area, const QString& code);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncRunRepository> m_runs;
};

void TestSyncHealth::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    m_runs = std::make_unique<SyncRunRepository>(*m_store);
}

void TestSyncHealth::cleanup()
{
    m_runs.reset();
    m_store.reset();
    m_database.reset();
}

qint64 TestSyncHealth::run(SyncKind kind, SyncRunState end, SyncCounts counts)
{
    Result<SyncRun> begun = m_runs->begin(kind, QStringLiteral("alice"));
    if (!begun) {
        qWarning("%s", failureText(begun).constData());
        return 0;
    }
    if (end != SyncRunState::Running) {
        Result<void> finished = m_runs->finish(begun->id, end, counts, QStringLiteral("ended"));
        if (!finished) {
            qWarning("%s", failureText(finished).constData());
        }
    }
    return begun->id;
}

void TestSyncHealth::error(
    qint64 runId, const QString& ref, const QString& code, SyncErrorOutcome outcome, const QString& message)
{
    Result<void> recorded = m_runs->recordError(runId, ref, outcome, code, message);
    QVERIFY2(recorded.ok(), failureText(recorded).constData());
}

qint64 TestSyncHealth::task(const QString& subject)
{
    Result<QSqlQuery> inserted = m_store->exec(
        QStringLiteral("INSERT INTO tasks (origin, subject, created_at, updated_at, pending_push)"
                       " VALUES (:origin, :subject, :at, :at2, :pending) RETURNING id"),
        { { QStringLiteral("origin"), toKey(TaskOrigin::Actions) }, { QStringLiteral("subject"), subject },
            { QStringLiteral("at"), QStringLiteral("2026-12-01T10:00:00.000Z") },
            { QStringLiteral("at2"), QStringLiteral("2026-12-01T10:00:00.000Z") },
            { QStringLiteral("pending"), false } });
    if (!inserted || !inserted->next()) {
        qWarning("%s", failureText(inserted).constData());
        return 0;
    }
    return inserted->value(0).toLongLong();
}

std::set<qint64> TestSyncHealth::pendingTasks()
{
    std::set<qint64> ids;
    Result<QSqlQuery> query = m_store->exec(
        QStringLiteral("SELECT id FROM tasks WHERE pending_push = :p"), { { QStringLiteral("p"), true } });
    while (query && query->next()) {
        ids.insert(query->value(0).toLongLong());
    }
    return ids;
}

const SyncErrorGroup* TestSyncHealth::findGroup(const SyncAreaHealth& area, const QString& code)
{
    for (const SyncErrorGroup& group : area.groups) {
        if (group.key.code == code) {
            return &group;
        }
    }
    return nullptr;
}

void TestSyncHealth::areasShowTheirLastRunsWithBothPeopleKinds()
{
    SyncCounts counts;
    counts.created = 40;
    counts.updated = 2;
    counts.failed = 1;
    const qint64 initial = run(SyncKind::PeopleInitial, SyncRunState::Completed, counts);
    const qint64 tasks = run(SyncKind::Tasks, SyncRunState::Failed);
    const qint64 incremental = run(SyncKind::PeopleIncremental, SyncRunState::Completed);
    const qint64 activities = run(SyncKind::SalesActivities, SyncRunState::Completed);

    Result<QList<SyncAreaHealth>> areas = SyncHealth(*m_store).areas();
    QVERIFY2(areas.ok(), failureText(areas).constData());
    QCOMPARE(areas->size(), 3);
    QCOMPARE(areas->at(0).area, SyncArea::People);
    QCOMPARE(areas->at(0).runs.size(), 2);
    QCOMPARE(areas->at(0).runs.at(0).id, incremental); // newest first, across both kinds
    QCOMPARE(areas->at(0).runs.at(1).id, initial);
    QCOMPARE(areas->at(0).runs.at(1).counts.created, 40);
    QCOMPARE(areas->at(0).runs.at(1).counts.failed, 1);
    QCOMPARE(areas->at(1).runs.size(), 1);
    QCOMPARE(areas->at(1).runs.at(0).id, tasks);
    QCOMPARE(areas->at(1).runs.at(0).state, SyncRunState::Failed);
    QCOMPARE(areas->at(2).runs.at(0).id, activities);

    // At most the recent runs.
    for (int i = 0; i < 4; ++i) {
        run(SyncKind::Tasks);
    }
    Result<SyncAreaHealth> few = SyncHealth(*m_store, 3).area(SyncArea::Tasks);
    QVERIFY(few.ok());
    QCOMPARE(few->runs.size(), 3);
}

void TestSyncHealth::errorsAreGroupedByCodeWithDistinctRecords()
{
    const qint64 first = run(SyncKind::PeopleInitial);
    const qint64 second = run(SyncKind::PeopleIncremental);
    for (int id = 1; id <= 3; ++id) {
        error(first, QStringLiteral("marketo:%1").arg(id), QStringLiteral("people.no-sales-owner"),
            SyncErrorOutcome::Skipped);
    }
    error(second, QStringLiteral("marketo:1"), QStringLiteral("people.no-sales-owner"),
        SyncErrorOutcome::Skipped);
    error(second, QStringLiteral("marketo:2"), QStringLiteral("people.no-sales-owner"),
        SyncErrorOutcome::Skipped);
    error(second, QStringLiteral("marketo:9"), QStringLiteral("people.no-email"), SyncErrorOutcome::Skipped);
    const qint64 tasks = run(SyncKind::Tasks);
    error(tasks, QStringLiteral("task:1"), QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION"));
    error(tasks, QStringLiteral("task:2"), QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION"));
    error(tasks, QStringLiteral("task:3"), QStringLiteral("salesforce.ENTITY_IS_DELETED"));
    const qint64 activities = run(SyncKind::SalesActivities);
    error(activities, QStringLiteral("activity:7"), QStringLiteral("marketo.1004"));

    Result<QList<SyncAreaHealth>> areas = SyncHealth(*m_store).areas();
    QVERIFY2(areas.ok(), failureText(areas).constData());
    const SyncAreaHealth& people = areas->at(0);
    QCOMPARE(people.groups.size(), 2);
    QCOMPARE(people.groups.at(0).key.code, QStringLiteral("people.no-sales-owner")); // most records first
    QCOMPARE(people.groups.at(0).records, 3);
    QCOMPARE(people.groups.at(0).errors, 5);
    QCOMPARE(people.groups.at(0).failedRecords, 0);
    QCOMPARE(people.groups.at(1).records, 1);
    const SyncAreaHealth& taskArea = areas->at(1);
    QCOMPARE(taskArea.groups.size(), 2);
    const SyncErrorGroup* integrity
        = findGroup(taskArea, QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION"));
    QVERIFY(integrity);
    QCOMPARE(integrity->records, 2);
    QCOMPARE(integrity->failedRecords, 2);
    QCOMPARE(integrity->key.toString(), QStringLiteral("tasks/salesforce.FIELD_INTEGRITY_EXCEPTION"));
    QVERIFY(integrity->explanation.known);
    QVERIFY(integrity->retry.offered());
    QCOMPARE(areas->at(2).groups.size(), 1);
    QCOMPARE(areas->at(2).groups.at(0).records, 1);
    QVERIFY(areas->at(2).groups.at(0).explanation.known);

    // The key's text round-trips; nonsense does not parse.
    const std::optional<SyncErrorGroupKey> parsed = SyncErrorGroupKey::parse(integrity->key.toString());
    QVERIFY(parsed);
    QCOMPARE(*parsed, integrity->key);
    QVERIFY(!SyncErrorGroupKey::parse(QStringLiteral("nowhere/x")));
    QVERIFY(!SyncErrorGroupKey::parse(QStringLiteral("tasks/")));
}

void TestSyncHealth::onlyTheRecentRunsErrorsCount()
{
    const qint64 old = run(SyncKind::Tasks);
    error(old, QStringLiteral("task:1"), QStringLiteral("salesforce.INVALID_SESSION_ID"));
    const qint64 recent = run(SyncKind::Tasks);
    error(recent, QStringLiteral("task:2"), QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION"));
    run(SyncKind::PeopleInitial); // another area's runs do not push a task run out

    Result<SyncAreaHealth> lastOne = SyncHealth(*m_store, 1).area(SyncArea::Tasks);
    QVERIFY(lastOne.ok());
    QCOMPARE(lastOne->groups.size(), 1);
    QCOMPARE(lastOne->groups.at(0).key.code, QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION"));
    Result<SyncAreaHealth> lastTwo = SyncHealth(*m_store, 2).area(SyncArea::Tasks);
    QVERIFY(lastTwo.ok());
    QCOMPARE(lastTwo->groups.size(), 2);
}

void TestSyncHealth::knownCodesAreExplained_data()
{
    QTest::addColumn<QString>("code");
    for (const char* code : { "people.no-sales-owner", "people.no-email", "people.owner-is-queue",
             "salesforce.INVALID_CROSS_REFERENCE_KEY", "salesforce.FIELD_INTEGRITY_EXCEPTION",
             "salesforce.ENTITY_IS_DELETED", "salesforce.INVALID_SESSION_ID", "REQUEST_LIMIT_EXCEEDED",
             "marketo.1003", "marketo.1004", "603", "marketo.607" }) {
        QTest::newRow(code) << QString::fromLatin1(code);
    }
}

void TestSyncHealth::knownCodesAreExplained()
{
    QFETCH(QString, code);
    const SyncErrorExplanation explained
        = SyncErrorExplanations::explain(code, QStringLiteral("vendor words"));
    QVERIFY(explained.known);
    QVERIFY(!explained.title.isEmpty());
    QVERIFY(!explained.explanation.isEmpty());
    QVERIFY(!explained.whatToDo.isEmpty());
    QVERIFY(!explained.explanation.contains(QStringLiteral("vendor words")));
}

void TestSyncHealth::anUnknownCodeShowsTheVendorsMessage()
{
    const qint64 tasks = run(SyncKind::Tasks);
    error(tasks, QStringLiteral("task:5"), QStringLiteral("salesforce.STRANGE_NEW_ERROR"),
        SyncErrorOutcome::Failed, QStringLiteral("The moon is in the wrong phase"));
    Result<SyncAreaHealth> area = SyncHealth(*m_store).area(SyncArea::Tasks);
    QVERIFY(area.ok());
    QCOMPARE(area->groups.size(), 1);
    const SyncErrorExplanation& explained = area->groups.at(0).explanation;
    QVERIFY(!explained.known);
    QVERIFY2(explained.explanation.contains(QStringLiteral("The moon is in the wrong phase")),
        qPrintable(explained.explanation));
    QVERIFY(explained.explanation.contains(QStringLiteral("salesforce.STRANGE_NEW_ERROR")));
}

void TestSyncHealth::recordsArePagedWithoutRepeats()
{
    const qint64 first = run(SyncKind::Tasks);
    const qint64 second = run(SyncKind::Tasks);
    const QString code = QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION");
    std::set<QString> expected;
    for (int id = 1; id <= 25; ++id) {
        const QString ref = QStringLiteral("task:%1").arg(id);
        expected.insert(ref);
        error(first, ref, code, SyncErrorOutcome::Failed, QStringLiteral("old"));
        error(second, ref, code, SyncErrorOutcome::Failed, QStringLiteral("new %1").arg(id));
    }
    error(second, QStringLiteral("task:99"), QStringLiteral("salesforce.ENTITY_IS_DELETED")); // another group

    const SyncHealth health(*m_store);
    const SyncErrorGroupKey key { SyncArea::Tasks, code };
    std::set<QString> seen;
    QList<int> sizes;
    QString after;
    for (;;) {
        Result<QList<SyncErrorGroupRecord>> page = health.records(key, {}, after, 10);
        QVERIFY2(page.ok(), failureText(page).constData());
        sizes << int(page->size());
        for (const SyncErrorGroupRecord& record : std::as_const(*page)) {
            QVERIFY2(seen.insert(record.recordRef).second, qPrintable(record.recordRef)); // once each
            QCOMPARE(record.runId, second); // with its newest error
            QVERIFY(record.message.startsWith(QStringLiteral("new ")));
            after = record.recordRef;
        }
        if (page->size() < 10) {
            break;
        }
    }
    QCOMPARE(sizes, (QList<int> { 10, 10, 5 }));
    QCOMPARE(seen, expected);
}

void TestSyncHealth::recordsAreFilteredIgnoringCase()
{
    const qint64 tasks = run(SyncKind::Tasks);
    const QString code = QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION");
    error(tasks, QStringLiteral("task:1"), code, SyncErrorOutcome::Failed, QStringLiteral("Bad Status"));
    error(tasks, QStringLiteral("task:2"), code, SyncErrorOutcome::Failed, QStringLiteral("bad priority"));
    error(tasks, QStringLiteral("task:12"), code, SyncErrorOutcome::Failed, QStringLiteral("100% wrong"));
    const SyncHealth health(*m_store);
    const SyncErrorGroupKey key { SyncArea::Tasks, code };
    auto refs = [&](const QString& filter) {
        std::set<QString> found;
        Result<QList<SyncErrorGroupRecord>> page = health.records(key, filter, {}, 100);
        for (const SyncErrorGroupRecord& record : page ? *page : QList<SyncErrorGroupRecord>()) {
            found.insert(record.recordRef);
        }
        return found;
    };
    QCOMPARE(refs(QStringLiteral("STATUS")), (std::set<QString> { QStringLiteral("task:1") }));
    QCOMPARE(refs(QStringLiteral("bad")),
        (std::set<QString> { QStringLiteral("task:1"), QStringLiteral("task:2") }));
    QCOMPARE(refs(QStringLiteral("TASK:1")),
        (std::set<QString> { QStringLiteral("task:1"), QStringLiteral("task:12") }));
    QCOMPARE(refs(QStringLiteral("0%")), (std::set<QString> { QStringLiteral("task:12") })); // % is literal
    QCOMPARE(refs(QStringLiteral("nothing like it")), std::set<QString>());
}

void TestSyncHealth::exportOfAGroupHasItsRecordsNeutralised()
{
    const qint64 tasks = run(SyncKind::Tasks);
    const QString code = QStringLiteral("salesforce.INVALID_CROSS_REFERENCE_KEY");
    error(
        tasks, QStringLiteral("task:1"), code, SyncErrorOutcome::Failed, QStringLiteral("=HYPERLINK(\"x\")"));
    error(tasks, QStringLiteral("task:2"), code, SyncErrorOutcome::Failed, QStringLiteral("id, \"quoted\""));
    error(tasks, QStringLiteral("task:3"), QStringLiteral("salesforce.ENTITY_IS_DELETED"));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    Result<qint64> rows = SyncHealth(*m_store).exportCsv(SyncErrorGroupKey { SyncArea::Tasks, code }, buffer);
    QVERIFY2(rows.ok(), failureText(rows).constData());
    QCOMPARE(*rows, 2);
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
    QCOMPARE(lines.at(0), QByteArray("area,code,record,run,at,outcome,message\r"));
    QVERIFY2(lines.at(1).startsWith("tasks,salesforce.INVALID_CROSS_REFERENCE_KEY,task:1,"),
        lines.at(1).constData());
    QVERIFY2(lines.at(1).contains(",failed,\"'=HYPERLINK(\"\"x\"\")\""), lines.at(1).constData());
    QVERIFY2(lines.at(2).endsWith("\"id, \"\"quoted\"\"\"\r"), lines.at(2).constData());
    QVERIFY(!buffer.data().contains("task:3"));
}

void TestSyncHealth::exportOfEverythingHoldsEveryGroup()
{
    const qint64 people = run(SyncKind::PeopleInitial);
    error(people, QStringLiteral("marketo:1"), QStringLiteral("people.no-sales-owner"),
        SyncErrorOutcome::Skipped);
    error(people, QStringLiteral("marketo:2"), QStringLiteral("people.no-sales-owner"),
        SyncErrorOutcome::Skipped);
    const qint64 tasks = run(SyncKind::Tasks);
    error(tasks, QStringLiteral("task:1"), QStringLiteral("salesforce.ENTITY_IS_DELETED"));
    const qint64 activities = run(SyncKind::SalesActivities);
    error(activities, QStringLiteral("activity:4"), QStringLiteral("marketo.1003"));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    Result<qint64> rows = SyncHealth(*m_store).exportCsv(std::nullopt, buffer);
    QVERIFY2(rows.ok(), failureText(rows).constData());
    QCOMPARE(*rows, 4);
    for (const char* ref : { "marketo:1", "marketo:2", "task:1", "activity:4" }) {
        QVERIFY2(buffer.data().contains(ref), ref);
    }
}

void TestSyncHealth::retryMarksExactlyTheGroupsTasksPending()
{
    const qint64 one = task(QStringLiteral("Call Ada"));
    const qint64 two = task(QStringLiteral("Email Bob"));
    const qint64 three = task(QStringLiteral("Deleted there"));
    const qint64 four = task(QStringLiteral("Relation dropped"));
    const qint64 five = task(QStringLiteral("Fine"));
    QVERIFY(one && two && three && four && five);
    QVERIFY(pendingTasks().empty());
    const qint64 tasks = run(SyncKind::Tasks);
    const QString code = QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION");
    error(tasks, QStringLiteral("task:%1").arg(one), code);
    error(tasks, QStringLiteral("task:%1").arg(two), code);
    error(tasks, QStringLiteral("task:999999"), code); // a task deleted since: nothing to mark
    error(tasks, QStringLiteral("task:%1").arg(three), QStringLiteral("salesforce.ENTITY_IS_DELETED"));
    error(tasks, QStringLiteral("task:%1").arg(four), code,
        SyncErrorOutcome::Skipped); // on purpose, in the group

    Result<qint64> marked = SyncRetry(*m_store).retry({ SyncArea::Tasks, code }, QStringLiteral("alice"));
    QVERIFY2(marked.ok(), failureText(marked).constData());
    QCOMPARE(*marked, 2);
    QCOMPARE(pendingTasks(), (std::set<qint64> { one, two }));
    Result<QSqlQuery> audit = m_store->exec(QStringLiteral("SELECT actor FROM audit_log WHERE action = :a"),
        { { QStringLiteral("a"), QStringLiteral("health.retry") } });
    QVERIFY(audit.ok() && audit->next());
    QCOMPARE(audit->value(0).toString(), QStringLiteral("alice"));
}

void TestSyncHealth::retryIsRefusedForRecordsLeftOutOnPurpose()
{
    const qint64 tasks = run(SyncKind::Tasks);
    error(
        tasks, QStringLiteral("task:1"), QStringLiteral("tasks.what-id-dropped"), SyncErrorOutcome::Skipped);
    const qint64 people = run(SyncKind::PeopleInitial);
    error(people, QStringLiteral("marketo:1"), QStringLiteral("people.no-sales-owner"),
        SyncErrorOutcome::Skipped);
    for (const SyncErrorGroupKey& key :
        { SyncErrorGroupKey { SyncArea::Tasks, QStringLiteral("tasks.what-id-dropped") },
            SyncErrorGroupKey { SyncArea::People, QStringLiteral("people.no-sales-owner") } }) {
        Result<qint64> refused = SyncRetry(*m_store).retry(key, QStringLiteral("alice"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("health.retry-unsupported"));
    }
    Result<qint64> missing = SyncRetry(*m_store).retry(
        { SyncArea::Tasks, QStringLiteral("salesforce.NOT_THERE") }, QStringLiteral("alice"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("health.no-such-group"));
    QVERIFY(pendingTasks().empty());
}

void TestSyncHealth::retryOfPeopleRecordsTheirMarketoIds()
{
    QVERIFY(m_runs
                ->saveCheckpoint(
                    PeopleRetryList::stream, 0, { { QStringLiteral("marketoIds"), QJsonArray { 5 } } })
                .ok());
    const qint64 people = run(SyncKind::PeopleIncremental);
    error(people, QStringLiteral("marketo:17"), QStringLiteral("people.too-long"));
    error(people, QStringLiteral("marketo:23"), QStringLiteral("people.too-long"));
    error(people, QStringLiteral("marketo:40"), QStringLiteral("people.no-sales-owner"),
        SyncErrorOutcome::Skipped);
    Result<qint64> marked = SyncRetry(*m_store).retry(
        { SyncArea::People, QStringLiteral("people.too-long") }, QStringLiteral("alice"));
    QVERIFY2(marked.ok(), failureText(marked).constData());
    QCOMPARE(*marked, 2);
    Result<std::optional<QJsonObject>> list = m_runs->checkpoint(PeopleRetryList::stream);
    QVERIFY(list.ok() && *list);
    QCOMPARE((*list)->value(QStringLiteral("marketoIds")).toArray(), (QJsonArray { 5, 17, 23 }));
}

void TestSyncHealth::retryIsOfferedWhereAnEngineHonoursIt()
{
    const qint64 people = run(SyncKind::PeopleIncremental);
    error(people, QStringLiteral("marketo:17"), QStringLiteral("people.too-long"));
    const qint64 activities = run(SyncKind::SalesActivities);
    error(activities, QStringLiteral("activity:3"), QStringLiteral("salesforce.INVALID_CROSS_REFERENCE_KEY"));
    Result<QList<SyncAreaHealth>> areas = SyncHealth(*m_store).areas();
    QVERIFY(areas.ok());
    // People: the next incremental run looks them up again.
    QCOMPARE(areas->at(0).groups.size(), 1);
    QVERIFY(areas->at(0).groups.at(0).retry.offered());
    // Activities: the logging run finds them again by itself; nothing to mark, and it says so.
    QCOMPARE(areas->at(2).groups.size(), 1);
    QVERIFY(!areas->at(2).groups.at(0).retry.offered());
    QVERIFY(!areas->at(2).groups.at(0).retry.reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncHealth)
#include "testsynchealth.moc"
