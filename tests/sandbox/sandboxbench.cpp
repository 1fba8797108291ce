// sia-sandbox-bench: what the sandbox costs, so that it is never the bottleneck of a benchmark.
//   1. CPU per page of 300 leads (all synced fields): in process (the handler alone, thread CPU time) and
//      in sia-sandbox over HTTP (the server process's CPU time from /proc, HTTP included).
//   2. Bulk lead extract: CPU to complete a job (one pass through SHA-256) and the file's download rate.
// Not a test: run it by hand, preferably from a release build:  sia-sandbox-bench [--people N] [--pages N]
#include "sandbox/marketo/marketotokens.h"
#include "sandboxclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <ctime>
#include <unistd.h>

using namespace sia::sandbox;

namespace {

const QString allFields
    = QStringLiteral("firstName,lastName,email,company,title,phone,linkedInProfileURL,leadSource,sfdcLeadId,"
                     "sfdcContactId,sfdcAccountId,sfdcLeadOwnerId,createdAt,updatedAt");

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double processCpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble(); // utime, stime
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// leads.json is a lookup (a filter over 1,000 people answers 1003): each page asks for 300 consecutive
// ids, wrapping around the people, as a client looking up the people it knows.
QString pageOfIds(int page, qint64 people)
{
    QStringList ids;
    const qint64 first = (qint64(page) * 300) % std::max<qint64>(people - 300, 1);
    for (qint64 id = 1001 + first; id < 1001 + first + 300; ++id) {
        ids.append(QString::number(id));
    }
    return ids.join(u',');
}

void inProcessPages(qint64 people, int pages)
{
    SandboxOptions options;
    options.people = people;
    Sandbox sandbox(options);
    const std::optional<SandboxRouter::Match> route
        = sandbox.server().router().match("GET", QStringLiteral("/rest/v1/leads.json"));
    double cpu = 0;
    qint64 bytes = 0;
    for (int page = 0; page < pages; ++page) {
        SandboxRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/rest/v1/leads.json");
        request.query = QUrlQuery(QStringLiteral("filterType=id&filterValues=") + pageOfIds(page, people)
            + QStringLiteral("&batchSize=300&fields=") + allFields);
        request.endpoint = route->endpoint;
        const double before = threadCpuMs();
        const SandboxResponse response = (*route->handler)(request);
        cpu += threadCpuMs() - before;
        bytes += response.body().size();
    }
    std::printf(
        "in process : %d pages of 300 leads (%lld people): %.3f ms CPU per page, %.0f bytes per page\n",
        pages, people, cpu / pages, double(bytes) / pages);
}

void overHttp(qint64 people, int pages)
{
    QProcess process;
    process.start(QStringLiteral(SIA_SANDBOX_BINARY),
        { QStringLiteral("--people"), QString::number(people), QStringLiteral("--rate-limit"),
            QStringLiteral("calls=1000000/20s,daily=100000000") });
    if (!process.waitForStarted(10000)) {
        std::printf("cannot start %s\n", SIA_SANDBOX_BINARY);
        return;
    }
    while (!process.canReadLine()) {
        process.waitForReadyRead(100);
    }
    const QJsonObject ready = QJsonDocument::fromJson(process.readLine()).object();
    SandboxClient client(QUrl(ready.value(QStringLiteral("baseUrl")).toString()));
    client.marketoToken();
    client.marketoGet(
        QStringLiteral("/rest/v1/leads/describe.json")); // the connection is open before we measure

    const double before = processCpuMs(process.processId());
    QElapsedTimer wall;
    wall.start();
    for (int page = 0; page < pages; ++page) {
        client.marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=id&filterValues=")
            + pageOfIds(page, people) + QStringLiteral("&batchSize=300&fields=") + allFields);
    }
    const double cpu = processCpuMs(process.processId()) - before;
    std::printf("over HTTP  : %d pages of 300 leads: sia-sandbox used %.3f ms CPU per page (wall %.2f ms per "
                "page with the client)\n",
        pages, cpu / pages, double(wall.elapsed()) / pages);

    client.control("POST", QStringLiteral("/sandbox/clock"),
        { { QStringLiteral("set"), QStringLiteral("2025-01-15T00:00:00Z") },
            { QStringLiteral("frozen"), true } });
    client.setMarketoCredentials(
        marketo::MarketoCredentials().clientId, marketo::MarketoCredentials().clientSecret);
    const QByteArray body
        = R"({"fields":["id","firstName","lastName","email","company","title","phone","linkedInProfileURL","leadSource","sfdcLeadId","sfdcContactId","sfdcAccountId","sfdcLeadOwnerId","updatedAt"],
        "filter":{"createdAt":{"startAt":"2024-05-01T00:00:00Z","endAt":"2024-05-31T23:59:59Z"}}})";
    const QString id = client.marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"), body)
                           .result()
                           .first()
                           .toObject()
                           .value(QStringLiteral("exportId"))
                           .toString();
    client.marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(id), {});
    client.control(
        "POST", QStringLiteral("/sandbox/clock"), { { QStringLiteral("advanceSeconds"), 6 * 3600 } });
    double cpuBefore = processCpuMs(process.processId());
    const QJsonObject status
        = client.marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/status.json").arg(id))
              .result()
              .first()
              .toObject();
    const double completeCpu = processCpuMs(process.processId()) - cpuBefore;
    const qint64 size = status.value(QStringLiteral("fileSize")).toInteger();
    cpuBefore = processCpuMs(process.processId());
    wall.restart();
    const HttpResult file = client.marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id));
    const double seconds = wall.elapsed() / 1000.0;
    const double downloadCpu = processCpuMs(process.processId()) - cpuBefore;
    std::printf("bulk file  : %lld records, %.1f MB; completing the job (generate + SHA-256) %.0f ms CPU;\n"
                "             download %.1f MB in %.2f s = %.1f MB/s, sia-sandbox CPU %.0f ms (%.1f MB per "
                "CPU second); body %s\n",
        status.value(QStringLiteral("numberOfRecords")).toInteger(), size / 1e6, completeCpu,
        file.body.size() / 1e6, seconds, file.body.size() / 1e6 / std::max(seconds, 1e-3), downloadCpu,
        size / 1e6 / std::max(downloadCpu / 1000.0, 1e-3),
        file.body.size() == size ? "complete" : "INCOMPLETE");
    std::printf("memory     : sia-sandbox RSS after all this: %s", qPrintable(QString()));
    QFile statusFile(QStringLiteral("/proc/%1/status").arg(process.processId()));
    if (statusFile.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : statusFile.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                std::printf("%s\n", line.mid(6).trimmed().constData());
            }
        }
    }
    process.terminate();
    process.waitForFinished(10000);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption people(QStringLiteral("people"), QStringLiteral("People in the sandbox."),
        QStringLiteral("N"), QStringLiteral("5000000"));
    const QCommandLineOption pages(QStringLiteral("pages"), QStringLiteral("Pages of 300 leads to read."),
        QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption inProcessOnly(
        QStringLiteral("in-process-only"), QStringLiteral("Measure the handler alone (for a profiler)."));
    parser.addOptions({ people, pages, inProcessOnly });
    parser.process(app);
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    inProcessPages(parser.value(people).toLongLong(), parser.value(pages).toInt());
    if (!parser.isSet(inProcessOnly)) {
        overHttp(parser.value(people).toLongLong(), parser.value(pages).toInt());
    }
    return 0;
}
