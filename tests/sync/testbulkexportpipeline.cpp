// The bulk export pipeline against the in-process sandbox (export delays off, or short on the sandbox
// clock): every window's file downloaded, verified and parsed gives exactly the sandbox's living people,
// each once; and under each fault (rate limit, expired token, 5xx, reset, malformed JSON, an HTML page, a
// truncated body, a file that fails its checksum, a job that fails, an expired file, the daily export
// quota, a full queue) it either completes with the same people or stops with a message that says what to
// do. The oldest person is found from the lowest ids and the probes reach back past the estimate.
#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"
#include "marketotestsupport.h"
#include "sandbox/dataset/sandboxdataset.h"
#include "sandboxclient.h"
#include "sync/bulkexportpipeline.h"
#include "sync/exportwindowplan.h"
#include "sync/leadexportparser.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace sia;
using namespace sia::sandbox;

namespace {

const QDateTime sandboxNow(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);

struct Drive
{
    QSet<qint64> ids;
    qint64 rows = 0; // rows applied, duplicates included
    qint64 problems = 0;
    std::optional<Error> failure;
    int changes = 0;
};

} // namespace

class TestBulkExportPipeline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void windowsAreConsecutiveAndRoundTrip();
    void wholeSubscriptionGivesEveryLivingPersonOnce();
    void faultsAreRetriedAndTheRunCompletes_data();
    void faultsAreRetriedAndTheRunCompletes();
    void statusIsPolledUntilTheJobCompletes();
    void failedJobIsMadeAgain();
    void expiredFileGetsANewJob();
    void checksumFailureDownloadsAgain();
    void dailyQuotaStopsWithItsMessage();
    void fullQueueWaitsAndGoesOn();
    void cancelCancelsOurJobs();
    void probesAreExportedFirst();

private:
    void startSandbox(SandboxOptions options);
    BulkExportOptions options() const;
    QList<ExportWindow> fewWindows() const; // three windows of the sandbox's last months
    QSet<qint64> expectedIds(const QList<ExportWindow>& windows) const;
    Drive drive(BulkExportPipeline& pipeline, int timeoutMs = 60000);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<MarketoClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBulkExportPipeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    SandboxOptions sandbox;
    sandbox.people = 3000;
    sandbox.marketoExportBaseSeconds = 0;
    sandbox.marketoExportSecondsPer1000 = 0;
    startSandbox(sandbox);
}

void TestBulkExportPipeline::startSandbox(SandboxOptions sandbox)
{
    m_client.reset();
    m_sandbox.reset();
    // The windows of a whole subscription take a few hundred calls: let the test make them at once (the
    // client keeps the same limit as the sandbox, so neither is more lenient than the other).
    sandbox.limits.marketoCallsPerWindow = 1000;
    m_sandbox = ::startSandbox(sandbox);
    QVERIFY(m_sandbox);
    m_sandbox->clock().set(sandboxNow);
    MarketoConnection connection = sandboxConnection(*m_sandbox);
    connection.limits.callsPerWindow = 1000;
    m_client = std::make_unique<MarketoClient>(connection);
}

void TestBulkExportPipeline::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_dir.reset();
}

BulkExportOptions TestBulkExportPipeline::options() const
{
    BulkExportOptions options;
    options.directory = m_dir->filePath(QStringLiteral("sync"));
    options.fields = PersonFieldResolution(PersonFields::documented()).exportFields();
    options.fields.replace(options.fields.indexOf(QStringLiteral("linkedInProfileUrl")),
        QStringLiteral("linkedInProfileURL")); // the sandbox's spelling
    options.firstPoll = std::chrono::milliseconds(100);
    options.maxPoll = std::chrono::milliseconds(400);
    options.retryWait = std::chrono::milliseconds(200);
    return options;
}

QList<ExportWindow> TestBulkExportPipeline::fewWindows() const
{
    return ExportWindowPlan::windows(sandboxNow.addDays(-150), sandboxNow).mid(0, 3);
}

QSet<qint64> TestBulkExportPipeline::expectedIds(const QList<ExportWindow>& windows) const
{
    QSet<qint64> ids;
    const PeopleView& people = m_sandbox->dataset().people();
    for (qint64 index = 0; index < people.count(); ++index) {
        const qint64 id = people.idOf(index);
        const qint64 at = people.createdAtMs(index);
        for (const ExportWindow& window : windows) {
            if (!people.isDeleted(id) && at >= window.start.toMSecsSinceEpoch()
                && at <= window.end.toMSecsSinceEpoch()) {
                ids.insert(id);
            }
        }
    }
    return ids;
}

Drive TestBulkExportPipeline::drive(BulkExportPipeline& pipeline, int timeoutMs)
{
    Drive drive;
    const PersonFieldResolution fields = [] {
        PersonFieldResolution resolution = PersonFields::documented();
        resolution.restNames.insert(PersonField::LinkedInUrl, QStringLiteral("linkedInProfileURL"));
        return resolution;
    }();
    auto applyReady = [&]() {
        // In window order, as the sync applies them: the owner of the files is the apply cursor.
        while (!pipeline.isFinished() && pipeline.isReady(pipeline.cursor())) {
            const int index = pipeline.cursor();
            auto parser = LeadExportParser::open(pipeline.filePath(index), 0, fields);
            if (!parser) {
                drive.failure = parser.error();
                return;
            }
            for (;;) {
                Result<ExportBatch> batch = (*parser)->next(500);
                if (!batch) {
                    drive.failure = batch.error();
                    return;
                }
                for (const PersonRecord& record : std::as_const(batch->records)) {
                    drive.ids.insert(record.marketoId);
                }
                drive.rows += batch->records.size();
                drive.problems += batch->problems.size();
                pipeline.setAppliedOffset(index, batch->endOffset);
                if (batch->atEnd) {
                    break;
                }
            }
            pipeline.markApplied(index);
        }
    };
    QObject context;
    connect(&pipeline, &BulkExportPipeline::windowReady, &context, applyReady, Qt::QueuedConnection);
    connect(&pipeline, &BulkExportPipeline::changed, &context, [&] { ++drive.changes; });
    connect(
        &pipeline, &BulkExportPipeline::failed, &context, [&](const Error& error) { drive.failure = error; });
    pipeline.start();
    QElapsedTimer clock;
    clock.start();
    while (!pipeline.isFinished() && !drive.failure && clock.elapsed() < timeoutMs) {
        QTest::qWait(20);
    }
    if (!pipeline.isFinished() && !drive.failure) {
        drive.failure
            = Error::internal(QStringLiteral("test.timeout"), QStringLiteral("the pipeline never finished"));
    }
    return drive;
}

void TestBulkExportPipeline::windowsAreConsecutiveAndRoundTrip()
{
    const QDateTime oldest(QDate(2021, 5, 7), QTime(13, 14, 15, 678), Qt::UTC);
    const QDateTime until(QDate(2025, 3, 1), QTime(12, 0, 0, 999), Qt::UTC);
    const QList<ExportWindow> windows = ExportWindowPlan::windows(oldest, until);
    QVERIFY(windows.size() > 40);
    QCOMPARE(windows.constFirst().start, QDateTime(QDate(2021, 5, 7), QTime(13, 14, 15), Qt::UTC));
    QCOMPARE(windows.constLast().end, QDateTime(QDate(2025, 3, 1), QTime(12, 0, 0), Qt::UTC));
    for (qsizetype i = 0; i < windows.size(); ++i) {
        QVERIFY(windows.at(i).start <= windows.at(i).end);
        // Shorter than 31 days: endAt is inclusive.
        QVERIFY(windows.at(i).start.secsTo(windows.at(i).end) <= 31LL * 24 * 3600 - 1);
        if (i > 0) {
            QCOMPARE(windows.at(i - 1).end.addSecs(1), windows.at(i).start); // no gap, no overlap
        }
        QVERIFY(!ExportWindowPlan::filterTime(windows.at(i).start).contains(u'.'));
    }
    const ExportWindow probe = ExportWindowPlan::probeBefore(windows.constFirst().start);
    QCOMPARE(probe.end.addSecs(1), windows.constFirst().start);
    QVERIFY(probe.probe);
    QList<ExportWindow> saved = windows;
    saved[1].state = ExportWindow::State::Downloaded;
    saved[1].exportId = QStringLiteral("abc");
    saved[1].rows = 12;
    saved[1].fileBytes = 3456;
    saved[1].checksum = QStringLiteral("sha256:00");
    saved[1].appliedOffset = 789;
    saved.append(probe);
    QDateTime runStart;
    QCOMPARE(ExportWindowPlan::fromCheckpoint(ExportWindowPlan::checkpoint(saved, until), &runStart), saved);
    QCOMPARE(runStart, windows.constLast().end);
}

void TestBulkExportPipeline::wholeSubscriptionGivesEveryLivingPersonOnce()
{
    // Some people deleted: their rows must not come.
    m_sandbox->dataset().deletePeople(25);
    std::optional<Result<QDateTime>> oldest;
    ExportWindowPlan::findOldest(
        *m_client, this, [&](Result<QDateTime> found) { oldest = std::move(found); });
    QTRY_VERIFY_WITH_TIMEOUT(oldest.has_value(), 30000);
    QVERIFY2(oldest->ok(), qPrintable(oldest->ok() ? QString() : oldest->error().message));
    QVERIFY((*oldest)->isValid());
    QList<ExportWindow> windows = ExportWindowPlan::windows(**oldest, sandboxNow);
    windows.append(ExportWindowPlan::probeBefore(windows.constFirst().start));
    for (const ExportWindow& window : std::as_const(windows)) {
        QVERIFY(window.start.secsTo(window.end) <= ExportWindowPlan::windowSeconds);
    }
    BulkExportPipeline pipeline(*m_client, options(), windows);
    const Drive result = drive(pipeline, 120000);
    QVERIFY2(!result.failure, qPrintable(result.failure ? result.failure->message : QString()));
    QCOMPARE(result.problems, 0);
    QCOMPARE(result.rows, m_sandbox->dataset().livingPeopleCount()); // none twice
    QSet<qint64> living;
    for (qint64 id = m_sandbox->dataset().firstPersonId(); id <= m_sandbox->dataset().lastPersonId(); ++id) {
        if (!m_sandbox->dataset().isDeleted(id)) {
            living.insert(id);
        }
    }
    QCOMPARE(result.ids, living);
    // The estimate from the lowest ids was later than some people: the probes went back for them.
    QVERIFY(pipeline.windows().size() > windows.size());
    QVERIFY(pipeline.peopleInFiles() == result.rows);
    // Every file is deleted once applied.
    QCOMPARE(QDir(options().directory).entryList(QDir::Files).size(), 0);
}

void TestBulkExportPipeline::faultsAreRetriedAndTheRunCompletes_data()
{
    QTest::addColumn<QString>("faults");
    QTest::newRow("rate limit on create") << QStringLiteral("marketo.bulkCreate=606@1-2");
    QTest::newRow("expired token on enqueue") << QStringLiteral("marketo.bulkEnqueue=602@1");
    QTest::newRow("5xx on the file") << QStringLiteral("marketo.bulkFile=http503@1-2");
    QTest::newRow("reset mid file") << QStringLiteral("marketo.bulkFile=reset@1-2");
    QTest::newRow("truncated file") << QStringLiteral("marketo.bulkFile=truncate@1-2");
    QTest::newRow("malformed JSON on create") << QStringLiteral("marketo.bulkCreate=malformed@2");
    QTest::newRow("HTML page on enqueue") << QStringLiteral("marketo.bulkEnqueue=html@1");
    QTest::newRow("transient error") << QStringLiteral("marketo.bulk*=713@~0.2");
}

void TestBulkExportPipeline::faultsAreRetriedAndTheRunCompletes()
{
    QFETCH(QString, faults);
    QVERIFY(m_sandbox->configureFaults(faults).ok());
    const QList<ExportWindow> windows = fewWindows();
    BulkExportPipeline pipeline(*m_client, options(), windows);
    const Drive result = drive(pipeline);
    QVERIFY2(!result.failure, qPrintable(result.failure ? result.failure->message : QString()));
    QVERIFY2(m_sandbox->faults().firedCount() > 0, "the fault never fired: the test proves nothing");
    QCOMPARE(result.ids, expectedIds(windows));
    QCOMPARE(result.rows, qint64(result.ids.size()));
}

void TestBulkExportPipeline::statusIsPolledUntilTheJobCompletes()
{
    SandboxOptions sandbox;
    sandbox.people = 3000;
    sandbox.marketoExportBaseSeconds = 30; // on the sandbox clock, which this test moves
    sandbox.marketoExportSecondsPer1000 = 0;
    sandbox.faults = QStringLiteral("marketo.bulkStatus=601@1,marketo.bulkStatus=http500@3");
    startSandbox(sandbox);
    QTimer advance;
    connect(&advance, &QTimer::timeout, this, [this] { m_sandbox->clock().advance(10'000); });
    advance.start(50);
    const QList<ExportWindow> windows = fewWindows();
    BulkExportPipeline pipeline(*m_client, options(), windows);
    const Drive result = drive(pipeline);
    QVERIFY2(!result.failure, qPrintable(result.failure ? result.failure->message : QString()));
    QCOMPARE(result.ids, expectedIds(windows));
    const QJsonObject counters
        = SandboxClient(m_sandbox->baseUrl()).control("GET", QStringLiteral("/sandbox/counters"));
    QVERIFY(
        counters.value(QStringLiteral("calls")).toObject().value(QStringLiteral("marketo.bulkStatus")).toInt()
        >= 3);
}

void TestBulkExportPipeline::failedJobIsMadeAgain()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.bulkEnqueue=FAILED@1")).ok());
    const QList<ExportWindow> windows = fewWindows();
    BulkExportPipeline pipeline(*m_client, options(), windows);
    const Drive result = drive(pipeline);
    QVERIFY2(!result.failure, qPrintable(result.failure ? result.failure->message : QString()));
    QCOMPARE(result.ids, expectedIds(windows));
    const QJsonObject counters
        = SandboxClient(m_sandbox->baseUrl()).control("GET", QStringLiteral("/sandbox/counters"));
    // One job more than windows: the failed one was made again.
    QCOMPARE(counters.value(QStringLiteral("calls"))
                 .toObject()
                 .value(QStringLiteral("marketo.bulkCreate"))
                 .toInt(),
        int(windows.size()) + 1);
}

void TestBulkExportPipeline::expiredFileGetsANewJob()
{
    // A checkpoint from more than a week ago: the window's job completed, its file is gone at Marketo.
    QList<ExportWindow> windows = fewWindows().mid(0, 1);
    MarketoApi api(*m_client);
    const QJsonObject spec { { QStringLiteral("fields"), QJsonArray { QStringLiteral("id") } },
        { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("createdAt"),
                QJsonObject { { QStringLiteral("startAt"), ExportWindowPlan::filterTime(windows[0].start) },
                    { QStringLiteral("endAt"), ExportWindowPlan::filterTime(windows[0].end) } } } } } };
    Outcomes<QJsonObject> created;
    api.createLeadExport(spec, this, created.callback());
    QTRY_COMPARE(created.size(), 1);
    QVERIFY(created.first().ok());
    windows[0].exportId = created.first()->value(QStringLiteral("exportId")).toString();
    Outcomes<QJsonObject> enqueued;
    api.enqueueLeadExport(windows[0].exportId, this, enqueued.callback());
    QTRY_COMPARE(enqueued.size(), 1);
    QVERIFY(enqueued.first().ok());
    QCOMPARE(enqueued.first()->value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    windows[0].state = ExportWindow::State::Completed;
    windows[0].fileBytes = qint64(enqueued.first()->value(QStringLiteral("fileSize")).toDouble());
    windows[0].checksum = enqueued.first()->value(QStringLiteral("fileChecksum")).toString();
    m_sandbox->clock().advance(8LL * 24 * 3600 * 1000);
    BulkExportPipeline pipeline(*m_client, options(), windows);
    const Drive result = drive(pipeline);
    QVERIFY2(!result.failure, qPrintable(result.failure ? result.failure->message : QString()));
    QVERIFY(
        pipeline.windows().at(0).exportId != created.first()->value(QStringLiteral("exportId")).toString());
    QCOMPARE(result.ids, expectedIds(windows));
}

void TestBulkExportPipeline::checksumFailureDownloadsAgain()
{
    // A first pass leaves the completed job; a .part of the right size but wrong bytes stands on disk.
    QList<ExportWindow> windows = fewWindows().mid(0, 1);
    {
        BulkExportPipeline first(*m_client, options(), windows);
        QObject context;
        connect(&first, &BulkExportPipeline::windowReady, &context, [&] { first.stop(); });
        first.start();
        QTRY_VERIFY_WITH_TIMEOUT(first.isReady(0), 30000);
        windows = first.windows();
        windows[0].state = ExportWindow::State::Completed;
        QFile::remove(first.filePath(0));
    }
    QFile part(QDir(options().directory).filePath(windows[0].exportId + QStringLiteral(".csv.part")));
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(QByteArray(windows[0].fileBytes, 'x'));
    part.close();
    BulkExportPipeline pipeline(*m_client, options(), windows);
    const Drive result = drive(pipeline);
    QVERIFY2(!result.failure, qPrintable(result.failure ? result.failure->message : QString()));
    QCOMPARE(pipeline.windows().at(0).exportId, windows[0].exportId); // the same job: its file again
    QCOMPARE(result.ids, expectedIds(windows));
}

void TestBulkExportPipeline::dailyQuotaStopsWithItsMessage()
{
    SandboxOptions sandbox;
    sandbox.people = 3000;
    sandbox.marketoExportBaseSeconds = 0;
    sandbox.marketoExportSecondsPer1000 = 0;
    sandbox.limits.marketoExportDailyBytes = 1; // the first file uses the day's quota up
    startSandbox(sandbox);
    BulkExportPipeline pipeline(*m_client, options(), fewWindows());
    const Drive result = drive(pipeline);
    QVERIFY(result.failure);
    QCOMPARE(result.failure->code, QStringLiteral("sync.export-quota"));
    QVERIFY(result.failure->message.contains(QStringLiteral("midnight US Central")));
    QVERIFY(!pipeline.isFinished());
}

void TestBulkExportPipeline::fullQueueWaitsAndGoesOn()
{
    // Another integration's jobs fill the queue (10 queued or processing) until they finish.
    SandboxOptions sandbox;
    sandbox.people = 3000;
    sandbox.marketoExportBaseSeconds = 60;
    sandbox.marketoExportSecondsPer1000 = 0;
    startSandbox(sandbox);
    MarketoApi api(*m_client);
    const ExportWindow other = fewWindows().constFirst();
    for (int job = 0; job < 10; ++job) {
        const QJsonObject spec { { QStringLiteral("fields"), QJsonArray { QStringLiteral("id") } },
            { QStringLiteral("filter"),
                QJsonObject { { QStringLiteral("createdAt"),
                    QJsonObject { { QStringLiteral("startAt"), ExportWindowPlan::filterTime(other.start) },
                        { QStringLiteral("endAt"), ExportWindowPlan::filterTime(other.end) } } } } } };
        Outcomes<QJsonObject> created;
        api.createLeadExport(spec, this, created.callback());
        QTRY_COMPARE(created.size(), 1);
        QVERIFY(created.first().ok());
        Outcomes<QJsonObject> enqueued;
        api.enqueueLeadExport(
            created.first()->value(QStringLiteral("exportId")).toString(), this, enqueued.callback());
        QTRY_COMPARE(enqueued.size(), 1);
        QVERIFY(enqueued.first().ok());
    }
    // Their processing ends a few minutes of sandbox time later.
    QTimer advance;
    connect(&advance, &QTimer::timeout, this, [this] { m_sandbox->clock().advance(20'000); });
    advance.start(100);
    const QList<ExportWindow> windows = fewWindows();
    BulkExportPipeline pipeline(*m_client, options(), windows);
    const Drive result = drive(pipeline);
    QVERIFY2(!result.failure, qPrintable(result.failure ? result.failure->message : QString()));
    QCOMPARE(result.ids, expectedIds(windows));
}

void TestBulkExportPipeline::cancelCancelsOurJobs()
{
    SandboxOptions sandbox;
    sandbox.people = 3000;
    sandbox.marketoExportBaseSeconds = 3600; // never completes while the test runs
    startSandbox(sandbox);
    const BulkExportOptions shape = options();
    const QList<ExportWindow> windows = fewWindows();
    BulkExportPipeline pipeline(*m_client, shape, windows);
    pipeline.start();
    // As many of ours enqueued as the pipeline allows at once.
    const qsizetype enqueued = std::min<qsizetype>(windows.size(), shape.maxEnqueued);
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(pipeline.windows().cbegin(), pipeline.windows().cend(),
                                 [](const ExportWindow& w) { return w.state == ExportWindow::State::Queued; })
            == enqueued,
        30000);
    QStringList ours;
    for (const ExportWindow& window : pipeline.windows()) {
        if (!window.exportId.isEmpty()) {
            ours.append(window.exportId);
        }
    }
    bool done = false;
    pipeline.cancelJobs(std::chrono::milliseconds(5000), [&] { done = true; });
    QTRY_VERIFY(done);
    SandboxClient raw(m_sandbox->baseUrl());
    for (const QString& id : std::as_const(ours)) {
        const HttpResult status
            = raw.marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/status.json").arg(id));
        QCOMPARE(status.result().first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("Cancelled"));
    }
}

void TestBulkExportPipeline::probesAreExportedFirst()
{
    // Planned last in the list, a probe left in list order would run at the end, alone in one of
    // Marketo's two slots (and a probe that holds people makes another one after it).
    SandboxOptions sandbox;
    sandbox.people = 3000;
    sandbox.marketoExportBaseSeconds = 3600; // never completes while the test runs
    startSandbox(sandbox);
    QList<ExportWindow> windows = fewWindows();
    windows.append(ExportWindowPlan::probeBefore(windows.constFirst().start));
    BulkExportOptions shape = options();
    shape.windowsAhead = 1; // one job at a time: the first one made is the one the pipeline puts first
    BulkExportPipeline pipeline(*m_client, shape, windows);
    pipeline.start();
    QTRY_VERIFY_WITH_TIMEOUT(pipeline.windows().constLast().state == ExportWindow::State::Queued, 30000);
    for (qsizetype i = 0; i + 1 < pipeline.windows().size(); ++i) {
        QCOMPARE(pipeline.windows().at(i).state, ExportWindow::State::Planned);
    }
    bool done = false;
    pipeline.cancelJobs(std::chrono::milliseconds(5000), [&] { done = true; });
    QTRY_VERIFY(done);
}

QTEST_GUILESS_MAIN(TestBulkExportPipeline)
#include "testbulkexportpipeline.moc"
