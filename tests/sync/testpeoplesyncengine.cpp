// PeopleSyncEngine as the window and the command line use it, over the real Marketo connection service
// (a memory keychain) and the in-process sandbox: start runs the initial sync on a long-job thread and
// reports runStarted, throttled progress and runFinished; pause stops at a checkpoint, status says it can
// be resumed, start resumes the same run to the end; a second start while one runs is refused; status,
// history and the errors' CSV read what the run committed; the incremental sync is refused before an
// initial sync completed, then brings a sandbox edit in through syncChanges and on the admin's interval
// (which status reports and a new engine reads back); with Salesforce's roles the initial run fills the
// opportunity IDs; the preview, not wired yet, says so.
#include "fixtureclientsource.h"
#include "marketo/marketoconnectionservice.h"
#include "memorysecretstore.h"
#include "salesforcetestsupport.h"
#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/marketo/marketoenvelope.h"
#include "sandbox/sandbox.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"
#include "sync/incrementalpeoplesync.h"
#include "sync/peoplesyncengine.h"
#include "sync/peoplewriter.h"
#include "sync/salesforceopportunityroles.h"
#include "sync/syncrunrepository.h"
#include "syncsandboxcompare.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sia;
using namespace sia::test;
using namespace salesforcetest;

namespace {

template<typename T> struct Answer
{
    std::optional<Result<T>> value;
    std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> answer) {
            value = std::move(answer);
        };
    }
};

PersonRecord recordOf(const sandbox::Person& p)
{
    PersonRecord r;
    r.marketoId = p.id;
    r.firstName = p.firstName.toUtf8();
    r.lastName = p.lastName.toUtf8();
    r.email = p.email.toUtf8();
    r.company = p.company.toUtf8();
    r.title = p.title.toUtf8();
    r.phone = p.phone.toUtf8();
    r.linkedInUrl = p.linkedInProfileUrl.toUtf8();
    r.source = p.leadSource.toUtf8();
    r.sfdcLeadId = p.sfdcLeadId.toUtf8();
    r.sfdcContactId = p.sfdcContactId.toUtf8();
    r.sfdcAccountId = p.sfdcAccountId.toUtf8();
    r.sfdcType = p.sfdcType().toUtf8();
    r.salesOwnerId = p.sfdcLeadOwnerId.toUtf8();
    r.salesOwnerEmail = p.leadOwnerEmailAddress.toUtf8();
    r.unsubscribed = p.unsubscribed;
    r.createdAt = sandbox::marketo::marketoTime(p.createdAt).toUtf8();
    r.updatedAt = sandbox::marketo::marketoTime(p.updatedAt).toUtf8();
    return r;
}

} // namespace

class TestPeopleSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startPauseResumeThroughTheService();
    void changesBeforeTheInitialSyncAreRefused();
    void changesArriveThroughSyncChanges();
    void theScheduleRunsTheChanges();
    void theInitialRunFillsTheOpportunityIds();
    void thePreviewWithoutSalesforceSaysWhyItHasNoSamples();
    void thePreviewShowsSamplePeopleOnceSalesforceIsConnected();

private:
    // salesforce: connect the org and give the engine its opportunity roles; tick: the schedule's.
    void startSandbox(
        qint64 people, bool salesforce = false, std::optional<std::chrono::milliseconds> tick = {});
    std::unique_ptr<PeopleSyncEngine> makeEngine(std::optional<std::chrono::milliseconds> tick);
    void completeInitialSync();
    void writeInitialSync();
    PeopleSyncStatus currentStatus();
    QList<SyncRun> incrementalRuns();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_control;
    std::unique_ptr<ClientFixture> m_salesforce;
    FixtureClientSource m_source;
    std::unique_ptr<SalesforceOpportunityRoles> m_roles;
    std::unique_ptr<MarketoConnectionService> m_marketo;
    std::unique_ptr<PeopleSyncEngine> m_engine;
    std::optional<std::chrono::milliseconds> m_tick;
    QTemporaryDir m_files;
};

void TestPeopleSyncEngine::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    Answer<void> opened;
    m_worker->open(this, opened.callback());
    QTRY_VERIFY(opened.value.has_value());
    QVERIFY2(opened.value->ok(), failureText(*opened.value).constData());
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_source = FixtureClientSource {};
}

// A sandbox of that many people (an org whose login the test can drive), Marketo connected through the
// real connection service, and the engine over it.
void TestPeopleSyncEngine::startSandbox(
    qint64 people, bool salesforce, std::optional<std::chrono::milliseconds> tick)
{
    sandbox::SandboxOptions options;
    options.people = people;
    options.marketoExportBaseSeconds = 0;
    options.marketoExportSecondsPer1000 = 0;
    m_callbacks = callbacksOnFreePorts();
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_control = std::make_unique<SandboxClient>(*m_sandbox);
    if (salesforce) {
        m_salesforce = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
        const Result<SalesforceTokens> connected = m_salesforce->connect();
        QVERIFY2(connected.ok(), failureText(connected).constData());
        m_source.client = m_salesforce->client.get();
        m_roles = std::make_unique<SalesforceOpportunityRoles>(m_source);
    }
    const QString actor = QStringLiteral("alice@acme.example");
    m_marketo = std::make_unique<MarketoConnectionService>(
        *m_runner, *m_secrets, QStringLiteral("test-instance"), actor);
    const QJsonObject info = m_sandbox->readyInfo().value(QStringLiteral("marketo")).toObject();
    MarketoCredentials credentials;
    credentials.restUrl = QUrl(info.value(QStringLiteral("restUrl")).toString());
    credentials.identityUrl = QUrl(info.value(QStringLiteral("identityUrl")).toString());
    credentials.clientId = info.value(QStringLiteral("clientId")).toString();
    credentials.clientSecret = info.value(QStringLiteral("clientSecret")).toString().toUtf8();
    Answer<MarketoTestOutcome> connected;
    m_marketo->connectTo(credentials, connected.callback());
    QTRY_VERIFY_WITH_TIMEOUT(connected.value.has_value(), 30000);
    QVERIFY2(connected.value->ok() && (*connected.value)->connected, "the sandbox's Marketo did not connect");
    m_tick = tick;
    m_engine = makeEngine(tick);
}

std::unique_ptr<PeopleSyncEngine> TestPeopleSyncEngine::makeEngine(
    std::optional<std::chrono::milliseconds> tick)
{
    PeopleSyncEngineOptions engine;
    engine.actor = QStringLiteral("alice@acme.example");
    engine.filesDirectory = m_files.filePath(QStringLiteral("sync"));
    engine.batchSize = 200;
    engine.exports.firstPoll = std::chrono::milliseconds(100);
    // The plan starts shortly before the sandbox's oldest person (three years before its anchor), so the
    // test makes fewer calls than a blind search would.
    engine.oldestPerson = QDateTime(QDate(2021, 12, 31), QTime(0, 0), Qt::UTC);
    engine.incrementalTick = tick;
    engine.salesforce = m_roles ? &m_source : nullptr; // the preview's sample people, with the org
    return std::make_unique<PeopleSyncEngine>(
        m_database->options(), *m_runner, *m_marketo, m_roles.get(), engine);
}

// An initial run through the engine, to its end.
void TestPeopleSyncEngine::completeInitialSync()
{
    QSignalSpy finished(m_engine.get(), &PeopleSyncService::runFinished);
    QVERIFY(m_engine->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const SyncRun run = finished.at(0).at(0).value<SyncRun>();
    QCOMPARE(run.kind, SyncKind::PeopleInitial);
    QVERIFY2(run.state == SyncRunState::Completed, qPrintable(run.message));
    QCOMPARE(run.counts.created, m_sandbox->dataset().eligiblePeopleCount());
}

// What a completed initial run leaves, written straight through the writer (the bulk export's run through
// the engine is the first test's): the incremental tests then spend their time on the changes. The engine
// is made again afterwards, as a process started later would be, and reads it at construction.
void TestPeopleSyncEngine::writeInitialSync()
{
    Result<std::unique_ptr<Store>> store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    SyncRunRepository runs(**store);
    Result<SyncRun> run = runs.begin(SyncKind::PeopleInitial, QStringLiteral("sam@acme.example"));
    QVERIFY2(run.ok(), failureText(run).constData());
    QList<PersonRecord> records;
    const sandbox::SandboxDataset& data = m_sandbox->dataset();
    for (qint64 id = data.firstPersonId(); id <= data.lastPersonId(); ++id) {
        if (const std::optional<sandbox::Person> person = data.person(id)) {
            records.append(recordOf(*person));
        }
    }
    Result<PeopleWriter> writer = PeopleWriter::prepare(**store, run->id);
    QVERIFY2(writer.ok(), failureText(writer).constData());
    SyncCounts counts;
    Result<void> written = (*store)->transaction([&]() -> Result<void> {
        Result<SyncCounts> applied = writer->apply(records);
        if (!applied) {
            return applied.error();
        }
        counts = *applied;
        return {};
    });
    QVERIFY2(written.ok(), failureText(written).constData());
    QVERIFY(runs.finish(run->id, SyncRunState::Completed, counts).ok());
    store->reset();
    m_engine.reset();
    m_engine = makeEngine(m_tick);
}

PeopleSyncStatus TestPeopleSyncEngine::currentStatus()
{
    Answer<PeopleSyncStatus> status;
    m_engine->status(status.callback());
    if (!QTest::qWaitFor([&] { return status.value.has_value(); }, 10000) || !status.value->ok()) {
        return {};
    }
    return **status.value;
}

QList<SyncRun> TestPeopleSyncEngine::incrementalRuns()
{
    Answer<QList<SyncRun>> history;
    m_engine->history(50, history.callback());
    QList<SyncRun> runs;
    if (QTest::qWaitFor([&] { return history.value.has_value(); }, 10000) && history.value->ok()) {
        for (const SyncRun& run : **history.value) {
            if (run.kind == SyncKind::PeopleIncremental) {
                runs.append(run);
            }
        }
    }
    return runs;
}

void TestPeopleSyncEngine::cleanup()
{
    m_engine.reset();
    m_marketo.reset();
    m_roles.reset();
    m_salesforce.reset();
    m_control.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_worker.reset();
    m_secrets.reset();
    m_database.reset();
}

void TestPeopleSyncEngine::startPauseResumeThroughTheService()
{
    startSandbox(1500);
    QSignalSpy started(m_engine.get(), &PeopleSyncService::runStarted);
    QSignalSpy finished(m_engine.get(), &PeopleSyncService::runFinished);
    QSignalSpy running(m_engine.get(), &PeopleSyncService::runningChanged);
    bool paused = false;
    connect(m_engine.get(), &PeopleSyncService::progressChanged, this, [&](const SyncProgress& progress) {
        if (!paused && progress.phase == SyncPhase::Applying && progress.counts.processed > 0) {
            paused = true;
            m_engine->pause();
        }
    });
    QVERIFY(m_engine->start().ok());
    QVERIFY(m_engine->isRunning());
    const Result<void> twice = m_engine->start();
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, QStringLiteral("sync.already-running"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(paused);
    QCOMPARE(started.size(), 1);
    const SyncRun pausedRun = finished.at(0).at(0).value<SyncRun>();
    QCOMPARE(pausedRun.state, SyncRunState::Paused);
    QCOMPARE(started.at(0).at(0).value<SyncRun>().id, pausedRun.id);
    QVERIFY(!m_engine->isRunning());
    QCOMPARE(running.constLast().at(0).toBool(), false);

    Answer<PeopleSyncStatus> status;
    m_engine->status(status.callback());
    QTRY_VERIFY(status.value.has_value());
    QVERIFY2(status.value->ok(), failureText(*status.value).constData());
    QVERIFY((*status.value)->resumable);
    QCOMPARE((*status.value)->people, pausedRun.counts.created); // what the counts say is what is there

    QVERIFY(m_engine->start().ok()); // resumes the paused run
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    const SyncRun completed = finished.at(1).at(0).value<SyncRun>();
    QCOMPARE(completed.id, pausedRun.id);
    QCOMPARE(completed.state, SyncRunState::Completed);
    QCOMPARE(completed.counts.created, m_sandbox->dataset().eligiblePeopleCount());
    QCOMPARE(completed.counts.processed, m_sandbox->dataset().livingPeopleCount());
    // Opportunity roles are not wired in this build: the run says they wait.
    QVERIFY(!completed.message.isEmpty());

    Answer<QList<SyncRun>> history;
    m_engine->history(10, history.callback());
    QTRY_VERIFY(history.value.has_value());
    QVERIFY(history.value->ok());
    QCOMPARE((*history.value)->size(), 1);

    const QString csv = m_files.filePath(QStringLiteral("errors.csv"));
    Answer<qint64> exported;
    m_engine->exportErrors(completed.id, csv, exported.callback());
    QTRY_VERIFY(exported.value.has_value());
    QVERIFY2(exported.value->ok(), failureText(*exported.value).constData());
    QCOMPARE(**exported.value, completed.counts.skipped); // one row per person left out, with the reason
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(qint64(file.readAll().count('\n')), completed.counts.skipped + 1);

    Result<std::unique_ptr<Store>> store = m_database->open();
    QVERIFY(store);
    QCOMPARE(compareWithSandbox(**store, m_sandbox->dataset().people()), QString());
}

void TestPeopleSyncEngine::changesBeforeTheInitialSyncAreRefused()
{
    startSandbox(200);
    QSignalSpy started(m_engine.get(), &PeopleSyncService::runStarted);
    QSignalSpy finished(m_engine.get(), &PeopleSyncService::runFinished);
    // Asked at once, before the engine has read the store: the job refuses, and runFinished says why.
    QVERIFY(m_engine->syncChanges().ok());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const SyncRun refused = finished.at(0).at(0).value<SyncRun>();
    QCOMPARE(refused.kind, SyncKind::PeopleIncremental);
    QCOMPARE(refused.state, SyncRunState::Failed);
    QCOMPARE(refused.id, 0);
    QCOMPARE(refused.message, IncrementalPeopleSync::initialNotDone().message);
    QCOMPARE(started.size(), 0);
    QVERIFY(!m_engine->isRunning());
    // Now that the engine knows, it refuses at once, with the rule.
    const Result<void> again = m_engine->syncChanges();
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("sync.initial-not-done"));
    QCOMPARE(again.error().kind, ErrorKind::RuleViolation);
    QVERIFY(incrementalRuns().isEmpty()); // no run was begun
    // Nor does the schedule run anything before the initial sync: nothing is due.
    QVERIFY(!currentStatus().nextIncrementalAt.isValid());
}

void TestPeopleSyncEngine::changesArriveThroughSyncChanges()
{
    startSandbox(300);
    writeInitialSync();

    const QJsonObject edited = m_control->control("POST", QStringLiteral("/sandbox/mutate"),
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("people") }, { QStringLiteral("count"), 6 } });
    const QJsonArray ids = edited.value(QStringLiteral("ids")).toArray();
    QCOMPARE(ids.size(), 6);
    qint64 owned = 0;
    for (const QJsonValue& id : ids) {
        const std::optional<sandbox::Person> person = m_sandbox->dataset().person(id.toInteger());
        QVERIFY(person);
        owned += person->hasSalesOwner() ? 1 : 0;
    }
    QVERIFY2(owned > 0, "no edited person has a Sales Owner: the test proves nothing");

    QSignalSpy started(m_engine.get(), &PeopleSyncService::runStarted);
    QSignalSpy finished(m_engine.get(), &PeopleSyncService::runFinished);
    QList<SyncProgress> progress;
    connect(m_engine.get(), &PeopleSyncService::progressChanged, this,
        [&](const SyncProgress& reached) { progress.append(reached); });
    QVERIFY(m_engine->syncChanges().ok());
    QVERIFY(m_engine->isRunning());
    // While a run goes, another waits; so does an initial run.
    const Result<void> busy = m_engine->syncChanges();
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().code, QStringLiteral("sync.already-running"));
    QCOMPARE(m_engine->start().error().code, QStringLiteral("sync.already-running"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(started.size(), 1);
    const SyncRun begun = started.at(0).at(0).value<SyncRun>();
    const SyncRun run = finished.at(0).at(0).value<SyncRun>();
    QCOMPARE(begun.kind, SyncKind::PeopleIncremental);
    QCOMPARE(run.kind, SyncKind::PeopleIncremental);
    QCOMPARE(run.id, begun.id);
    QVERIFY2(run.state == SyncRunState::Completed, qPrintable(run.message));
    // Each edited person once: the owned ones updated, the others left out as before.
    QCOMPARE(run.counts.processed, qint64(ids.size()));
    QCOMPARE(run.counts.updated, owned);
    QCOMPARE(run.counts.skipped, qint64(ids.size()) - owned);
    QCOMPARE(run.counts.created, 0);
    QVERIFY(!progress.isEmpty());
    for (const SyncProgress& reached : std::as_const(progress)) {
        QCOMPARE(reached.kind, SyncKind::PeopleIncremental);
        QCOMPARE(reached.runId, run.id);
        QVERIFY(reached.phase == SyncPhase::Changes || reached.phase == SyncPhase::Opportunities);
    }
    QCOMPARE(progress.constLast().counts, run.counts); // the last report is the run's end
    QVERIFY(progress.constLast().apiCallsUsed > 0);
    QVERIFY(!m_engine->isRunning());

    const PeopleSyncStatus status = currentStatus();
    QVERIFY(status.incremental.has_value());
    QCOMPARE(status.incremental->id, run.id);
    Result<std::unique_ptr<Store>> store = m_database->open();
    QVERIFY(store);
    QCOMPARE(compareWithSandbox(**store, m_sandbox->dataset().people()), QString());
}

void TestPeopleSyncEngine::theScheduleRunsTheChanges()
{
    startSandbox(200, false, std::chrono::milliseconds(300));
    QCOMPARE(currentStatus().incrementalIntervalMinutes, 15); // the setting's default
    QVERIFY(!currentStatus().nextIncrementalAt.isValid()); // no initial sync yet: nothing is due
    Answer<void> onDemandFirst;
    m_engine->setIncrementalInterval(
        0, onDemandFirst.callback()); // so that nothing runs before the test asks
    QTRY_VERIFY(onDemandFirst.value.has_value());
    QVERIFY(onDemandFirst.value->ok());
    writeInitialSync();
    QCOMPARE(currentStatus().incrementalIntervalMinutes, 0); // read back by the new engine
    QVERIFY(!currentStatus().nextIncrementalAt.isValid());
    QTest::qWait(600); // two ticks' time: an interval of 0 runs nothing
    QVERIFY(incrementalRuns().isEmpty());

    // Bad input is refused with the setting's rule, and nothing changes.
    Answer<void> bad;
    m_engine->setIncrementalInterval(-5, bad.callback());
    QTRY_VERIFY(bad.value.has_value());
    QVERIFY(!bad.value->ok());
    QVERIFY(!bad.value->error().message.isEmpty());
    QCOMPARE(currentStatus().incrementalIntervalMinutes, 0);

    QSignalSpy started(m_engine.get(), &PeopleSyncService::runStarted);
    QSignalSpy finished(m_engine.get(), &PeopleSyncService::runFinished);
    const QDateTime setAt = QDateTime::currentDateTimeUtc();
    Answer<void> set;
    m_engine->setIncrementalInterval(1, set.callback());
    QTRY_VERIFY(set.value.has_value());
    QVERIFY2(set.value->ok(), failureText(*set.value).constData());
    const PeopleSyncStatus scheduled = currentStatus();
    QCOMPARE(scheduled.incrementalIntervalMinutes, 1);
    QVERIFY(scheduled.nextIncrementalAt.isValid());
    QVERIFY(scheduled.nextIncrementalAt >= setAt);

    // Nobody asks: the schedule starts the run.
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 60000);
    QVERIFY(started.size() >= 1);
    const SyncRun run = finished.at(0).at(0).value<SyncRun>();
    QCOMPARE(run.kind, SyncKind::PeopleIncremental);
    QVERIFY2(run.state == SyncRunState::Completed, qPrintable(run.message));
    QCOMPARE(run.id, started.at(0).at(0).value<SyncRun>().id);
    QVERIFY(!incrementalRuns().isEmpty());

    // The interval is kept: an engine made now reads it and schedules from it.
    m_engine.reset();
    m_engine = makeEngine(std::chrono::minutes(10));
    QTRY_VERIFY_WITH_TIMEOUT(currentStatus().nextIncrementalAt.isValid(), 10000);
    QCOMPARE(currentStatus().incrementalIntervalMinutes, 1);

    // 0: only on demand; nothing is due any more.
    Answer<void> off;
    m_engine->setIncrementalInterval(0, off.callback());
    QTRY_VERIFY(off.value.has_value());
    QVERIFY(off.value->ok());
    const PeopleSyncStatus onDemand = currentStatus();
    QCOMPARE(onDemand.incrementalIntervalMinutes, 0);
    QVERIFY(!onDemand.nextIncrementalAt.isValid());
}

void TestPeopleSyncEngine::theInitialRunFillsTheOpportunityIds()
{
    startSandbox(200, true);
    completeInitialSync();
    QHash<QString, QString> expected; // the org's primary roles, from the sandbox's data (no API)
    qint64 after = 0;
    while (const std::optional<sandbox::OpportunityContactRole> role
        = m_sandbox->dataset().nextOpportunityContactRole(after)) {
        after = role->number;
        if (role->isPrimary) {
            expected.insert(role->contactId, role->opportunityId);
        }
    }
    Result<std::unique_ptr<Store>> store = m_database->open();
    QVERIFY(store);
    Result<QSqlQuery> rows
        = (*store)->exec(QStringLiteral("SELECT sfdc_contact_id, sfdc_opportunity_id FROM people"));
    QVERIFY(rows);
    int withRole = 0;
    while (rows->next()) {
        const QString contact = rows->value(0).toString();
        QCOMPARE(rows->value(1).toString(), expected.value(contact));
        withRole += expected.contains(contact) ? 1 : 0;
    }
    QVERIFY2(withRole > 0, "no synced contact has a primary role: the test proves nothing");
    QCOMPARE(compareWithSandbox(**store, m_sandbox->dataset().people()), QString());
}

void TestPeopleSyncEngine::thePreviewWithoutSalesforceSaysWhyItHasNoSamples()
{
    // Without the org: the 13 fields with Marketo's names, no samples, and the note that says why.
    startSandbox(200);
    Answer<SyncPreview> alone;
    m_engine->preview(3, alone.callback());
    QTRY_VERIFY(alone.value.has_value());
    QVERIFY2(alone.value->ok(), failureText(*alone.value).constData());
    QCOMPARE((*alone.value)->fields.size(), 13);
    QVERIFY((*alone.value)->sampledMarketoIds.isEmpty());
    QVERIFY((*alone.value)->note.contains(QStringLiteral("Salesforce")));
}

void TestPeopleSyncEngine::thePreviewShowsSamplePeopleOnceSalesforceIsConnected()
{
    // With the org: sample people, the same count of values in every field.
    startSandbox(200, true);
    Answer<SyncPreview> preview;
    m_engine->preview(3, preview.callback());
    QTRY_VERIFY_WITH_TIMEOUT(preview.value.has_value(), 20000);
    QVERIFY2(preview.value->ok(), failureText(*preview.value).constData());
    const SyncPreview& read = **preview.value;
    QCOMPARE(read.fields.size(), 13);
    QVERIFY(!read.sampledMarketoIds.isEmpty());
    for (const SyncPreviewField& field : read.fields) {
        QCOMPARE(field.samples.size(), read.sampledMarketoIds.size());
    }
}

QTEST_GUILESS_MAIN(TestPeopleSyncEngine)
#include "testpeoplesyncengine.moc"
