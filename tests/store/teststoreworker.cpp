// The store worker runs jobs on a thread of its own and hands their results back on the caller's thread,
// in the order they were posted; it drops results nobody can receive, and on shutdown it drops the jobs
// still waiting instead of running them.
#include "store/storeworker.h"
#include "storetesthelpers.h"

#include <QFileInfo>
#include <QSemaphore>
#include <QTest>

#include <atomic>

using namespace sia;
using namespace sia::test;

class TestStoreWorker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensTheStoreOnItsThread();
    void jobsRunOffTheCallingThread();
    void resultsArriveOnTheCallingThread();
    void resultsArriveInPostingOrder();
    void jobPostedBeforeOpenFinishedSeesTheStore();
    void jobAfterFailedOpenGetsTheOpenError();
    void jobWithoutOpenIsRefused();
    void resultForDestroyedReceiverIsDropped();
    void destructorDropsJobsStillWaiting();
    void noResultArrivesAfterTheWorkerIsGone();

private:
    StoreOptions options() const;
    bool openAndWait(StoreWorker& worker);

    std::unique_ptr<TestDatabase> m_database;
};

namespace {

constexpr int answerTimeoutMs = 10000;

Result<void> insertAuditRow(Store& store, int number)
{
    Result<QSqlQuery> inserted = store.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES "
                                                           "('2026-01-01T00:00:00.000Z', 'worker', :n)"),
        { { QStringLiteral("n"), QString::number(number) } });
    return inserted ? Result<void>() : Result<void>(inserted.error());
}

} // namespace

void TestStoreWorker::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
}

void TestStoreWorker::cleanup()
{
    m_database.reset();
}

StoreOptions TestStoreWorker::options() const
{
    return m_database->options();
}

bool TestStoreWorker::openAndWait(StoreWorker& worker)
{
    std::optional<Result<void>> opened;
    worker.open(this, [&opened](Result<void> outcome) { opened = outcome; });
    if (!QTest::qWaitFor([&opened] { return opened.has_value(); }, answerTimeoutMs)) {
        qWarning() << "open did not answer";
        return false;
    }
    if (!opened->ok()) {
        qWarning() << failureText(*opened);
    }
    return opened->ok();
}

void TestStoreWorker::opensTheStoreOnItsThread()
{
    StoreWorker worker(options());
    QVERIFY(openAndWait(worker));

    std::optional<Result<int>> version;
    worker.run<int>([](Store& store) -> Result<int> { return store.schemaVersion(); }, this,
        [&version](Result<int> outcome) { version = outcome; });

    QTRY_VERIFY_WITH_TIMEOUT(version.has_value(), answerTimeoutMs);
    QVERIFY2(version->ok(), failureText(*version).constData());
    QVERIFY(version->value() > 0);
}

void TestStoreWorker::jobsRunOffTheCallingThread()
{
    StoreWorker worker(options());
    QVERIFY(openAndWait(worker));

    std::optional<Result<QThread*>> jobThread;
    worker.run<QThread*>([](Store&) -> Result<QThread*> { return QThread::currentThread(); }, this,
        [&jobThread](Result<QThread*> outcome) { jobThread = outcome; });

    QTRY_VERIFY_WITH_TIMEOUT(jobThread.has_value(), answerTimeoutMs);
    QVERIFY2(jobThread->ok(), failureText(*jobThread).constData());
    QVERIFY(jobThread->value() != QThread::currentThread());
}

void TestStoreWorker::resultsArriveOnTheCallingThread()
{
    StoreWorker worker(options());
    QVERIFY(openAndWait(worker));

    QThread* deliveredOn = nullptr;
    worker.run<int>([](Store&) -> Result<int> { return 1; }, this,
        [&deliveredOn](Result<int>) { deliveredOn = QThread::currentThread(); });

    QTRY_VERIFY_WITH_TIMEOUT(deliveredOn != nullptr, answerTimeoutMs);
    QCOMPARE(deliveredOn, QThread::currentThread());
}

void TestStoreWorker::resultsArriveInPostingOrder()
{
    StoreWorker worker(options());
    QVERIFY(openAndWait(worker));
    constexpr int jobCount = 50;

    QList<int> delivered;
    for (int number = 0; number < jobCount; ++number) {
        worker.run<int>(
            [number](Store& store) -> Result<int> {
                // Uneven work, so that a worker that did not keep the order would show it.
                if (number % 7 == 0) {
                    Result<void> inserted = insertAuditRow(store, number);
                    if (!inserted) {
                        return inserted.error();
                    }
                }
                return number;
            },
            this, [&delivered](Result<int> outcome) { delivered << (outcome ? outcome.value() : -1); });
    }

    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), jobCount, answerTimeoutMs);
    QList<int> expected;
    for (int number = 0; number < jobCount; ++number) {
        expected << number;
    }
    QCOMPARE(delivered, expected);
}

void TestStoreWorker::jobPostedBeforeOpenFinishedSeesTheStore()
{
    StoreWorker worker(options());
    std::optional<Result<void>> opened;
    worker.open(this, [&opened](Result<void> outcome) { opened = outcome; });

    std::optional<Result<int>> version;
    worker.run<int>([](Store& store) -> Result<int> { return store.schemaVersion(); }, this,
        [&version](Result<int> outcome) { version = outcome; });

    QTRY_VERIFY_WITH_TIMEOUT(version.has_value(), answerTimeoutMs);
    QVERIFY2(version->ok(), failureText(*version).constData());
    QVERIFY(opened.has_value()); // delivered first, in posting order
}

void TestStoreWorker::jobAfterFailedOpenGetsTheOpenError()
{
    // A folder where the file should be, or a database the server does not have.
    StoreOptions notAFile = options();
    if (m_database->backend() == TestBackend::Sqlite) {
        notAFile.databasePath = QFileInfo(m_database->filePath()).path();
    } else {
        notAFile.databaseUrl = m_database->url() + QStringLiteral("_missing");
    }
    StoreWorker worker(notAFile);
    QVERIFY(!openAndWait(worker));

    bool jobRan = false;
    std::optional<Result<int>> outcome;
    worker.run<int>(
        [&jobRan](Store&) -> Result<int> {
            jobRan = true;
            return 1;
        },
        this, [&outcome](Result<int> result) { outcome = result; });

    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), answerTimeoutMs);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code,
        m_database->backend() == TestBackend::Sqlite ? QStringLiteral("store.not-a-file")
                                                     : QStringLiteral("store.database-missing"));
    QVERIFY(!jobRan);
}

void TestStoreWorker::jobWithoutOpenIsRefused()
{
    StoreWorker worker(options());

    std::optional<Result<int>> outcome;
    worker.run<int>(
        [](Store&) -> Result<int> { return 1; }, this, [&outcome](Result<int> result) { outcome = result; });

    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), answerTimeoutMs);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code, QStringLiteral("store.not-open"));
}

void TestStoreWorker::resultForDestroyedReceiverIsDropped()
{
    StoreWorker worker(options());
    QVERIFY(openAndWait(worker));
    auto* receiver = new QObject;
    QSemaphore jobFinished;
    bool deliveredToGone = false;

    worker.run<int>(
        [&jobFinished](Store&) -> Result<int> {
            jobFinished.release();
            return 1;
        },
        receiver,
        [&deliveredToGone, receiver](Result<int>) {
            deliveredToGone = true;
            receiver->setObjectName(QStringLiteral("touched")); // would be a use after free
        });
    // The job has run and its result is on its way when the receiver goes.
    QVERIFY(jobFinished.tryAcquire(1, answerTimeoutMs));
    delete receiver;

    // A later job's result arrives only after the earlier one's was handled (posting order).
    bool sentinel = false;
    worker.run<int>(
        [](Store&) -> Result<int> { return 2; }, this, [&sentinel](Result<int>) { sentinel = true; });
    QTRY_VERIFY_WITH_TIMEOUT(sentinel, answerTimeoutMs);
    QVERIFY(!deliveredToGone);
}

void TestStoreWorker::destructorDropsJobsStillWaiting()
{
    constexpr int waitingCount = 30;
    QSemaphore blockerStarted;
    std::atomic<int> waitingRan { 0 };
    int callbacks = 0;
    {
        StoreWorker worker(options());
        QVERIFY(openAndWait(worker));
        // A job still running when the worker goes: it stops when asked to, and what it did stays.
        worker.run<int>(
            [&blockerStarted](Store& store) -> Result<int> {
                blockerStarted.release();
                while (!QThread::currentThread()->isInterruptionRequested()) {
                    QThread::msleep(1);
                }
                Result<void> inserted = insertAuditRow(store, -1);
                return inserted ? Result<int>(-1) : Result<int>(inserted.error());
            },
            this, [&callbacks](Result<int>) { ++callbacks; });
        for (int number = 0; number < waitingCount; ++number) {
            worker.run<int>(
                [number, &waitingRan](Store& store) -> Result<int> {
                    ++waitingRan;
                    Result<void> inserted = insertAuditRow(store, number);
                    return inserted ? Result<int>(number) : Result<int>(inserted.error());
                },
                this, [&callbacks](Result<int>) { ++callbacks; });
        }
        QVERIFY(blockerStarted.tryAcquire(1, answerTimeoutMs));
    }

    QCoreApplication::sendPostedEvents();
    QCOMPARE(callbacks, 0);
    QCOMPARE(waitingRan.load(), 0);
    Result<std::unique_ptr<Store>> reopened = m_database->open();
    QVERIFY2(reopened.ok(), failureText(reopened).constData());
    QCOMPARE(rowCount(**reopened, QStringLiteral("audit_log")), 1); // the running job's row only
}

void TestStoreWorker::noResultArrivesAfterTheWorkerIsGone()
{
    int delivered = 0;
    {
        StoreWorker worker(options());
        worker.open(this, [&delivered](Result<void>) { ++delivered; });
        for (int number = 0; number < 10; ++number) {
            worker.run<int>([number](Store&) -> Result<int> { return number; }, this,
                [&delivered](Result<int>) { ++delivered; });
        }
    }

    QCoreApplication::sendPostedEvents();
    QCOMPARE(delivered, 0);
}

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "teststoreworker.moc"
