// LongJobRunner: a long job runs on its own thread and connection beside the GUI's, stops at its last
// committed batch when cancelled, reports progress a few times a second (always the last report), and
// quitting during it returns promptly with the job stopped at its checkpoint.
#include "store/longjobrunner.h"
#include "store/storebatch.h"
#include "storetesthelpers.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSemaphore>
#include <QTest>

#include <atomic>

using namespace sia;
using namespace sia::test;

namespace {

constexpr int answerTimeoutMs = 20000;

// What a job leaves for the test to check after it ended (the job itself is gone by then).
struct JobTrace
{
    std::atomic<int> committedBatches { 0 };
    std::atomic<int> reports { 0 };
    std::atomic<bool> returned { false };
    std::atomic<bool> sawCancel { false };
    std::atomic<qint64> runMs { 0 };
    std::atomic<QThread*> thread { nullptr };
};

// Inserts rows in batches of one transaction each, recording the number of batches done (its checkpoint)
// in the same transaction, as a sync does.
class CountingJob final : public LongJob
{
public:
    CountingJob(JobTrace& trace, int batches, int batchSize)
        : m_trace(trace)
        , m_batches(batches)
        , m_batchSize(batchSize)
    { }

    // Called inside the transaction of the given batch, after its rows were written.
    std::function<void(int batch)> insideBatch;

    Result<JobEnding> run(Store& store, JobContext& context) override
    {
        QElapsedTimer clock;
        clock.start();
        m_trace.thread = QThread::currentThread();
        Result<JobEnding> ending = work(store, context);
        m_trace.runMs = clock.elapsed();
        m_trace.returned = true;
        return ending;
    }

private:
    Result<JobEnding> work(Store& store, JobContext& context)
    {
        Result<StoreBatch> insert = store.prepareBatch(QStringLiteral("INSERT INTO job_rows (n) VALUES (?)"));
        if (!insert) {
            return insert.error();
        }
        for (int batch = 0; batch < m_batches; ++batch) {
            if (context.isCancelled()) {
                m_trace.sawCancel = true;
                return JobEnding::Cancelled;
            }
            Result<void> committed = store.transaction([&]() -> Result<void> {
                for (int row = 0; row < m_batchSize; ++row) {
                    insert->bind(0, qint64(batch) * m_batchSize + row);
                    if (Result<void> done = insert->exec(); !done) {
                        return done;
                    }
                }
                if (insideBatch) {
                    insideBatch(batch);
                }
                Result<QSqlQuery> checkpoint
                    = store.exec(QStringLiteral("UPDATE job_checkpoint SET batches = :b WHERE id = 1"),
                        { { QStringLiteral("b"), batch + 1 } });
                return checkpoint ? Result<void>() : Result<void>(checkpoint.error());
            });
            if (!committed) {
                return committed.error();
            }
            m_trace.committedBatches = batch + 1;
            ++m_trace.reports;
            context.reportProgress(qint64(batch + 1) * m_batchSize, qint64(m_batches) * m_batchSize,
                QStringLiteral("Saving"), QJsonObject { { QStringLiteral("batch"), batch + 1 } });
        }
        return JobEnding::Completed;
    }

    JobTrace& m_trace;
    int m_batches;
    int m_batchSize;
};

} // namespace

class TestLongJobRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void completedJobWroteEverything();
    void cancelledJobKeepsExactlyItsCommittedBatches();
    void progressIsThrottledAndTheLastIsFinal();
    void quittingDuringLongJobReturnsWithinASecond();
    void runsOnItsOwnThreadAndConnectionBesideTheGui();
    void secondJobWhileOneRunsIsRefused();
    void jobOnDatabaseNotYetMigratedFails();
    void failedBatchKeepsTheBatchesBefore();

private:
    StoreOptions options() const;
    int checkpoint() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_gui; // the GUI's connection, opened (and migrated) first
};

void TestLongJobRunner::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = Store::open(options());
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_gui = std::move(opened).value();
    for (const QString& statement : { QStringLiteral("CREATE TABLE job_rows (n INTEGER PRIMARY KEY)"),
             QStringLiteral("CREATE TABLE job_checkpoint (id INTEGER PRIMARY KEY, batches INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO job_checkpoint (id, batches) VALUES (1, 0)") }) {
        Result<QSqlQuery> done = m_gui->exec(statement);
        QVERIFY2(done.ok(), failureText(done).constData());
    }
}

void TestLongJobRunner::cleanup()
{
    m_gui.reset();
    m_database.reset();
}

StoreOptions TestLongJobRunner::options() const
{
    StoreOptions options = m_database->options();
    options.busyTimeoutMs = 5000;
    return options;
}

int TestLongJobRunner::checkpoint() const
{
    return scalar(*m_gui, QStringLiteral("SELECT batches FROM job_checkpoint WHERE id = 1")).toInt();
}

void TestLongJobRunner::completedJobWroteEverything()
{
    LongJobRunner runner(options());
    JobTrace trace;
    std::optional<Result<JobEnding>> outcome;
    connect(
        &runner, &LongJobRunner::finished, this, [&](const Result<JobEnding>& ended) { outcome = ended; });

    QVERIFY(runner.start(std::make_unique<CountingJob>(trace, 20, 50)).ok());

    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), answerTimeoutMs);
    QVERIFY2(outcome->ok(), failureText(*outcome).constData());
    QCOMPARE(outcome->value(), JobEnding::Completed);
    QVERIFY(!runner.isRunning());
    QCOMPARE(rowCount(*m_gui, QStringLiteral("job_rows")), 1000);
    QCOMPARE(checkpoint(), 20);
}

void TestLongJobRunner::cancelledJobKeepsExactlyItsCommittedBatches()
{
    constexpr int batches = 1000000; // far more than it gets through before the cancel
    constexpr int batchSize = 25;
    LongJobRunner runner(options());
    JobTrace trace;
    std::optional<Result<JobEnding>> outcome;
    connect(
        &runner, &LongJobRunner::finished, this, [&](const Result<JobEnding>& ended) { outcome = ended; });
    connect(&runner, &LongJobRunner::progress, &runner, [&](const JobProgress& reached) {
        if (reached.done >= 3 * batchSize) {
            runner.cancel();
        }
    });

    QVERIFY(runner.start(std::make_unique<CountingJob>(trace, batches, batchSize)).ok());

    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), answerTimeoutMs);
    QVERIFY2(outcome->ok(), failureText(*outcome).constData());
    QCOMPARE(outcome->value(), JobEnding::Cancelled);
    QVERIFY(trace.sawCancel);
    const int committed = trace.committedBatches;
    QVERIFY2(committed >= 3 && committed < batches, QByteArray::number(committed).constData());
    QCOMPARE(checkpoint(), committed);
    QCOMPARE(rowCount(*m_gui, QStringLiteral("job_rows")), committed * batchSize);
    QCOMPARE(
        scalar(*m_gui, QStringLiteral("SELECT MAX(n) FROM job_rows")).toInt(), committed * batchSize - 1);
}

void TestLongJobRunner::progressIsThrottledAndTheLastIsFinal()
{
    constexpr int batches = 2000;
    constexpr std::chrono::milliseconds interval { 100 };
    LongJobRunner runner(options());
    runner.setProgressInterval(interval);
    JobTrace trace;
    QList<JobProgress> received;
    bool finished = false;
    bool progressAfterFinished = false;
    connect(&runner, &LongJobRunner::progress, this, [&](const JobProgress& reached) {
        progressAfterFinished = progressAfterFinished || finished;
        received << reached;
    });
    connect(&runner, &LongJobRunner::finished, this, [&](const Result<JobEnding>&) { finished = true; });

    QVERIFY(runner.start(std::make_unique<CountingJob>(trace, batches, 1)).ok());

    QTRY_VERIFY_WITH_TIMEOUT(finished, answerTimeoutMs);
    QCOMPARE(trace.reports.load(), batches);
    QVERIFY(!progressAfterFinished);
    QVERIFY(!received.isEmpty());
    // One at the start, at most one per interval while it ran, and the final one.
    const qint64 bound = trace.runMs / interval.count() + 2;
    QVERIFY2(received.size() <= bound,
        QStringLiteral("%1 signals in %2 ms")
            .arg(received.size())
            .arg(trace.runMs.load())
            .toUtf8()
            .constData());
    QVERIFY(received.size() < batches);
    // The job's detail travels with its figures, the last one included.
    QCOMPARE(received.constLast(),
        (JobProgress { batches, batches, QStringLiteral("Saving"),
            QJsonObject { { QStringLiteral("batch"), batches } } }));
    for (qsizetype at = 1; at < received.size(); ++at) {
        QVERIFY(received.at(at).done > received.at(at - 1).done);
    }
}

void TestLongJobRunner::quittingDuringLongJobReturnsWithinASecond()
{
    constexpr int batchSize = 25;
    JobTrace trace;
    bool delivered = false;
    qint64 quitMs = 0;
    {
        auto runner = std::make_unique<LongJobRunner>(options());
        bool running = false;
        connect(runner.get(), &LongJobRunner::progress, this, [&](const JobProgress&) { running = true; });
        connect(runner.get(), &LongJobRunner::finished, this,
            [&](const Result<JobEnding>&) { delivered = true; });
        QVERIFY(runner->start(std::make_unique<CountingJob>(trace, 1000000, batchSize)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(running, answerTimeoutMs);

        QElapsedTimer quitting;
        quitting.start();
        runner.reset();
        quitMs = quitting.elapsed();
    }

    // A generous bound for a loaded machine: what matters is that quitting did not wait for the job's
    // remaining work, and that the job itself stopped (it returned before the runner was gone).
    QVERIFY2(quitMs < 1000, QByteArray::number(quitMs).constData());
    QVERIFY(trace.returned);
    QVERIFY(trace.sawCancel);
    QCoreApplication::sendPostedEvents();
    QVERIFY(!delivered);
    const int committed = trace.committedBatches;
    QVERIFY(committed >= 1);
    QCOMPARE(checkpoint(), committed);
    QCOMPARE(rowCount(*m_gui, QStringLiteral("job_rows")), committed * batchSize);
}

// While the job is inside a batch's transaction, the GUI's connection reads the last committed state
// (WAL); between batches it writes.
void TestLongJobRunner::runsOnItsOwnThreadAndConnectionBesideTheGui()
{
    constexpr int batchSize = 10;
    LongJobRunner runner(options());
    JobTrace trace;
    QSemaphore insideThirdBatch;
    QSemaphore guiHasRead;
    auto job = std::make_unique<CountingJob>(trace, 5, batchSize);
    job->insideBatch = [&](int batch) {
        if (batch == 2) {
            insideThirdBatch.release();
            guiHasRead.acquire();
        }
    };
    std::optional<Result<JobEnding>> outcome;
    connect(
        &runner, &LongJobRunner::finished, this, [&](const Result<JobEnding>& ended) { outcome = ended; });

    QVERIFY(runner.start(std::move(job)).ok());
    QVERIFY(insideThirdBatch.tryAcquire(1, answerTimeoutMs));
    const int seenMidBatch = rowCount(*m_gui, QStringLiteral("job_rows"));
    guiHasRead.release();
    Result<void> guiWrite = m_gui->transaction([&]() -> Result<void> {
        Result<QSqlQuery> done
            = m_gui->exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) "
                                         "VALUES ('2026-01-01T00:00:00.000Z', 'gui', 'a')"));
        return done ? Result<void>() : Result<void>(done.error());
    });

    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), answerTimeoutMs);
    QVERIFY2(outcome->ok(), failureText(*outcome).constData());
    QCOMPARE(seenMidBatch, 2 * batchSize);
    QVERIFY2(guiWrite.ok(), failureText(guiWrite).constData());
    QCOMPARE(rowCount(*m_gui, QStringLiteral("job_rows")), 5 * batchSize);
    QCOMPARE(rowCount(*m_gui, QStringLiteral("audit_log")), 1);
    QVERIFY(trace.thread.load() != nullptr);
    QVERIFY(trace.thread.load() != QThread::currentThread());
}

void TestLongJobRunner::secondJobWhileOneRunsIsRefused()
{
    LongJobRunner runner(options());
    JobTrace first;
    JobTrace second;
    bool finished = false;
    connect(&runner, &LongJobRunner::finished, this, [&](const Result<JobEnding>&) { finished = true; });
    QVERIFY(runner.start(std::make_unique<CountingJob>(first, 1000000, 10)).ok());

    Result<void> again = runner.start(std::make_unique<CountingJob>(second, 1, 1));

    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("job.already-running"));
    runner.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(finished, answerTimeoutMs);
    QVERIFY(!second.returned);
    // Once it ended, the runner takes the next job.
    finished = false;
    QVERIFY(runner.start(std::make_unique<CountingJob>(second, 1, 1)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(finished, answerTimeoutMs);
    QVERIFY(second.returned);
}

// The job's connection never migrates: the GUI's store must have opened the database first.
void TestLongJobRunner::jobOnDatabaseNotYetMigratedFails()
{
    TestDatabase olderDatabase;
    QVERIFY2(olderDatabase.isValid(), olderDatabase.problem().constData());
    StoreOptions elsewhere = olderDatabase.options();
    elsewhere.busyTimeoutMs = 5000;
    {
        StoreOptions older = elsewhere;
        older.targetSchemaVersion = 1;
        Result<std::unique_ptr<Store>> opened = Store::open(older);
        QVERIFY2(opened.ok(), failureText(opened).constData());
    }
    LongJobRunner runner(elsewhere);
    JobTrace trace;
    std::optional<Result<JobEnding>> outcome;
    connect(
        &runner, &LongJobRunner::finished, this, [&](const Result<JobEnding>& ended) { outcome = ended; });

    QVERIFY(runner.start(std::make_unique<CountingJob>(trace, 1, 1)).ok());

    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), answerTimeoutMs);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code, QStringLiteral("store.schema-not-current"));
    QVERIFY(!trace.returned);
    StoreOptions check = elsewhere;
    check.targetSchemaVersion = 1;
    Result<std::unique_ptr<Store>> reopened = Store::attach(check);
    QVERIFY2(reopened.ok(), failureText(reopened).constData()); // still at version 1: nothing migrated
}

void TestLongJobRunner::failedBatchKeepsTheBatchesBefore()
{
    constexpr int batchSize = 10;
    LongJobRunner runner(options());
    JobTrace trace;
    // A row the fourth batch will collide with.
    QVERIFY(m_gui->exec(QStringLiteral("INSERT INTO job_rows (n) VALUES (%1)").arg(3 * batchSize + 5)).ok());
    std::optional<Result<JobEnding>> outcome;
    connect(
        &runner, &LongJobRunner::finished, this, [&](const Result<JobEnding>& ended) { outcome = ended; });

    QVERIFY(runner.start(std::make_unique<CountingJob>(trace, 10, batchSize)).ok());

    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), answerTimeoutMs);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code, QStringLiteral("store.sql"));
    QCOMPARE(trace.committedBatches.load(), 3);
    QCOMPARE(checkpoint(), 3);
    QCOMPARE(rowCount(*m_gui, QStringLiteral("job_rows")), 3 * batchSize + 1);
}

QTEST_GUILESS_MAIN(TestLongJobRunner)
#include "testlongjobrunner.moc"
