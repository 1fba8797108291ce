// IncrementalPeopleSync against the sandbox, on a LongJobRunner's thread with its own store connection,
// on both backends: after an initial sync (written here straight from the sandbox's data), the sandbox
// creates, edits, re-owns and deletes people, and one incremental run leaves the database equal to the
// sandbox's data (the eligible people with every field, those who lost their Sales Owner kept as no longer
// eligible, the deleted ones tombstoned), having read across empty change pages; a fault stops a run at a
// committed page and the next run goes on from the checkpoint without doubling anything; a quiet run
// changes nothing; the opportunity IDs follow Salesforce's role changes; no run before the initial sync.
#include "connections/apibudgetgate.h"
#include "fixtureclientsource.h"
#include "marketo/marketoapi.h"
#include "marketotestsupport.h"
#include "salesforce/salesforceapi.h"
#include "salesforcetestsupport.h"
#include "sandbox/marketo/marketoenvelope.h"
#include "store/longjobrunner.h"
#include "storetesthelpers.h"
#include "sync/incrementalpeoplesync.h"
#include "sync/peopleretrylist.h"
#include "sync/peoplewriter.h"
#include "sync/salesforceopportunityroles.h"
#include "sync/syncrunrepository.h"

#include <QSqlQuery>

using namespace sia;
using namespace sia::test;
using namespace salesforcetest;

namespace {

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

// A person's row as the comparison reads it: the synced text fields, the owner, eligible, tombstoned.
QString rowText(const QStringList& values)
{
    return values.join(u'|');
}

QStringList expectedRow(const sandbox::Person& p, bool eligible, bool deleted)
{
    return { QString::number(p.id), p.firstName, p.lastName, p.email, p.company, p.title, p.phone,
        p.linkedInProfileUrl, p.leadSource, p.sfdcLeadId, p.sfdcContactId, p.sfdcAccountId, p.sfdcType(),
        p.sfdcLeadOwnerId, p.leadOwnerEmailAddress, eligible ? QStringLiteral("1") : QStringLiteral("0"),
        deleted ? QStringLiteral("deleted") : QString() };
}

} // namespace

class TestIncrementalPeopleSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusedBeforeTheInitialSync();
    void changesArriveAcrossEmptyPages();
    void ownersGainedAndLostAreFollowed();
    void aQuietRunChangesNothing();
    void aFaultStopsAtAPageAndTheNextRunGoesOn();
    void faultsAreRetriedOrStopAtACheckpoint_data();
    void faultsAreRetriedOrStopAtACheckpoint();
    void aCancelStopsAndTheNextRunGoesOn();
    void aKilledRunIsTakenOverAndFinished();
    void aCheckpointWithoutTokensStartsFromTheInitialRun();
    void callsCountAgainstTheSharedBudget();
    void opportunityIdsFollowTheRoleChanges();
    void aRoleWindowTooFarBackReadsEveryRole();
    void peopleChosenToRetryAreLookedUpAgain();

private:
    void startSandbox(bool withSalesforce = false);
    void writeInitialSync();
    Result<JobEnding> runOnce(bool cancelAtOnce = false, std::shared_ptr<ApiBudgetGate> budget = {});
    SyncRun lastRun();
    // Every person the sandbox holds, as the database must hold them now: the eligible (and the formerly
    // eligible, kept as no longer eligible), with their fields; the deleted ones among them tombstoned.
    void compareWithTheSandbox();
    QHash<qint64, QStringList> rows();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ClientFixture> m_salesforce;
    FixtureClientSource m_source;
    std::unique_ptr<SalesforceOpportunityRoles> m_roles;
    QSet<qint64> m_everEligible; // people the database held as eligible at some point
};

void TestIncrementalPeopleSync::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    m_source = FixtureClientSource {};
    m_roles = std::make_unique<SalesforceOpportunityRoles>(m_source);
    m_everEligible.clear();
}

void TestIncrementalPeopleSync::cleanup()
{
    m_roles.reset();
    m_salesforce.reset();
    m_sandbox.reset();
    m_store.reset();
    m_database.reset();
}

void TestIncrementalPeopleSync::startSandbox(bool withSalesforce)
{
    sandbox::SandboxOptions options;
    options.people = 400;
    m_callbacks = callbacksOnFreePorts();
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    if (withSalesforce) {
        m_salesforce = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
        const Result<SalesforceTokens> connected = m_salesforce->connect();
        QVERIFY2(connected.ok(), failureText(connected).constData());
        m_source.client = m_salesforce->client.get();
    }
}

// What an initial sync leaves: every living person of the sandbox through the writer, in a completed run.
void TestIncrementalPeopleSync::writeInitialSync()
{
    SyncRunRepository runs(*m_store);
    Result<SyncRun> run = runs.begin(SyncKind::PeopleInitial, QStringLiteral("sam@acme.example"));
    QVERIFY2(run.ok(), failureText(run).constData());
    QList<PersonRecord> records;
    const sandbox::SandboxDataset& data = m_sandbox->dataset();
    for (qint64 id = data.firstPersonId(); id <= data.lastPersonId(); ++id) {
        if (const std::optional<sandbox::Person> person = data.person(id)) {
            records.append(recordOf(*person));
            if (person->hasSalesOwner()) {
                m_everEligible.insert(id);
            }
        }
    }
    Result<PeopleWriter> writer = PeopleWriter::prepare(*m_store, run->id);
    QVERIFY2(writer.ok(), failureText(writer).constData());
    SyncCounts counts;
    Result<void> written = m_store->transaction([&]() -> Result<void> {
        Result<SyncCounts> applied = writer->apply(records);
        if (!applied) {
            return applied.error();
        }
        counts = *applied;
        return {};
    });
    QVERIFY2(written.ok(), failureText(written).constData());
    QVERIFY(counts.created > 0 && counts.skipped > 0);
    QVERIFY(runs.finish(run->id, SyncRunState::Completed, counts).ok());
}

Result<JobEnding> TestIncrementalPeopleSync::runOnce(bool cancelAtOnce, std::shared_ptr<ApiBudgetGate> budget)
{
    LongJobRunner runner(m_database->options());
    std::optional<Result<JobEnding>> outcome;
    connect(
        &runner, &LongJobRunner::finished, this, [&](const Result<JobEnding>& ended) { outcome = ended; });
    auto job = std::make_unique<IncrementalPeopleSync>(
        sandboxConnection(*m_sandbox), m_roles.get(), QStringLiteral("sam@acme.example"));
    job->setBudgetGate(std::move(budget));
    Result<void> started = runner.start(std::move(job));
    if (!started) {
        return started.error();
    }
    if (cancelAtOnce) {
        runner.cancel();
    }
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 120000)) {
        return Error::internal(QStringLiteral("test.no-answer"), QStringLiteral("the job did not finish"));
    }
    return *outcome;
}

SyncRun TestIncrementalPeopleSync::lastRun()
{
    Result<std::optional<SyncRun>> run = SyncRunRepository(*m_store).latest(SyncKind::PeopleIncremental);
    if (!run || !*run) {
        return {};
    }
    return **run;
}

QHash<qint64, QStringList> TestIncrementalPeopleSync::rows()
{
    QHash<qint64, QStringList> all;
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral(
            "SELECT marketo_id, first_name, last_name, email, company, title, phone, linkedin_url, source,"
            " sfdc_lead_id, sfdc_contact_id, sfdc_account_id, sfdc_type, sales_owner_id, sales_owner_email,"
            " eligible, deleted_at FROM people"))) {
        qWarning() << query.lastError().text();
        return all;
    }
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < 15; ++i) {
            values.append(query.value(i).toString());
        }
        values.append(query.value(15).toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        values.append(query.value(16).isNull() ? QString() : QStringLiteral("deleted"));
        all.insert(query.value(0).toLongLong(), values);
    }
    return all;
}

void TestIncrementalPeopleSync::compareWithTheSandbox()
{
    const QHash<qint64, QStringList> stored = rows();
    const sandbox::SandboxDataset& data = m_sandbox->dataset();
    qint64 expectedRows = 0;
    for (qint64 id = data.firstPersonId(); id <= data.lastPersonId(); ++id) {
        const std::optional<sandbox::Person> person = data.person(id);
        if (data.isDeleted(id)) {
            if (m_everEligible.contains(id)) {
                ++expectedRows;
                QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("deleted %1 missing").arg(id)));
                QCOMPARE(stored.value(id).last(), QStringLiteral("deleted"));
            }
            continue;
        }
        QVERIFY(person);
        if (person->hasSalesOwner()) {
            m_everEligible.insert(id);
        }
        if (!m_everEligible.contains(id)) {
            QVERIFY2(!stored.contains(id), qPrintable(QStringLiteral("never eligible %1 stored").arg(id)));
            continue;
        }
        ++expectedRows;
        QCOMPARE(rowText(stored.value(id)), rowText(expectedRow(*person, person->hasSalesOwner(), false)));
    }
    QCOMPARE(qint64(stored.size()), expectedRows);
}

void TestIncrementalPeopleSync::refusedBeforeTheInitialSync()
{
    startSandbox();
    const Result<JobEnding> ended = runOnce();
    QVERIFY(!ended.ok());
    QCOMPARE(ended.error().code, QStringLiteral("sync.initial-not-done"));
    QCOMPARE(lastRun().id, 0); // no run was begun
}

void TestIncrementalPeopleSync::changesArriveAcrossEmptyPages()
{
    startSandbox();
    writeInitialSync();
    MarketoClient client(sandboxConnection(*m_sandbox));
    const Result<QString> start = await<QString>([&](auto done) {
        MarketoApi(client).pagingToken(QDateTime::currentDateTimeUtc().addSecs(-1), this, done);
    });
    QVERIFY(start.ok());

    sandbox::SandboxDataset& data = m_sandbox->dataset();
    data.mutatePeople(8);
    sandbox::NewPeopleSpec owned;
    owned.count = 4;
    owned.ownership = sandbox::NewPersonOwnership::Owned;
    const QList<qint64> created = data.addPeople(owned);
    sandbox::NewPeopleSpec unowned;
    unowned.count = 3;
    unowned.ownership = sandbox::NewPersonOwnership::Unowned;
    data.addPeople(unowned);
    data.mutatePeople(8);
    data.reownPeople(3);
    const QList<qint64> deleted = data.deletePeople(5);

    // The log from there holds empty pages with more to come: the job has to read across them.
    const Result<MarketoPages> raw = await<MarketoPages>(
        [&](auto done) { MarketoApi(client).leadChanges(*start, { QStringLiteral("title") }, this, done); },
        60000);
    QVERIFY(raw.ok());
    QVERIFY2(raw->emptyPagesWithMore > 0, "the sandbox's log served no empty page: the test proves nothing");

    const Result<JobEnding> ended = runOnce();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    QVERIFY(*ended == JobEnding::Completed);
    compareWithTheSandbox();
    const SyncRun run = lastRun();
    QCOMPARE(run.state, SyncRunState::Completed);
    QCOMPARE(run.kind, SyncKind::PeopleIncremental);
    QVERIFY(run.counts.created >= qint64(created.size())); // and whoever a re-owning gave an owner
    qint64 deletedEligible = 0;
    for (const qint64 id : deleted) {
        deletedEligible += m_everEligible.contains(id) ? 1 : 0;
    }
    QCOMPARE(run.counts.deleted, deletedEligible);
    QVERIFY(run.counts.updated > 0);
    QVERIFY(run.message.contains(QStringLiteral("Salesforce is not connected")));
}

void TestIncrementalPeopleSync::ownersGainedAndLostAreFollowed()
{
    startSandbox();
    writeInitialSync();
    sandbox::SandboxDataset& data = m_sandbox->dataset();
    const QList<qint64> lost = data.reownPeople(4, sandbox::SandboxDataset::OwnerChange::ToQueue);
    QList<qint64> moved = data.reownPeople(6, sandbox::SandboxDataset::OwnerChange::ToUser);
    QCOMPARE(lost.size(), 4);
    QCOMPARE(moved.size(), 6);
    qint64 gained = 0;
    for (const qint64 id : moved) {
        gained += m_everEligible.contains(id) ? 0 : 1;
    }
    // At least one queue's lead that gains an owner (who is drawn is the seed's business).
    for (int draw = 0; draw < 500 && gained == 0; ++draw) {
        const QList<qint64> one = data.reownPeople(1, sandbox::SandboxDataset::OwnerChange::ToUser);
        if (!one.isEmpty() && !moved.contains(one.first()) && !lost.contains(one.first())) {
            moved += one;
            gained += m_everEligible.contains(one.first()) ? 0 : 1;
        }
    }
    QVERIFY(gained > 0);
    const QHash<qint64, QStringList> before = rows();

    const Result<JobEnding> ended = runOnce();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    compareWithTheSandbox();
    const QHash<qint64, QStringList> after = rows();
    for (const qint64 id : lost) {
        // Kept, no longer eligible, without an owner: their tasks and activities keep their person.
        QVERIFY(before.contains(id));
        QCOMPARE(after.value(id).at(15), QStringLiteral("0"));
        QCOMPARE(after.value(id).at(13), QString());
    }
    for (const qint64 id : moved) {
        QCOMPARE(after.value(id).at(15), QStringLiteral("1"));
        QCOMPARE(after.value(id).at(13), data.person(id)->sfdcLeadOwnerId);
    }
    const SyncRun run = lastRun();
    QCOMPARE(run.counts.created, gained); // who gained a Sales Owner came in
    QCOMPARE(run.counts.updated, qint64(lost.size() + moved.size()) - gained);
}

void TestIncrementalPeopleSync::aQuietRunChangesNothing()
{
    startSandbox();
    writeInitialSync();
    m_sandbox->dataset().mutatePeople(4);
    QVERIFY(runOnce().ok());
    const QHash<qint64, QStringList> before = rows();
    const Result<JobEnding> again = runOnce();
    QVERIFY2(again.ok(), failureText(again).constData());
    const SyncRun run = lastRun();
    QCOMPARE(run.state, SyncRunState::Completed);
    QCOMPARE(run.counts.processed, 0);
    QCOMPARE(run.counts.created + run.counts.updated + run.counts.deleted, 0);
    QCOMPARE(rows(), before);
}

void TestIncrementalPeopleSync::aFaultStopsAtAPageAndTheNextRunGoesOn()
{
    startSandbox();
    writeInitialSync();
    sandbox::SandboxDataset& data = m_sandbox->dataset();
    // Changes spread over many pages, then the third page of lead changes fails for good.
    for (int i = 0; i < 3; ++i) {
        data.mutatePeople(3);
        sandbox::NewPeopleSpec owned;
        owned.count = 2;
        owned.ownership = sandbox::NewPersonOwnership::Owned;
        data.addPeople(owned);
    }
    data.deletePeople(3);
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.leadChanges=610@3+")).ok());
    const Result<JobEnding> failed = runOnce();
    QVERIFY(!failed.ok());
    const SyncRun stopped = lastRun();
    QCOMPARE(stopped.state, SyncRunState::Failed);
    QVERIFY(!stopped.message.isEmpty());
    Result<std::optional<QJsonObject>> checkpoint
        = SyncRunRepository(*m_store).checkpoint(QString::fromLatin1(IncrementalPeopleSync::stream));
    QVERIFY(checkpoint.ok() && checkpoint->has_value());
    QVERIFY(stopped.counts.processed > 0); // two pages were committed before the fault

    m_sandbox->faults().clear();
    const Result<JobEnding> resumed = runOnce();
    QVERIFY2(resumed.ok(), failureText(resumed).constData());
    compareWithTheSandbox();
    const SyncRun second = lastRun();
    QVERIFY(second.id != stopped.id);
    // Nothing applied twice: the six new people were created once over both runs.
    QCOMPARE(stopped.counts.created + second.counts.created, 6);
}

void TestIncrementalPeopleSync::faultsAreRetriedOrStopAtACheckpoint_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<bool>("retried"); // else the run stops with the message and the next one completes
    // (606 waits out Marketo's 20-second window: the client's own tests cover it, and time it.)
    QTest::newRow("temporarily unavailable")
        << QStringLiteral("marketo.leadChanges=608@2,marketo.leads=713@1,marketo.deletedLeads=604@1") << true;
    QTest::newRow("5xx and reset") << QStringLiteral(
        "marketo.leadChanges=http503@1,marketo.deletedLeads=reset@1")
                                   << true;
    QTest::newRow("expired token") << QStringLiteral("marketo.leads=602@1,marketo.deletedLeads=601@2")
                                   << true;
    // Not a whole Marketo answer (malformed, cut short): the client reports it rather than retry.
    QTest::newRow("malformed JSON") << QStringLiteral("marketo.leadChanges=malformed@3") << false;
    QTest::newRow("truncated answer") << QStringLiteral("marketo.leads=truncate@1") << false;
}

void TestIncrementalPeopleSync::faultsAreRetriedOrStopAtACheckpoint()
{
    QFETCH(QString, faults);
    QFETCH(bool, retried);
    startSandbox();
    writeInitialSync();
    m_sandbox->dataset().mutatePeople(6);
    m_sandbox->dataset().reownPeople(2);
    m_sandbox->dataset().deletePeople(2);
    QVERIFY(m_sandbox->configureFaults(faults).ok());
    const Result<JobEnding> ended = runOnce();
    QVERIFY(m_sandbox->faults().firedCount() > 0);
    if (retried) {
        QVERIFY2(ended.ok(), failureText(ended).constData());
    } else {
        QVERIFY(!ended.ok());
        QCOMPARE(lastRun().state, SyncRunState::Failed);
        QCOMPARE(lastRun().message, ended.error().message);
        m_sandbox->faults().clear();
        const Result<JobEnding> next = runOnce();
        QVERIFY2(next.ok(), failureText(next).constData());
    }
    compareWithTheSandbox();
    QCOMPARE(lastRun().state, SyncRunState::Completed);
}

void TestIncrementalPeopleSync::aCancelStopsAndTheNextRunGoesOn()
{
    startSandbox();
    writeInitialSync();
    m_sandbox->dataset().mutatePeople(6);
    m_sandbox->dataset().deletePeople(2);
    const Result<JobEnding> cancelled = runOnce(true);
    QVERIFY2(cancelled.ok(), failureText(cancelled).constData());
    QVERIFY(*cancelled == JobEnding::Cancelled);
    const SyncRun stopped = lastRun();
    QCOMPARE(stopped.state, SyncRunState::Cancelled);
    QVERIFY(stopped.finishedAt.isValid());

    const Result<JobEnding> next = runOnce();
    QVERIFY2(next.ok(), failureText(next).constData());
    QVERIFY(*next == JobEnding::Completed);
    compareWithTheSandbox();
    QVERIFY(lastRun().id != stopped.id);
}

void TestIncrementalPeopleSync::aKilledRunIsTakenOverAndFinished()
{
    startSandbox();
    writeInitialSync();
    // A process that died while it ran: its run says running, with a heartbeat long gone.
    SyncRunRepository runs(*m_store);
    Result<SyncRun> dead = runs.begin(SyncKind::PeopleIncremental, QStringLiteral("sam@acme.example"));
    QVERIFY2(dead.ok(), failureText(dead).constData());
    SyncCounts earlier;
    earlier.processed = 7;
    earlier.updated = 7;
    QVERIFY(runs.saveProgress(dead->id, earlier).ok());
    const QString stale = m_database->runDirectly(
        { QStringLiteral("UPDATE sync_runs SET heartbeat_at = '2020-01-01T00:00:00.000Z',"
                         " owner = 'gone-host:1' WHERE id = %1")
                .arg(dead->id) });
    QVERIFY2(stale.isEmpty(), qPrintable(stale));
    m_sandbox->dataset().mutatePeople(5);

    const Result<JobEnding> ended = runOnce();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    compareWithTheSandbox();
    const SyncRun run = lastRun();
    QCOMPARE(run.id, dead->id); // the same run, finished by this process, its counts carried on
    QCOMPARE(run.state, SyncRunState::Completed);
    QVERIFY(run.counts.processed > earlier.processed);
}

void TestIncrementalPeopleSync::aCheckpointWithoutTokensStartsFromTheInitialRun()
{
    startSandbox();
    writeInitialSync();
    m_sandbox->dataset().mutatePeople(5);
    SyncRunRepository runs(*m_store);
    Result<std::optional<SyncRun>> initial = runs.latest(SyncKind::PeopleInitial);
    QVERIFY(initial.ok() && initial->has_value());
    QVERIFY(runs.saveCheckpoint(QString::fromLatin1(IncrementalPeopleSync::stream), (*initial)->id,
                    QJsonObject { { QStringLiteral("changesToken"), QString() } })
                .ok());
    const Result<JobEnding> ended = runOnce();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    compareWithTheSandbox();
    QVERIFY(lastRun().counts.updated > 0);
}

void TestIncrementalPeopleSync::callsCountAgainstTheSharedBudget()
{
    startSandbox();
    writeInitialSync();
    m_sandbox->dataset().mutatePeople(5);
    // A gate whose cap is already used up: the run stops before it changes anyone, and says why.
    // (The client tells it the connection's daily quota, 50,000: 1 % is 500 calls, all made already.)
    auto spent = std::make_shared<ApiBudgetGate>(ConnectionService::Marketo);
    spent->setDailyLimit(sandboxConnection(*m_sandbox).limits.dailyCalls);
    spent->setCapPercent(1);
    while (spent->admit().ok()) { }
    const QHash<qint64, QStringList> before = rows();
    const Result<JobEnding> refused = runOnce(false, spent);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().code.startsWith(QStringLiteral("budget.")), qPrintable(refused.error().code));
    QCOMPARE(lastRun().state, SyncRunState::Failed);
    QCOMPARE(rows(), before);

    auto shared = std::make_shared<ApiBudgetGate>(ConnectionService::Marketo);
    const Result<JobEnding> ended = runOnce(false, shared);
    QVERIFY2(ended.ok(), failureText(ended).constData());
    compareWithTheSandbox();
    QVERIFY(shared->report().usedByUs > 0); // every call of the job went through the instance's gate
}

void TestIncrementalPeopleSync::opportunityIdsFollowTheRoleChanges()
{
    startSandbox(true);
    writeInitialSync();
    QVERIFY(runOnce().ok()); // the first run sets the positions
    // As if the last role window had started three weeks ago, with no opportunity known yet: the roles
    // Salesforce changed since then come in.
    SyncRunRepository runs(*m_store);
    Result<std::optional<QJsonObject>> saved
        = runs.checkpoint(QString::fromLatin1(IncrementalPeopleSync::stream));
    QVERIFY(saved.ok() && saved->has_value());
    IncrementalPosition position = IncrementalPosition::fromJson(**saved);
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-21);
    position.rolesSince = since;
    QVERIFY(runs.saveCheckpoint(
                    QString::fromLatin1(IncrementalPeopleSync::stream), lastRun().id, position.toJson())
                .ok());
    QVERIFY(m_store
                ->transaction([&]() -> Result<void> {
                    QSqlQuery clear(m_store->database());
                    clear.exec(QStringLiteral("UPDATE people SET sfdc_opportunity_id = NULL"));
                    return {};
                })
                .ok());

    const Result<JobEnding> ended = runOnce();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    SalesforceApi api(*m_salesforce->client);
    Result<std::optional<QJsonObject>> after
        = runs.checkpoint(QString::fromLatin1(IncrementalPeopleSync::stream));
    QVERIFY(after.ok() && after->has_value());
    const QDateTime covered = IncrementalPosition::fromJson(**after).rolesSince;
    QVERIFY(covered > since);
    const Result<SalesforceUpdated> updated = await<SalesforceUpdated>([&](auto done) {
        api.updated(QStringLiteral("OpportunityContactRole"), since, covered, this, done);
    });
    QVERIFY(updated.ok());
    QVERIFY(!updated->ids.isEmpty());
    QHash<QString, QString> expected; // contact → opportunity, of the changed roles
    for (const QString& id : updated->ids) {
        const std::optional<sandbox::OpportunityContactRole> role
            = m_sandbox->dataset().opportunityContactRole(id);
        QVERIFY(role);
        expected.insert(role->contactId, role->opportunityId);
    }
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT sfdc_contact_id, sfdc_opportunity_id FROM people WHERE sfdc_opportunity_id IS NOT NULL")));
    QHash<QString, QString> stored;
    while (query.next()) {
        stored.insert(query.value(0).toString(), query.value(1).toString());
    }
    // Only the contacts in the store (the eligible ones) carry it.
    QHash<QString, QString> expectedStored;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QSqlQuery has(m_store->database());
        has.prepare(QStringLiteral("SELECT 1 FROM people WHERE sfdc_contact_id = :c"));
        has.bindValue(QStringLiteral(":c"), it.key());
        if (has.exec() && has.next()) {
            expectedStored.insert(it.key(), it.value());
        }
    }
    QVERIFY(!expectedStored.isEmpty());
    QCOMPARE(stored, expectedStored);
    QVERIFY(lastRun().message.contains(QString::number(expectedStored.size())));
}

void TestIncrementalPeopleSync::aRoleWindowTooFarBackReadsEveryRole()
{
    startSandbox(true);
    writeInitialSync();
    QVERIFY(runOnce().ok());
    // The last role window began 45 days ago (the sync was off for weeks): Salesforce refuses a window
    // that far back, so every primary role is read instead, and nobody else keeps an opportunity.
    SyncRunRepository runs(*m_store);
    Result<std::optional<QJsonObject>> saved
        = runs.checkpoint(QString::fromLatin1(IncrementalPeopleSync::stream));
    QVERIFY(saved.ok() && saved->has_value());
    IncrementalPosition position = IncrementalPosition::fromJson(**saved);
    position.rolesSince = QDateTime::currentDateTimeUtc().addDays(-45);
    QVERIFY(runs.saveCheckpoint(
                    QString::fromLatin1(IncrementalPeopleSync::stream), lastRun().id, position.toJson())
                .ok());
    const QString stale = m_database->runDirectly(
        { QStringLiteral("UPDATE people SET sfdc_opportunity_id = '006000000000000AAA'") });
    QVERIFY2(stale.isEmpty(), qPrintable(stale));

    const Result<JobEnding> ended = runOnce();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    QHash<QString, QString> expected; // the org's primary roles, from the sandbox's data
    qint64 after = 0;
    while (const std::optional<sandbox::OpportunityContactRole> role
        = m_sandbox->dataset().nextOpportunityContactRole(after)) {
        after = role->number;
        expected.insert(role->contactId, role->opportunityId);
    }
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(QStringLiteral("SELECT sfdc_contact_id, sfdc_opportunity_id FROM people")));
    int withRole = 0;
    while (query.next()) {
        const QString contact = query.value(0).toString();
        QCOMPARE(query.value(1).toString(), expected.value(contact));
        withRole += expected.contains(contact) ? 1 : 0;
    }
    QVERIFY(withRole > 0);
    Result<std::optional<QJsonObject>> moved
        = runs.checkpoint(QString::fromLatin1(IncrementalPeopleSync::stream));
    QVERIFY(IncrementalPosition::fromJson(**moved).rolesSince > QDateTime::currentDateTimeUtc().addDays(-1));
}

void TestIncrementalPeopleSync::peopleChosenToRetryAreLookedUpAgain()
{
    startSandbox();
    writeInitialSync();
    QVERIFY(runOnce().ok());
    // Two people whose last write went wrong here (one lost, one stale) while Marketo reports no change
    // for them, and one id Marketo does not know: the admin chose all three to retry on Sync health.
    const sandbox::SandboxDataset& data = m_sandbox->dataset();
    QList<qint64> owned;
    for (qint64 id = data.firstPersonId(); id <= data.lastPersonId() && owned.size() < 2; ++id) {
        const std::optional<sandbox::Person> person = data.person(id);
        if (person && person->hasSalesOwner()) {
            owned.append(id);
        }
    }
    QCOMPARE(owned.size(), 2);
    const QString damaged = m_database->runDirectly({
        QStringLiteral("DELETE FROM people WHERE marketo_id = %1").arg(owned[0]),
        QStringLiteral("UPDATE people SET first_name = 'Stale', content_hash = 'stale' WHERE marketo_id = %1")
            .arg(owned[1]),
    });
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    PeopleRetryList list(*m_store);
    const Result<qint64> added = list.add({ owned[0], owned[1], data.lastPersonId() + 1000 });
    QVERIFY2(added.ok(), failureText(added).constData());
    QCOMPARE(*added, 3);
    QCOMPARE(*list.add({ owned[1] }), 0); // already on it

    const Result<JobEnding> ended = runOnce();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    const SyncRun run = lastRun();
    QCOMPARE(run.state, SyncRunState::Completed);
    QCOMPARE(run.counts.processed, 2);
    QCOMPARE(run.counts.created, 1);
    QCOMPARE(run.counts.updated, 1);
    compareWithTheSandbox();
    QVERIFY(list.ids()->isEmpty()); // the unknown id left it too

    QVERIFY(runOnce().ok());
    QCOMPARE(lastRun().counts.processed, 0);
}

QTEST_MAIN(TestIncrementalPeopleSync)
#include "testincrementalpeoplesync.moc"
