#include "cli/marketocommands.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/secretinput.h"
#include "common/actor.h"
#include "connections/connectionsecrets.h"
#include "connections/handoverrules.h"
#include "marketo/marketochecks.h"
#include "marketo/marketoconnectionservice.h"
#include "salesforce/salesforcechecks.h"
#include "salesforce/salesforceconnectionservice.h"
#include "salesforce/systembrowserlauncher.h"
#include "secrets/keychainsecretstore.h"
#include "store/storerunner.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace sia {

namespace {

Error usageError(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

QString outcomeWord(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return QCoreApplication::translate("sia::CheckCommand", "passed");
    case CheckOutcome::Failed:
        return QCoreApplication::translate("sia::CheckCommand", "FAILED");
    case CheckOutcome::Skipped:
        return QCoreApplication::translate("sia::CheckCommand", "skipped");
    }
    return {};
}

} // namespace

// shared ---------------------------------------------------------------------------------------------

ConnectionCommandBase::ConnectionCommandBase() = default;
ConnectionCommandBase::~ConnectionCommandBase() = default;

void ConnectionCommandBase::openStores(CliContext& context)
{
    if (!m_keychain) {
        m_keychain = std::make_unique<KeychainSecretStore>();
        m_store = std::make_unique<DirectStoreRunner>(context.store());
    }
}

Result<ConnectionService> ConnectionCommandBase::serviceArgument(
    const QString& command, const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() == 1 && words.first() == u"marketo") {
        return ConnectionService::Marketo;
    }
    if (words.size() == 1 && words.first() == u"salesforce") {
        return ConnectionService::Salesforce;
    }
    return usageError(QCoreApplication::translate(
        "sia::ConnectCommand", "“%1” needs the service: sia-admin %1 marketo, or sia-admin %1 salesforce.")
                          .arg(command));
}

SalesforceConnectionService& ConnectionCommandBase::salesforce(CliContext& context, bool openBrowser)
{
    if (!m_salesforce) {
        openStores(context);
        m_browser = std::make_unique<SystemBrowserLauncher>(openBrowser);
        m_salesforce = std::make_unique<SalesforceConnectionService>(*m_store, *m_keychain,
            ConnectionSecrets::instanceOf(context.store()), m_actor.isEmpty() ? defaultActor() : m_actor,
            *m_browser);
        m_salesforce->setSandbox(context.salesforceSandbox());
    }
    return *m_salesforce;
}

MarketoConnectionService& ConnectionCommandBase::service(CliContext& context)
{
    if (!m_service) {
        openStores(context);
        m_service = std::make_unique<MarketoConnectionService>(*m_store, *m_keychain,
            ConnectionSecrets::instanceOf(context.store()), m_actor.isEmpty() ? defaultActor() : m_actor);
        m_service->setSandbox(context.marketoSandbox());
    }
    return *m_service;
}

void ConnectionCommandBase::finishOnCancel(CliContext& context)
{
    // Dropping the service abandons its calls (their answers are never delivered); the store holds only
    // complete changes, since each is one transaction.
    QObject::connect(&context, &CliContext::cancelRequested, &context, [this, &context] {
        m_service.reset();
        if (m_salesforce) {
            m_salesforce->cancel(); // the loopback listener closes; the previous connection stays
        }
        m_salesforce.reset();
        context.finish(CliContext::interruptedError());
    });
}

// connect --------------------------------------------------------------------------------------------

QString ConnectCommand::summary() const
{
    return tr(
        "Connect to Marketo (step 3): run the named checks with the REST endpoint, identity URL, client "
        "ID and the client secret read from standard input (typed without echo on a terminal), and "
        "when they pass keep the secret in the keychain and the connection, owned by you. With "
        "--sandbox the sandbox's URLs and test credentials are the defaults. Connect to Salesforce (step "
        "2): log in in the browser (the link is printed; the system browser opens unless --no-browser), "
        "then the named checks; the refresh token goes to the keychain only when they pass.");
}

QList<QCommandLineOption> ConnectCommand::options() const
{
    return { { QStringLiteral("endpoint"), tr("The REST endpoint (Marketo: Admin, Web Services)."),
                 QStringLiteral("URL") },
        { QStringLiteral("identity"), tr("The identity URL (Marketo: Admin, Web Services)."),
            QStringLiteral("URL") },
        { QStringLiteral("client-id"),
            tr("The custom service's client ID (Marketo: Admin, LaunchPoint, View Details)."),
            QStringLiteral("ID") },
        { QStringLiteral("login-host"),
            tr("Salesforce: production (login.salesforce.com, the default), sandbox (test.salesforce.com) or "
               "the org's My Domain."),
            QStringLiteral("HOST") },
        { QStringLiteral("consumer-key"),
            tr("Salesforce: the consumer key of the connected app (or external client app) created for SIA "
               "Admin."),
            QStringLiteral("KEY") },
        { QStringLiteral("consumer-secret-stdin"),
            tr("Salesforce: the app requires its consumer secret; read it from standard input.") },
        { QStringLiteral("no-browser"),
            tr("Salesforce: do not open the system browser; only print the login link.") },
        CommonCliOptions::by() };
}

Result<void> ConnectCommand::configure(const QCommandLineParser& parser)
{
    Result<ConnectionService> target = serviceArgument(name(), parser);
    if (!target) {
        return target.error();
    }
    m_target = *target;
    const QStringList marketoOnly { QStringLiteral("endpoint"), QStringLiteral("identity"),
        QStringLiteral("client-id") };
    const QStringList salesforceOnly { QStringLiteral("login-host"), QStringLiteral("consumer-key"),
        QStringLiteral("consumer-secret-stdin"), QStringLiteral("no-browser") };
    for (const QString& option : m_target == ConnectionService::Marketo ? salesforceOnly : marketoOnly) {
        if (parser.isSet(option)) {
            //: %1 the option, %2 the service it belongs to.
            return usageError(tr("--%1 belongs to connect %2.")
                                  .arg(option,
                                      m_target == ConnectionService::Marketo ? QStringLiteral("salesforce")
                                                                             : QStringLiteral("marketo")));
        }
    }
    m_loginHost = parser.value(QStringLiteral("login-host"));
    m_consumerKey = parser.value(QStringLiteral("consumer-key"));
    m_readConsumerSecret = parser.isSet(QStringLiteral("consumer-secret-stdin"));
    m_noBrowser = parser.isSet(QStringLiteral("no-browser"));
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    m_endpoint = parser.value(QStringLiteral("endpoint"));
    m_identity = parser.value(QStringLiteral("identity"));
    m_clientId = parser.value(QStringLiteral("client-id"));
    return {};
}

void ConnectCommand::start(CliContext& context)
{
    if (m_target == ConnectionService::Salesforce) {
        startSalesforce(context);
        return;
    }
    const std::optional<MarketoSandboxEndpoints>& sandbox = context.marketoSandbox();
    MarketoCredentials credentials;
    credentials.restUrl = QUrl(m_endpoint.isEmpty() && sandbox ? sandbox->restUrl.toString() : m_endpoint);
    credentials.identityUrl
        = QUrl(m_identity.isEmpty() && sandbox ? sandbox->identityUrl.toString() : m_identity);
    if (m_endpoint.isEmpty() && !sandbox) {
        context.finish(
            usageError(tr("connect marketo needs --endpoint URL (Marketo: Admin, Web Services).")));
        return;
    }
    if (m_identity.isEmpty() && !sandbox) {
        context.finish(
            usageError(tr("connect marketo needs --identity URL (Marketo: Admin, Web Services).")));
        return;
    }
    if (m_clientId.isEmpty() && !sandbox) {
        context.finish(usageError(tr("connect marketo needs --client-id ID (Marketo: Admin, LaunchPoint, the "
                                     "custom service, View Details).")));
        return;
    }
    if (m_clientId.isEmpty()) {
        // The sandbox's own test credentials: nothing to type.
        credentials.clientId = sandbox->clientId;
        credentials.clientSecret = sandbox->clientSecret;
    } else {
        credentials.clientId = m_clientId;
        const std::optional<QString> secret
            = SecretInput::readLine(tr("Client secret for %1: ").arg(m_clientId));
        if (!secret || secret->isEmpty()) {
            context.finish(
                usageError(tr("No client secret was given on standard input. Type it when asked, or "
                              "pipe it in: printf '%s\\n' \"$SECRET\" | sia-admin connect marketo "
                              "--endpoint URL --identity URL --client-id ID")));
            return;
        }
        credentials.clientSecret = secret->toUtf8();
    }
    finishOnCancel(context);
    service(context).connectTo(credentials, [&context](Result<MarketoTestOutcome> outcome) {
        if (!outcome) {
            context.finish(outcome.error());
            return;
        }
        CheckCommand::print(ConnectionService::Marketo, outcome->report, context.output());
        if (!outcome->connected) {
            context.finish(Error::environment(QStringLiteral("check.failed"),
                tr("Marketo is not connected: not every check passed (failed: %1). The previous connection, "
                   "if "
                   "any, is unchanged.")
                    .arg(outcome->report.failedKeys().join(QStringLiteral(", ")))));
            return;
        }
        const ConnectionOwner& owner = outcome->record->owner;
        //: %1 the API user, %2 who connected, %3 the machine.
        context.output().line(
            tr("Marketo is connected as the API user %1, owned by %2 on %3; the client secret "
               "is in this computer's keychain.")
                .arg(owner.remoteUser, owner.connectedBy, owner.connectedFrom));
        context.finish({});
    });
}

void ConnectCommand::startSalesforce(CliContext& context)
{
    const std::optional<SalesforceSandboxEndpoints>& sandbox = context.salesforceSandbox();
    SalesforceConnectionService& salesforce = this->salesforce(context, !m_noBrowser);
    SalesforceConnectRequest request;
    Result<QUrl> login = salesforce.loginUrlFor(m_loginHost);
    if (!login) {
        context.finish(login.error());
        return;
    }
    request.loginUrl = *login;
    request.consumerKey = m_consumerKey.isEmpty() && sandbox ? sandbox->consumerKey : m_consumerKey;
    if (request.consumerKey.isEmpty()) {
        context.finish(usageError(tr("connect salesforce needs --consumer-key KEY: the consumer key of the "
                                     "connected app created for SIA Admin (Salesforce: Setup, App Manager, "
                                     "the app, View, Manage Consumer Details).")));
        return;
    }
    if (m_readConsumerSecret) {
        const std::optional<QString> secret = SecretInput::readLine(tr("Consumer secret: "));
        if (!secret || secret->isEmpty()) {
            context.finish(usageError(tr("No consumer secret was given on standard input.")));
            return;
        }
        request.consumerSecret = secret->toUtf8();
    }
    QObject::connect(&salesforce, &SalesforceConnectionService::waitingForBrowser, &context,
        [this, &context](const QUrl& link) {
            //: %1 the login link. Printed whether or not the browser opened.
            context.output().error(m_noBrowser
                    ? tr("Open this link in a browser to log in to Salesforce; SIA Admin waits for the "
                         "browser to come back (Ctrl-C cancels):\n%1")
                          .arg(link.toString(QUrl::FullyEncoded))
                    : tr("Log in to Salesforce in the browser that opens. If none opens, open this link; SIA "
                         "Admin waits for the browser to come back (Ctrl-C cancels):\n%1")
                          .arg(link.toString(QUrl::FullyEncoded)));
            context.output().flush();
        });
    QObject::connect(&salesforce, &SalesforceConnectionService::exchangingCode, &context, [&context] {
        context.output().error(tr("The browser came back; finishing the connection and running the checks."));
        context.output().flush();
    });
    finishOnCancel(context);
    salesforce.connectTo(request, [&context](Result<SalesforceTestOutcome> outcome) {
        if (!outcome) {
            context.finish(Error { outcome.error().kind, outcome.error().code,
                tr("%1 Nothing was changed: a previous connection, if any, is as it was.")
                    .arg(outcome.error().message) });
            return;
        }
        CheckCommand::print(ConnectionService::Salesforce, outcome->report, context.output());
        if (!outcome->connected) {
            context.finish(Error::environment(QStringLiteral("check.failed"),
                tr("Salesforce is not connected: not every check passed (failed: %1). The previous "
                   "connection, if any, is unchanged.")
                    .arg(outcome->report.failedKeys().join(QStringLiteral(", ")))));
            return;
        }
        const ConnectionRecord& record = *outcome->record;
        //: %1 the org's name, %2 its ID, %3 its edition, %4 the instance, %5 the Salesforce user, %6 who
        //: connected, %7 the machine.
        context.output().line(
            tr("Salesforce is connected: the org %1 (%2, %3) at %4, as %5, owned by %6 on %7; "
               "the refresh token is in this computer's keychain.")
                .arg(record.accountName, record.accountId, record.edition, record.apiUrl,
                    record.owner.remoteUser, record.owner.connectedBy, record.owner.connectedFrom));
        context.finish({});
    });
}

// disconnect -----------------------------------------------------------------------------------------

QString DisconnectCommand::summary() const
{
    return tr("Disconnect Marketo (delete the client secret from this computer's keychain and the connection "
              "from the instance) or Salesforce (revoke the refresh token at Salesforce, delete it from the "
              "keychain, then the connection).");
}

QList<QCommandLineOption> DisconnectCommand::options() const
{
    return { CommonCliOptions::by() };
}

Result<void> DisconnectCommand::configure(const QCommandLineParser& parser)
{
    Result<ConnectionService> target = serviceArgument(name(), parser);
    if (!target) {
        return target.error();
    }
    m_target = *target;
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    return {};
}

void DisconnectCommand::start(CliContext& context)
{
    finishOnCancel(context);
    if (m_target == ConnectionService::Salesforce) {
        salesforce(context).disconnect([&context](Result<SalesforceDisconnectOutcome> outcome) {
            if (!outcome) {
                context.finish(outcome.error());
                return;
            }
            if (outcome->revokeFailure) {
                //: %1 why Salesforce did not revoke the token, %2 its code.
                context.output().error(
                    tr("sia-admin: Salesforce did not revoke the refresh token (%1 [%2]); "
                       "revoke it in Salesforce: Setup, Connected Apps OAuth Usage.")
                        .arg(outcome->revokeFailure->message, outcome->revokeFailure->code));
            }
            context.output().line(
                tr("Salesforce is disconnected; its refresh token is no longer in the keychain."));
            context.finish({});
        });
        return;
    }
    service(context).disconnect([&context](Result<void> outcome) {
        if (outcome) {
            context.output().line(
                tr("Marketo is disconnected; its client secret is no longer in the keychain."));
        }
        context.finish(std::move(outcome));
    });
}

// check ----------------------------------------------------------------------------------------------

QString CheckCommand::summary() const
{
    return tr("Run every named check of both services, each when connected (reachable, TLS, credentials "
              "accepted, API access, daily quota or requests left, the proxy; for Salesforce also the user's "
              "permissions) and record what they found; exit code 3 if one fails.");
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return { CommonCliOptions::json(), CommonCliOptions::by() };
}

Result<void> CheckCommand::configure(const QCommandLineParser& parser)
{
    if (Result<void> none = CommonCliOptions::noArguments(name(), parser); !none) {
        return none;
    }
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    m_json = parser.isSet(QStringLiteral("json"));
    return {};
}

void CheckCommand::print(ConnectionService service, const ConnectionTestReport& report, CliOutput& output)
{
    output.line(HandOverRules::serviceName(service));
    const QLocale locale;
    for (const NamedCheck& check : report.checks) {
        const QString time = check.outcome == CheckOutcome::Skipped ? tr("not run")
            : check.elapsedMs < 1                                   ? tr("< 1 ms")
                                  : tr("%1 ms").arg(locale.toString(check.elapsedMs));
        const QString name = service == ConnectionService::Marketo ? MarketoChecks::nameOf(check.key)
                                                                   : SalesforceChecks::nameOf(check.key);
        //: One check's line: %1 passed/FAILED/skipped, %2 its name, %3 the time taken, %4 what it found.
        output.line(tr("  %1  %2 (%3): %4").arg(outcomeWord(check.outcome), name, time, check.message));
        if (check.outcome == CheckOutcome::Failed) {
            output.line(tr("      Fix: %1 [%2]").arg(check.fix, check.code));
        }
    }
}

void CheckCommand::start(CliContext& context)
{
    finishOnCancel(context);
    checkMarketo(context);
}

// Marketo first, then Salesforce, each when connected; a side not connected is said so.
void CheckCommand::checkMarketo(CliContext& context)
{
    MarketoConnectionService& marketo = service(context);
    marketo.load([this, &context, &marketo](Result<std::optional<ConnectionRecord>> record) {
        if (!record) {
            context.finish(record.error());
            return;
        }
        if (!record->has_value()) {
            m_services.append(QJsonObject { { QStringLiteral("service"), QStringLiteral("marketo") },
                { QStringLiteral("connected"), false } });
            if (!m_json) {
                context.output().line(tr("Marketo: not connected (sia-admin connect marketo)."));
            }
            checkSalesforce(context);
            return;
        }
        m_anyConnected = true;
        marketo.test([this, &context](Result<MarketoTestOutcome> outcome) {
            if (!outcome) {
                sideFailed(context, QStringLiteral("marketo"), outcome.error()); // the other side still runs
                checkSalesforce(context);
                return;
            }
            const ConnectionTestReport& report = outcome->report;
            QJsonObject marketoJson = report.toJson();
            marketoJson.insert(QStringLiteral("service"), QStringLiteral("marketo"));
            marketoJson.insert(QStringLiteral("connected"), true);
            marketoJson.insert(QStringLiteral("apiUser"), outcome->findings.apiUser);
            if (outcome->findings.callsToday) {
                marketoJson.insert(QStringLiteral("budget"),
                    QJsonObject { { QStringLiteral("callsToday"), *outcome->findings.callsToday },
                        { QStringLiteral("dailyLimit"), outcome->findings.dailyLimit },
                        { QStringLiteral("ourShare"), outcome->findings.ourShare },
                        { QStringLiteral("capPercent"), outcome->findings.capPercent } });
            }
            m_services.append(marketoJson);
            if (!m_json) {
                print(ConnectionService::Marketo, report, context.output());
            }
            for (const QString& key : report.failedKeys()) {
                m_failed << QStringLiteral("marketo.") + key;
            }
            checkSalesforce(context);
        });
    });
}

void CheckCommand::checkSalesforce(CliContext& context)
{
    SalesforceConnectionService& salesforce = this->salesforce(context);
    salesforce.load([this, &context, &salesforce](Result<std::optional<ConnectionRecord>> record) {
        if (!record) {
            context.finish(record.error());
            return;
        }
        if (!record->has_value()) {
            m_services.append(QJsonObject { { QStringLiteral("service"), QStringLiteral("salesforce") },
                { QStringLiteral("connected"), false } });
            if (!m_json) {
                context.output().line(tr("Salesforce: not connected (sia-admin connect salesforce)."));
            }
            finishCheck(context);
            return;
        }
        m_anyConnected = true;
        salesforce.test([this, &context](Result<SalesforceTestOutcome> outcome) {
            if (!outcome) {
                sideFailed(context, QStringLiteral("salesforce"), outcome.error());
                finishCheck(context);
                return;
            }
            const ConnectionTestReport& report = outcome->report;
            const SalesforceCheckFindings& findings = outcome->findings;
            QJsonObject json = report.toJson();
            json.insert(QStringLiteral("service"), QStringLiteral("salesforce"));
            json.insert(QStringLiteral("connected"), true);
            json.insert(QStringLiteral("organizationId"), findings.organizationId);
            json.insert(QStringLiteral("organizationName"), findings.organizationName);
            json.insert(QStringLiteral("edition"), findings.edition);
            json.insert(QStringLiteral("username"), findings.username);
            QJsonObject permissions;
            for (const SalesforcePermission& permission : findings.permissions) {
                permissions.insert(permission.key, permission.granted);
            }
            json.insert(QStringLiteral("permissions"), permissions);
            if (findings.requestsUsed) {
                json.insert(QStringLiteral("budget"),
                    QJsonObject { { QStringLiteral("requestsUsed"), *findings.requestsUsed },
                        { QStringLiteral("dailyLimit"), findings.requestsMax },
                        { QStringLiteral("ourShare"), findings.ourShare },
                        { QStringLiteral("capPercent"), findings.capPercent } });
            }
            m_services.append(json);
            if (!m_json) {
                print(ConnectionService::Salesforce, report, context.output());
            }
            for (const QString& key : report.failedKeys()) {
                m_failed << QStringLiteral("salesforce.") + key;
            }
            finishCheck(context);
        });
    });
}

void CheckCommand::sideFailed(CliContext& context, const QString& service, const Error& error)
{
    // The checks could not run at all (the keychain, a token on another machine): said, and counted.
    m_services.append(
        QJsonObject { { QStringLiteral("service"), service }, { QStringLiteral("connected"), true },
            { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), error.code },
                    { QStringLiteral("message"), error.message } } } });
    m_failed << service;
    if (!m_json) {
        //: %1 the service, %2 what happened, %3 its code.
        context.output().line(
            tr("%1: the checks could not run: %2 [%3]")
                .arg(service == u"marketo" ? QStringLiteral("Marketo") : QStringLiteral("Salesforce"),
                    error.message, error.code));
    }
}

void CheckCommand::finishCheck(CliContext& context)
{
    if (!m_anyConnected) {
        context.finish(Error::rule(QStringLiteral("check.nothing-connected"),
            tr("No service is connected, so there is nothing to check. Connect Marketo (sia-admin connect "
               "marketo) and Salesforce (sia-admin connect salesforce) first.")));
        return;
    }
    if (m_json) {
        context.output().json(QJsonDocument(QJsonObject {
            { QStringLiteral("passed"), m_failed.isEmpty() }, { QStringLiteral("services"), m_services } }));
    }
    if (m_failed.isEmpty()) {
        context.finish({});
        return;
    }
    //: %1 lists the checks that failed, as service.key.
    context.finish(Error::environment(QStringLiteral("check.failed"),
        tr("Not every check passed (failed: %1).").arg(m_failed.join(QStringLiteral(", ")))));
}

// admins ---------------------------------------------------------------------------------------------

QString AdminsCommand::summary() const
{
    return tr(
        "List the Marketo subscription's admins for step 1 (its Admin role holders, and the users whose "
        "invitation is still pending), through the Marketo connection.");
}

QList<QCommandLineOption> AdminsCommand::options() const
{
    return { CommonCliOptions::json() };
}

Result<void> AdminsCommand::configure(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1 || words.first() != u"list") {
        return usageError(tr("“admins” needs what to do: sia-admin admins list"));
    }
    m_json = parser.isSet(QStringLiteral("json"));
    return {};
}

void AdminsCommand::start(CliContext& context)
{
    finishOnCancel(context);
    service(context).admins([this, &context](Result<QList<MarketoAdmin>> admins) {
        if (!admins) {
            context.finish(admins.error());
            return;
        }
        if (m_json) {
            QJsonArray list;
            for (const MarketoAdmin& admin : *admins) {
                list.append(QJsonObject { { QStringLiteral("userid"), admin.userid },
                    { QStringLiteral("email"), admin.email },
                    { QStringLiteral("firstName"), admin.firstName },
                    { QStringLiteral("lastName"), admin.lastName },
                    { QStringLiteral("pending"), admin.pending },
                    { QStringLiteral("workspaces"), QJsonArray::fromStringList(admin.workspaces) } });
            }
            context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("admins"), list } }));
            context.finish({});
            return;
        }
        for (const MarketoAdmin& admin : *admins) {
            const QString name = QStringLiteral("%1 %2").arg(admin.firstName, admin.lastName).trimmed();
            if (admin.pending) {
                //: %1 the name, %2 the email address.
                context.output().line(
                    tr("%1 <%2>: invitation pending (roles known once accepted)").arg(name, admin.email));
            } else {
                //: %1 the name, %2 the email address, %3 the workspaces.
                context.output().line(
                    tr("%1 <%2>: Admin in %3")
                        .arg(name, admin.email, admin.workspaces.join(QStringLiteral(", "))));
            }
        }
        context.output().line(tr("%n admin(s) or pending invitation(s).", nullptr, int(admins->size())));
        context.finish({});
    });
}

} // namespace sia
