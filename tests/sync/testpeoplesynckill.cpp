// The kill test (issue 10): a 100,000-person initial sync in a process of its own
// (sia-test-people-sync) against a sia-sandbox process, SIGKILLed at random moments at least ten times
// (while it plans, exports, downloads and applies), then resumed to the end: the database holds exactly
// the sandbox's eligible people (none missing, none twice, every field equal) and the run's counts are
// exact, as if it had never been interrupted.
#include "common/timestamps.h"
#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxoptions.h"
#include "storetesthelpers.h"
#include "sync/syncrunrepository.h"
#include "syncsandboxcompare.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace sia;
using namespace sia::test;

namespace {

constexpr qint64 people = 100000;
constexpr quint64 seed = 7;
constexpr int kills = 10;

} // namespace

class TestPeopleSyncKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedAtRandomPointsResumesExactly();

private:
    // A killed process's run says "running" until its heartbeat is older than
    // SyncRunRepository::staleHeartbeatSeconds; the test moves the heartbeat back instead of waiting that
    // long after every kill.
    void ageHeartbeat();
    // Starts the sync process; answers it running (its stdin has the connection).
    std::unique_ptr<QProcess> startSync();

    QProcess m_sandbox;
    QJsonObject m_marketo;
    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_files;
};

void TestPeopleSyncKill::initTestCase()
{
    m_sandbox.setProgram(QStringLiteral(SIA_SANDBOX_BINARY));
    m_sandbox.setArguments({ QStringLiteral("--people"), QString::number(people), QStringLiteral("--seed"),
        QString::number(seed), QStringLiteral("--export-seconds"), QStringLiteral("0"),
        QStringLiteral("--export-seconds-per-1000"), QStringLiteral("0"), QStringLiteral("--rate-limit"),
        QStringLiteral("calls=2000/20s") });
    m_sandbox.start();
    QVERIFY(m_sandbox.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 30000);
    m_marketo
        = QJsonDocument::fromJson(m_sandbox.readLine()).object().value(QStringLiteral("marketo")).toObject();
    QVERIFY(!m_marketo.isEmpty());
    m_marketo.insert(QStringLiteral("callsPerWindow"), 2000);
    m_database = std::make_unique<TestDatabase>(TestBackend::Sqlite);
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
}

void TestPeopleSyncKill::cleanupTestCase()
{
    m_sandbox.terminate();
    m_sandbox.waitForFinished(5000);
}

void TestPeopleSyncKill::ageHeartbeat()
{
    Result<std::unique_ptr<Store>> store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    const QDateTime stale
        = QDateTime::currentDateTimeUtc().addSecs(-2 * SyncRunRepository::staleHeartbeatSeconds);
    Result<QSqlQuery> aged
        = (*store)->exec(QStringLiteral("UPDATE sync_runs SET heartbeat_at = :at WHERE state = 'running'"),
            { { QStringLiteral("at"), toStoredTimestamp(stale) } });
    QVERIFY2(aged.ok(), failureText(aged).constData());
}

std::unique_ptr<QProcess> TestPeopleSyncKill::startSync()
{
    auto sync = std::make_unique<QProcess>();
    sync->setProgram(QStringLiteral(SIA_PEOPLE_SYNC_BINARY));
    sync->setArguments({ QStringLiteral("--database"), m_database->filePath(), QStringLiteral("--files"),
        m_files.filePath(QStringLiteral("sync")) });
    sync->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sync->start();
    if (sync->waitForStarted()) {
        sync->write(QJsonDocument(m_marketo).toJson(QJsonDocument::Compact) + '\n');
        sync->closeWriteChannel();
    }
    return sync;
}

void TestPeopleSyncKill::killedAtRandomPointsResumesExactly()
{
    QRandomGenerator random(QRandomGenerator::global()->generate());
    int killedWhileApplying = 0;
    int killed = 0;
    // Where each kill lands. The first two come at a random moment of the start (planning, the export,
    // the download); the others each when the run has processed a random count within its own slice of the
    // people, so that every kill lands before the end however fast the machine is, and most land while
    // rows are being applied. A count only grows across resumes (it commits with the rows).
    for (int round = 0; round < kills; ++round) {
        std::unique_ptr<QProcess> sync = startSync();
        QVERIFY(sync->state() == QProcess::Running);
        const int earlyDelayMs = int(random.bounded(50, 400));
        const qint64 slice = people / (kills + 2);
        const qint64 target = round < 2 ? -1 : slice * round + qint64(random.bounded(int(slice)));
        QElapsedTimer clock;
        clock.start();
        QByteArray lastLine;
        qint64 processed = 0;
        const auto due = [&] {
            return target < 0 ? clock.elapsed() >= earlyDelayMs : processed >= target;
        };
        while (!due() && sync->state() == QProcess::Running && clock.elapsed() < 120000) {
            sync->waitForReadyRead(10);
            while (sync->canReadLine()) {
                lastLine = sync->readLine().trimmed();
                const QList<QByteArray> words = lastLine.split(' ');
                if (words.size() == 3 && words.at(0) == "progress") {
                    processed = words.at(2).toLongLong();
                }
            }
        }
        QVERIFY2(sync->state() == QProcess::Running,
            qPrintable(QStringLiteral("the sync ended before kill %1 (at %2 processed, aiming at %3)")
                           .arg(round + 1)
                           .arg(processed)
                           .arg(target)));
        QVERIFY2(due(), "the sync made no progress for two minutes");
        ::kill(pid_t(sync->processId()), SIGKILL);
        QVERIFY(sync->waitForFinished(10000));
        ++killed;
        ageHeartbeat();
        killedWhileApplying += lastLine.startsWith("progress applying") ? 1 : 0;
    }
    QVERIFY2(killed >= kills,
        qPrintable(QStringLiteral("only %1 kills landed before the sync finished").arg(killed)));
    QVERIFY2(killedWhileApplying > 0, "no kill landed while rows were being applied");

    std::unique_ptr<QProcess> last = startSync();
    QVERIFY(last->waitForFinished(300000));
    QCOMPARE(last->exitCode(), 0);

    Result<std::unique_ptr<Store>> store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    sandbox::SandboxOptions options;
    options.people = people;
    options.seed = seed;
    sandbox::SandboxClock clock;
    sandbox::SandboxDataset dataset(options, clock);
    QCOMPARE(compareWithSandbox(**store, dataset.people()), QString());
    Result<std::optional<SyncRun>> run = SyncRunRepository(**store).latest(SyncKind::PeopleInitial);
    QVERIFY(run && run->has_value());
    QCOMPARE((*run)->state, SyncRunState::Completed);
    // The counts committed with the rows: exact although the run was killed ten times.
    QCOMPARE((*run)->counts.created, dataset.eligiblePeopleCount());
    QCOMPARE((*run)->counts.processed, dataset.livingPeopleCount());
    Result<QList<SyncRun>> runs = SyncRunRepository(**store).history(100, SyncKind::PeopleInitial);
    QVERIFY(runs);
    QCOMPARE(runs->size(), 1); // every restart resumed the one run
}

QTEST_GUILESS_MAIN(TestPeopleSyncKill)
#include "testpeoplesynckill.moc"
