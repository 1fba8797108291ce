// The Actions tasks (TaskRepository), on both databases: a new task waits for the task sync with the org's
// values (or Salesforce's defaults), a subject is required and a priority must be the org's; completing
// uses the org's own closed status; an edit waits again and always moves updated_at; a task never in
// Salesforce is deleted outright, one in Salesforce waits for the sync to delete it there; the day lists
// show only visible tasks, for one owner or all; every change is audited with it. Against the sandbox's org:
// a task created after the sync was turned on is pushed, and an edit made offline is pushed later.
#include "common/timestamps.h"
#include "fixtureclientsource.h"
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforcerelay.h"
#include "salesforcetestsupport.h"
#include "sandbox/sandbox.h"
#include "settings/settingdefinition.h"
#include "settings/settingsrepository.h"
#include "store/auditlog.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"
#include "sync/syncrunrepository.h"
#include "sync/tasksync.h"
#include "sync/tasksyncengine.h"
#include "tasks/taskrepository.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace sia;
using namespace sia::test;
using namespace salesforcetest;

namespace {

TaskDraft draft(const QString& subject, const QDate& due = {}, const QString& priority = {}, qint64 owner = 0)
{
    TaskDraft task;
    task.subject = subject;
    task.dueDate = due;
    task.priority = priority;
    task.ownerUserId = owner;
    return task;
}

} // namespace

class TestTaskRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aNewTaskTakesSalesforcesDefaults();
    void aSubjectIsRequired();
    void aPriorityMustBeOneOfTheOrgs();
    void theOrgsOwnValuesApplyOnceTheSyncReadThem();
    void anEditChangesWhatIsGivenAndWaitsAgain();
    void anEditInTheSameMillisecondStillMovesUpdatedAt();
    void completingTwiceIsRefused();
    void aTaskNeverInSalesforceIsDeletedOutright();
    void aTaskInSalesforceWaitsForTheSyncToDeleteIt();
    void theDayListsShowVisibleTasksOfOneOwnerOrAll();
    void aTaskCreatedAfterTheSyncWasTurnedOnIsPushedAndAnOfflineEditLater();

private:
    TaskRepository repository()
    {
        return TaskRepository(*m_store, [this] { return m_now; });
    }
    qint64 addUser(const QString& email);
    QVariant value(const QString& sql, const QVariantMap& bindings = {});
    QList<AuditEntry> audit();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    QDateTime m_now;
    const QString m_actor = QStringLiteral("alice@acme.example");
};

void TestTaskRepository::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(*opened);
    m_now = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
}

void TestTaskRepository::cleanup()
{
    m_store.reset();
    m_database.reset();
}

qint64 TestTaskRepository::addUser(const QString& email)
{
    Result<QSqlQuery> inserted = m_store->exec(
        QStringLiteral("INSERT INTO users (email, created_at, created_by) VALUES (:email, :at, 'test')"
                       " RETURNING id"),
        { { QStringLiteral("email"), email }, { QStringLiteral("at"), toStoredTimestamp(m_now) } });
    return inserted && inserted->next() ? inserted->value(0).toLongLong() : 0;
}

QVariant TestTaskRepository::value(const QString& sql, const QVariantMap& bindings)
{
    Result<QSqlQuery> query = m_store->exec(sql, bindings);
    if (!query || !query->next()) {
        return {};
    }
    return query->value(0);
}

QList<AuditEntry> TestTaskRepository::audit()
{
    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();
    return entries ? *entries : QList<AuditEntry> {};
}

void TestTaskRepository::aNewTaskTakesSalesforcesDefaults()
{
    const qint64 bob = addUser(QStringLiteral("bob@acme.example"));
    TaskDraft callBob = draft(QStringLiteral("  Call Bob  "), QDate(2026, 6, 16), {}, bob);
    callBob.description = QStringLiteral("About renewal");
    const Result<ActionsTask> task = repository().create(callBob, m_actor);
    QVERIFY2(task.ok(), failureText(task).constData());
    QCOMPARE(task->subject, QStringLiteral("Call Bob"));
    QCOMPARE(task->origin, TaskOrigin::Actions);
    // The task sync is off: made now, it stays in Actions even once the sync is turned on (rule 1).
    QVERIFY(!task->waitsForSalesforce);
    QVERIFY(task->salesforceTaskId.isEmpty());
    QCOMPARE(task->status, QStringLiteral("Not Started"));
    QVERIFY(!task->isClosed);
    QCOMPARE(task->priority, QStringLiteral("Normal"));
    QCOMPARE(task->dueDate, QDate(2026, 6, 16));
    QCOMPARE(task->ownerUserId, bob);
    QCOMPARE(task->ownerEmail, QStringLiteral("bob@acme.example"));
    QCOMPARE(task->createdAt, m_now);
    QCOMPARE(task->updatedAt, m_now);
    // Stored as the sync store reads it: the product's timestamp format, origin "actions".
    QCOMPARE(value(QStringLiteral("SELECT origin FROM tasks")).toString(), QStringLiteral("actions"));
    QCOMPARE(m_store->dialect().timestampFrom(value(QStringLiteral("SELECT created_at FROM tasks"))), m_now);

    const QList<AuditEntry> entries = audit();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("task.created"));
    QCOMPARE(entries.first().actor, m_actor);
    QCOMPARE(entries.first().arguments.value(QStringLiteral("task")).toInteger(), task->id);
}

void TestTaskRepository::aSubjectIsRequired()
{
    const Result<ActionsTask> task = repository().create(draft(QStringLiteral("   ")), m_actor);
    QVERIFY(!task.ok());
    QCOMPARE(task.error().code, QStringLiteral("task.subject-empty"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("tasks")), 0);
    QVERIFY(audit().isEmpty());
}

void TestTaskRepository::aPriorityMustBeOneOfTheOrgs()
{
    const Result<ActionsTask> task
        = repository().create(draft(QStringLiteral("Call"), {}, QStringLiteral("Urgent")), m_actor);
    QVERIFY(!task.ok());
    QCOMPARE(task.error().code, QStringLiteral("task.unknown-priority"));
    QVERIFY2(
        task.error().message.contains(QLatin1String("High, Normal, Low")), qPrintable(task.error().message));
    QCOMPARE(rowCount(*m_store, QStringLiteral("tasks")), 0);
}

void TestTaskRepository::theOrgsOwnValuesApplyOnceTheSyncReadThem()
{
    // An org whose closed statuses are "Done" and "Cancelled", and whose priorities are its own.
    OrgTaskPicklists org;
    org.statuses = { { QStringLiteral("Open"), false, true }, { QStringLiteral("Done"), true, false },
        { QStringLiteral("Cancelled"), true, false } };
    org.priorities
        = { { QStringLiteral("Urgent"), true, false }, { QStringLiteral("Routine"), false, true } };
    SyncRunRepository runs(*m_store);
    const Result<SyncRun> run = runs.begin(SyncKind::Tasks, m_actor);
    QVERIFY2(run.ok(), failureText(run).constData());
    QVERIFY(runs.saveCheckpoint(QString::fromLatin1(TaskSync::picklistStream), run->id, org.toJson()).ok());

    TaskRepository tasks = repository();
    Result<ActionsTask> task = tasks.create(draft(QStringLiteral("Call")), m_actor);
    QVERIFY2(task.ok(), failureText(task).constData());
    QCOMPARE(task->status, QStringLiteral("Open"));
    QCOMPARE(task->priority, QStringLiteral("Routine"));
    QVERIFY(tasks.create(draft(QStringLiteral("Call"), {}, QStringLiteral("Urgent")), m_actor).ok());
    QVERIFY(!tasks.create(draft(QStringLiteral("Call"), {}, QStringLiteral("Normal")), m_actor).ok());

    task = tasks.complete(task->id, m_actor);
    QVERIFY2(task.ok(), failureText(task).constData());
    QCOMPARE(task->status, QStringLiteral("Done")); // the org's first closed status, not "Completed"
    QVERIFY(task->isClosed);
    task = tasks.reopen(task->id, m_actor);
    QVERIFY2(task.ok(), failureText(task).constData());
    QCOMPARE(task->status, QStringLiteral("Open"));
    QVERIFY(!task->isClosed);
    QCOMPARE(audit().first().action, QStringLiteral("task.reopened"));
}

void TestTaskRepository::anEditChangesWhatIsGivenAndWaitsAgain()
{
    TaskRepository tasks = repository();
    TaskDraft call = draft(QStringLiteral("Call"), QDate(2026, 6, 16), QStringLiteral("Low"));
    call.description = QStringLiteral("Why");
    const Result<ActionsTask> created = tasks.create(call, m_actor);
    QVERIFY(created.ok());
    // As the sync leaves it once sent.
    QVERIFY(
        m_store
            ->exec(QStringLiteral("UPDATE tasks SET sfdc_task_id = '00T000000000001AAA', pending_push = :p"),
                { { QStringLiteral("p"), false } })
            .ok());
    m_now = m_now.addSecs(60);
    TaskEdit edit;
    edit.subject = QStringLiteral("Call back");
    edit.dueDate = QDate();
    const Result<ActionsTask> edited = tasks.edit(created->id, edit, m_actor);
    QVERIFY2(edited.ok(), failureText(edited).constData());
    QCOMPARE(edited->subject, QStringLiteral("Call back"));
    QVERIFY(!edited->dueDate.isValid());
    QCOMPARE(edited->priority, QStringLiteral("Low"));
    QCOMPARE(edited->description, QStringLiteral("Why"));
    QVERIFY(edited->waitsForSalesforce); // Salesforce has it
    QCOMPARE(edited->updatedAt, m_now);
    QCOMPARE(edited->createdAt, created->createdAt);
    const AuditEntry entry = audit().first();
    QCOMPARE(entry.action, QStringLiteral("task.edited"));
    QCOMPARE(entry.arguments.value(QStringLiteral("fields")).toArray(),
        QJsonArray({ QStringLiteral("subject"), QStringLiteral("due") }));

    // The same values again change nothing and say nothing.
    QVERIFY(tasks.edit(created->id, edit, m_actor).ok());
    QCOMPARE(audit().size(), 2);
    const Result<ActionsTask> none = tasks.edit(created->id, TaskEdit {}, m_actor);
    QCOMPARE(none.error().code, QStringLiteral("task.nothing-to-change"));
    TaskEdit unknownOwner;
    unknownOwner.ownerUserId = 999;
    QCOMPARE(
        tasks.edit(created->id, unknownOwner, m_actor).error().code, QStringLiteral("task.unknown-owner"));
}

void TestTaskRepository::anEditInTheSameMillisecondStillMovesUpdatedAt()
{
    TaskRepository tasks = repository();
    const Result<ActionsTask> created = tasks.create(draft(QStringLiteral("Call")), m_actor);
    QVERIFY(created.ok());
    TaskEdit edit;
    edit.subject = QStringLiteral("Call again");
    const Result<ActionsTask> edited = tasks.edit(created->id, edit, m_actor); // the clock stands still
    QVERIFY(edited.ok());
    QVERIFY(edited->updatedAt > created->updatedAt);
}

void TestTaskRepository::completingTwiceIsRefused()
{
    TaskRepository tasks = repository();
    const Result<ActionsTask> created = tasks.create(draft(QStringLiteral("Call")), m_actor);
    QVERIFY(created.ok());
    const Result<ActionsTask> completed = tasks.complete(created->id, m_actor);
    QVERIFY(completed.ok());
    QCOMPARE(completed->status, QStringLiteral("Completed")); // Salesforce's default closed status
    QCOMPARE(tasks.complete(created->id, m_actor).error().code, QStringLiteral("task.already-completed"));
    QCOMPARE(tasks.complete(4242, m_actor).error().code, QStringLiteral("task.not-found"));
}

void TestTaskRepository::aTaskNeverInSalesforceIsDeletedOutright()
{
    TaskRepository tasks = repository();
    const Result<ActionsTask> created = tasks.create(draft(QStringLiteral("Call")), m_actor);
    QVERIFY(created.ok());
    const Result<TaskDeletion> removed = tasks.remove(created->id, m_actor);
    QVERIFY2(removed.ok(), failureText(removed).constData());
    QCOMPARE(*removed, TaskDeletion::Removed);
    QCOMPARE(rowCount(*m_store, QStringLiteral("tasks")), 0);
    QCOMPARE(audit().first().action, QStringLiteral("task.deleted"));
}

void TestTaskRepository::aTaskInSalesforceWaitsForTheSyncToDeleteIt()
{
    TaskRepository tasks = repository();
    const Result<ActionsTask> created = tasks.create(draft(QStringLiteral("Call"), m_now.date()), m_actor);
    QVERIFY(created.ok());
    QVERIFY(
        m_store
            ->exec(QStringLiteral("UPDATE tasks SET sfdc_task_id = '00T000000000001AAA', pending_push = :p"),
                { { QStringLiteral("p"), false } })
            .ok());
    const Result<TaskDeletion> removed = tasks.remove(created->id, m_actor);
    QVERIFY(removed.ok());
    QCOMPARE(*removed, TaskDeletion::WaitsForSalesforce);
    QCOMPARE(rowCount(*m_store, QStringLiteral("tasks")), 1);
    QVERIFY(value(QStringLiteral("SELECT pending_push FROM tasks")).toBool());
    QVERIFY(!value(QStringLiteral("SELECT deleted_at FROM tasks")).isNull());
    QCOMPARE(tasks.find(created->id).error().code, QStringLiteral("task.not-found"));
    QVERIFY(tasks.dueOn(m_now.date())->isEmpty());
    QCOMPARE(tasks.remove(created->id, m_actor).error().code, QStringLiteral("task.not-found"));
}

void TestTaskRepository::theDayListsShowVisibleTasksOfOneOwnerOrAll()
{
    const qint64 bob = addUser(QStringLiteral("bob@acme.example"));
    const qint64 cy = addUser(QStringLiteral("cy@acme.example"));
    TaskRepository tasks = repository();
    const QDate today = m_now.date();
    const qint64 bobsToday = tasks.create(draft(QStringLiteral("Bob today"), today, {}, bob), m_actor)->id;
    const qint64 bobsDone = tasks.create(draft(QStringLiteral("Bob done"), today, {}, bob), m_actor)->id;
    QVERIFY(tasks.complete(bobsDone, m_actor).ok());
    const qint64 cysTomorrow
        = tasks.create(draft(QStringLiteral("Cy tomorrow"), today.addDays(1), {}, cy), m_actor)->id;
    QVERIFY(tasks.create(draft(QStringLiteral("Bob later"), today.addDays(5), {}, bob), m_actor).ok());
    QVERIFY(tasks.create(draft(QStringLiteral("Nobody's, no date")), m_actor).ok());
    const qint64 goneInSalesforce = tasks.create(draft(QStringLiteral("Gone"), today, {}, bob), m_actor)->id;
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE tasks SET sfdc_deleted_at = :at WHERE id = :id"),
                    { { QStringLiteral("at"), toStoredTimestamp(m_now) },
                        { QStringLiteral("id"), goneInSalesforce } })
                .ok());

    auto ids = [](const Result<QList<ActionsTask>>& list) {
        QList<qint64> found;
        for (const ActionsTask& task : list.value()) {
            found.append(task.id);
        }
        return found;
    };
    QCOMPARE(ids(tasks.dueOn(today, bob)), QList<qint64>({ bobsToday, bobsDone })); // open first
    QCOMPARE(ids(tasks.dueOn(today.addDays(1), bob)), QList<qint64>());
    QCOMPARE(ids(tasks.dueOn(today.addDays(1))), QList<qint64>({ cysTomorrow }));
    QCOMPARE(
        ids(tasks.dueBetween(today, today.addDays(1))), QList<qint64>({ bobsToday, cysTomorrow, bobsDone }));
}

void TestTaskRepository::aTaskCreatedAfterTheSyncWasTurnedOnIsPushedAndAnOfflineEditLater()
{
    const QList<QUrl> callbacks = callbacksOnFreePorts();
    sandbox::SandboxOptions options;
    options.people = 10;
    options.salesforceTaskCount = 0;
    std::unique_ptr<sandbox::Sandbox> org = startOrg(callbacks, options);
    QVERIFY(org);
    org->clock().set(m_now);
    ClientFixture salesforce(*org, connectionTo(*org, callbacks));
    const Result<SalesforceTokens> connected = salesforce.connect();
    QVERIFY2(connected.ok(), failureText(connected).constData());
    FixtureClientSource source;
    source.client = salesforce.client.get();
    DirectStoreRunner runner(*m_store);
    TaskSyncEngineOptions engineOptions;
    engineOptions.actor = m_actor;
    engineOptions.clock = [&org] {
        return org->clock().now();
    };
    engineOptions.schedule = false;
    TaskSyncEngine engine(m_database->options(), runner, source, engineOptions);
    auto runSync = [&engine]() -> SyncRun {
        QSignalSpy finished(&engine, &TaskSyncService::runFinished);
        const Result<void> started = engine.start();
        if (!started) {
            qWarning("start refused: %s", qPrintable(started.error().message));
            return {};
        }
        return finished.wait(60000) ? finished.first().first().value<SyncRun>() : SyncRun {};
    };
    auto inSalesforce = [&](const QString& id) {
        SalesforceRelay relay(source);
        std::optional<Result<SalesforceQueryResult>> answer;
        QObject receiver;
        const QString soql
            = QStringLiteral("SELECT Id, Subject, Status, IsClosed FROM Task WHERE Id = '%1'").arg(id);
        relay.call<SalesforceQueryResult>(
            &receiver, [&](Result<SalesforceQueryResult> outcome) { answer.emplace(std::move(outcome)); },
            [soql](SalesforceApi& api, QObject* context,
                std::function<void(Result<SalesforceQueryResult>)> done) {
                api.query(soql, context, std::move(done));
            });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000)) {
            qWarning("Salesforce did not answer the query");
        }
        return answer && *answer && !(*answer)->records.isEmpty() ? (*answer)->records.first()
                                                                  : QJsonObject {};
    };

    // A task from before the sync was on stays in Actions (rule 1); one created after is pushed.
    TaskRepository tasks(*m_store, [&org] { return org->clock().now(); });
    const Result<ActionsTask> before = tasks.create(draft(QStringLiteral("Before"), m_now.date()), m_actor);
    QVERIFY(before.ok());
    org->clock().set(m_now.addSecs(60));
    SettingsRepository settings(*m_store);
    QVERIFY(settings.set(SettingKey::TaskSync, QStringLiteral("tasks-and-reminders"), m_actor).ok());
    QVERIFY(settings.set(SettingKey::TaskSyncStartedAt, org->clock().now(), m_actor).ok());
    org->clock().set(m_now.addSecs(120));
    const Result<ActionsTask> after = tasks.create(draft(QStringLiteral("After"), m_now.date()), m_actor);
    QVERIFY(after.ok());
    // Only the one the sync will send is shown as waiting for Salesforce.
    QVERIFY(after->waitsForSalesforce);
    QVERIFY(!tasks.find(before->id)->waitsForSalesforce);
    SyncRun run = runSync();
    QCOMPARE(run.state, SyncRunState::Completed);
    QCOMPARE(run.counts.created, qint64(1));
    const Result<ActionsTask> pushed = tasks.find(after->id);
    QVERIFY(pushed.ok());
    QVERIFY(!pushed->salesforceTaskId.isEmpty());
    QVERIFY(!pushed->waitsForSalesforce);
    QCOMPARE(inSalesforce(pushed->salesforceTaskId).value(QStringLiteral("Subject")).toString(),
        QStringLiteral("After"));
    QVERIFY(tasks.find(before->id)->salesforceTaskId.isEmpty());

    // Offline: the edit and the completion wait through a failed run, and go out with the next one.
    org->clock().set(m_now.addSecs(600));
    TaskEdit edit;
    edit.subject = QStringLiteral("After, edited offline");
    QVERIFY(tasks.edit(after->id, edit, m_actor).ok());
    QVERIFY(tasks.complete(after->id, m_actor).ok());
    source.refusal
        = Error::environment(QStringLiteral("network.unreachable"), QStringLiteral("The network is down."));
    run = runSync();
    QCOMPARE(run.state, SyncRunState::Failed);
    QVERIFY(tasks.find(after->id)->waitsForSalesforce);
    source.refusal.reset();
    org->clock().set(m_now.addSecs(1200));
    run = runSync();
    QCOMPARE(run.state, SyncRunState::Completed);
    const QJsonObject record = inSalesforce(pushed->salesforceTaskId);
    QCOMPARE(record.value(QStringLiteral("Subject")).toString(), QStringLiteral("After, edited offline"));
    QVERIFY(record.value(QStringLiteral("IsClosed")).toBool());
    QVERIFY(!tasks.find(after->id)->waitsForSalesforce);

    // Deleted here, deleted there by the next run, and gone from Actions.
    QCOMPARE(tasks.remove(after->id, m_actor).value(), TaskDeletion::WaitsForSalesforce);
    org->clock().set(m_now.addSecs(1800));
    QCOMPARE(runSync().state, SyncRunState::Completed);
    QVERIFY(inSalesforce(pushed->salesforceTaskId).isEmpty());
    QVERIFY(value(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE id = :id"),
                { { QStringLiteral("id"), after->id } })
                .toLongLong()
        == 0);
}

QTEST_MAIN(TestTaskRepository)
#include "testtaskrepository.moc"
