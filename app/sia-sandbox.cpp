// sia-sandbox: the local Marketo Engage + Salesforce emulator as a process of its own, for tests and
// benchmarks. It prints one JSON line on stdout when it is ready (base URLs and test credentials) and
// serves until SIGTERM or SIGINT. Exit codes: 0 stopped cleanly, 2 bad command line, 3 cannot start.
#include "sandbox/sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QUrl>

#include <cstdio>
#include <utility>

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

    const SandboxOptions defaults;
    const SandboxLimits limits;
    QString limitDefaults
        = QStringLiteral("calls=%1/%2s").arg(limits.marketoCallsPerWindow).arg(limits.marketoWindowSeconds);
    for (const auto& [key, value] : { std::pair { "concurrent", qint64(limits.marketoConcurrent) },
             std::pair { "daily", limits.marketoDailyCalls },
             std::pair { "batch", qint64(limits.marketoBatchSize) },
             std::pair { "exportMB", limits.marketoExportDailyBytes / (1024 * 1024) },
             std::pair { "exportProcessing", qint64(limits.marketoExportProcessing) },
             std::pair { "exportQueued", qint64(limits.marketoExportQueued) },
             std::pair { "sfDaily", limits.salesforceDailyRequests } }) {
        limitDefaults += QStringLiteral(",%1=%2").arg(QLatin1String(key)).arg(value);
    }
    const auto onOff = [](bool on) {
        return on ? QStringLiteral("on") : QStringLiteral("off");
    };
    QCommandLineParser parser;
    const QString about = QStringLiteral(
        "A local emulator of the Marketo Engage and Salesforce REST APIs on 127.0.0.1.\n"
        "Prints one JSON line with base URLs and test credentials when ready; stops on SIGTERM/SIGINT.\n"
        "Exit codes: 0 stopped cleanly, 2 bad command line, 3 cannot start (e.g. the port is in use).\n"
        "--faults SPEC: RULE[,RULE…], RULE = ENDPOINT=FAULT[@WHEN], e.g. "
        "marketo.leads=606@3,*=http503@~0.05\n"
        "  ENDPOINT: an endpoint name (marketo.leads, salesforce.query…), marketo.* (a prefix) or * (all).\n"
        "  FAULT: http500 http503 (any http4xx/http5xx) slow[:ms] (3000 ms) reset malformed truncate,\n"
        "  or a vendor code (Marketo 601 602 603 604 606 607 608 610 615 713 1029;\n"
        "  Salesforce 401 REQUEST_LIMIT_EXCEEDED).\n"
        "  WHEN: N (the Nth call), N-M, N+ (from the Nth on) or ~P (probability 0 < P <= 1, from the seed);\n"
        "  no WHEN: every call.\n"
        "--rate-limit SPEC: KEY=VALUE[,KEY=VALUE…], any subset of (defaults shown)\n  ");
    parser.setApplicationDescription(about + limitDefaults);
    parser.addHelpOption();
    parser.addVersionOption();
    // Every description ends with the default, so that --help shows them all.
    const auto option = [](const char* name, const QString& description, const QString& defaultValue,
                            const char* valueName = nullptr) {
        QCommandLineOption result(QString::fromLatin1(name),
            description + QStringLiteral(" (default: %1)").arg(defaultValue),
            valueName ? QString::fromLatin1(valueName) : QString());
        return result;
    };
    const QCommandLineOption port = option(
        "port", QStringLiteral("Port on 127.0.0.1; 0 chooses a free one."), QStringLiteral("0"), "N");
    const QCommandLineOption people
        = option("people", QStringLiteral("How many Marketo people."), QString::number(defaults.people), "N");
    const QCommandLineOption seed
        = option("seed", QStringLiteral("Seed of the generated data."), QString::number(defaults.seed), "S");
    const QCommandLineOption tls = option("tls",
        QStringLiteral("Serve HTTPS with a certificate made at start (its PEM is in the ready line)."),
        onOff(defaults.tls));
    const QCommandLineOption faults
        = option("faults", QStringLiteral("Faults to inject (see above)."), QStringLiteral("none"), "SPEC");
    const QCommandLineOption rateLimit = option("rate-limit", QStringLiteral("Limits (see above)."),
        QStringLiteral("the vendors' limits above"), "SPEC");
    const QCommandLineOption autoApprove = option("auto-approve",
        QStringLiteral("Salesforce's login and consent page approves at once (as the ready line's user)."),
        onOff(defaults.autoApprove));
    const QCommandLineOption tokenLifetime
        = option("token-lifetime", QStringLiteral("Marketo access token lifetime in seconds."),
            QString::number(defaults.marketoTokenLifetimeSeconds), "SECONDS");
    const QCommandLineOption noUpdatedAt = option("no-updated-at-filter",
        QStringLiteral("The subscription lacks the bulk export updatedAt filter (1035)."),
        onOff(!defaults.marketoUpdatedAtFilter));
    const QCommandLineOption noUserApi = option("no-user-api-permission",
        QStringLiteral("The Marketo API user's role lacks Access User Management Api."),
        onOff(!defaults.marketoUserApiPermission));
    const QCommandLineOption exportSeconds = option("export-seconds",
        QStringLiteral("Seconds a Marketo bulk export job spends processing, on the sandbox clock."),
        QString::number(defaults.marketoExportBaseSeconds), "SECONDS");
    const QCommandLineOption exportSecondsPer1000 = option("export-seconds-per-1000",
        QStringLiteral("More processing seconds per 1,000 exported records."),
        QString::number(defaults.marketoExportSecondsPer1000), "SECONDS");
    const QCommandLineOption edition
        = option("edition", QStringLiteral("Salesforce edition (Organization.OrganizationType)."),
            defaults.salesforceEdition, "TEXT");
    const QCommandLineOption noApi
        = option("no-salesforce-api", QStringLiteral("The org has no API access (API_DISABLED_FOR_ORG)."),
            onOff(!defaults.salesforceApiEnabled));
    const QCommandLineOption noPackage
        = option("no-installed-package", QStringLiteral("No Marketo Sales Insight package in the org."),
            onOff(!defaults.salesforceInstalledPackage));
    const QCommandLineOption sfCallback = option("sf-callback",
        QStringLiteral("Callback URL of the Salesforce connected app; a redirect_uri must match it exactly."),
        defaults.salesforceCallbackUrl, "URL");
    const QCommandLineOption sfSessionTimeout = option("sf-session-timeout",
        QStringLiteral("Salesforce sessions end after this many seconds without a call (1 to 86400)."),
        QString::number(defaults.salesforceSessionTimeoutSeconds), "SECONDS");
    const QCommandLineOption sfRotateRefresh = option("sf-rotate-refresh",
        QStringLiteral("A Salesforce refresh answers a new refresh token and retires the old one."),
        onOff(defaults.salesforceRotateRefreshTokens));
    const QCommandLineOption sfTasks
        = option("sf-tasks", QStringLiteral("Salesforce tasks generated at start (0 to 100000)."),
            QStringLiteral("one per 20 people, from 20 to 5000"), "N");
    parser.addOptions({ port, people, seed, tls, faults, rateLimit, autoApprove, tokenLifetime, noUpdatedAt,
        noUserApi, exportSeconds, exportSecondsPer1000, edition, noApi, noPackage, sfCallback,
        sfSessionTimeout, sfRotateRefresh, sfTasks });
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
    if (parser.isSet(port)) {
        const uint portNumber = parser.value(port).toUInt(&ok);
        if (!ok || portNumber > 65535) {
            return usageError(QStringLiteral("--port needs a number from 0 to 65535"));
        }
        options.port = quint16(portNumber);
    }
    if (parser.isSet(people)) {
        options.people = parser.value(people).toLongLong(&ok);
        if (!ok || options.people < 1) {
            return usageError(QStringLiteral("--people needs a positive number"));
        }
    }
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            return usageError(QStringLiteral("--seed needs a non-negative number"));
        }
    }
    if (parser.isSet(tokenLifetime)) {
        options.marketoTokenLifetimeSeconds = parser.value(tokenLifetime).toInt(&ok);
        if (!ok || options.marketoTokenLifetimeSeconds < 1) {
            return usageError(QStringLiteral("--token-lifetime needs a positive number of seconds"));
        }
    }
    if (parser.isSet(exportSeconds)) {
        options.marketoExportBaseSeconds = parser.value(exportSeconds).toInt(&ok);
        if (!ok || options.marketoExportBaseSeconds < 0 || options.marketoExportBaseSeconds > 86400) {
            return usageError(QStringLiteral("--export-seconds needs a number of seconds from 0 to 86400"));
        }
    }
    if (parser.isSet(exportSecondsPer1000)) {
        options.marketoExportSecondsPer1000 = parser.value(exportSecondsPer1000).toInt(&ok);
        if (!ok || options.marketoExportSecondsPer1000 < 0 || options.marketoExportSecondsPer1000 > 3600) {
            return usageError(
                QStringLiteral("--export-seconds-per-1000 needs a number of seconds from 0 to 3600"));
        }
    }
    if (parser.isSet(rateLimit)) {
        sia::Result<SandboxLimits> limits = SandboxLimits::parse(parser.value(rateLimit));
        if (!limits) {
            return usageError(limits.error().message);
        }
        options.limits = *limits;
    }
    if (parser.isSet(edition)) {
        options.salesforceEdition = parser.value(edition).trimmed();
        if (options.salesforceEdition.isEmpty()) {
            return usageError(QStringLiteral("--edition needs a name, e.g. \"Professional Edition\""));
        }
    }
    if (parser.isSet(sfCallback)) {
        const QString text = parser.value(sfCallback);
        const QUrl url(text, QUrl::StrictMode);
        const bool web = url.scheme() == u"http" || url.scheme() == u"https";
        if (!url.isValid() || url.isRelative() || url.hasFragment() || (web && url.host().isEmpty())
            || (!web && url.path().isEmpty() && url.host().isEmpty())) {
            return usageError(QStringLiteral("--sf-callback needs an absolute URL without a fragment, e.g. "
                                             "http://localhost:1717/OauthRedirect (got '%1')")
                                  .arg(text));
        }
        options.salesforceCallbackUrl = text;
    }
    if (parser.isSet(sfSessionTimeout)) {
        options.salesforceSessionTimeoutSeconds = parser.value(sfSessionTimeout).toInt(&ok);
        if (!ok || options.salesforceSessionTimeoutSeconds < 1
            || options.salesforceSessionTimeoutSeconds > 86400) {
            return usageError(
                QStringLiteral("--sf-session-timeout needs a number of seconds from 1 to 86400"));
        }
    }
    if (parser.isSet(sfTasks)) {
        options.salesforceTaskCount = parser.value(sfTasks).toLongLong(&ok);
        if (!ok || options.salesforceTaskCount < 0 || options.salesforceTaskCount > 100000) {
            return usageError(QStringLiteral("--sf-tasks needs a number from 0 to 100000"));
        }
    }
    options.tls = parser.isSet(tls);
    options.faults = parser.value(faults);
    options.autoApprove = parser.isSet(autoApprove);
    options.marketoUpdatedAtFilter = !parser.isSet(noUpdatedAt);
    options.marketoUserApiPermission = !parser.isSet(noUserApi);
    options.salesforceApiEnabled = !parser.isSet(noApi);
    options.salesforceInstalledPackage = !parser.isSet(noPackage);
    options.salesforceRotateRefreshTokens = parser.isSet(sfRotateRefresh);

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
