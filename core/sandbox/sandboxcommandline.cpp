#include "sandbox/sandboxcommandline.h"

#include "sandbox/faultinjector.h"

#include <QCommandLineParser>
#include <QUrl>

#include <utility>

namespace sia::sandbox {

namespace {

Error usage(const QString& message)
{
    return Error::input(QStringLiteral("sandbox.usage"), message);
}

QString onOff(bool on)
{
    return on ? SandboxCommandLine::tr("on") : SandboxCommandLine::tr("off");
}

QCommandLineOption option(const char* name, const QString& description, const QString& defaultValue,
    const char* valueName = nullptr)
{
    //: %1 is an option's description, %2 its default value.
    return QCommandLineOption(QString::fromLatin1(name),
        SandboxCommandLine::tr("%1 (default: %2)").arg(description, defaultValue),
        valueName ? QString::fromLatin1(valueName) : QString());
}

} // namespace

QList<QCommandLineOption> SandboxCommandLine::options()
{
    const SandboxOptions defaults;
    return {
        option("port", tr("Port on 127.0.0.1; 0 chooses a free one."), QStringLiteral("0"), "N"),
        option("sf-instance-port",
            tr("Port on 127.0.0.1 of the Salesforce instance (its REST API), not --port's; 0 chooses a "
               "free one."),
            QStringLiteral("0"), "N"),
        option("people", tr("How many Marketo people."), QString::number(defaults.people), "N"),
        option("seed", tr("Seed of the generated data."), QString::number(defaults.seed), "S"),
        option("tls", tr("Serve HTTPS with a certificate made at start (its PEM is in the ready line)."),
            onOff(defaults.tls)),
        option("faults", tr("Faults to inject (see above)."), tr("none"), "SPEC"),
        option("rate-limit", tr("Limits (see above)."), tr("the vendors' limits above"), "SPEC"),
        option("auto-approve",
            tr("Salesforce's login and consent page approves at once (as the ready line's user)."),
            onOff(defaults.autoApprove)),
        option("token-lifetime", tr("Marketo access token lifetime in seconds."),
            QString::number(defaults.marketoTokenLifetimeSeconds), "SECONDS"),
        option("no-updated-at-filter", tr("The subscription lacks the bulk export updatedAt filter (1035)."),
            onOff(!defaults.marketoUpdatedAtFilter)),
        option("no-user-api-permission", tr("The Marketo API user's role lacks Access User Management Api."),
            onOff(!defaults.marketoUserApiPermission)),
        option("export-seconds",
            tr("Seconds a Marketo bulk export job spends processing, on the sandbox clock."),
            QString::number(defaults.marketoExportBaseSeconds), "SECONDS"),
        option("export-seconds-per-1000", tr("More processing seconds per 1,000 exported records."),
            QString::number(defaults.marketoExportSecondsPer1000), "SECONDS"),
        option("edition", tr("Salesforce edition (Organization.OrganizationType)."),
            defaults.salesforceEdition, "TEXT"),
        option("no-salesforce-api", tr("The org has no API access (API_DISABLED_FOR_ORG)."),
            onOff(!defaults.salesforceApiEnabled)),
        option("sf-user-without-api",
            tr("The integration user's profile lacks API Enabled (API_DISABLED_FOR_ORG for that user)."),
            onOff(!defaults.salesforceUserApiEnabled)),
        option("no-installed-package", tr("No Marketo Sales Insight package in the org."),
            onOff(!defaults.salesforceInstalledPackage)),
        option("sf-callback",
            tr("Callback URL of the Salesforce connected app, repeatable for several; a redirect_uri must "
               "match one exactly."),
            defaults.salesforceCallbackUrl, "URL"),
        option("sf-session-timeout",
            tr("Salesforce sessions end after this many seconds without a call (1 to 86400)."),
            QString::number(defaults.salesforceSessionTimeoutSeconds), "SECONDS"),
        option("sf-rotate-refresh",
            tr("A Salesforce refresh answers a new refresh token and retires the old one."),
            onOff(defaults.salesforceRotateRefreshTokens)),
        option("sf-require-secret",
            tr("The connected app requires the client secret for the web-server and refresh flows."),
            onOff(defaults.salesforceRequireSecret)),
        option("sf-tasks", tr("Salesforce tasks generated at start (0 to 100000)."),
            tr("one per 20 people, from 20 to 5000"), "N"),
        option("sf-replication-lag",
            tr("Seconds by which get-updated's latestDateCovered lags behind the clock (0 to 3600)."),
            QString::number(defaults.salesforceReplicationLagSeconds), "SECONDS"),
        option("sf-private-tasks", tr("Tasks are shared privately: a user sees only the tasks they own."),
            onOff(defaults.salesforcePrivateTasks)),
        option("sf-old-package",
            tr("The Marketo Sales Insight package is installed at an older version (1.30, not 1.44)."),
            onOff(defaults.salesforceOldPackage)),
    };
}

QString SandboxCommandLine::grammarText()
{
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
    //: %1 is the list of default limits, e.g. calls=100/20s,concurrent=10,...
    return tr(
        "--faults SPEC: RULE[,RULE…], RULE = ENDPOINT=FAULT[@WHEN], e.g. "
        "marketo.leads=606@3,*=http503@~0.05\n"
        "  ENDPOINT: an endpoint name (marketo.leads, salesforce.query…), marketo.* (a prefix) or * (all).\n"
        "  FAULT: http500 http503 (any http4xx/http5xx) slow[:ms] (3000 ms) reset malformed truncate html,\n"
        "  or a vendor code (Marketo 601 602 603 604 606 607 608 610 615 713 1029;\n"
        "  Salesforce 401 INVALID_SESSION_REST REQUEST_LIMIT_EXCEEDED, and on its token endpoint\n"
        "  invalid_grant invalid_client unsupported_grant_type).\n"
        "  WHEN: N (the Nth call), N-M, N+ (from the Nth on) or ~P (probability 0 < P <= 1, from the seed);\n"
        "  no WHEN: every call.\n"
        "--rate-limit SPEC: KEY=VALUE[,KEY=VALUE…], any subset of (defaults shown)\n  %1")
        .arg(limitDefaults);
}

Result<SandboxOptions> SandboxCommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(options());
    // QCommandLineParser takes the program's name first.
    if (!parser.parse(QStringList { QStringLiteral("sandbox") } + arguments)) {
        return usage(parser.errorText());
    }
    return read(parser);
}

Result<SandboxOptions> SandboxCommandLine::read(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    const auto isSet = [&parser](const char* name) {
        return parser.isSet(QString::fromLatin1(name));
    };
    const auto value = [&parser](const char* name) {
        return parser.value(QString::fromLatin1(name));
    };

    SandboxOptions options;
    bool ok = false;
    if (isSet("port")) {
        const uint portNumber = value("port").toUInt(&ok);
        if (!ok || portNumber > 65535) {
            return usage(tr("--port needs a number from 0 to 65535"));
        }
        options.port = quint16(portNumber);
    }
    if (isSet("sf-instance-port")) {
        const uint portNumber = value("sf-instance-port").toUInt(&ok);
        if (!ok || portNumber > 65535) {
            return usage(tr("--sf-instance-port needs a number from 0 to 65535"));
        }
        if (portNumber != 0 && portNumber == options.port) {
            return usage(tr("--sf-instance-port needs another port than --port: the Salesforce instance "
                            "is another host than the login host"));
        }
        options.salesforceInstancePort = quint16(portNumber);
    }
    if (isSet("people")) {
        options.people = value("people").toLongLong(&ok);
        if (!ok || options.people < 1) {
            return usage(tr("--people needs a positive number"));
        }
    }
    if (isSet("seed")) {
        options.seed = value("seed").toULongLong(&ok);
        if (!ok) {
            return usage(tr("--seed needs a non-negative number"));
        }
    }
    if (isSet("token-lifetime")) {
        options.marketoTokenLifetimeSeconds = value("token-lifetime").toInt(&ok);
        if (!ok || options.marketoTokenLifetimeSeconds < 1) {
            return usage(tr("--token-lifetime needs a positive number of seconds"));
        }
    }
    if (isSet("export-seconds")) {
        options.marketoExportBaseSeconds = value("export-seconds").toInt(&ok);
        if (!ok || options.marketoExportBaseSeconds < 0 || options.marketoExportBaseSeconds > 86400) {
            return usage(tr("--export-seconds needs a number of seconds from 0 to 86400"));
        }
    }
    if (isSet("export-seconds-per-1000")) {
        options.marketoExportSecondsPer1000 = value("export-seconds-per-1000").toInt(&ok);
        if (!ok || options.marketoExportSecondsPer1000 < 0 || options.marketoExportSecondsPer1000 > 3600) {
            return usage(tr("--export-seconds-per-1000 needs a number of seconds from 0 to 3600"));
        }
    }
    if (isSet("faults")) {
        // The grammar is checked here, so that a typo is a usage error before anything starts; whether a
        // vendor code fits its endpoint is the sandbox's to say when it starts.
        options.faults = value("faults");
        if (Result<QList<FaultRule>> rules = FaultInjector::parse(options.faults); !rules) {
            return rules.error();
        }
    }
    if (isSet("rate-limit")) {
        Result<SandboxLimits> limits = SandboxLimits::parse(value("rate-limit"));
        if (!limits) {
            return limits.error();
        }
        options.limits = *limits;
    }
    if (isSet("edition")) {
        options.salesforceEdition = value("edition").trimmed();
        if (options.salesforceEdition.isEmpty()) {
            return usage(tr("--edition needs a name, e.g. \"Professional Edition\""));
        }
    }
    const QStringList callbacks = parser.values(QStringLiteral("sf-callback"));
    for (const QString& text : callbacks) {
        const QUrl url(text, QUrl::StrictMode);
        const bool web = url.scheme() == u"http" || url.scheme() == u"https";
        if (!url.isValid() || url.isRelative() || url.hasFragment() || (web && url.host().isEmpty())
            || (!web && url.path().isEmpty() && url.host().isEmpty())) {
            return usage(tr("--sf-callback needs an absolute URL without a fragment, e.g. "
                            "http://localhost:1717/OauthRedirect (got '%1')")
                             .arg(text));
        }
        if (text == callbacks.first()) {
            options.salesforceCallbackUrl = text;
        } else if (!options.salesforceMoreCallbackUrls.contains(text)) {
            options.salesforceMoreCallbackUrls.append(text);
        }
    }
    if (isSet("sf-session-timeout")) {
        options.salesforceSessionTimeoutSeconds = value("sf-session-timeout").toInt(&ok);
        if (!ok || options.salesforceSessionTimeoutSeconds < 1
            || options.salesforceSessionTimeoutSeconds > 86400) {
            return usage(tr("--sf-session-timeout needs a number of seconds from 1 to 86400"));
        }
    }
    if (isSet("sf-tasks")) {
        options.salesforceTaskCount = value("sf-tasks").toLongLong(&ok);
        if (!ok || options.salesforceTaskCount < 0 || options.salesforceTaskCount > 100000) {
            return usage(tr("--sf-tasks needs a number from 0 to 100000"));
        }
    }
    if (isSet("sf-replication-lag")) {
        options.salesforceReplicationLagSeconds = value("sf-replication-lag").toLongLong(&ok);
        if (!ok || options.salesforceReplicationLagSeconds < 0
            || options.salesforceReplicationLagSeconds > 3600) {
            return usage(tr("--sf-replication-lag needs a number of seconds from 0 to 3600"));
        }
    }
    options.tls = isSet("tls");
    options.autoApprove = isSet("auto-approve");
    options.marketoUpdatedAtFilter = !isSet("no-updated-at-filter");
    options.marketoUserApiPermission = !isSet("no-user-api-permission");
    options.salesforceApiEnabled = !isSet("no-salesforce-api");
    options.salesforceInstalledPackage = !isSet("no-installed-package");
    options.salesforceRotateRefreshTokens = isSet("sf-rotate-refresh");
    options.salesforceUserApiEnabled = !isSet("sf-user-without-api");
    options.salesforceRequireSecret = isSet("sf-require-secret");
    options.salesforcePrivateTasks = isSet("sf-private-tasks");
    options.salesforceOldPackage = isSet("sf-old-package");
    return options;
}

} // namespace sia::sandbox
