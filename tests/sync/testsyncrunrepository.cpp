// The sync's runs, checkpoints and errors on both backends: a run belongs to the process that runs it and
// says so by its heartbeat; a run whose process is gone (stale heartbeat) is interrupted and may be taken
// over, one whose process is alive may not; counts and checkpoints commit with the caller's transaction;
// the errors page and export as CSV that a spreadsheet cannot mistake for formulas.
#include "common/timestamps.h"
#include "storetesthelpers.h"
#include "sync/syncrunrepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

using namespace sia;
using namespace sia::test;

class TestSyncRunRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void beginOwnsTheRunWithAHeartbeat();
    void progressCommitsWithTheCallersTransaction();
    void progressIsRefusedOnceAnotherProcessTookOver();
    void aLateBatchDoesNotMakeAPausedRunRunningAgain();
    void resumeTakesOverARunWhoseProcessIsGone();
    void resumeRefusesARunAnotherLiveProcessRuns();
    void resumeTakesOverAtOnceWhenTheOwnerOnThisMachineEnded();
    void resumeTakesBackAPausedRun();
    void resumeRefusesAFinishedRun_data();
    void resumeRefusesAFinishedRun();
    void unfinishedMarksAStaleRunInterrupted();
    void unfinishedLeavesALiveRunRunning();
    void unfinishedIsNoneOnceTheLastRunFinished();
    void finishKeepsAPausedRunResumable();
    void finishRecordsTheEndAndTheMessage();
    void finishLeavesATakenOverRunAlone();
    void historyIsNewestFirstAndFiltersByKind();
    void peopleSyncEverStartedCountsOnlyPeopleRuns();
    void checkpointRoundTripsAndIsReplaced();
    void checkpointCommitsWithTheCallersTransaction();
    void errorsPageOldestFirstAndCountByOutcome();
    void exportNeutralisesFormulasAndQuotes_data();
    void exportNeutralisesFormulasAndQuotes();
    void exportWritesEveryErrorOfTheRun();

private:
    qint64 beginRun(SyncKind kind = SyncKind::PeopleInitial);
    // Stands for another process: the run is owned by it, with a heartbeat that many seconds old.
    void ownBySomeoneElse(qint64 runId, int heartbeatAgeSeconds);
    QString stateInStore(qint64 runId);
    static QString thisProcess();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestSyncRunRepository::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
}

void TestSyncRunRepository::cleanup()
{
    m_store.reset();
    m_database.reset();
}

QString TestSyncRunRepository::thisProcess()
{
    return QSysInfo::machineHostName() + QLatin1Char(':')
        + QString::number(QCoreApplication::applicationPid());
}

qint64 TestSyncRunRepository::beginRun(SyncKind kind)
{
    Result<SyncRun> run = SyncRunRepository(*m_store).begin(kind, QStringLiteral("alice@example.com"), 100);
    if (!run) {
        qWarning() << failureText(run);
        return 0;
    }
    return run->id;
}

void TestSyncRunRepository::ownBySomeoneElse(qint64 runId, int heartbeatAgeSeconds)
{
    Result<QSqlQuery> updated = m_store->exec(
        QStringLiteral("UPDATE sync_runs SET owner = :owner, heartbeat_at = :at WHERE id = :id"),
        { { QStringLiteral("owner"), QStringLiteral("elsewhere:4242") },
            { QStringLiteral("at"),
                toStoredTimestamp(QDateTime::currentDateTimeUtc().addSecs(-heartbeatAgeSeconds)) },
            { QStringLiteral("id"), runId } });
    QVERIFY2(updated.ok(), failureText(updated).constData());
}

QString TestSyncRunRepository::stateInStore(qint64 runId)
{
    Result<QSqlQuery> query = m_store->exec(
        QStringLiteral("SELECT state FROM sync_runs WHERE id = :id"), { { QStringLiteral("id"), runId } });
    return query && query->next() ? query->value(0).toString() : QString();
}

void TestSyncRunRepository::beginOwnsTheRunWithAHeartbeat()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    Result<SyncRun> run = SyncRunRepository(*m_store).begin(
        SyncKind::PeopleInitial, QStringLiteral("alice@example.com"), 1234);

    QVERIFY2(run.ok(), failureText(run).constData());
    QVERIFY(run->id > 0);
    QCOMPARE(run->state, SyncRunState::Running);
    QCOMPARE(run->kind, SyncKind::PeopleInitial);
    QCOMPARE(run->startedBy, QStringLiteral("alice@example.com"));
    QCOMPARE(run->owner, thisProcess());
    QVERIFY(run->heartbeatAt >= before);
    QVERIFY(run->startedAt >= before);
    QVERIFY(!run->finishedAt.isValid());
    QCOMPARE(run->counts.total, 1234);
    QCOMPARE(run->counts.processed, 0);
}

void TestSyncRunRepository::progressCommitsWithTheCallersTransaction()
{
    const qint64 id = beginRun();
    SyncRunRepository runs(*m_store);
    SyncCounts counts;
    counts.total = 100;
    counts.processed = 10;
    counts.created = 7;
    counts.skipped = 3;

    Result<void> failed = m_store->transaction([&]() -> Result<void> {
        if (Result<void> saved = runs.saveProgress(id, counts); !saved) {
            return saved;
        }
        return Error::environment(QStringLiteral("test.batch-failed"), QStringLiteral("the batch failed"));
    });
    QVERIFY(!failed.ok());
    QCOMPARE(runs.run(id).value()->counts.processed, 0);

    Result<void> committed = m_store->transaction([&]() { return runs.saveProgress(id, counts); });
    QVERIFY2(committed.ok(), failureText(committed).constData());
    const SyncRun saved = *runs.run(id).value();
    QCOMPARE(saved.counts, counts);
    QCOMPARE(saved.state, SyncRunState::Running);
}

void TestSyncRunRepository::progressIsRefusedOnceAnotherProcessTookOver()
{
    const qint64 id = beginRun();
    ownBySomeoneElse(id, 0);
    SyncCounts counts;
    counts.processed = 5;

    Result<void> saved = SyncRunRepository(*m_store).saveProgress(id, counts);

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("sync.taken-over"));
    QCOMPARE(SyncRunRepository(*m_store).run(id).value()->counts.processed, 0);
}

void TestSyncRunRepository::aLateBatchDoesNotMakeAPausedRunRunningAgain()
{
    const qint64 id = beginRun();
    SyncRunRepository runs(*m_store);
    SyncCounts atPause;
    atPause.processed = 40;
    QVERIFY(runs.finish(id, SyncRunState::Paused, atPause).ok());
    SyncCounts late;
    late.processed = 50;

    Result<void> saved = m_store->transaction([&]() { return runs.saveProgress(id, late); });

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("sync.not-running"));
    const SyncRun after = *runs.run(id).value();
    QCOMPARE(after.state, SyncRunState::Paused);
    QCOMPARE(after.counts.processed, 40);
    // Resuming is the way back into running, and then progress is recorded again.
    QVERIFY(runs.resume(id).ok());
    QVERIFY(runs.saveProgress(id, late).ok());
    QCOMPARE(runs.run(id).value()->counts.processed, 50);
}

void TestSyncRunRepository::resumeTakesOverARunWhoseProcessIsGone()
{
    const qint64 id = beginRun();
    ownBySomeoneElse(id, SyncRunRepository::staleHeartbeatSeconds + 60);

    Result<SyncRun> resumed = SyncRunRepository(*m_store).resume(id);

    QVERIFY2(resumed.ok(), failureText(resumed).constData());
    QCOMPARE(resumed->owner, thisProcess());
    QCOMPARE(resumed->state, SyncRunState::Running);
    QVERIFY(resumed->heartbeatAt.secsTo(QDateTime::currentDateTimeUtc())
        < SyncRunRepository::staleHeartbeatSeconds);
}

void TestSyncRunRepository::resumeRefusesARunAnotherLiveProcessRuns()
{
    const qint64 id = beginRun();
    ownBySomeoneElse(id, 2);

    Result<SyncRun> resumed = SyncRunRepository(*m_store).resume(id);

    QVERIFY(!resumed.ok());
    QCOMPARE(resumed.error().code, QStringLiteral("sync.already-running"));
    QCOMPARE(resumed.error().kind, ErrorKind::RuleViolation);
    QVERIFY2(resumed.error().message.contains(QStringLiteral("elsewhere:4242")),
        qPrintable(resumed.error().message));
    QCOMPARE(SyncRunRepository(*m_store).run(id).value()->owner, QStringLiteral("elsewhere:4242"));
}

void TestSyncRunRepository::resumeTakesOverAtOnceWhenTheOwnerOnThisMachineEnded()
{
    // A process of this machine that has ended, as after a kill: its heartbeat is still fresh.
    QProcess ended;
    ended.start(QStringLiteral("sh"), { QStringLiteral("-c"), QStringLiteral("read line") });
    QVERIFY(ended.waitForStarted());
    const qint64 pid = ended.processId();
    ended.closeWriteChannel();
    QVERIFY(ended.waitForFinished());
    const qint64 id = beginRun();
    Result<QSqlQuery> owned = m_store->exec(
        QStringLiteral("UPDATE sync_runs SET owner = :owner WHERE id = :id"),
        { { QStringLiteral("owner"), QVariant(QSysInfo::machineHostName() + QStringLiteral(":%1").arg(pid)) },
            { QStringLiteral("id"), id } });
    QVERIFY2(owned.ok(), failureText(owned).constData());

    Result<std::optional<SyncRun>> unfinished
        = SyncRunRepository(*m_store).unfinished(SyncKind::PeopleInitial);
    Result<SyncRun> resumed = SyncRunRepository(*m_store).resume(id);

    QCOMPARE(unfinished.value().value().state, SyncRunState::Interrupted);
    QVERIFY2(resumed.ok(), failureText(resumed).constData());
    QCOMPARE(resumed->owner, thisProcess());
}

void TestSyncRunRepository::resumeTakesBackAPausedRun()
{
    const qint64 id = beginRun();
    SyncRunRepository runs(*m_store);
    SyncCounts counts;
    counts.processed = 40;
    QVERIFY(runs.finish(id, SyncRunState::Paused, counts, QStringLiteral("paused by alice")).ok());
    ownBySomeoneElse(id, 1); // a paused run is nobody's, however fresh its last heartbeat

    Result<SyncRun> resumed = runs.resume(id);

    QVERIFY2(resumed.ok(), failureText(resumed).constData());
    QCOMPARE(resumed->state, SyncRunState::Running);
    QCOMPARE(resumed->owner, thisProcess());
    QCOMPARE(resumed->counts.processed, 40);
    QVERIFY(resumed->message.isEmpty());
}

void TestSyncRunRepository::resumeRefusesAFinishedRun_data()
{
    QTest::addColumn<SyncRunState>("state");
    QTest::newRow("completed") << SyncRunState::Completed;
    QTest::newRow("failed") << SyncRunState::Failed;
    QTest::newRow("cancelled") << SyncRunState::Cancelled;
}

void TestSyncRunRepository::resumeRefusesAFinishedRun()
{
    QFETCH(SyncRunState, state);
    const qint64 id = beginRun();
    SyncRunRepository runs(*m_store);
    QVERIFY(runs.finish(id, state, {}).ok());

    Result<SyncRun> resumed = runs.resume(id);

    QVERIFY(!resumed.ok());
    QCOMPARE(resumed.error().code, QStringLiteral("sync.run-finished"));
    QCOMPARE(runs.run(id).value()->state, state);
}

void TestSyncRunRepository::unfinishedMarksAStaleRunInterrupted()
{
    const qint64 id = beginRun();
    ownBySomeoneElse(id, SyncRunRepository::staleHeartbeatSeconds + 1);

    Result<std::optional<SyncRun>> unfinished
        = SyncRunRepository(*m_store).unfinished(SyncKind::PeopleInitial);

    QVERIFY2(unfinished.ok(), failureText(unfinished).constData());
    QVERIFY(unfinished->has_value());
    QCOMPARE((*unfinished)->id, id);
    QCOMPARE((*unfinished)->state, SyncRunState::Interrupted);
    QCOMPARE(stateInStore(id), QStringLiteral("interrupted"));
    // and the interrupted run is resumable
    Result<SyncRun> resumed = SyncRunRepository(*m_store).resume(id);
    QVERIFY2(resumed.ok(), failureText(resumed).constData());
    QCOMPARE(stateInStore(id), QStringLiteral("running"));
}

void TestSyncRunRepository::unfinishedLeavesALiveRunRunning()
{
    const qint64 id = beginRun();
    ownBySomeoneElse(id, 1);

    Result<std::optional<SyncRun>> unfinished
        = SyncRunRepository(*m_store).unfinished(SyncKind::PeopleInitial);

    QVERIFY2(unfinished.ok(), failureText(unfinished).constData());
    QVERIFY(unfinished->has_value());
    QCOMPARE((*unfinished)->state, SyncRunState::Running);
    QCOMPARE(stateInStore(id), QStringLiteral("running"));
}

void TestSyncRunRepository::unfinishedIsNoneOnceTheLastRunFinished()
{
    SyncRunRepository runs(*m_store);
    QVERIFY(!runs.unfinished(SyncKind::PeopleInitial).value().has_value());
    const qint64 paused = beginRun();
    QVERIFY(runs.finish(paused, SyncRunState::Paused, {}).ok());
    QCOMPARE(runs.unfinished(SyncKind::PeopleInitial).value().value().id, paused);
    QVERIFY(!runs.unfinished(SyncKind::PeopleIncremental).value().has_value());

    QVERIFY(runs.finish(paused, SyncRunState::Cancelled, {}).ok());

    QVERIFY(!runs.unfinished(SyncKind::PeopleInitial).value().has_value());
}

void TestSyncRunRepository::finishKeepsAPausedRunResumable()
{
    const qint64 id = beginRun();
    SyncRunRepository runs(*m_store);
    SyncCounts counts;
    counts.total = 100;
    counts.processed = 50;
    counts.updated = 50;

    QVERIFY(runs.finish(id, SyncRunState::Paused, counts).ok());

    const SyncRun run = *runs.run(id).value();
    QCOMPARE(run.state, SyncRunState::Paused);
    QVERIFY(!run.finishedAt.isValid());
    QVERIFY(!run.isFinished());
    QCOMPARE(run.counts, counts);
}

void TestSyncRunRepository::finishRecordsTheEndAndTheMessage()
{
    const qint64 id = beginRun();
    SyncRunRepository runs(*m_store);
    SyncCounts counts;
    counts.total = 3;
    counts.processed = 3;
    counts.failed = 1;

    Result<void> finished
        = runs.finish(id, SyncRunState::Failed, counts, QStringLiteral("The disk is full."));

    QVERIFY2(finished.ok(), failureText(finished).constData());
    const SyncRun run = *runs.run(id).value();
    QCOMPARE(run.state, SyncRunState::Failed);
    QVERIFY(run.finishedAt.isValid());
    QCOMPARE(run.message, QStringLiteral("The disk is full."));
    QCOMPARE(run.counts, counts);
    QVERIFY(!runs.finish(id, SyncRunState::Running, counts).ok());
}

void TestSyncRunRepository::finishLeavesATakenOverRunAlone()
{
    const qint64 id = beginRun();
    ownBySomeoneElse(id, 0);

    Result<void> finished = SyncRunRepository(*m_store).finish(id, SyncRunState::Paused, {});

    QVERIFY(!finished.ok());
    QCOMPARE(finished.error().code, QStringLiteral("sync.taken-over"));
    QCOMPARE(stateInStore(id), QStringLiteral("running"));
}

void TestSyncRunRepository::historyIsNewestFirstAndFiltersByKind()
{
    const qint64 first = beginRun(SyncKind::PeopleInitial);
    const qint64 second = beginRun(SyncKind::PeopleIncremental);
    const qint64 third = beginRun(SyncKind::PeopleIncremental);
    SyncRunRepository runs(*m_store);

    Result<QList<SyncRun>> all = runs.history(10);
    Result<QList<SyncRun>> incremental = runs.history(10, SyncKind::PeopleIncremental);
    Result<QList<SyncRun>> one = runs.history(1);

    QVERIFY2(all.ok(), failureText(all).constData());
    QList<qint64> ids;
    for (const SyncRun& run : *all) {
        ids << run.id;
    }
    QCOMPARE(ids, QList<qint64>({ third, second, first }));
    QCOMPARE(incremental->size(), 2);
    QCOMPARE(incremental->at(0).id, third);
    QCOMPARE(one->size(), 1);
    QCOMPARE(runs.latest(SyncKind::PeopleInitial).value().value().id, first);
    QVERIFY(!runs.latest(SyncKind::Tasks).value().has_value());
}

void TestSyncRunRepository::peopleSyncEverStartedCountsOnlyPeopleRuns()
{
    SyncRunRepository runs(*m_store);
    QCOMPARE(runs.peopleSyncEverStarted().value(), false);
    beginRun(SyncKind::Tasks);
    QCOMPARE(runs.peopleSyncEverStarted().value(), false);
    const qint64 id = beginRun(SyncKind::PeopleInitial);
    QVERIFY(runs.finish(id, SyncRunState::Cancelled, {}).ok());

    QCOMPARE(runs.peopleSyncEverStarted().value(), true); // started is started, however it ended
}

void TestSyncRunRepository::checkpointRoundTripsAndIsReplaced()
{
    const qint64 id = beginRun();
    SyncRunRepository runs(*m_store);
    QVERIFY(!runs.checkpoint(QStringLiteral("people.initial")).value().has_value());
    const QJsonObject first {
        { QStringLiteral("windows"),
            QJsonArray { QJsonObject { { QStringLiteral("appliedOffset"), qint64(1234567890123) } } } },
        { QStringLiteral("text"), QStringLiteral("Zoë ✓") }
    };
    const QJsonObject second { { QStringLiteral("token"), QStringLiteral("abc") } };

    QVERIFY(runs.saveCheckpoint(QStringLiteral("people.initial"), id, first).ok());
    QCOMPARE(runs.checkpoint(QStringLiteral("people.initial")).value().value(), first);
    QVERIFY(runs.saveCheckpoint(QStringLiteral("people.initial"), id, second).ok());
    QCOMPARE(runs.checkpoint(QStringLiteral("people.initial")).value().value(), second);
    QVERIFY(runs.saveCheckpoint(QStringLiteral("people.changes"), id, first).ok());
    QCOMPARE(rowCount(*m_store, QStringLiteral("sync_checkpoints")), 2);

    QVERIFY(runs.clearCheckpoint(QStringLiteral("people.initial")).ok());
    QVERIFY(!runs.checkpoint(QStringLiteral("people.initial")).value().has_value());
    QCOMPARE(runs.checkpoint(QStringLiteral("people.changes")).value().value(), first);
}

void TestSyncRunRepository::checkpointCommitsWithTheCallersTransaction()
{
    const qint64 id = beginRun();
    SyncRunRepository runs(*m_store);
    QVERIFY(runs.saveCheckpoint(QStringLiteral("people.initial"), id, { { QStringLiteral("at"), 1 } }).ok());

    Result<void> failed = m_store->transaction([&]() -> Result<void> {
        if (Result<void> saved
            = runs.saveCheckpoint(QStringLiteral("people.initial"), id, { { QStringLiteral("at"), 2 } });
            !saved) {
            return saved;
        }
        return Error::environment(QStringLiteral("test.batch-failed"), QStringLiteral("the batch failed"));
    });

    QVERIFY(!failed.ok());
    QCOMPARE(
        runs.checkpoint(QStringLiteral("people.initial")).value().value().value(QStringLiteral("at")).toInt(),
        1);
}

void TestSyncRunRepository::errorsPageOldestFirstAndCountByOutcome()
{
    const qint64 id = beginRun();
    const qint64 other = beginRun();
    SyncRunRepository runs(*m_store);
    for (int i = 1; i <= 5; ++i) {
        QVERIFY(runs.recordError(id, QStringLiteral("marketo:%1").arg(i),
                        i % 2 ? SyncErrorOutcome::Skipped : SyncErrorOutcome::Failed,
                        QStringLiteral("people.no-sales-owner"), QStringLiteral("No owner"))
                    .ok());
    }
    QVERIFY(runs.recordError(other, QStringLiteral("marketo:9"), SyncErrorOutcome::Failed,
                    QStringLiteral("x"), QStringLiteral("y"))
                .ok());

    Result<QList<SyncErrorRecord>> first = runs.errors(id, 0, 3);
    QVERIFY2(first.ok(), failureText(first).constData());
    QCOMPARE(first->size(), 3);
    QCOMPARE(first->at(0).recordRef, QStringLiteral("marketo:1"));
    QCOMPARE(first->at(0).outcome, SyncErrorOutcome::Skipped);
    QCOMPARE(first->at(1).outcome, SyncErrorOutcome::Failed);
    QVERIFY(first->at(0).at.isValid());
    Result<QList<SyncErrorRecord>> rest = runs.errors(id, first->constLast().id, 3);
    QCOMPARE(rest->size(), 2);
    QCOMPARE(rest->at(1).recordRef, QStringLiteral("marketo:5"));

    QCOMPARE(runs.errorCount(id).value(), 5);
    QCOMPARE(runs.errorCount(id, SyncErrorOutcome::Skipped).value(), 3);
    QCOMPARE(runs.errorCount(id, SyncErrorOutcome::Failed).value(), 2);
    QCOMPARE(runs.errorCount(other).value(), 1);
}

void TestSyncRunRepository::exportNeutralisesFormulasAndQuotes_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("plain") << QStringLiteral("No owner") << QByteArray("No owner");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")")
                             << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1 555") << QByteArray("'+1 555");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("comma") << QStringLiteral("a, b") << QByteArray("\"a, b\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("not at the start") << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("unicode") << QStringLiteral("Zoë ✓") << QStringLiteral("Zoë ✓").toUtf8();
}

void TestSyncRunRepository::exportNeutralisesFormulasAndQuotes()
{
    QFETCH(QString, message);
    QFETCH(QByteArray, cell);
    const qint64 id = beginRun();
    SyncRunRepository runs(*m_store);
    QVERIFY(runs.recordError(id, QStringLiteral("marketo:7"), SyncErrorOutcome::Failed,
                    QStringLiteral("store.sql"), message)
                .ok());
    QBuffer out;
    out.open(QIODevice::WriteOnly);

    Result<qint64> written = runs.exportErrorsCsv(id, out);

    QVERIFY2(written.ok(), failureText(written).constData());
    QCOMPARE(*written, 1);
    const QByteArray csv = out.data();
    QVERIFY2(csv.startsWith("id,at,record,outcome,code,message\r\n"), csv.constData());
    const QByteArray expectedEnd = QByteArray(",marketo:7,failed,store.sql,") + cell + QByteArray("\r\n");
    QVERIFY2(csv.endsWith(expectedEnd), csv.constData());
}

void TestSyncRunRepository::exportWritesEveryErrorOfTheRun()
{
    const qint64 id = beginRun();
    SyncRunRepository runs(*m_store);
    const int count = 2345; // more than one page of the export
    Result<void> recorded = m_store->transaction([&]() -> Result<void> {
        for (int i = 0; i < count; ++i) {
            if (Result<void> done
                = runs.recordError(id, QStringLiteral("marketo:%1").arg(i), SyncErrorOutcome::Skipped,
                    QStringLiteral("people.no-sales-owner"), QStringLiteral("-no owner"));
                !done) {
                return done;
            }
        }
        return {};
    });
    QVERIFY2(recorded.ok(), failureText(recorded).constData());
    QBuffer out;
    out.open(QIODevice::WriteOnly);

    Result<qint64> written = runs.exportErrorsCsv(id, out);

    QVERIFY2(written.ok(), failureText(written).constData());
    QCOMPARE(*written, count);
    const QList<QByteArray> lines = out.data().split('\n');
    QCOMPARE(lines.size(), count + 2); // the header, the rows, and the empty rest after the last CRLF
    QVERIFY(lines.at(1).contains(",marketo:0,"));
    QVERIFY(lines.at(count).contains(QStringLiteral(",marketo:%1,").arg(count - 1).toUtf8()));
    QVERIFY(lines.at(count).endsWith("'-no owner\r"));
    QVERIFY(!runs.exportErrorsCsv(id + 100, out).ok());
}

QTEST_GUILESS_MAIN(TestSyncRunRepository)
#include "testsyncrunrepository.moc"
