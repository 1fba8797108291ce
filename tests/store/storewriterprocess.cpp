// A writer process for testconcurrentwriters: opens the database like any SIA Admin (or CLI) would and
// runs read-check-write transactions on it, each reading a counter, checking it, and writing the next
// value together with a record of it. Prints "ready" and waits for a line on stdin before starting, so that
// two of them start together; prints one line per transaction ("ok 17" or "error store.locked"); exits 0
// when every transaction succeeded and 3 otherwise. With --hold it keeps its first transaction open after
// writing, prints "holding", and commits only when it reads another line. --database takes a file or a
// postgresql:// URL, as sia-admin's own option does.
#include "store/databaselocation.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>
#include <iostream>
#include <string>

using namespace sia;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void waitForLine()
{
    std::string line;
    std::getline(std::cin, line);
}

Result<qint64> incrementOnce(Store& store, const QString& actor, bool hold)
{
    qint64 next = 0;
    Result<void> done = store.transaction([&]() -> Result<void> {
        Result<QSqlQuery> read = store.exec(QStringLiteral("SELECT value FROM counter WHERE id = 1"));
        if (!read) {
            return read.error();
        }
        const qint64 current = read->next() ? read->value(0).toLongLong() : 0;
        if (current < 0) { // the check of a read-check-write
            return Error::rule(QStringLiteral("test.negative"), QStringLiteral("the counter went negative"));
        }
        next = current + 1;
        Result<QSqlQuery> written
            = store.exec(QStringLiteral("INSERT INTO counter (id, value) VALUES (1, :v)"
                                        " ON CONFLICT (id) DO UPDATE SET value = excluded.value"),
                { { QStringLiteral("v"), next } });
        if (!written) {
            return written.error();
        }
        if (hold) {
            say(QStringLiteral("holding"));
            waitForLine();
        }
        Result<QSqlQuery> recorded
            = store.exec(QStringLiteral("INSERT INTO increments (value, actor) VALUES (:v, :a)"),
                { { QStringLiteral("v"), next }, { QStringLiteral("a"), actor } });
        return recorded ? Result<void>() : Result<void>(recorded.error());
    });
    if (!done) {
        return done.error();
    }
    return next;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption database(
        QStringLiteral("database"), QStringLiteral("file or URL"), QStringLiteral("file or URL"));
    const QCommandLineOption busy(QStringLiteral("busy-timeout"), QStringLiteral("ms"), QStringLiteral("ms"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("n"), QStringLiteral("n"));
    const QCommandLineOption actor(QStringLiteral("actor"), QStringLiteral("name"), QStringLiteral("name"));
    const QCommandLineOption hold(QStringLiteral("hold"), QStringLiteral("hold the first transaction"));
    parser.addOptions({ database, busy, count, actor, hold });
    parser.process(app);

    StoreOptions options;
    if (DatabaseLocation::isServerUrl(parser.value(database))) {
        options.databaseUrl = parser.value(database);
    } else {
        options.databasePath = parser.value(database);
    }
    options.busyTimeoutMs = parser.value(busy).toInt();
    Result<std::unique_ptr<Store>> store = Store::open(options);
    if (!store) {
        say(QStringLiteral("error ") + store.error().code);
        return 3;
    }
    say(QStringLiteral("ready"));
    waitForLine();
    bool allDone = true;
    const int transactions = parser.value(count).toInt();
    for (int number = 0; number < transactions; ++number) {
        Result<qint64> done = incrementOnce(**store, parser.value(actor), parser.isSet(hold) && number == 0);
        say(done ? QStringLiteral("ok %1").arg(*done) : QStringLiteral("error ") + done.error().code);
        allDone = allDone && done.ok();
    }
    return allDone ? 0 : 3;
}
