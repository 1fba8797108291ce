// sia-sandbox: the local Marketo Engage + Salesforce emulator as a process of its own, for tests and
// benchmarks. It prints one JSON line on stdout when it is ready (base URLs and test credentials) and
// serves until SIGTERM or SIGINT. Exit codes: 0 stopped cleanly, 2 bad command line, 3 cannot start.
#include "sandbox/sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace sia::sandbox;

namespace {

int usageError(const QString& message)
{
    std::fprintf(stderr, "sia-sandbox: %s\nRun 'sia-sandbox --help' for the options.\n", qPrintable(message));
    return 2;
}

#ifdef Q_OS_UNIX
int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    (void)::write(signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop from inside it (a signal handler may only write to a pipe).
void quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        return;
    }
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] { app.quit(); });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#endif

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sia-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local emulator of the Marketo Engage and Salesforce REST APIs on 127.0.0.1.\n"
        "Prints one JSON line with base URLs and test credentials when ready; stops on SIGTERM/SIGINT.\n"
        "--faults SPEC: RULE[,RULE…], RULE = ENDPOINT=FAULT[@WHEN], e.g. "
        "marketo.leads=606@3,*=http503@~0.05\n"
        "  FAULT: http500 http503 slow[:ms] reset malformed truncate, or a vendor code (Marketo 601 602 603 "
        "604 606\n"
        "  607 608 610 615 713 1029; Salesforce 401 REQUEST_LIMIT_EXCEEDED); WHEN: N, N-M, N+ or ~P.\n"
        "--rate-limit SPEC: "
        "calls=100/20s,concurrent=10,daily=50000,batch=300,exportMB=500,exportProcessing=2,\n"
        "  exportQueued=10,sfDaily=100000 (any subset)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("Port on 127.0.0.1 (0: a free one)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption people(QStringLiteral("people"), QStringLiteral("How many Marketo people."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generated data."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption tls(QStringLiteral("tls"),
        QStringLiteral("Serve HTTPS with a certificate made at start (its PEM is in the ready line)."));
    const QCommandLineOption faults(
        QStringLiteral("faults"), QStringLiteral("Faults to inject (see above)."), QStringLiteral("SPEC"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"), QStringLiteral("Limits (see above)."), QStringLiteral("SPEC"));
    const QCommandLineOption autoApprove(
        QStringLiteral("auto-approve"), QStringLiteral("Salesforce's consent page approves at once."));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime"),
        QStringLiteral("Marketo access token lifetime."), QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption noUpdatedAt(QStringLiteral("no-updated-at-filter"),
        QStringLiteral("The subscription lacks the bulk export updatedAt filter (1035)."));
    const QCommandLineOption noUserApi(QStringLiteral("no-user-api-permission"),
        QStringLiteral("The Marketo API user's role lacks Access User Management Api."));
    const QCommandLineOption edition(QStringLiteral("edition"),
        QStringLiteral("Salesforce edition (Organization.OrganizationType)."), QStringLiteral("TEXT"),
        QStringLiteral("Enterprise Edition"));
    const QCommandLineOption noApi(QStringLiteral("no-salesforce-api"),
        QStringLiteral("The org has no API access (API_DISABLED_FOR_ORG)."));
    const QCommandLineOption noPackage(QStringLiteral("no-installed-package"),
        QStringLiteral("No Marketo Sales Insight package in the org."));
    parser.addOptions({ port, people, seed, tls, faults, rateLimit, autoApprove, tokenLifetime, noUpdatedAt,
        noUserApi, edition, noApi, noPackage });
    if (!parser.parse(app.arguments())) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }

    SandboxOptions options;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        return usageError(QStringLiteral("--port needs a number from 0 to 65535"));
    }
    options.port = quint16(portNumber);
    options.people = parser.value(people).toLongLong(&ok);
    if (!ok || options.people < 1) {
        return usageError(QStringLiteral("--people needs a positive number"));
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        return usageError(QStringLiteral("--seed needs a non-negative number"));
    }
    options.marketoTokenLifetimeSeconds = parser.value(tokenLifetime).toInt(&ok);
    if (!ok || options.marketoTokenLifetimeSeconds < 1) {
        return usageError(QStringLiteral("--token-lifetime needs a positive number of seconds"));
    }
    if (parser.isSet(rateLimit)) {
        sia::Result<SandboxLimits> limits = SandboxLimits::parse(parser.value(rateLimit));
        if (!limits) {
            return usageError(limits.error().message);
        }
        options.limits = *limits;
    }
    options.tls = parser.isSet(tls);
    options.faults = parser.value(faults);
    options.autoApprove = parser.isSet(autoApprove);
    options.marketoUpdatedAtFilter = !parser.isSet(noUpdatedAt);
    options.marketoUserApiPermission = !parser.isSet(noUserApi);
    options.salesforceEdition = parser.value(edition);
    options.salesforceApiEnabled = !parser.isSet(noApi);
    options.salesforceInstalledPackage = !parser.isSet(noPackage);

    Sandbox sandbox(options);
    if (sia::Result<void> started = sandbox.start(); !started) {
        const bool badSpec = started.error().kind == sia::ErrorKind::InvalidInput;
        std::fprintf(stderr, "sia-sandbox: %s\n", qPrintable(started.error().message));
        return badSpec ? 2 : 3;
    }
#ifdef Q_OS_UNIX
    quitOnSignals(app);
#endif
    const QByteArray ready = QJsonDocument(sandbox.readyInfo()).toJson(QJsonDocument::Compact);
    std::fwrite(ready.constData(), 1, size_t(ready.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return app.exec();
}
