#include "cli/packagecommands.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "common/timestamps.h"
#include "connections/connectionsecrets.h"
#include "salesforce/salesforcechecklist.h"
#include "salesforce/salesforceconnectionservice.h"
#include "salesforce/salesforcepackageservice.h"
#include "salesforce/systembrowserlauncher.h"
#include "secrets/keychainsecretstore.h"
#include "store/storerunner.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace sia {

namespace {

QCommandLineOption noteOption()
{
    return { QStringLiteral("note"),
        QCoreApplication::translate("sia::PackageCommand", "A note kept with a confirmation by hand."),
        QStringLiteral("TEXT") };
}

QJsonValue confirmationJson(const std::optional<HandConfirmation>& confirmation)
{
    if (!confirmation) {
        return QJsonValue::Null;
    }
    return QJsonObject { { QStringLiteral("by"), confirmation->confirmedBy },
        { QStringLiteral("at"), toStoredTimestamp(confirmation->confirmedAt) },
        { QStringLiteral("note"), confirmation->note } };
}

QString shortTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

void printPackage(const PackageReport& report, bool json, CliOutput& output)
{
    if (json) {
        QJsonObject document { { QStringLiteral("verdict"), PackageReport::verdictKey(report.verdict) },
            { QStringLiteral("satisfied"), report.satisfied() },
            { QStringLiteral("namespace"), PackageReport::namespacePrefix() },
            { QStringLiteral("supportedVersion"), PackageReport::supportedVersion() },
            { QStringLiteral("installGuide"), PackageReport::installGuide().toString() },
            { QStringLiteral("advice"), report.advice() },
            { QStringLiteral("confirmation"), confirmationJson(report.confirmation) } };
        if (report.detected && report.detected->action != SalesforcePackageStatus::Action::Install) {
            document.insert(QStringLiteral("installed"),
                QJsonObject { { QStringLiteral("name"), report.detected->name },
                    { QStringLiteral("version"),
                        QStringLiteral("%1.%2")
                            .arg(report.detected->majorVersion)
                            .arg(report.detected->minorVersion) } });
        }
        if (report.apiProblem) {
            document.insert(QStringLiteral("apiProblem"),
                QJsonObject { { QStringLiteral("code"), report.apiProblem->code },
                    { QStringLiteral("message"), report.apiProblem->message } });
        }
        output.json(QJsonDocument(document));
        return;
    }
    output.line(report.advice());
    output.line(QCoreApplication::translate("sia::PackageCommand", "Installation guide: %1")
                    .arg(PackageReport::installGuide().toString()));
    if (report.verdict == PackageReport::Verdict::ConfirmByHand) {
        output.line(QCoreApplication::translate(
            "sia::PackageCommand", "Once checked in Salesforce: sia-admin package confirm [--note TEXT]"));
    }
}

QString stateWord(ChecklistItemResult::State state)
{
    switch (state) {
    case ChecklistItemResult::State::Verified:
        return QCoreApplication::translate("sia::ChecklistCommand", "verified");
    case ChecklistItemResult::State::NotDone:
        return QCoreApplication::translate("sia::ChecklistCommand", "NOT DONE");
    case ChecklistItemResult::State::ConfirmedByHand:
        return QCoreApplication::translate("sia::ChecklistCommand", "confirmed by hand");
    case ChecklistItemResult::State::NeedsConfirmation:
        return QCoreApplication::translate("sia::ChecklistCommand", "to confirm");
    }
    return {};
}

void printChecklist(const ChecklistReport& report, bool json, CliOutput& output)
{
    if (json) {
        QJsonArray items;
        for (const ChecklistItemResult& item : report.items) {
            QJsonObject one { { QStringLiteral("key"), item.definition.key },
                { QStringLiteral("title"), item.definition.title },
                { QStringLiteral("state"), ChecklistItemResult::stateKey(item.state) },
                { QStringLiteral("finding"), item.finding },
                { QStringLiteral("verifiedBy"), item.definition.verifiedBy },
                { QStringLiteral("confirmation"), confirmationJson(item.confirmation) } };
            if (item.apiProblem) {
                one.insert(QStringLiteral("apiProblem"),
                    QJsonObject { { QStringLiteral("code"), item.apiProblem->code },
                        { QStringLiteral("message"), item.apiProblem->message } });
            }
            items.append(one);
        }
        output.json(QJsonDocument(QJsonObject {
            { QStringLiteral("complete"), report.complete() }, { QStringLiteral("items"), items } }));
        return;
    }
    for (const ChecklistItemResult& item : report.items) {
        //: One item: %1 its state, %2 its key, %3 its title.
        output.line(QCoreApplication::translate("sia::ChecklistCommand", "  [%1] %2: %3")
                        .arg(stateWord(item.state), item.definition.key, item.definition.title));
        switch (item.state) {
        case ChecklistItemResult::State::Verified:
        case ChecklistItemResult::State::NotDone:
            output.line(QCoreApplication::translate("sia::ChecklistCommand", "      %1").arg(item.finding));
            break;
        case ChecklistItemResult::State::ConfirmedByHand:
            output.line(QCoreApplication::translate("sia::ChecklistCommand", "      by %1 on %2")
                            .arg(item.confirmation->confirmedBy, shortTime(item.confirmation->confirmedAt)));
            break;
        case ChecklistItemResult::State::NeedsConfirmation:
            if (item.apiProblem) {
                output.line(
                    QCoreApplication::translate("sia::ChecklistCommand", "      The API cannot tell: %1")
                        .arg(item.apiProblem->message));
            }
            output.line(QCoreApplication::translate("sia::ChecklistCommand", "      To do: %1")
                            .arg(item.definition.instructions));
            break;
        }
    }
    output.line(report.complete()
            ? QCoreApplication::translate("sia::ChecklistCommand", "The checklist is complete.")
            : QCoreApplication::translate("sia::ChecklistCommand",
                "Not complete yet. Confirm an item by hand: sia-admin checklist confirm ITEM"));
}

} // namespace

// shared ---------------------------------------------------------------------------------------------

SalesforceStepCommand::SalesforceStepCommand() = default;
SalesforceStepCommand::~SalesforceStepCommand() = default;

SalesforceClientSource& SalesforceStepCommand::clients(CliContext& context)
{
    // Step 2's connection as the run finds it (record and keychain): the org's client, or "not connected".
    // No login is started here, so no browser is ever opened.
    if (!m_salesforce) {
        m_keychain = std::make_unique<KeychainSecretStore>();
        m_browser = std::make_unique<SystemBrowserLauncher>(false);
        m_salesforce = std::make_unique<SalesforceConnectionService>(runner(context), *m_keychain,
            ConnectionSecrets::instanceOf(context.store()), m_actor, *m_browser);
        m_salesforce->setSandbox(context.salesforceSandbox());
    }
    return *m_salesforce;
}

DirectStoreRunner& SalesforceStepCommand::runner(CliContext& context)
{
    if (!m_runner) {
        m_runner = std::make_unique<DirectStoreRunner>(context.store());
    }
    return *m_runner;
}

Result<void> SalesforceStepCommand::configureCommon(const QCommandLineParser& parser, bool takesItem)
{
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    const int wanted = verb.isEmpty() ? 0 : (takesItem ? 2 : 1);
    if ((!verb.isEmpty() && verb != u"confirm" && verb != u"withdraw") || words.size() != wanted) {
        return Error::input(QStringLiteral("cli.usage"),
            takesItem ? QCoreApplication::translate(
                "sia::ChecklistCommand", "Usage: sia-admin checklist [confirm ITEM | withdraw ITEM]")
                      : QCoreApplication::translate(
                          "sia::PackageCommand", "Usage: sia-admin package [confirm | withdraw]"));
    }
    m_verb = verb;
    m_item = words.value(1);
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    m_note = parser.value(QStringLiteral("note"));
    m_json = parser.isSet(QStringLiteral("json"));
    return {};
}

// package --------------------------------------------------------------------------------------------

QString PackageCommand::summary() const
{
    return tr(
        "Step 6: is the Marketo Sales Insight package installed in the connected Salesforce org, at which "
        "version, and what to do (install, upgrade, nothing). Where the API cannot tell, “package "
        "confirm” records your confirmation by hand; “package withdraw” takes it back.");
}

QList<QCommandLineOption> PackageCommand::options() const
{
    return { CommonCliOptions::json(), noteOption(), CommonCliOptions::by() };
}

Result<void> PackageCommand::configure(const QCommandLineParser& parser)
{
    return configureCommon(parser, false);
}

void PackageCommand::start(CliContext& context)
{
    auto* service = new SalesforcePackageService(clients(context), runner(context), m_actor, &context);
    auto done = [this, &context](Result<PackageReport> report) {
        if (!report) {
            context.finish(report.error());
            return;
        }
        printPackage(*report, m_json, context.output());
        context.finish({});
    };
    if (m_verb == u"confirm") {
        service->confirmByHand(m_note, done);
    } else if (m_verb == u"withdraw") {
        service->withdrawConfirmation(done);
    } else {
        service->check(done);
    }
}

// checklist ------------------------------------------------------------------------------------------

QString ChecklistCommand::summary() const
{
    return tr("Step 7: the checklist of configuring Actions in Salesforce, each item verified through the "
              "Salesforce API where it can be. “checklist confirm ITEM” records your confirmation by hand of "
              "an item the API cannot tell; “checklist withdraw ITEM” takes it back.");
}

QList<QCommandLineOption> ChecklistCommand::options() const
{
    return { CommonCliOptions::json(), noteOption(), CommonCliOptions::by() };
}

Result<void> ChecklistCommand::configure(const QCommandLineParser& parser)
{
    return configureCommon(parser, true);
}

void ChecklistCommand::start(CliContext& context)
{
    auto* service = new SalesforceChecklistService(clients(context), runner(context), m_actor, &context);
    auto done = [this, &context](Result<ChecklistReport> report) {
        if (!report) {
            context.finish(report.error());
            return;
        }
        printChecklist(*report, m_json, context.output());
        context.finish({});
    };
    if (m_verb == u"confirm") {
        service->confirmByHand(m_item, m_note, done);
    } else if (m_verb == u"withdraw") {
        service->withdrawConfirmation(m_item, done);
    } else {
        service->check(done);
    }
}

} // namespace sia
