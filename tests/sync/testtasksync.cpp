// The task sync (SPEC section 6's five rules) against the sandbox's org and its clock, on both databases:
// turning it on imports the Tasks changed in the last 24 hours (23 hours ago in, 25 hours ago out) and
// never pushes the Actions tasks that existed before; a task created after is pushed once; Salesforce's
// deletions of the last 15 days are removed when the sync was on before (14 days ago applied, 16 not);
// edits, completions and deletions flow both ways; get updated is followed from latestDateCovered when it
// lags; a conflict keeps the later edit and is audited; 450 creates go in batches of 200 with per-record
// failures kept and retried; an edit made while Salesforce is unreachable is pushed when it returns; a
// lead's task loses its WhatId with a note; a create whose answer was lost is linked, not doubled.
#include "common/timestamps.h"
#include "fixtureclientsource.h"
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforcerelay.h"
#include "salesforcetestsupport.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "settings/settingdefinition.h"
#include "settings/settingsrepository.h"
#include "store/auditlog.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"
#include "sync/syncrunrepository.h"
#include "sync/tasksync.h"
#include "sync/tasksyncengine.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace sia;
using namespace sia::test;
using namespace salesforcetest;

class TestTaskSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void turningOnImportsOnlyTheLast24Hours();
    void tasksFromBeforeTurningOnAreNeverPushed();
    void deletionsOfTheLast15DaysAreRemovedWhenItWasOnBefore();
    void editsCompletionsAndDeletionsFlowBothWays();
    void laggingCoverageIsFollowedFromLatestDateCovered();
    void aConflictKeepsTheLaterEditAndIsAudited();
    void createsGoInBatchesOf200WithPartialFailures();
    void anOfflineEditIsPushedWhenTheConnectionReturns();
    void aLeadsTaskLosesItsWhatIdWithANote();
    void aCreateWhoseAnswerWasLostIsLinkedNotDoubled();
    void theSyncIsRefusedWhileOff();
    void statusSaysWhenItRanAndWhatWaits();
    void theScheduleRunsItWhileItIsOn();
    void aRevokedAuthorizationEndsTheRunAndKeepsTheEdits();
    void aClockThatJumpsBackLosesNothing();
    void ownersAreLinkedByEmailAndAUserWhoOptedOutStaysOut();

private:
    template<typename T> Result<T> call(SalesforceRelay::Work<T> work);
    QString createInSalesforce(const QString& subject, const QJsonObject& more = {});
    void updateInSalesforce(const QString& id, const QJsonObject& fields);
    void deleteInSalesforce(const QString& id);
    QList<QJsonObject> salesforceTasks(const QString& where);
    void setClock(const QDateTime& at) { m_sandbox->clock().set(at); }
    void enableSync(const QDateTime& at);
    void disableSync();
    qint64 addActionsTask(const QString& subject, const QDateTime& createdAt, const QString& whoId = {},
        const QString& whatId = {});
    SyncRun runSync();
    QVariant value(const QString& sql, const QVariantMap& bindings = {});

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DirectStoreRunner> m_runner;
    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ClientFixture> m_salesforce;
    FixtureClientSource m_source;
    std::unique_ptr<SalesforceRelay> m_relay;
    std::unique_ptr<TaskSyncEngine> m_engine;
    QDateTime m_t; // the test's "now" on the sandbox's clock
};

void TestTaskSync::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(*opened);
    m_runner = std::make_unique<DirectStoreRunner>(*m_store);
    m_callbacks = callbacksOnFreePorts();
    sandbox::SandboxOptions options;
    options.people = 40;
    options.salesforceTaskCount = 0; // an org whose every Task the test made
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_t = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
    setClock(m_t);
    m_salesforce = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
    const Result<SalesforceTokens> connected = m_salesforce->connect();
    QVERIFY2(connected.ok(), failureText(connected).constData());
    m_source = FixtureClientSource {};
    m_source.client = m_salesforce->client.get();
    m_relay = std::make_unique<SalesforceRelay>(m_source);
    TaskSyncEngineOptions engine;
    engine.actor = QStringLiteral("alice@acme.example");
    engine.clock = [sandbox = m_sandbox.get()] {
        return sandbox->clock().now();
    };
    m_engine = std::make_unique<TaskSyncEngine>(m_database->options(), *m_runner, m_source, engine);
}

void TestTaskSync::cleanup()
{
    m_engine.reset();
    m_relay.reset();
    m_salesforce.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_store.reset();
    m_database.reset();
}

template<typename T> Result<T> TestTaskSync::call(SalesforceRelay::Work<T> work)
{
    std::optional<Result<T>> answer;
    QObject receiver;
    m_relay->call<T>(
        &receiver, [&](Result<T> outcome) { answer.emplace(std::move(outcome)); }, std::move(work));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    }();
    return answer ? std::move(*answer)
                  : Result<T>(Error::internal(QStringLiteral("test.timeout"), QStringLiteral("no answer")));
}

QString TestTaskSync::createInSalesforce(const QString& subject, const QJsonObject& more)
{
    QJsonObject record { { QStringLiteral("attributes"),
                             QJsonObject { { QStringLiteral("type"), QStringLiteral("Task") } } },
        { QStringLiteral("Subject"), subject }, { QStringLiteral("Status"), QStringLiteral("Not Started") },
        { QStringLiteral("Priority"), QStringLiteral("Normal") },
        { QStringLiteral("ActivityDate"), m_sandbox->clock().now().date().toString(Qt::ISODate) } };
    for (auto it = more.begin(); it != more.end(); ++it) {
        record.insert(it.key(), it.value());
    }
    using Results = QList<SalesforceSaveResult>;
    Result<Results> created = call<Results>(
        [record](SalesforceApi& api, QObject* context, std::function<void(Result<Results>)> done) {
            api.createRecords({ record }, true, context, std::move(done));
        });
    if (!created || created->isEmpty() || !created->first().success) {
        qWarning("create failed: %s",
            created ? qPrintable(created->value(0).message) : qPrintable(created.error().message));
        return {};
    }
    return created->first().id;
}

void TestTaskSync::updateInSalesforce(const QString& id, const QJsonObject& fields)
{
    QJsonObject record = fields;
    record.insert(
        QStringLiteral("attributes"), QJsonObject { { QStringLiteral("type"), QStringLiteral("Task") } });
    record.insert(QStringLiteral("id"), id);
    using Results = QList<SalesforceSaveResult>;
    Result<Results> updated = call<Results>(
        [record](SalesforceApi& api, QObject* context, std::function<void(Result<Results>)> done) {
            api.updateRecords({ record }, true, context, std::move(done));
        });
    QVERIFY2(
        updated.ok() && !updated->isEmpty() && updated->first().success, "the update in Salesforce failed");
}

void TestTaskSync::deleteInSalesforce(const QString& id)
{
    using Results = QList<SalesforceSaveResult>;
    Result<Results> removed = call<Results>(
        [id](SalesforceApi& api, QObject* context, std::function<void(Result<Results>)> done) {
            api.deleteRecords({ id }, true, context, std::move(done));
        });
    QVERIFY2(
        removed.ok() && !removed->isEmpty() && removed->first().success, "the delete in Salesforce failed");
}

QList<QJsonObject> TestTaskSync::salesforceTasks(const QString& where)
{
    const QString soql = QStringLiteral("SELECT Id, Subject, Status, IsClosed, WhoId, WhatId FROM Task")
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    Result<SalesforceQueryResult> found
        = call<SalesforceQueryResult>([soql](SalesforceApi& api, QObject* context,
                                          std::function<void(Result<SalesforceQueryResult>)> done) {
              api.query(soql, context, std::move(done));
          });
    return found ? found->records : QList<QJsonObject> {};
}

void TestTaskSync::enableSync(const QDateTime& at)
{
    // What the settings' change does when the sync goes from off to on (SettingsChange): both, together.
    SettingsRepository settings(*m_store);
    QVERIFY(settings.set(SettingKey::TaskSync, QStringLiteral("tasks-and-reminders"), QStringLiteral("test"))
                .ok());
    QVERIFY(settings.set(SettingKey::TaskSyncStartedAt, at, QStringLiteral("test")).ok());
}

void TestTaskSync::disableSync()
{
    QVERIFY(SettingsRepository(*m_store)
                .set(SettingKey::TaskSync, QStringLiteral("off"), QStringLiteral("test"))
                .ok());
}

// An Actions task as the command center writes one (TaskRepository's contract): waiting to be pushed.
qint64 TestTaskSync::addActionsTask(
    const QString& subject, const QDateTime& createdAt, const QString& whoId, const QString& whatId)
{
    Result<QSqlQuery> inserted = m_store->exec(
        QStringLiteral("INSERT INTO tasks (origin, subject, due_date, status, priority, who_id, what_id, "
                       "created_at, updated_at,"
                       " pending_push) VALUES ('actions', :subject, :due, 'Not Started', 'Normal', :who, "
                       ":what, :at, :at, :pending)"
                       " RETURNING id"),
        { { QStringLiteral("subject"), subject }, { QStringLiteral("due"), QStringLiteral("2026-06-16") },
            { QStringLiteral("who"),
                whoId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(whoId) },
            { QStringLiteral("what"),
                whatId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(whatId) },
            { QStringLiteral("at"), toStoredTimestamp(createdAt) }, { QStringLiteral("pending"), true } });
    if (!inserted || !inserted->next()) {
        return 0;
    }
    return inserted->value(0).toLongLong();
}

SyncRun TestTaskSync::runSync()
{
    QSignalSpy finished(m_engine.get(), &TaskSyncService::runFinished);
    const Result<void> started = m_engine->start();
    if (!started) {
        qWarning("start refused: %s", qPrintable(started.error().message));
        return {};
    }
    if (!finished.wait(60000)) {
        qWarning("the task sync did not finish");
        return {};
    }
    return finished.first().first().value<SyncRun>();
}

QVariant TestTaskSync::value(const QString& sql, const QVariantMap& bindings)
{
    Result<QSqlQuery> query = m_store->exec(sql, bindings);
    if (!query || !query->next()) {
        return {};
    }
    return query->value(0);
}

void TestTaskSync::turningOnImportsOnlyTheLast24Hours()
{
    setClock(m_t.addSecs(-25 * 3600));
    QVERIFY(!createInSalesforce(QStringLiteral("Changed 25 hours ago")).isEmpty());
    setClock(m_t.addSecs(-23 * 3600));
    const QString recent = createInSalesforce(QStringLiteral("Changed 23 hours ago"));
    QVERIFY(!recent.isEmpty());
    setClock(m_t);
    enableSync(QDateTime::currentDateTimeUtc());

    const SyncRun run = runSync();
    QCOMPARE(run.state, SyncRunState::Completed);
    QCOMPARE(run.counts.created, 1);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM tasks")).toLongLong(), 1);
    QCOMPARE(value(QStringLiteral("SELECT subject FROM tasks WHERE sfdc_task_id = :id"),
                 { { QStringLiteral("id"), recent } })
                 .toString(),
        QStringLiteral("Changed 23 hours ago"));
    QCOMPARE(value(QStringLiteral("SELECT origin FROM tasks")).toString(), QStringLiteral("salesforce"));
    // The org's statuses were read and kept for the command center.
    const Result<std::optional<QJsonObject>> picklists
        = SyncRunRepository(*m_store).checkpoint(QStringLiteral("tasks.picklists"));
    QVERIFY(picklists.ok() && picklists->has_value());
    QVERIFY((**picklists).value(QStringLiteral("statuses")).toArray().size() >= 2);
}

void TestTaskSync::tasksFromBeforeTurningOnAreNeverPushed()
{
    const QDateTime enabledAt = QDateTime::currentDateTimeUtc();
    const qint64 before = addActionsTask(QStringLiteral("Written before the sync"), enabledAt.addSecs(-3600));
    enableSync(enabledAt);
    const qint64 after = addActionsTask(QStringLiteral("Written after the sync"), enabledAt.addSecs(1));
    QVERIFY(before > 0 && after > 0);

    SyncRun run = runSync();
    QCOMPARE(run.state, SyncRunState::Completed);
    QCOMPARE(salesforceTasks(QStringLiteral("Subject = 'Written before the sync'")).size(), 0);
    const QList<QJsonObject> pushed = salesforceTasks(QStringLiteral("Subject = 'Written after the sync'"));
    QCOMPARE(pushed.size(), 1);
    QCOMPARE(value(QStringLiteral("SELECT sfdc_task_id FROM tasks WHERE id = :id"),
                 { { QStringLiteral("id"), after } })
                 .toString(),
        pushed.first().value(QStringLiteral("Id")).toString());
    QVERIFY(value(
        QStringLiteral("SELECT sfdc_task_id FROM tasks WHERE id = :id"), { { QStringLiteral("id"), before } })
                .isNull());

    // Once, not again on the next run; and the echo of our own create is no change.
    setClock(m_t.addSecs(600));
    run = runSync();
    QCOMPARE(run.state, SyncRunState::Completed);
    QCOMPARE(salesforceTasks(QStringLiteral("Subject = 'Written after the sync'")).size(), 1);
    QCOMPARE(salesforceTasks(QStringLiteral("Subject = 'Written before the sync'")).size(), 0);
    QCOMPARE(run.counts.created, 0);
    QCOMPARE(run.counts.updated, 0);
}

void TestTaskSync::deletionsOfTheLast15DaysAreRemovedWhenItWasOnBefore()
{
    setClock(m_t.addDays(-20));
    const QString sixteen = createInSalesforce(QStringLiteral("Deleted 16 days ago"));
    const QString fourteen = createInSalesforce(QStringLiteral("Deleted 14 days ago"));
    enableSync(QDateTime::currentDateTimeUtc());
    QCOMPARE(runSync().counts.created, 2);

    setClock(m_t.addDays(-16));
    deleteInSalesforce(sixteen);
    setClock(m_t.addDays(-14));
    deleteInSalesforce(fourteen);
    setClock(m_t);
    const SyncRun run = runSync();
    QCOMPARE(run.state, SyncRunState::Completed);
    QCOMPARE(run.counts.deleted, 1);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE sfdc_task_id = :id"),
                 { { QStringLiteral("id"), fourteen } })
                 .toLongLong(),
        0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE sfdc_task_id = :id"),
                 { { QStringLiteral("id"), sixteen } })
                 .toLongLong(),
        1);
}

void TestTaskSync::editsCompletionsAndDeletionsFlowBothWays()
{
    const QString id = createInSalesforce(QStringLiteral("Call back"));
    enableSync(QDateTime::currentDateTimeUtc());
    QCOMPARE(runSync().counts.created, 1);

    // Salesforce → Actions
    setClock(m_t.addSecs(60));
    updateInSalesforce(id, { { QStringLiteral("Subject"), QStringLiteral("Call back on Monday") } });
    setClock(m_t.addSecs(600));
    SyncRun run = runSync();
    QCOMPARE(run.counts.updated, 1);
    QCOMPARE(value(QStringLiteral("SELECT subject FROM tasks WHERE sfdc_task_id = :id"),
                 { { QStringLiteral("id"), id } })
                 .toString(),
        QStringLiteral("Call back on Monday"));

    // Actions → Salesforce: completed with a label the org does not have: the org's first closed status.
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE tasks SET is_closed = :closed, status = 'Done', updated_at = "
                                      ":at, pending_push = :pending"
                                      " WHERE sfdc_task_id = :id"),
                    { { QStringLiteral("closed"), true }, { QStringLiteral("pending"), true },
                        { QStringLiteral("id"), id },
                        { QStringLiteral("at"), toStoredTimestamp(QDateTime::currentDateTimeUtc()) } })
                .ok());
    run = runSync();
    QCOMPARE(run.counts.updated, 1);
    QList<QJsonObject> there = salesforceTasks(QStringLiteral("Id = '") + id + u'\'');
    QCOMPARE(there.size(), 1);
    QVERIFY(there.first().value(QStringLiteral("IsClosed")).toBool());
    QCOMPARE(there.first().value(QStringLiteral("Status")).toString(), QStringLiteral("Completed"));
    QVERIFY(!value(QStringLiteral("SELECT pending_push FROM tasks WHERE sfdc_task_id = :id"),
        { { QStringLiteral("id"), id } })
                 .toBool());

    // Deleted in Actions → deleted in Salesforce, and the row goes.
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE tasks SET deleted_at = :at, updated_at = :at, pending_push = "
                                      ":pending WHERE sfdc_task_id = :id"),
                    { { QStringLiteral("pending"), true }, { QStringLiteral("id"), id },
                        { QStringLiteral("at"), toStoredTimestamp(QDateTime::currentDateTimeUtc()) } })
                .ok());
    run = runSync();
    QCOMPARE(run.counts.deleted, 1);
    QCOMPARE(salesforceTasks(QStringLiteral("Id = '") + id + u'\'').size(), 0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM tasks")).toLongLong(), 0);

    // Created in Salesforce after the first run: imported by get updated.
    setClock(m_t.addSecs(1200));
    const QString later = createInSalesforce(QStringLiteral("Send the proposal"));
    setClock(m_t.addSecs(1800));
    run = runSync();
    QCOMPARE(run.counts.created, 1);
    QCOMPARE(value(QStringLiteral("SELECT subject FROM tasks WHERE sfdc_task_id = :id"),
                 { { QStringLiteral("id"), later } })
                 .toString(),
        QStringLiteral("Send the proposal"));
}

void TestTaskSync::laggingCoverageIsFollowedFromLatestDateCovered()
{
    enableSync(QDateTime::currentDateTimeUtc());
    QCOMPARE(runSync().state, SyncRunState::Completed);
    // A change 1 minute ago: the sandbox's replication lags 2 minutes, so this run's window is covered only
    // up to before it, and the next run must start there, not at this run's end.
    setClock(m_t.addSecs(600));
    const QString id = createInSalesforce(QStringLiteral("Late in the replication"));
    setClock(m_t.addSecs(660));
    SyncRun run = runSync();
    QCOMPARE(run.counts.created, 0);
    const Result<std::optional<QJsonObject>> position
        = SyncRunRepository(*m_store).checkpoint(QString::fromLatin1(TaskSync::stream));
    QVERIFY(position.ok() && position->has_value());
    const QDateTime covered
        = fromStoredTimestamp((**position).value(QStringLiteral("updatedSince")).toString());
    QVERIFY2(covered < m_t.addSecs(600), qPrintable(covered.toString(Qt::ISODate)));

    setClock(m_t.addSecs(1200));
    run = runSync();
    QCOMPARE(run.counts.created, 1);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE sfdc_task_id = :id"),
                 { { QStringLiteral("id"), id } })
                 .toLongLong(),
        1);
}

void TestTaskSync::aConflictKeepsTheLaterEditAndIsAudited()
{
    const QString id = createInSalesforce(QStringLiteral("Both sides"));
    enableSync(QDateTime::currentDateTimeUtc());
    QCOMPARE(runSync().counts.created, 1);

    // Salesforce's edit at m_t + 60 s; the Actions edit later (m_t + 1 h on the Actions side).
    setClock(m_t.addSecs(60));
    updateInSalesforce(id, { { QStringLiteral("Subject"), QStringLiteral("Edited in Salesforce") } });
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE tasks SET subject = 'Edited in Actions', updated_at = :at, "
                                      "pending_push = :pending WHERE sfdc_task_id = :id"),
                    { { QStringLiteral("pending"), true }, { QStringLiteral("id"), id },
                        { QStringLiteral("at"), toStoredTimestamp(m_t.addSecs(3600)) } })
                .ok());
    setClock(m_t.addSecs(600));
    QCOMPARE(runSync().state, SyncRunState::Completed);
    QCOMPARE(salesforceTasks(QStringLiteral("Id = '") + id + u'\'')
                 .value(0)
                 .value(QStringLiteral("Subject"))
                 .toString(),
        QStringLiteral("Edited in Actions"));

    // Now Salesforce's is the later edit.
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE tasks SET subject = 'Older Actions edit', updated_at = :at, "
                                      "pending_push = :pending WHERE sfdc_task_id = :id"),
                    { { QStringLiteral("pending"), true }, { QStringLiteral("id"), id },
                        { QStringLiteral("at"), toStoredTimestamp(m_t.addSecs(700)) } })
                .ok());
    setClock(m_t.addSecs(900));
    updateInSalesforce(id, { { QStringLiteral("Subject"), QStringLiteral("Newer Salesforce edit") } });
    setClock(m_t.addSecs(1500));
    QCOMPARE(runSync().state, SyncRunState::Completed);
    QCOMPARE(value(QStringLiteral("SELECT subject FROM tasks WHERE sfdc_task_id = :id"),
                 { { QStringLiteral("id"), id } })
                 .toString(),
        QStringLiteral("Newer Salesforce edit"));
    QCOMPARE(salesforceTasks(QStringLiteral("Id = '") + id + u'\'')
                 .value(0)
                 .value(QStringLiteral("Subject"))
                 .toString(),
        QStringLiteral("Newer Salesforce edit"));

    const Result<QList<AuditEntry>> audit = AuditLog(*m_store).entries();
    QVERIFY(audit.ok());
    QStringList kept;
    for (const AuditEntry& entry : *audit) {
        if (entry.action == u"task.conflict") {
            kept.prepend(entry.arguments.value(QStringLiteral("kept")).toString());
        }
    }
    QCOMPARE(kept, QStringList({ QStringLiteral("actions"), QStringLiteral("salesforce") }));
}

void TestTaskSync::createsGoInBatchesOf200WithPartialFailures()
{
    const QDateTime enabledAt = QDateTime::currentDateTimeUtc();
    enableSync(enabledAt);
    QVERIFY(m_store
                ->transaction([&]() -> Result<void> {
                    for (int i = 0; i < 450; ++i) {
                        // Three with a WhoId that names no record: Salesforce refuses those three only.
                        const bool bad = i == 5 || i == 250 || i == 449;
                        if (addActionsTask(QStringLiteral("Batch task %1").arg(i), enabledAt.addSecs(1),
                                bad ? QStringLiteral("003000000000000AAA") : QString())
                            == 0) {
                            return Error::internal(QStringLiteral("test"), QStringLiteral("insert failed"));
                        }
                    }
                    return {};
                })
                .ok());
    SyncRun run = runSync();
    QCOMPARE(run.state, SyncRunState::Completed);
    QCOMPARE(run.counts.created, 447);
    QCOMPARE(run.counts.failed, 3);
    QCOMPARE(salesforceTasks(QStringLiteral("Subject LIKE 'Batch task %'")).size(), 447);
    QCOMPARE(SyncRunRepository(*m_store).errorCount(run.id).value(), 3);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE pending_push = :p"),
                 { { QStringLiteral("p"), true } })
                 .toLongLong(),
        3);
    QVERIFY(run.message.contains(QLatin1String("3")));

    // Retried next run, refused again, never doubled.
    setClock(m_t.addSecs(600));
    run = runSync();
    QCOMPARE(run.counts.created, 0);
    QCOMPARE(run.counts.failed, 3);
    QCOMPARE(salesforceTasks(QStringLiteral("Subject LIKE 'Batch task %'")).size(), 447);
}

void TestTaskSync::anOfflineEditIsPushedWhenTheConnectionReturns()
{
    const QString id = createInSalesforce(QStringLiteral("Offline"));
    enableSync(QDateTime::currentDateTimeUtc());
    QCOMPARE(runSync().counts.created, 1);
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE tasks SET subject = 'Edited offline', updated_at = :at, "
                                      "pending_push = :pending WHERE sfdc_task_id = :id"),
                    { { QStringLiteral("pending"), true }, { QStringLiteral("id"), id },
                        { QStringLiteral("at"), toStoredTimestamp(QDateTime::currentDateTimeUtc()) } })
                .ok());
    m_source.refusal
        = Error::environment(QStringLiteral("network.unreachable"), QStringLiteral("The network is down."));
    SyncRun run = runSync();
    QCOMPARE(run.state, SyncRunState::Failed);
    QVERIFY(run.message.contains(QLatin1String("network is down")));
    QVERIFY(value(QStringLiteral("SELECT pending_push FROM tasks WHERE sfdc_task_id = :id"),
        { { QStringLiteral("id"), id } })
                .toBool());

    m_source.refusal.reset();
    setClock(m_t.addSecs(600));
    run = runSync();
    QCOMPARE(run.state, SyncRunState::Completed);
    QCOMPARE(salesforceTasks(QStringLiteral("Id = '") + id + u'\'')
                 .value(0)
                 .value(QStringLiteral("Subject"))
                 .toString(),
        QStringLiteral("Edited offline"));
    QVERIFY(!value(QStringLiteral("SELECT pending_push FROM tasks WHERE sfdc_task_id = :id"),
        { { QStringLiteral("id"), id } })
                 .toBool());
}

void TestTaskSync::aLeadsTaskLosesItsWhatIdWithANote()
{
    const QList<QJsonObject> leads = [&] {
        Result<SalesforceQueryResult> found
            = call<SalesforceQueryResult>([](SalesforceApi& api, QObject* context,
                                              std::function<void(Result<SalesforceQueryResult>)> done) {
                  api.query(QStringLiteral("SELECT Id FROM Lead LIMIT 1"), context, std::move(done));
              });
        return found ? found->records : QList<QJsonObject> {};
    }();
    const QList<QJsonObject> accounts = [&] {
        Result<SalesforceQueryResult> found
            = call<SalesforceQueryResult>([](SalesforceApi& api, QObject* context,
                                              std::function<void(Result<SalesforceQueryResult>)> done) {
                  api.query(QStringLiteral("SELECT Id FROM Account LIMIT 1"), context, std::move(done));
              });
        return found ? found->records : QList<QJsonObject> {};
    }();
    QVERIFY(!leads.isEmpty() && !accounts.isEmpty());
    const QString lead = leads.first().value(QStringLiteral("Id")).toString();
    const QDateTime enabledAt = QDateTime::currentDateTimeUtc();
    enableSync(enabledAt);
    addActionsTask(QStringLiteral("About a lead"), enabledAt.addSecs(1), lead,
        accounts.first().value(QStringLiteral("Id")).toString());
    const SyncRun run = runSync();
    QCOMPARE(run.counts.created, 1);
    const QList<QJsonObject> there = salesforceTasks(QStringLiteral("Subject = 'About a lead'"));
    QCOMPARE(there.size(), 1);
    QCOMPARE(there.first().value(QStringLiteral("WhoId")).toString(), lead);
    QVERIFY(there.first().value(QStringLiteral("WhatId")).isNull());
    const Result<QList<SyncErrorRecord>> notes = SyncRunRepository(*m_store).errors(run.id, 0, 10);
    QVERIFY(notes.ok() && notes->size() == 1);
    QCOMPARE(notes->first().code, QStringLiteral("tasks.what-id-dropped"));
    QCOMPARE(notes->first().outcome, SyncErrorOutcome::Skipped);
}

void TestTaskSync::aCreateWhoseAnswerWasLostIsLinkedNotDoubled()
{
    const QDateTime enabledAt = QDateTime::currentDateTimeUtc();
    enableSync(enabledAt);
    QCOMPARE(runSync().state, SyncRunState::Completed);
    // As if the process died after Salesforce created the task and before Actions committed its Id: the
    // checkpoint says the create was in flight, and the Task is in Salesforce.
    const qint64 row = addActionsTask(QStringLiteral("Answer lost"), enabledAt.addSecs(1));
    setClock(m_t.addSecs(120));
    QVERIFY(!createInSalesforce(
        QStringLiteral("Answer lost"), { { QStringLiteral("ActivityDate"), QStringLiteral("2026-06-16") } })
                 .isEmpty());
    SyncRunRepository runs(*m_store);
    const Result<std::optional<QJsonObject>> saved = runs.checkpoint(QString::fromLatin1(TaskSync::stream));
    QVERIFY(saved.ok() && saved->has_value());
    QJsonObject position = **saved;
    position.insert(QStringLiteral("createsSentAt"), toStoredTimestamp(m_t.addSecs(110)));
    position.insert(QStringLiteral("createsInFlight"), QJsonArray { row });
    QVERIFY(runs.saveCheckpoint(QString::fromLatin1(TaskSync::stream), 0, position).ok());

    setClock(m_t.addSecs(600));
    const SyncRun run = runSync();
    QCOMPARE(run.state, SyncRunState::Completed);
    QCOMPARE(salesforceTasks(QStringLiteral("Subject = 'Answer lost'")).size(), 1);
    QVERIFY(!value(
        QStringLiteral("SELECT sfdc_task_id FROM tasks WHERE id = :id"), { { QStringLiteral("id"), row } })
                 .isNull());
}

void TestTaskSync::theSyncIsRefusedWhileOff()
{
    const SyncRun run = runSync();
    QCOMPARE(run.state, SyncRunState::Failed);
    QCOMPARE(run.id, 0);
    QVERIFY(run.message.contains(QLatin1String("off")));
    QCOMPARE(SyncRunRepository(*m_store).history(10).value().size(), 0);
}

void TestTaskSync::statusSaysWhenItRanAndWhatWaits()
{
    const QDateTime enabledAt = QDateTime::currentDateTimeUtc();
    enableSync(enabledAt);
    createInSalesforce(QStringLiteral("One"));
    QCOMPARE(runSync().state, SyncRunState::Completed);
    addActionsTask(QStringLiteral("Waiting"), enabledAt.addSecs(1));
    std::optional<Result<TaskSyncStatus>> status;
    m_engine->status([&](Result<TaskSyncStatus> s) { status.emplace(std::move(s)); });
    QTRY_VERIFY(status.has_value());
    QVERIFY(status->ok());
    QVERIFY((*status)->enabled);
    QVERIFY((*status)->lastCompletedRun.has_value());
    QCOMPARE((*status)->tasks, 2);
    QCOMPARE((*status)->waitingForSalesforce, 1);
    QVERIFY((*status)->changesCoveredUntil.isValid());

    disableSync();
    status.reset();
    m_engine->status([&](Result<TaskSyncStatus> s) { status.emplace(std::move(s)); });
    QTRY_VERIFY(status.has_value());
    QVERIFY(!(*status)->enabled);
}

void TestTaskSync::theScheduleRunsItWhileItIsOn()
{
    TaskSyncEngineOptions options;
    options.actor = QStringLiteral("schedule");
    options.clock = [sandbox = m_sandbox.get()] {
        return sandbox->clock().now();
    };
    options.scheduleTick = std::chrono::milliseconds(20);
    m_engine = std::make_unique<TaskSyncEngine>(m_database->options(), *m_runner, m_source, options);
    QSignalSpy finished(m_engine.get(), &TaskSyncService::runFinished);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 0); // off: no run
    const QString id = createInSalesforce(QStringLiteral("Scheduled"));
    enableSync(QDateTime::currentDateTimeUtc());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<SyncRun>().state, SyncRunState::Completed);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE sfdc_task_id = :id"),
                 { { QStringLiteral("id"), id } })
                 .toLongLong(),
        1);
    // The interval (5 minutes by default) has not passed: no second run.
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
}

void TestTaskSync::aRevokedAuthorizationEndsTheRunAndKeepsTheEdits()
{
    const QString id = createInSalesforce(QStringLiteral("Before the revocation"));
    enableSync(QDateTime::currentDateTimeUtc());
    QCOMPARE(runSync().counts.created, 1);
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE tasks SET subject = 'Edited meanwhile', updated_at = :at, "
                                      "pending_push = :pending WHERE sfdc_task_id = :id"),
                    { { QStringLiteral("pending"), true }, { QStringLiteral("id"), id },
                        { QStringLiteral("at"), toStoredTimestamp(QDateTime::currentDateTimeUtc()) } })
                .ok());
    // An admin revokes the app's access in Salesforce; the session then expires (2 hours without a call).
    const Result<QByteArray> refreshToken = m_salesforce->storedRefreshToken();
    QVERIFY(refreshToken.ok());
    SandboxClient control(*m_sandbox);
    const HttpResult revoked = control.post(QStringLiteral("/services/oauth2/revoke"),
        "token=" + QUrl::toPercentEncoding(QString::fromUtf8(*refreshToken)),
        "application/x-www-form-urlencoded");
    QCOMPARE(revoked.status, 200);
    setClock(m_t.addSecs(3 * 3600));
    const SyncRun run = runSync();
    QCOMPARE(run.state, SyncRunState::Failed);
    QVERIFY2(run.message.contains(QLatin1String("step 2")), qPrintable(run.message));
    QVERIFY(value(QStringLiteral("SELECT pending_push FROM tasks WHERE sfdc_task_id = :id"),
        { { QStringLiteral("id"), id } })
                .toBool());
    QCOMPARE(value(QStringLiteral("SELECT subject FROM tasks WHERE sfdc_task_id = :id"),
                 { { QStringLiteral("id"), id } })
                 .toString(),
        QStringLiteral("Edited meanwhile"));
}

void TestTaskSync::aClockThatJumpsBackLosesNothing()
{
    enableSync(QDateTime::currentDateTimeUtc());
    QCOMPARE(runSync().state, SyncRunState::Completed);
    // The clock goes back a day: the next window would end before it starts; nothing is asked, nothing
    // lost, and the checkpoint stays where it was.
    const Result<std::optional<QJsonObject>> before
        = SyncRunRepository(*m_store).checkpoint(QString::fromLatin1(TaskSync::stream));
    setClock(m_t.addDays(-1));
    QCOMPARE(runSync().state, SyncRunState::Completed);
    const Result<std::optional<QJsonObject>> after
        = SyncRunRepository(*m_store).checkpoint(QString::fromLatin1(TaskSync::stream));
    QVERIFY(before.ok() && after.ok());
    QCOMPARE(
        (**after).value(QStringLiteral("updatedSince")), (**before).value(QStringLiteral("updatedSince")));
    // Back to the right time: what changed meanwhile comes in.
    setClock(m_t.addSecs(600));
    const QString id = createInSalesforce(QStringLiteral("After the jump"));
    setClock(m_t.addSecs(1200));
    QCOMPARE(runSync().counts.created, 1);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE sfdc_task_id = :id"),
                 { { QStringLiteral("id"), id } })
                 .toLongLong(),
        1);
}

void TestTaskSync::ownersAreLinkedByEmailAndAUserWhoOptedOutStaysOut()
{
    Result<SalesforceQueryResult> users = call<SalesforceQueryResult>(
        [](SalesforceApi& api, QObject* context, std::function<void(Result<SalesforceQueryResult>)> done) {
            api.query(
                QStringLiteral("SELECT Id, Email FROM User WHERE IsActive = true ORDER BY Email LIMIT 2"),
                context, std::move(done));
        });
    QVERIFY(users.ok() && users->records.size() == 2);
    QList<qint64> actionsUsers;
    for (const QJsonObject& user : users->records) {
        // Actions keeps emails as the user typed them: the link ignores case.
        Result<QSqlQuery> inserted
            = m_store->exec(QStringLiteral("INSERT INTO users (email, role, status, created_at, created_by) "
                                           "VALUES (:email, 'user', 'active', :at, 'test') RETURNING id"),
                { { QStringLiteral("email"), user.value(QStringLiteral("Email")).toString().toUpper() },
                    { QStringLiteral("at"), toStoredTimestamp(QDateTime::currentDateTimeUtc()) } });
        QVERIFY(inserted.ok() && inserted->next());
        actionsUsers.append(inserted->value(0).toLongLong());
    }
    QVERIFY(SettingsRepository(*m_store)
                .set(SettingKey::TaskSync, QStringLiteral("off"), QStringLiteral("test"), actionsUsers.at(0))
                .ok());
    const QString optedOut = createInSalesforce(QStringLiteral("Owned by the user who opted out"),
        { { QStringLiteral("OwnerId"), users->records.at(0).value(QStringLiteral("Id")) } });
    const QString kept = createInSalesforce(QStringLiteral("Owned by the other user"),
        { { QStringLiteral("OwnerId"), users->records.at(1).value(QStringLiteral("Id")) } });
    QVERIFY(!optedOut.isEmpty() && !kept.isEmpty());
    enableSync(QDateTime::currentDateTimeUtc());
    const SyncRun run = runSync();
    QCOMPARE(run.state, SyncRunState::Completed);
    QCOMPARE(run.counts.created, 1);
    QCOMPARE(run.counts.skipped, 1);
    QCOMPARE(value(QStringLiteral("SELECT owner_user_id FROM tasks WHERE sfdc_task_id = :id"),
                 { { QStringLiteral("id"), kept } })
                 .toLongLong(),
        actionsUsers.at(1));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE sfdc_task_id = :id"),
                 { { QStringLiteral("id"), optedOut } })
                 .toLongLong(),
        0);
}

QTEST_GUILESS_MAIN(TestTaskSync)
#include "testtasksync.moc"
