// sia-people-sync-bench: the people sync's end-to-end figures (issue 10), a
// program, not a test. For each size it starts sia-sandbox as a process of its
// own (its bulk export delays off, a call limit high enough that the vendor's
// window is not what is measured), runs the real initial sync
// (InitialPeopleSync on a LongJobRunner, exactly as the engine runs it) in a
// child process of this program against a fresh SQLite file, and prints one
// JSON object: people per second end to end, wall time, the child's peak RSS,
// and the longest stall of the child's GUI thread event loop while step 4's
// live block (SyncLiveFeed, the widget the page shows while a run goes) is on
// screen on the offscreen platform and shows the sync's progress as it arrives
// (a QTimer probe every 5 ms); the CPU time of the sync's process and of the
// sandbox's, so that the time spent waiting shows; then the store's ceiling for
// the same number of rows (sia-store-bench: the raw SQLite upsert rate and the
// store's batch API) and the ratio of the two.
//
// With --throttled the sandbox enforces the vendor's limits and delays instead
// (its defaults: 100 calls per 20 s, two export jobs processing at a time, each
// 30 s plus 1 s per 1,000 records on its clock) and the sync polls as the
// product does. What binds a bulk sync there is the export processing slots,
// not the call rate: the figures are the share of the slots' time that our
// jobs kept busy (from the jobs' startedAt and finishedAt, as Marketo lists
// them), the share of the call limit used, and the projected time of a
// 1,000,000-person initial sync on a subscription that processes exports at
// the sandbox's rate.
//
//   sia-people-sync-bench [--people 10000,100000,1000000] [--batch 5000] [--dir
//   DIR] [--throttled [--jobs FILE]] [--windows-ahead N] [--max-enqueued N]
//
// The child is this program again with --child (so that each size's peak RSS is
// its own).
#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"
#include "sandbox/sandboxoptions.h"
#include "steps/synclivefeed.h"
#include "store/longjobrunner.h"
#include "store/store.h"
#include "sync/initialpeoplesync.h"
#include "sync/syncprogress.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <limits>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace sia;

namespace {

constexpr int callsPerWindow = 2000; // the sandbox's and the client's: far above what a bulk sync needs

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "sia-people-sync-bench: %s\n", qPrintable(what));
    std::exit(1);
}

double peakRssMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double cpuSecondsOfThisProcess()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// User plus system CPU of a running process (Linux: /proc/PID/stat's utime and stime, in clock ticks).
double cpuSecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    // The command's name is in parentheses and may hold spaces: count the fields after its end.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return -1;
    }
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

double rounded(double value)
{
    return qRound(value * 100) / 100.0;
}

// How a run is made: the same for the child and for what the parent starts.
struct RunShape
{
    int batch = 5000;
    bool throttled = false; // the vendor's limits and delays, the product's polling
    int windowsAhead = 0; // 0: the product's
    int maxEnqueued = 0;
    QString jobsFile; // throttled: where the export jobs go, as Marketo listed them (a timeline to read)
};

MarketoConnection connectionFrom(const QJsonObject& marketo, const RunShape& shape)
{
    MarketoConnection connection;
    connection.restUrl = QUrl(marketo.value(QStringLiteral("restUrl")).toString());
    connection.identityUrl = QUrl(marketo.value(QStringLiteral("identityUrl")).toString());
    connection.clientId = marketo.value(QStringLiteral("clientId")).toString();
    connection.clientSecret = marketo.value(QStringLiteral("clientSecret")).toString();
    if (!shape.throttled) {
        connection.limits.callsPerWindow = callsPerWindow;
    }
    return connection;
}

// The child: one sync, its figures as one JSON line on stdout.
int runChild(QApplication& app, const QString& database, const QString& files, const RunShape& shape)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        fail(QStringLiteral("no connection on standard input"));
    }
    const MarketoConnection connection
        = connectionFrom(QJsonDocument::fromJson(in.readLine()).object(), shape);

    StoreOptions options;
    options.databasePath = database;
    Result<std::unique_ptr<Store>> store = Store::open(options);
    if (!store) {
        fail(store.error().message);
    }
    InitialSyncOptions sync;
    sync.filesDirectory = files;
    sync.actor = QStringLiteral("bench");
    sync.batchSize = shape.batch;
    if (!shape.throttled) {
        sync.exports.firstPoll = std::chrono::milliseconds(100); // the sandbox's jobs complete at once
    }
    if (shape.windowsAhead > 0) {
        sync.exports.windowsAhead = shape.windowsAhead;
    }
    if (shape.maxEnqueued > 0) {
        sync.exports.maxEnqueued = shape.maxEnqueued;
    }

    // The event-loop probe: how late a 5 ms timer fires on this (the window's)
    // thread while the sync runs.
    QElapsedTimer probeClock;
    qint64 expected = 0;
    qint64 longestStall = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = probeClock.elapsed();
        longestStall = std::max(longestStall, now - expected);
        expected = now + 5;
    });

    // What the admin watches: step 4's live block, fed the way the page feeds it.
    SyncLiveFeed live;
    live.resize(900, 420);
    live.begin(QStringLiteral("Initial sync"));
    live.show();

    LongJobRunner runner(options);
    SyncProgress last;
    QObject::connect(&runner, &LongJobRunner::progress, &app, [&](const JobProgress& progress) {
        last = SyncProgress::fromJson(progress.detail);
        live.showProgress(last);
    });
    QElapsedTimer wall;
    bool completed = false;
    QString problem;
    QObject::connect(&runner, &LongJobRunner::finished, &app, [&](const Result<JobEnding>& ended) {
        completed = ended && *ended == JobEnding::Completed;
        problem = ended ? QStringLiteral("stopped") : ended.error().message;
        app.quit();
    });
    wall.start();
    probeClock.start();
    expected = 5;
    probe.start();
    if (Result<void> started = runner.start(std::make_unique<InitialPeopleSync>(connection, nullptr, sync));
        !started) {
        fail(started.error().message);
    }
    app.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    if (!completed) {
        fail(problem);
    }
    const qint64 processed = last.counts.processed;
    const QJsonObject result { { QStringLiteral("processed"), double(processed) },
        { QStringLiteral("created"), double(last.counts.created) },
        { QStringLiteral("wall_seconds"), qRound(seconds * 100) / 100.0 },
        { QStringLiteral("people_per_s"), qRound64(double(processed) / seconds) },
        { QStringLiteral("peak_rss_mb"), qRound(peakRssMegabytes() * 10) / 10.0 },
        { QStringLiteral("sync_cpu_seconds"), rounded(cpuSecondsOfThisProcess()) },
        { QStringLiteral("longest_stall_ms"), double(longestStall) } };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

QJsonObject readJsonLine(QProcess& process, int timeoutMs)
{
    if (!process.waitForReadyRead(timeoutMs) && !process.canReadLine()) {
        fail(QStringLiteral("%1 said nothing: %2")
                 .arg(process.program(), QString::fromUtf8(process.readAllStandardError())));
    }
    while (!process.canReadLine() && process.waitForReadyRead(timeoutMs)) { }
    return QJsonDocument::fromJson(process.readLine()).object();
}

// What the sandbox counted: calls per endpoint and its tallies (rate limits answered among them).
QJsonObject sandboxCounters(const QUrl& baseUrl)
{
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(
        network.get(QNetworkRequest(baseUrl.resolved(QUrl(QStringLiteral("/sandbox/counters"))))));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (reply->error() != QNetworkReply::NoError) {
        fail(QStringLiteral("the sandbox's counters: %1").arg(reply->errorString()));
    }
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// Every export job of the run, as Marketo lists them (through the product's client).
QList<QJsonObject> exportJobs(const QJsonObject& marketo)
{
    RunShape throttled;
    throttled.throttled = true; // the vendor's pacing for this one call too
    MarketoClient client(connectionFrom(marketo, throttled));
    std::optional<Result<QList<QJsonObject>>> answer;
    QEventLoop loop;
    MarketoApi(client).leadExportJobs({}, &loop, [&](Result<QList<QJsonObject>> jobs) {
        answer = std::move(jobs);
        loop.quit();
    });
    if (!answer) {
        loop.exec();
    }
    if (!*answer) {
        fail(QStringLiteral("the export jobs: %1").arg(answer->error().message));
    }
    return std::move(**answer);
}

qint64 msOf(const QJsonObject& job, const char* key)
{
    const QDateTime at = QDateTime::fromString(job.value(QLatin1String(key)).toString(), Qt::ISODate);
    return at.isValid() ? at.toMSecsSinceEpoch() : -1;
}

// The throttled run against the vendor's limits: how busy our jobs kept the export slots, how much of the
// call limit the run used, and what that projects for 1,000,000 people.
QJsonObject throttledFigures(const QList<QJsonObject>& jobs, const QJsonObject& counters, double wallSeconds)
{
    const sandbox::SandboxOptions vendor; // the sandbox ran with its defaults: the vendor's
    const int exportSlots = vendor.limits.marketoExportProcessing;
    qint64 busyMs = 0;
    qint64 firstMs = std::numeric_limits<qint64>::max();
    qint64 lastMs = 0;
    qint64 rows = 0;
    qint64 bytes = 0;
    for (const QJsonObject& job : jobs) {
        const qint64 queued = msOf(job, "queuedAt");
        const qint64 started = msOf(job, "startedAt");
        const qint64 finished = msOf(job, "finishedAt");
        if (started < 0 || finished < 0) {
            continue; // never processed (cancelled while queued, or made and not enqueued)
        }
        busyMs += finished - started;
        firstMs = std::min(firstMs, queued >= 0 ? queued : started);
        lastMs = std::max(lastMs, finished);
        if (job.value(QStringLiteral("status")).toString() == u"Completed") {
            rows += qint64(job.value(QStringLiteral("numberOfRecords")).toDouble());
            bytes += qint64(job.value(QStringLiteral("fileSize")).toDouble());
        }
    }
    if (busyMs == 0 || rows == 0) {
        fail(QStringLiteral("the sandbox lists no processed export job"));
    }
    const double spanSeconds = double(lastMs - firstMs) / 1000.0;
    const double slotShare = double(busyMs) / 1000.0 / (exportSlots * spanSeconds);

    qint64 marketoCalls = 0;
    const QJsonObject calls = counters.value(QStringLiteral("calls")).toObject();
    for (auto it = calls.begin(); it != calls.end(); ++it) {
        marketoCalls += it.key().startsWith(u"marketo.") ? it.value().toInteger() : 0;
    }
    qint64 rateLimited = 0;
    const QJsonObject tallies = counters.value(QStringLiteral("values")).toObject();
    for (auto it = tallies.begin(); it != tallies.end(); ++it) {
        // 606: over the calls per window; 615: over the concurrent calls (sandbox/marketo/marketoapi.cpp)
        const bool refused = it.key() == u"marketo.errors.606" || it.key() == u"marketo.errors.615";
        rateLimited += refused ? it.value().toInteger() : 0;
    }
    const double allowedCalls
        = vendor.limits.marketoCallsPerWindow * wallSeconds / vendor.limits.marketoWindowSeconds;

    // A million people: the same windows (the subscription's span of time, not its size, sets them), each
    // job longer by the vendor's per-record time, the slots kept as busy as in this run, and the time
    // outside the jobs (planning before the first, the last file's download and rows after it) as here.
    constexpr double million = 1'000'000;
    const double processingSeconds
        = double(busyMs) / 1000.0 + (million - double(rows)) * vendor.marketoExportSecondsPer1000 / 1000.0;
    const double outsideSeconds = std::max(0.0, wallSeconds - spanSeconds);
    const double projectedSeconds = processingSeconds / (exportSlots * slotShare) + outsideSeconds;
    const double megabytes = double(bytes) / double(rows) * million / (1024.0 * 1024.0);
    const double quotaMegabytes = double(vendor.limits.marketoExportDailyBytes) / (1024.0 * 1024.0);
    return QJsonObject { { QStringLiteral("export_jobs"), double(jobs.size()) },
        { QStringLiteral("export_slots"), exportSlots },
        { QStringLiteral("export_slot_busy_seconds"), rounded(double(busyMs) / 1000.0) },
        { QStringLiteral("export_span_seconds"), rounded(spanSeconds) },
        { QStringLiteral("export_slot_share"), qRound(slotShare * 1000) / 1000.0 },
        { QStringLiteral("marketo_calls"), double(marketoCalls) },
        { QStringLiteral("call_limit_share"), qRound(double(marketoCalls) / allowedCalls * 1000) / 1000.0 },
        { QStringLiteral("rate_limited_answers"), double(rateLimited) },
        { QStringLiteral("export_bytes_per_person"), rounded(double(bytes) / double(rows)) },
        { QStringLiteral("projected_1m_minutes"), rounded(projectedSeconds / 60.0) },
        { QStringLiteral("projected_1m_export_mb"), rounded(megabytes) },
        { QStringLiteral("daily_export_quota_mb"), rounded(quotaMegabytes) } };
}

QJsonObject measure(qint64 people, const RunShape& shape, const QString& dir)
{
    QProcess sandbox;
    sandbox.setProgram(QStringLiteral(SIA_SANDBOX_BINARY));
    QStringList sandboxArguments { QStringLiteral("--people"), QString::number(people) };
    if (!shape.throttled) {
        sandboxArguments << QStringLiteral("--export-seconds") << QStringLiteral("0")
                         << QStringLiteral("--export-seconds-per-1000") << QStringLiteral("0")
                         << QStringLiteral("--rate-limit")
                         << QStringLiteral("calls=%1/20s").arg(callsPerWindow);
    }
    sandbox.setArguments(sandboxArguments);
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start();
    if (!sandbox.waitForStarted()) {
        fail(QStringLiteral("sia-sandbox did not start"));
    }
    const QJsonObject ready = readJsonLine(sandbox, 120'000);
    const QJsonObject marketo = ready.value(QStringLiteral("marketo")).toObject();
    if (marketo.isEmpty()) {
        fail(QStringLiteral("sia-sandbox's ready line has no Marketo"));
    }

    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    QStringList childArguments { QStringLiteral("--child"), QStringLiteral("--database"),
        QDir(dir).filePath(QStringLiteral("people-%1.sqlite").arg(people)), QStringLiteral("--files"),
        QDir(dir).filePath(QStringLiteral("files-%1").arg(people)), QStringLiteral("--batch"),
        QString::number(shape.batch), QStringLiteral("--windows-ahead"), QString::number(shape.windowsAhead),
        QStringLiteral("--max-enqueued"), QString::number(shape.maxEnqueued) };
    if (shape.throttled) {
        childArguments << QStringLiteral("--throttled");
    }
    child.setArguments(childArguments);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    if (!child.waitForStarted()) {
        fail(QStringLiteral("the sync's process did not start"));
    }
    child.write(QJsonDocument(marketo).toJson(QJsonDocument::Compact) + '\n');
    child.closeWriteChannel();
    if (!child.waitForFinished(4 * 3600 * 1000) || child.exitCode() != 0) {
        fail(QStringLiteral("the sync of %1 people did not complete").arg(people));
    }
    QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
    result.insert(QStringLiteral("people"), double(people));
    result.insert(QStringLiteral("sandbox_cpu_seconds"), rounded(cpuSecondsOf(sandbox.processId())));
    if (shape.throttled) {
        const QList<QJsonObject> jobs = exportJobs(marketo);
        if (!shape.jobsFile.isEmpty()) {
            QJsonArray listed;
            for (const QJsonObject& job : jobs) {
                listed.append(job);
            }
            QFile file(shape.jobsFile);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(QJsonDocument(listed).toJson()) < 0) {
                fail(QStringLiteral("could not write %1: %2").arg(shape.jobsFile, file.errorString()));
            }
        }
        const QJsonObject figures
            = throttledFigures(jobs, sandboxCounters(QUrl(ready.value(QStringLiteral("baseUrl")).toString())),
                result.value(QStringLiteral("wall_seconds")).toDouble());
        for (auto it = figures.begin(); it != figures.end(); ++it) {
            result.insert(it.key(), it.value());
        }
    }
    sandbox.terminate();
    sandbox.waitForFinished(10'000);
    if (shape.throttled) {
        return result; // the store's ceiling is not what binds here
    }

    // The store's ceiling for as many rows, measured the store benchmark's way.
    QProcess store;
    store.setProgram(QStringLiteral(SIA_STORE_BENCH_BINARY));
    store.setArguments({ QStringLiteral("--rows"), QString::number(people), QStringLiteral("--batch"),
        QString::number(shape.batch), QStringLiteral("--dir"), dir });
    store.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    store.start();
    if (!store.waitForFinished(4 * 3600 * 1000) || store.exitCode() != 0) {
        fail(QStringLiteral("sia-store-bench failed"));
    }
    const QJsonObject ceiling = QJsonDocument::fromJson(store.readAllStandardOutput().trimmed()).object();
    const double raw = ceiling.value(QStringLiteral("raw_rows_per_s")).toDouble();
    result.insert(QStringLiteral("raw_sqlite_rows_per_s"), raw);
    result.insert(QStringLiteral("store_rows_per_s"), ceiling.value(QStringLiteral("store_rows_per_s")));
    result.insert(QStringLiteral("ratio_to_raw_sqlite"),
        raw > 0 ? qRound(result.value(QStringLiteral("people_per_s")).toDouble() / raw * 1000) / 1000.0
                : 0.0);
    return result;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the live block paints without a display
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption peopleOption(QStringLiteral("people"),
        QStringLiteral("sizes, comma-separated (default 10000,100000,1000000; throttled 10000)"),
        QStringLiteral("N,N,…"));
    const QCommandLineOption throttledOption(QStringLiteral("throttled"),
        QStringLiteral(
            "the sandbox at the vendor's limits and delays: the export slots' share, the 1M projection"));
    const QCommandLineOption aheadOption(QStringLiteral("windows-ahead"),
        QStringLiteral("export windows ahead of the rows applied (default: the product's)"),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption enqueuedOption(QStringLiteral("max-enqueued"),
        QStringLiteral("our export jobs queued or processing at once (default: the product's)"),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
        QStringLiteral("throttled: write the export jobs, as Marketo lists them, to FILE (the last size's)"),
        QStringLiteral("FILE"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("rows a transaction"),
        QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("where the files go"), QStringLiteral("DIR"));
    const QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("internal: run one sync"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("internal"), QStringLiteral("FILE"));
    const QCommandLineOption filesOption(
        QStringLiteral("files"), QStringLiteral("internal"), QStringLiteral("DIR"));
    parser.addOptions({ peopleOption, batchOption, dirOption, throttledOption, aheadOption, enqueuedOption,
        jobsOption, childOption, databaseOption, filesOption });
    parser.addHelpOption();
    parser.process(app);
    RunShape shape;
    shape.batch = parser.value(batchOption).toInt();
    shape.throttled = parser.isSet(throttledOption);
    shape.windowsAhead = parser.value(aheadOption).toInt();
    shape.maxEnqueued = parser.value(enqueuedOption).toInt();
    shape.jobsFile = parser.value(jobsOption);
    if (shape.batch < 1 || shape.windowsAhead < 0 || shape.maxEnqueued < 0) {
        fail(QStringLiteral("--batch needs a number above 0, --windows-ahead and --max-enqueued 0 or more"));
    }
    if (parser.isSet(childOption)) {
        return runChild(app, parser.value(databaseOption), parser.value(filesOption), shape);
    }
    const QString sizes = parser.isSet(peopleOption) ? parser.value(peopleOption)
        : shape.throttled                            ? QStringLiteral("10000")
                                                     : QStringLiteral("10000,100000,1000000");
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QJsonArray runs;
    for (const QString& size : sizes.split(u',')) {
        bool isNumber = false;
        const qint64 people = size.toLongLong(&isNumber);
        if (!isNumber || people < 1) {
            fail(QStringLiteral("“%1” is not a number of people").arg(size));
        }
        runs.append(measure(people, shape, dir));
        std::fprintf(
            stderr, "%s\n", QJsonDocument(runs.last().toObject()).toJson(QJsonDocument::Compact).constData());
    }
    std::fputs(QJsonDocument(QJsonObject { { QStringLiteral("runs"), runs } })
                   .toJson(QJsonDocument::Compact)
                   .constData(),
        stdout);
    std::fputs("\n", stdout);
    return 0;
}
