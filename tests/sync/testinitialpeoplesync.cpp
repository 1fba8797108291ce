// The initial people sync end to end, on both backends, against the in-process sandbox: the store ends
// with exactly the sandbox's eligible people (every field equal, none twice, nobody else) and the run's
// counts match; a second run changes nothing; pause and resume, cancel, a locked database (stops at a
// checkpoint, resume completes it); and the dry run writes nothing while its counts and report equal the
// real run's and the sandbox's figures.
#include "marketotestsupport.h"
#include "sandbox/dataset/sandboxdataset.h"
#include "sandboxclient.h"
#include "store/longjobrunner.h"
#include "storetesthelpers.h"
#include "sync/dryrunjob.h"
#include "sync/initialpeoplesync.h"
#include "sync/syncrunrepository.h"
#include "syncsandboxcompare.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sia;
using namespace sia::test;
using namespace sia::sandbox;

class TestInitialPeopleSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void syncEqualsTheSandboxAndCountsAreExact();
    void secondRunChangesNothing();
    void pauseThenResumeCompletesExactly();
    void cancelEndsTheRunAndItsJobs();
    void lockedDatabaseStopsAtACheckpoint();
    void refusedFileWriteStopsAtACheckpoint();
    void dryRunWritesNothingAndEqualsTheRealRun();

private:
    InitialSyncOptions options() const;
    // Runs job to its end; answers the outcome. onProgress sees every progress report.
    Result<JobEnding> runJob(
        std::unique_ptr<LongJob> job, std::function<void(const SyncProgress&)> onProgress = {});
    std::optional<SyncRun> lastRun() const;
    qint64 peopleRows() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<LongJobRunner> m_runner;
    std::shared_ptr<SyncStopRequest> m_stop;
};

void TestInitialPeopleSync::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened).value();
    SandboxOptions sandbox;
    sandbox.people = 2500;
    sandbox.marketoExportBaseSeconds = 0;
    sandbox.marketoExportSecondsPer1000 = 0;
    sandbox.limits.marketoCallsPerWindow = 2000; // a whole subscription's windows at once (both sides)
    m_sandbox = startSandbox(sandbox);
    QVERIFY(m_sandbox);
    m_sandbox->dataset().deletePeople(20);
    m_files = std::make_unique<QTemporaryDir>();
    m_runner = std::make_unique<LongJobRunner>(m_database->options());
    m_stop = std::make_shared<SyncStopRequest>();
}

void TestInitialPeopleSync::cleanup()
{
    m_runner.reset();
    m_store.reset();
    m_sandbox.reset();
    m_database.reset();
    m_files.reset();
}

InitialSyncOptions TestInitialPeopleSync::options() const
{
    InitialSyncOptions options;
    options.filesDirectory = m_files->filePath(QStringLiteral("sync"));
    options.actor = QStringLiteral("admin@example.com");
    options.batchSize = 300; // several batches a window, so pauses land mid-file
    options.exports.firstPoll = std::chrono::milliseconds(100);
    options.exports.retryWait = std::chrono::milliseconds(200);
    options.stop = m_stop;
    return options;
}

Result<JobEnding> TestInitialPeopleSync::runJob(
    std::unique_ptr<LongJob> job, std::function<void(const SyncProgress&)> onProgress)
{
    std::optional<Result<JobEnding>> outcome;
    QObject context;
    m_runner->setProgressInterval(std::chrono::milliseconds(0));
    connect(m_runner.get(), &LongJobRunner::progress, &context, [&](const JobProgress& progress) {
        if (onProgress) {
            onProgress(SyncProgress::fromJson(progress.detail));
        }
    });
    connect(m_runner.get(), &LongJobRunner::finished, &context,
        [&](const Result<JobEnding>& ended) { outcome = ended; });
    if (Result<void> started = m_runner->start(std::move(job)); !started) {
        return started.error();
    }
    QElapsedTimer clock;
    clock.start();
    while (!outcome && clock.elapsed() < 120000) {
        QTest::qWait(20);
    }
    if (!outcome) {
        return Error::internal(QStringLiteral("test.timeout"), QStringLiteral("the sync never ended"));
    }
    return *outcome;
}

std::optional<SyncRun> TestInitialPeopleSync::lastRun() const
{
    Result<std::optional<SyncRun>> run = SyncRunRepository(*m_store).latest(SyncKind::PeopleInitial);
    return run ? *run : std::nullopt;
}

qint64 TestInitialPeopleSync::peopleRows() const
{
    Result<QSqlQuery> counted = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM people"));
    return counted && counted->next() ? counted->value(0).toLongLong() : -1;
}

namespace {

std::unique_ptr<LongJob> initialJob(Sandbox& sandbox, InitialSyncOptions options)
{
    MarketoConnection connection = sandboxConnection(sandbox);
    connection.limits.callsPerWindow = 2000;
    return std::make_unique<InitialPeopleSync>(connection, nullptr, std::move(options));
}

} // namespace

void TestInitialPeopleSync::syncEqualsTheSandboxAndCountsAreExact()
{
    QList<SyncProgress> seen;
    const Result<JobEnding> ended = runJob(
        initialJob(*m_sandbox, options()), [&](const SyncProgress& progress) { seen.append(progress); });
    QVERIFY2(ended.ok(), failureText(ended).constData());
    QCOMPARE(*ended, JobEnding::Completed);
    QCOMPARE(compareWithSandbox(*m_store, m_sandbox->dataset().people()), QString());
    const std::optional<SyncRun> run = lastRun();
    QVERIFY(run);
    QCOMPARE(run->state, SyncRunState::Completed);
    const qint64 eligible = m_sandbox->dataset().eligiblePeopleCount();
    const qint64 living = m_sandbox->dataset().livingPeopleCount();
    QCOMPARE(run->counts.created, eligible);
    QCOMPARE(run->counts.skipped, living - eligible); // the ineligible, each with its reason
    QCOMPARE(run->counts.processed, living);
    QCOMPARE(run->counts.total, living);
    QCOMPARE(run->counts.failed, 0);
    QCOMPARE(peopleRows(), eligible);
    Result<qint64> reasons = SyncRunRepository(*m_store).errorCount(run->id, SyncErrorOutcome::Skipped);
    QVERIFY(reasons);
    QCOMPARE(*reasons, living - eligible);
    // The checkpoint is gone and so are the files.
    Result<std::optional<QJsonObject>> checkpoint
        = SyncRunRepository(*m_store).checkpoint(QString::fromLatin1(InitialPeopleSync::stream));
    QVERIFY(checkpoint && !checkpoint->has_value());
    QCOMPARE(QDir(options().filesDirectory).entryList(QDir::Files).size(), 0);
    // The page was told the phases and the run's id.
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.constLast().runId, run->id);
    QVERIFY(std::any_of(
        seen.cbegin(), seen.cend(), [](const SyncProgress& p) { return p.phase == SyncPhase::Applying; }));
    QCOMPARE(seen.constLast().counts.processed, living);
}

void TestInitialPeopleSync::secondRunChangesNothing()
{
    Result<JobEnding> first = runJob(initialJob(*m_sandbox, options()));
    QVERIFY2(first.ok(), failureText(first).constData());
    Result<JobEnding> second = runJob(initialJob(*m_sandbox, options()));
    QVERIFY2(second.ok(), failureText(second).constData());
    const std::optional<SyncRun> run = lastRun();
    QVERIFY(run);
    QCOMPARE(run->counts.created, 0);
    QCOMPARE(run->counts.updated, 0);
    QCOMPARE(run->counts.unchanged, m_sandbox->dataset().eligiblePeopleCount());
    QCOMPARE(compareWithSandbox(*m_store, m_sandbox->dataset().people()), QString());
}

void TestInitialPeopleSync::pauseThenResumeCompletesExactly()
{
    bool asked = false;
    const Result<JobEnding> paused
        = runJob(initialJob(*m_sandbox, options()), [&](const SyncProgress& progress) {
              if (!asked && progress.phase == SyncPhase::Applying && progress.counts.processed >= 600) {
                  asked = true;
                  m_stop->cancel = false;
                  m_runner->cancel();
              }
          });
    QVERIFY2(paused.ok(), failureText(paused).constData());
    QCOMPARE(*paused, JobEnding::Cancelled);
    std::optional<SyncRun> run = lastRun();
    QVERIFY(run);
    QCOMPARE(run->state, SyncRunState::Paused);
    const qint64 committed = run->counts.processed;
    QVERIFY(committed > 0 && committed < m_sandbox->dataset().livingPeopleCount());
    // What was committed is exactly what the counts say.
    QCOMPARE(peopleRows(), run->counts.created);

    const Result<JobEnding> resumed = runJob(initialJob(*m_sandbox, options()));
    QVERIFY2(resumed.ok(), failureText(resumed).constData());
    QCOMPARE(*resumed, JobEnding::Completed);
    const std::optional<SyncRun> after = lastRun();
    QCOMPARE(after->id, run->id); // the same run, resumed
    QCOMPARE(after->state, SyncRunState::Completed);
    QCOMPARE(after->counts.created, m_sandbox->dataset().eligiblePeopleCount());
    QCOMPARE(after->counts.processed, m_sandbox->dataset().livingPeopleCount());
    QCOMPARE(compareWithSandbox(*m_store, m_sandbox->dataset().people()), QString());
}

void TestInitialPeopleSync::cancelEndsTheRunAndItsJobs()
{
    bool asked = false;
    const Result<JobEnding> cancelled
        = runJob(initialJob(*m_sandbox, options()), [&](const SyncProgress& progress) {
              if (!asked && progress.phase == SyncPhase::Applying) {
                  asked = true;
                  m_stop->cancel = true;
                  m_runner->cancel();
              }
          });
    QVERIFY2(cancelled.ok(), failureText(cancelled).constData());
    QCOMPARE(*cancelled, JobEnding::Cancelled);
    const std::optional<SyncRun> run = lastRun();
    QCOMPARE(run->state, SyncRunState::Cancelled);
    QCOMPARE(peopleRows(), run->counts.created);
    Result<std::optional<SyncRun>> open = SyncRunRepository(*m_store).unfinished(SyncKind::PeopleInitial);
    QVERIFY(open && !open->has_value());
}

void TestInitialPeopleSync::lockedDatabaseStopsAtACheckpoint()
{
    // Another writer holds the database while the sync wants to commit a batch.
    bool locked = false;
    const Result<JobEnding> stopped
        = runJob(initialJob(*m_sandbox, options()), [&](const SyncProgress& progress) {
              if (!locked && progress.phase == SyncPhase::Applying && progress.counts.processed >= 300) {
                  locked = true;
                  const Result<void> held = m_store->transaction([&]() -> Result<void> {
                      Result<QSqlQuery> touched
                          = m_store->exec(QStringLiteral("UPDATE people SET title = title WHERE 1 = 0"));
                      QTest::qWait(m_database->options().busyTimeoutMs + 1500);
                      return touched ? Result<void>() : Result<void>(touched.error());
                  });
                  QVERIFY(held.ok());
              }
          });
    QVERIFY(locked);
    QVERIFY(!stopped.ok());
    QVERIFY2(!stopped.error().message.isEmpty(), "the stop says nothing");
    std::optional<SyncRun> run = lastRun();
    // Seen once under four tests at a time on two cores (PostgreSQL): the run still "running" after the
    // stop. The stop's own words say which statement met the lock.
    QVERIFY2(run->state == SyncRunState::Paused,
        qPrintable(QStringLiteral("the run's state is %1 after the stop [%2] %3")
                       .arg(int(run->state))
                       .arg(stopped.error().code, stopped.error().message)));
    QVERIFY(!run->message.isEmpty());
    QCOMPARE(peopleRows(), run->counts.created);
    const Result<JobEnding> resumed = runJob(initialJob(*m_sandbox, options()));
    QVERIFY2(resumed.ok(), failureText(resumed).constData());
    QCOMPARE(compareWithSandbox(*m_store, m_sandbox->dataset().people()), QString());
    QCOMPARE(lastRun()->counts.created, m_sandbox->dataset().eligiblePeopleCount());
}

void TestInitialPeopleSync::refusedFileWriteStopsAtACheckpoint()
{
    // The files' folder stops taking writes mid-run (here: a plain file takes its place, which even root
    // cannot write into; a full disk refuses the same write).
    const QString folder = options().filesDirectory;
    const QString aside = folder + QStringLiteral(".aside");
    bool refused = false;
    const Result<JobEnding> stopped
        = runJob(initialJob(*m_sandbox, options()), [&](const SyncProgress& progress) {
              if (!refused && progress.phase == SyncPhase::Applying && progress.counts.processed >= 300) {
                  refused = true;
                  QVERIFY(QDir().rename(folder, aside));
                  QFile blocker(folder);
                  QVERIFY(blocker.open(QIODevice::WriteOnly));
              }
          });
    QVERIFY(refused);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, QStringLiteral("sync.disk"));
    QVERIFY(stopped.error().message.contains(QStringLiteral("resume")));
    const std::optional<SyncRun> run = lastRun();
    QCOMPARE(run->state, SyncRunState::Paused);
    QCOMPARE(run->message, stopped.error().message);
    QCOMPARE(peopleRows(), run->counts.created);
    // Space again: resume completes it exactly.
    QVERIFY(QFile::remove(folder));
    QVERIFY(QDir().rename(aside, folder));
    const Result<JobEnding> resumed = runJob(initialJob(*m_sandbox, options()));
    QVERIFY2(resumed.ok(), failureText(resumed).constData());
    QCOMPARE(lastRun()->id, run->id);
    QCOMPARE(lastRun()->counts.created, m_sandbox->dataset().eligiblePeopleCount());
    QCOMPARE(compareWithSandbox(*m_store, m_sandbox->dataset().people()), QString());
}

void TestInitialPeopleSync::dryRunWritesNothingAndEqualsTheRealRun()
{
    auto report = std::make_shared<EligibilityReport>();
    MarketoConnection connection = sandboxConnection(*m_sandbox);
    connection.limits.callsPerWindow = 2000;
    const Result<JobEnding> dry = runJob(std::make_unique<DryRunJob>(connection, nullptr, options(), report));
    QVERIFY2(dry.ok(), failureText(dry).constData());
    QCOMPARE(peopleRows(), 0);
    QVERIFY(!lastRun()); // a dry run is not a run
    QVERIFY(report->finishedAt.isValid());

    const Result<JobEnding> real = runJob(initialJob(*m_sandbox, options()));
    QVERIFY2(real.ok(), failureText(real).constData());
    const SyncCounts counts = lastRun()->counts;
    QCOMPARE(report->wouldDo.created, counts.created);
    QCOMPARE(report->wouldDo.updated, counts.updated);
    QCOMPARE(report->wouldDo.unchanged, counts.unchanged);
    QCOMPARE(report->wouldDo.skipped, counts.skipped);
    QCOMPARE(report->wouldDo.created, m_sandbox->dataset().eligiblePeopleCount());
    // The report against what the sandbox generated.
    QCOMPARE(report->scanned, m_sandbox->dataset().livingPeopleCount());
    QCOMPARE(report->eligible, m_sandbox->dataset().eligiblePeopleCount());
    qint64 excluded = 0;
    for (const ReasonCount& reason : std::as_const(report->excluded)) {
        excluded += reason.count;
    }
    QCOMPARE(excluded, report->scanned - report->eligible);
    // Duplicate emails among the eligible, as the sandbox generated them (emails compare case-insensitively).
    QHash<QString, qint64> byEmail;
    const sandbox::PeopleView& people = m_sandbox->dataset().people();
    for (qint64 index = 0; index < people.count(); ++index) {
        const sandbox::Person person = people.personAt(index);
        if (!people.isDeleted(person.id) && person.hasSalesOwner() && !person.email.isEmpty()) {
            ++byEmail[person.email.toLower()];
        }
    }
    qint64 sharedEmails = 0;
    qint64 sharingPeople = 0;
    for (const qint64 count : std::as_const(byEmail)) {
        sharedEmails += count > 1 ? 1 : 0;
        sharingPeople += count > 1 ? count : 0;
    }
    QVERIFY2(sharedEmails > 0, "the sandbox generated no duplicate email: the check proves nothing");
    QCOMPARE(report->duplicateEmails, sharedEmails);
    QCOMPARE(report->peopleWithDuplicateEmail, sharingPeople);
    QVERIFY(!report->duplicateExamples.isEmpty());
    for (const DuplicateEmail& example : std::as_const(report->duplicateExamples)) {
        QCOMPARE(example.count, byEmail.value(example.email.toLower()));
    }
}

QTEST_GUILESS_MAIN(TestInitialPeopleSync)
#include "testinitialpeoplesync.moc"
