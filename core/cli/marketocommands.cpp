#include "cli/marketocommands.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/secretinput.h"
#include "common/actor.h"
#include "connections/connectionsecrets.h"
#include "marketo/marketochecks.h"
#include "marketo/marketoconnectionservice.h"
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

// `connect marketo`, `disconnect marketo`: Salesforce comes with its own client.
Result<void> onlyMarketo(const QString& command, const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1 || words.first() != u"marketo") {
        return usageError(QCoreApplication::translate("sia::ConnectCommand",
            "“%1” needs the service: sia-admin %1 marketo (Salesforce is not available here yet).")
                              .arg(command));
    }
    return {};
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

Error checksFailed(const ConnectionTestReport& report)
{
    //: %1 lists the keys of the checks that failed.
    return Error::environment(QStringLiteral("check.failed"),
        QCoreApplication::translate("sia::CheckCommand", "Not every check passed (failed: %1).")
            .arg(report.failedKeys().join(QStringLiteral(", "))));
}

} // namespace

// shared ---------------------------------------------------------------------------------------------

MarketoCommandBase::MarketoCommandBase() = default;
MarketoCommandBase::~MarketoCommandBase() = default;

MarketoConnectionService& MarketoCommandBase::service(CliContext& context)
{
    if (!m_service) {
        m_keychain = std::make_unique<KeychainSecretStore>();
        m_store = std::make_unique<DirectStoreRunner>(context.store());
        m_service = std::make_unique<MarketoConnectionService>(*m_store, *m_keychain,
            ConnectionSecrets::instanceOf(context.store()), m_actor.isEmpty() ? defaultActor() : m_actor);
        m_service->setSandbox(context.marketoSandbox());
    }
    return *m_service;
}

void MarketoCommandBase::finishOnCancel(CliContext& context)
{
    // Dropping the service abandons its calls (their answers are never delivered); the store holds only
    // complete changes, since each is one transaction.
    QObject::connect(&context, &CliContext::cancelRequested, &context, [this, &context] {
        m_service.reset();
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
        "--sandbox the sandbox's URLs and test credentials are the defaults.");
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
        CommonCliOptions::by() };
}

Result<void> ConnectCommand::configure(const QCommandLineParser& parser)
{
    if (Result<void> service = onlyMarketo(name(), parser); !service) {
        return service;
    }
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
        CheckCommand::print(QStringLiteral("Marketo"), outcome->report, context.output());
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

// disconnect -----------------------------------------------------------------------------------------

QString DisconnectCommand::summary() const
{
    return tr("Disconnect Marketo: delete the client secret from this computer's keychain and the connection "
              "from the instance.");
}

QList<QCommandLineOption> DisconnectCommand::options() const
{
    return { CommonCliOptions::by() };
}

Result<void> DisconnectCommand::configure(const QCommandLineParser& parser)
{
    if (Result<void> service = onlyMarketo(name(), parser); !service) {
        return service;
    }
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
    return tr("Run every named check of every connected service (reachable, TLS, credentials accepted, API "
              "access, daily quota left, the proxy) and record what they found; exit code 3 if one fails.");
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

void CheckCommand::print(const QString& service, const ConnectionTestReport& report, CliOutput& output)
{
    output.line(service);
    const QLocale locale;
    for (const NamedCheck& check : report.checks) {
        const QString time = check.outcome == CheckOutcome::Skipped ? tr("not run")
            : check.elapsedMs < 1                                   ? tr("< 1 ms")
                                  : tr("%1 ms").arg(locale.toString(check.elapsedMs));
        //: One check's line: %1 passed/FAILED/skipped, %2 its name, %3 the time taken, %4 what it found.
        output.line(
            tr("  %1  %2 (%3): %4")
                .arg(outcomeWord(check.outcome), MarketoChecks::nameOf(check.key), time, check.message));
        if (check.outcome == CheckOutcome::Failed) {
            output.line(tr("      Fix: %1 [%2]").arg(check.fix, check.code));
        }
    }
}

void CheckCommand::start(CliContext& context)
{
    finishOnCancel(context);
    MarketoConnectionService& marketo = service(context);
    marketo.load([this, &context, &marketo](Result<std::optional<ConnectionRecord>> record) {
        if (!record) {
            context.finish(record.error());
            return;
        }
        if (!record->has_value()) {
            context.finish(Error::rule(QStringLiteral("check.nothing-connected"),
                tr("No service is connected, so there is nothing to check. Connect Marketo first: sia-admin "
                   "connect marketo.")));
            return;
        }
        marketo.test([this, &context](Result<MarketoTestOutcome> outcome) {
            if (!outcome) {
                context.finish(outcome.error());
                return;
            }
            const ConnectionTestReport& report = outcome->report;
            if (m_json) {
                QJsonObject marketoJson = report.toJson();
                marketoJson.insert(QStringLiteral("service"), QStringLiteral("marketo"));
                marketoJson.insert(QStringLiteral("apiUser"), outcome->findings.apiUser);
                if (outcome->findings.callsToday) {
                    marketoJson.insert(QStringLiteral("budget"),
                        QJsonObject { { QStringLiteral("callsToday"), *outcome->findings.callsToday },
                            { QStringLiteral("dailyLimit"), outcome->findings.dailyLimit },
                            { QStringLiteral("ourShare"), outcome->findings.ourShare },
                            { QStringLiteral("capPercent"), outcome->findings.capPercent } });
                }
                context.output().json(
                    QJsonDocument(QJsonObject { { QStringLiteral("passed"), report.passed() },
                        { QStringLiteral("services"), QJsonArray { marketoJson } } }));
            } else {
                print(QStringLiteral("Marketo"), report, context.output());
            }
            context.finish(report.passed() ? Result<void>() : Result<void>(checksFailed(report)));
        });
    });
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
