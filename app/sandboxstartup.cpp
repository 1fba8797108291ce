#include "sandboxstartup.h"

#include "cli/clihelp.h"
#include "sandbox/sandboxcommandline.h"
#include "sandbox/sandboxhost.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace sia {

Result<sandbox::SandboxOptions> SandboxStartup::options(const QStringList& sandboxArguments)
{
    return sandbox::SandboxCommandLine::parse(sandboxArguments);
}

Result<std::unique_ptr<sandbox::SandboxHost>> SandboxStartup::start(const sandbox::SandboxOptions& options)
{
    auto host = std::make_unique<sandbox::SandboxHost>(options);
    if (Result<void> started = host->start(); !started) {
        return Error { started.error().kind, started.error().code,
            tr("the sandbox could not start: %1").arg(started.error().message) };
    }
    //: %1 is Marketo's REST URL, %2 Salesforce's login host (OAuth), %3 its instance (the REST API).
    QTextStream(stderr) << tr("sia-admin: the sandbox is serving Marketo at %1, Salesforce's login at %2 and "
                              "Salesforce's instance (its REST API) at %3")
                               .arg(host->marketoRestUrl().toString(), host->salesforceLoginUrl().toString(),
                                   host->salesforceInstanceUrl().toString())
                        << '\n';
    return host;
}

MarketoSandboxEndpoints SandboxStartup::marketoEndpoints(const sandbox::SandboxHost& host)
{
    const QJsonObject ready = host.readyInfo();
    const QJsonObject marketo = ready.value(QStringLiteral("marketo")).toObject();
    MarketoSandboxEndpoints endpoints;
    endpoints.restUrl = QUrl(marketo.value(QStringLiteral("restUrl")).toString());
    endpoints.identityUrl = QUrl(marketo.value(QStringLiteral("identityUrl")).toString());
    endpoints.clientId = marketo.value(QStringLiteral("clientId")).toString();
    endpoints.clientSecret = marketo.value(QStringLiteral("clientSecret")).toString().toUtf8();
    const QString pem = ready.value(QStringLiteral("certificatePem")).toString();
    if (!pem.isEmpty()) {
        endpoints.extraCaCertificates = QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem);
    }
    return endpoints;
}

SalesforceSandboxEndpoints SandboxStartup::salesforceEndpoints(const sandbox::SandboxHost& host)
{
    const QJsonObject ready = host.readyInfo();
    const QJsonObject salesforce = ready.value(QStringLiteral("salesforce")).toObject();
    SalesforceSandboxEndpoints endpoints;
    endpoints.loginUrl = QUrl(salesforce.value(QStringLiteral("loginUrl")).toString());
    endpoints.instanceUrl = QUrl(salesforce.value(QStringLiteral("instanceUrl")).toString());
    endpoints.consumerKey = salesforce.value(QStringLiteral("consumerKey")).toString();
    for (const QJsonValue& url : salesforce.value(QStringLiteral("callbackUrls")).toArray()) {
        endpoints.callbackUrls.append(QUrl(url.toString()));
    }
    const QString pem = ready.value(QStringLiteral("certificatePem")).toString();
    if (!pem.isEmpty()) {
        endpoints.extraCaCertificates = QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem);
    }
    return endpoints;
}

QString SandboxStartup::tokenFileFor(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("sandbox-salesforce-tokens.json"));
}

QString SandboxStartup::helpText()
{
    return tr("The sandbox of sia-admin --sandbox takes the options of sia-sandbox, each given as\n"
              "--sandbox-option NAME[=VALUE], NAME being the flag without its dashes, for example:\n"
              "  sia-admin --sandbox --sandbox-option people=1000 --sandbox-option tls \\\n"
              "      --sandbox-option faults=marketo.leads=606@3\n")
        + QLatin1Char('\n') + sandbox::SandboxCommandLine::grammarText() + QStringLiteral("\n\n")
        + tr("Options:") + QLatin1Char('\n') + CliHelp::formatOptions(sandbox::SandboxCommandLine::options());
}

} // namespace sia
