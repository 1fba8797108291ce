// sia-test-people-sync: the initial people sync in a process of its own, for the kill test. Reads the
// Marketo connection from standard input (one JSON line: restUrl, identityUrl, clientId, clientSecret; the
// secret never goes on a command line), runs InitialPeopleSync on the database given, prints one line per
// progress report ("progress <phase> <processed>") and "completed" at the end. Exit 0 when the sync
// completed, 1 otherwise (the error on stderr).
#include "store/longjobrunner.h"
#include "store/store.h"
#include "sync/initialpeoplesync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace sia;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption database(
        QStringLiteral("database"), QStringLiteral("SQLite file"), QStringLiteral("FILE"));
    const QCommandLineOption files(
        QStringLiteral("files"), QStringLiteral("export files' folder"), QStringLiteral("DIR"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("rows a transaction"),
        QStringLiteral("N"), QStringLiteral("2000"));
    parser.addOptions({ database, files, batch });
    parser.process(app);

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return 1;
    }
    const QJsonObject marketo = QJsonDocument::fromJson(in.readLine()).object();
    MarketoConnection connection;
    connection.restUrl = QUrl(marketo.value(QStringLiteral("restUrl")).toString());
    connection.identityUrl = QUrl(marketo.value(QStringLiteral("identityUrl")).toString());
    connection.clientId = marketo.value(QStringLiteral("clientId")).toString();
    connection.clientSecret = marketo.value(QStringLiteral("clientSecret")).toString();
    connection.limits.callsPerWindow = marketo.value(QStringLiteral("callsPerWindow")).toInt(100);
    connection.retry.initialDelay = std::chrono::milliseconds(20);

    StoreOptions options;
    options.databasePath = parser.value(database);
    Result<std::unique_ptr<Store>> store = Store::open(options); // migrated here; the job attaches
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    InitialSyncOptions sync;
    sync.filesDirectory = parser.value(files);
    sync.actor = QStringLiteral("kill-test");
    sync.batchSize = parser.value(batch).toInt();
    sync.exports.firstPoll = std::chrono::milliseconds(100);
    sync.exports.retryWait = std::chrono::milliseconds(500);

    LongJobRunner runner(options);
    runner.setProgressInterval(std::chrono::milliseconds(50));
    QTextStream out(stdout);
    QObject::connect(&runner, &LongJobRunner::progress, &app, [&](const JobProgress& progress) {
        const SyncProgress sync = SyncProgress::fromJson(progress.detail);
        out << "progress " << toKey(sync.phase) << ' ' << sync.counts.processed << Qt::endl;
    });
    int code = 1;
    QObject::connect(&runner, &LongJobRunner::finished, &app, [&](const Result<JobEnding>& ended) {
        if (ended && *ended == JobEnding::Completed) {
            out << "completed" << Qt::endl;
            code = 0;
        } else {
            std::fprintf(stderr, "%s\n", ended ? "stopped" : qPrintable(ended.error().message));
        }
        app.quit();
    });
    if (Result<void> started = runner.start(std::make_unique<InitialPeopleSync>(connection, nullptr, sync));
        !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
        return 1;
    }
    app.exec();
    return code;
}
