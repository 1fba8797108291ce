#include "cli/prerequisitecheckcommand.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "connections/connectionsecrets.h"
#include "marketo/marketoconnectionservice.h"
#include "secrets/keychainsecretstore.h"
#include "setup/syncprerequisiteservice.h"
#include "store/storerunner.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace sia {

CheckPrerequisitesCommand::CheckPrerequisitesCommand() = default;
CheckPrerequisitesCommand::~CheckPrerequisitesCommand() = default;

QString CheckPrerequisitesCommand::summary() const
{
    return tr(
        "Check from Marketo's data that the Marketo-Salesforce sync is set up (its people carry Salesforce "
        "IDs and owners) and record the result as that prerequisite's state; needs the Marketo connection.");
}

QList<QCommandLineOption> CheckPrerequisitesCommand::options() const
{
    return { CommonCliOptions::json(), CommonCliOptions::by() };
}

Result<void> CheckPrerequisitesCommand::configure(const QCommandLineParser& parser)
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

void CheckPrerequisitesCommand::start(CliContext& context)
{
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_store = std::make_unique<DirectStoreRunner>(context.store());
    m_marketo = std::make_unique<MarketoConnectionService>(
        *m_store, *m_keychain, ConnectionSecrets::instanceOf(context.store()), m_actor);
    m_marketo->setSandbox(context.marketoSandbox());
    m_service = std::make_unique<SyncPrerequisiteService>(*m_marketo, *m_store, m_actor);
    QObject::connect(&context, &CliContext::cancelRequested, &context, [this, &context] {
        m_service.reset();
        m_marketo.reset();
        context.finish(CliContext::interruptedError());
    });
    m_service->check([this, &context](Result<SalesforceSyncFindings> findings) {
        if (!findings) {
            context.finish(findings.error());
            return;
        }
        if (m_json) {
            context.output().json(QJsonDocument(
                QJsonObject { { QStringLiteral("prerequisite"), SyncPrerequisiteService::prerequisiteKey },
                    { QStringLiteral("met"), findings->configured() },
                    { QStringLiteral("sampled"), findings->sampled },
                    { QStringLiteral("withSalesforceId"), findings->withSalesforceId },
                    { QStringLiteral("withOwner"), findings->withOwner },
                    { QStringLiteral("withBoth"), findings->withBoth },
                    { QStringLiteral("summary"), findings->summary() } }));
        } else {
            context.output().line(findings->summary());
        }
        context.finish({});
    });
}

} // namespace sia
