// sia-people-sync-bench: the people sync's end-to-end figures (issue 10), a
// program, not a test. For each size it starts sia-sandbox as a process of its
// own (its bulk export delays off, a call limit high enough that the vendor's
// window is not what is measured), runs the real initial sync
// (InitialPeopleSync on a LongJobRunner, exactly as the engine runs it) in a
// child process of this program against a fresh SQLite file, and prints one
// JSON object: people per second end to end, wall time, the child's peak RSS,
// and the longest stall of the child's main (GUI) thread event loop while the
// sync's progress arrives there (a QTimer probe every 5 ms); then the store's
// ceiling for the same number of rows (sia-store-bench: the raw SQLite upsert
// rate and the store's batch API) and the ratio of the two.
//
//   sia-people-sync-bench [--people 10000,100000,1000000] [--batch 5000] [--dir
//   DIR]
//
// The child is this program again with --child (so that each size's peak RSS is
// its own).
#include "store/longjobrunner.h"
#include "store/store.h"
#include "sync/initialpeoplesync.h"
#include "sync/syncprogress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

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

// The child: one sync, its figures as one JSON line on stdout.
int runChild(QCoreApplication& app, const QString& database, const QString& files, int batch)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        fail(QStringLiteral("no connection on standard input"));
    }
    const QJsonObject marketo = QJsonDocument::fromJson(in.readLine()).object();
    MarketoConnection connection;
    connection.restUrl = QUrl(marketo.value(QStringLiteral("restUrl")).toString());
    connection.identityUrl = QUrl(marketo.value(QStringLiteral("identityUrl")).toString());
    connection.clientId = marketo.value(QStringLiteral("clientId")).toString();
    connection.clientSecret = marketo.value(QStringLiteral("clientSecret")).toString();
    connection.limits.callsPerWindow = callsPerWindow;

    StoreOptions options;
    options.databasePath = database;
    Result<std::unique_ptr<Store>> store = Store::open(options);
    if (!store) {
        fail(store.error().message);
    }
    InitialSyncOptions sync;
    sync.filesDirectory = files;
    sync.actor = QStringLiteral("bench");
    sync.batchSize = batch;
    sync.exports.firstPoll = std::chrono::milliseconds(100);

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

    LongJobRunner runner(options);
    SyncProgress last;
    QObject::connect(&runner, &LongJobRunner::progress, &app,
        [&](const JobProgress& progress) { last = SyncProgress::fromJson(progress.detail); });
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

QJsonObject measure(qint64 people, int batch, const QString& dir)
{
    QProcess sandbox;
    sandbox.setProgram(QStringLiteral(SIA_SANDBOX_BINARY));
    sandbox.setArguments(
        { QStringLiteral("--people"), QString::number(people), QStringLiteral("--export-seconds"),
            QStringLiteral("0"), QStringLiteral("--export-seconds-per-1000"), QStringLiteral("0"),
            QStringLiteral("--rate-limit"), QStringLiteral("calls=%1/20s").arg(callsPerWindow) });
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start();
    if (!sandbox.waitForStarted()) {
        fail(QStringLiteral("sia-sandbox did not start"));
    }
    const QJsonObject marketo = readJsonLine(sandbox, 120'000).value(QStringLiteral("marketo")).toObject();
    if (marketo.isEmpty()) {
        fail(QStringLiteral("sia-sandbox's ready line has no Marketo"));
    }

    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({ QStringLiteral("--child"), QStringLiteral("--database"),
        QDir(dir).filePath(QStringLiteral("people-%1.sqlite").arg(people)), QStringLiteral("--files"),
        QDir(dir).filePath(QStringLiteral("files-%1").arg(people)), QStringLiteral("--batch"),
        QString::number(batch) });
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
    sandbox.terminate();
    sandbox.waitForFinished(10'000);

    // The store's ceiling for as many rows, measured the store benchmark's way.
    QProcess store;
    store.setProgram(QStringLiteral(SIA_STORE_BENCH_BINARY));
    store.setArguments({ QStringLiteral("--rows"), QString::number(people), QStringLiteral("--batch"),
        QString::number(batch), QStringLiteral("--dir"), dir });
    store.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    store.start();
    if (!store.waitForFinished(4 * 3600 * 1000) || store.exitCode() != 0) {
        fail(QStringLiteral("sia-store-bench failed"));
    }
    const QJsonObject ceiling = QJsonDocument::fromJson(store.readAllStandardOutput().trimmed()).object();
    const double raw = ceiling.value(QStringLiteral("raw_rows_per_s")).toDouble();
    result.insert(QStringLiteral("people"), double(people));
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
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption peopleOption(QStringLiteral("people"), QStringLiteral("sizes, comma-separated"),
        QStringLiteral("N,N,…"), QStringLiteral("10000,100000,1000000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("rows a transaction"),
        QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("where the files go"), QStringLiteral("DIR"));
    const QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("internal: run one sync"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("internal"), QStringLiteral("FILE"));
    const QCommandLineOption filesOption(
        QStringLiteral("files"), QStringLiteral("internal"), QStringLiteral("DIR"));
    parser.addOptions({ peopleOption, batchOption, dirOption, childOption, databaseOption, filesOption });
    parser.addHelpOption();
    parser.process(app);
    const int batch = parser.value(batchOption).toInt();
    if (batch < 1) {
        fail(QStringLiteral("--batch needs a number above 0"));
    }
    if (parser.isSet(childOption)) {
        return runChild(app, parser.value(databaseOption), parser.value(filesOption), batch);
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QJsonArray runs;
    for (const QString& size : parser.value(peopleOption).split(u',')) {
        bool isNumber = false;
        const qint64 people = size.toLongLong(&isNumber);
        if (!isNumber || people < 1) {
            fail(QStringLiteral("“%1” is not a number of people").arg(size));
        }
        runs.append(measure(people, batch, dir));
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
