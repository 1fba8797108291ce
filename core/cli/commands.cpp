#include "cli/commands.h"

#include "cli/accountcommands.h"
#include "cli/activitiescommand.h"
#include "cli/budgetcommands.h"
#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/databasecommand.h"
#include "cli/healthcommand.h"
#include "cli/keychaincommand.h"
#include "cli/mailcommand.h"
#include "cli/marketocommands.h"
#include "cli/networkcommands.h"
#include "cli/packagecommands.h"
#include "cli/peoplecommand.h"
#include "cli/prerequisitecheckcommand.h"
#include "cli/settingscommand.h"
#include "cli/synccommands.h"
#include "cli/taskscommands.h"
#include "cli/teamscommand.h"
#include "cli/testcommands.h"
#include "cli/texttable.h"
#include "cli/userscommands.h"
#include "common/actor.h"
#include "common/environment.h"
#include "common/timestamps.h"
#include "review/auditcatalogue.h"
#include "setup/planjson.h"
#include "setup/setupplan.h"
#include "store/auditlog.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace sia {

namespace {

Error usage(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

QString shortTime(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("—");
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

// common options -------------------------------------------------------------------------------------

QCommandLineOption CommonCliOptions::json()
{
    return { QStringLiteral("json"), tr("Write the result as JSON.") };
}

QCommandLineOption CommonCliOptions::by()
{
    return { QStringLiteral("by"), tr("Who makes the change (default: SIA_ACTOR, else your user name)."),
        QStringLiteral("NAME") };
}

Result<QString> CommonCliOptions::actor(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("by"))) {
        return defaultActor();
    }
    const QString name = parser.value(QStringLiteral("by")).trimmed();
    if (name.isEmpty()) {
        return usage(tr("--by needs a name."));
    }
    return name;
}

Result<void> CommonCliOptions::noArguments(const QString& command, const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("“%1” takes no arguments, but was given: %2")
                         .arg(command, parser.positionalArguments().join(QLatin1Char(' '))));
    }
    return {};
}

// status ---------------------------------------------------------------------------------------------

QString StatusCommand::summary() const
{
    return tr("Show the persona table: every step's persona, status, owner and last change, and the "
              "prerequisites.");
}

QList<QCommandLineOption> StatusCommand::options() const
{
    return { CommonCliOptions::json() };
}

Result<void> StatusCommand::configure(const QCommandLineParser& parser)
{
    m_json = parser.isSet(QStringLiteral("json"));
    return CommonCliOptions::noArguments(name(), parser);
}

Result<void> StatusCommand::run(CliContext& context)
{
    const Store& store = context.store();
    Result<PlanSnapshot> snapshot = SetupPlan(context.store()).snapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    if (m_json) {
        QJsonObject document = toJson(*snapshot);
        document.insert(QStringLiteral("database"), store.path());
        document.insert(QStringLiteral("schemaVersion"), store.schemaVersion());
        document.insert(QStringLiteral("readOnly"), store.isReadOnly());
        context.output().json(QJsonDocument(document));
    } else {
        print(store, *snapshot, context.output());
    }
    return {};
}

void StatusCommand::print(const Store& store, const PlanSnapshot& snapshot, CliOutput& output) const
{
    output.line(store.isReadOnly()
            ? tr("Setup of the Actions instance in %1 (read-only review)").arg(store.path())
            : tr("Setup of the Actions instance in %1").arg(store.path()));
    output.line();
    output.line(tr("Prerequisites:"));
    for (const PrerequisiteState& prerequisite : snapshot.prerequisites) {
        const QString mark = prerequisite.confirmed ? QStringLiteral("[x]") : QStringLiteral("[ ]");
        QString line = QStringLiteral("  %1 %2 (%3)")
                           .arg(mark, prerequisite.definition.title, prerequisite.definition.key);
        if (prerequisite.changedAt.isValid()) {
            //: %1 is who, %2 when
            line += QLatin1Char(' ')
                + (prerequisite.confirmed ? tr("— confirmed by %1, %2") : tr("— withdrawn by %1, %2"))
                      .arg(prerequisite.changedBy, shortTime(prerequisite.changedAt));
        }
        output.line(line);
        if (!prerequisite.note.isEmpty()) {
            output.line(
                QStringLiteral("      %1").arg(prerequisite.note)); // what a check found, or the admin's note
        }
    }
    output.line();
    TextTable table({ tr("#"), tr("Persona"), tr("Status"), tr("Owner"), tr("Last change"), tr("Step") });
    for (const StepView& step : snapshot.steps) {
        const QString status = step.statusText(); // the words every view uses: "In progress (locked)"
        table.addRow({ QString::number(step.definition.number), personaLabel(step.definition.personas),
            status, orDash(step.state.owner), shortTime(step.state.changedAt), step.definition.title });
    }
    for (const QString& line : table.render()) {
        output.line(line);
    }
    output.line();
    for (const StepView& step : snapshot.steps) {
        if (step.state.reason.isEmpty()) {
            continue;
        }
        const QString number = QString::number(step.definition.number);
        if (step.state.status == StepStatus::Blocked) {
            output.line(tr("Step %1 is blocked: %2").arg(number, step.state.reason));
        } else if (step.state.status == StepStatus::Skipped) {
            output.line(tr("Step %1 is skipped: %2").arg(number, step.state.reason));
        }
    }
    //: %1 is how many steps are done, %n how many the plan has
    output.line(tr("%1 of %n steps done.", nullptr, int(snapshot.steps.size()))
                    .arg(snapshot.countWithStatus(StepStatus::Done)));
    if (const int next = snapshot.suggestedStep(); next > 0) {
        output.line(
            tr("Next: step %1, %2.").arg(QString::number(next), snapshot.step(next)->definition.title));
    }
}

// step -----------------------------------------------------------------------------------------------

QString StepCommand::summary() const
{
    return tr(
        "Change the status of step N (1 to 7). Blocking and skipping need --reason. The change is recorded "
        "with who made it (--by, else your user name) in the step's history and the audit log.");
}

QList<QCommandLineOption> StepCommand::options() const
{
    return { { QStringLiteral("reason"),
                 tr("Why the step is blocked or skipped (or a note on another change)."),
                 QStringLiteral("TEXT") },
        CommonCliOptions::by(), CommonCliOptions::json() };
}

Result<void> StepCommand::configure(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2) {
        return usage(tr("“step” needs a step number and an action, for example: sia-admin step 1 start"));
    }
    bool isNumber = false;
    m_step = arguments.at(0).toInt(&isNumber);
    if (!isNumber || !PlanDefinition::step(m_step)) {
        return usage(tr("“%1” is not a step: the steps are numbered 1 to %2.")
                         .arg(arguments.at(0))
                         .arg(PlanDefinition::stepCount));
    }
    const std::optional<StepAction> action = actionFromKey(arguments.at(1));
    if (!action) {
        return usage(
            tr("“%1” is not an action: use start, done, block, skip or reopen.").arg(arguments.at(1)));
    }
    m_action = *action;
    m_reason = parser.value(QStringLiteral("reason"));
    m_json = parser.isSet(QStringLiteral("json"));
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    return {};
}

QString StepCommand::nowSentence(int step, StepStatus status)
{
    const QString number = QString::number(step);
    switch (status) {
    case StepStatus::NotStarted:
        return tr("Step %1 is now not started.").arg(number);
    case StepStatus::InProgress:
        return tr("Step %1 is now in progress.").arg(number);
    case StepStatus::Done:
        return tr("Step %1 is now done.").arg(number);
    case StepStatus::Blocked:
        return tr("Step %1 is now blocked.").arg(number);
    case StepStatus::Skipped:
        return tr("Step %1 is now skipped.").arg(number);
    }
    return {};
}

Result<void> StepCommand::run(CliContext& context)
{
    Result<StepState> changed = SetupPlan(context.store()).apply({ m_step, m_action, m_reason, m_actor });
    if (!changed) {
        return changed.error();
    }
    if (m_json) {
        context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("step"), changed->step },
            { QStringLiteral("status"), statusKey(changed->status) },
            { QStringLiteral("changedBy"), changed->changedBy },
            { QStringLiteral("changedAt"), toStoredTimestamp(changed->changedAt) } }));
    } else {
        context.output().line(nowSentence(changed->step, changed->status));
    }
    return {};
}

// prerequisite -----------------------------------------------------------------------------------------

QString PrerequisiteCommand::summary() const
{
    QStringList keys;
    for (const PrerequisiteDefinition& prerequisite : PlanDefinition::prerequisites()) {
        keys << prerequisite.key;
    }
    return tr("Confirm or withdraw a prerequisite (%1).").arg(keys.join(QStringLiteral(", ")));
}

QList<QCommandLineOption> PrerequisiteCommand::options() const
{
    return { { QStringLiteral("note"), tr("A note on the prerequisite."), QStringLiteral("TEXT") },
        CommonCliOptions::by() };
}

Result<void> PrerequisiteCommand::configure(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2) {
        return usage(tr("“prerequisite” needs a key and confirm or withdraw, for example: "
                        "sia-admin prerequisite actions-enabled confirm"));
    }
    m_key = arguments.at(0);
    if (!PlanDefinition::prerequisite(m_key)) {
        //: %2 is the sentence listing the prerequisites
        return usage(tr("“%1” is not a prerequisite. %2").arg(m_key, summary()));
    }
    const QString verb = arguments.at(1);
    if (verb != QLatin1String("confirm") && verb != QLatin1String("withdraw")) {
        return usage(tr("“%1” is neither confirm nor withdraw.").arg(verb));
    }
    m_confirm = verb == QLatin1String("confirm");
    m_note = parser.value(QStringLiteral("note"));
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    return {};
}

Result<void> PrerequisiteCommand::run(CliContext& context)
{
    Result<void> done = SetupPlan(context.store()).confirmPrerequisite(m_key, m_confirm, m_actor, m_note);
    if (!done) {
        return done;
    }
    context.output().line(m_confirm ? tr("Prerequisite %1 is confirmed.").arg(m_key)
                                    : tr("Prerequisite %1 is withdrawn.").arg(m_key));
    return {};
}

// audit ----------------------------------------------------------------------------------------------

QString AuditCommand::summary() const
{
    return tr("Show the audit log, newest first: who changed what, and when.");
}

QList<QCommandLineOption> AuditCommand::options() const
{
    return { CommonCliOptions::json(),
        { QStringLiteral("limit"), tr("Show at most N audit entries."), QStringLiteral("N") } };
}

Result<void> AuditCommand::configure(const QCommandLineParser& parser)
{
    m_json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool isNumber = false;
        m_limit = parser.value(QStringLiteral("limit")).toInt(&isNumber);
        if (!isNumber || m_limit < 1) {
            return usage(tr("--limit needs a whole number of at least 1."));
        }
    }
    return CommonCliOptions::noArguments(name(), parser);
}

Result<void> AuditCommand::run(CliContext& context)
{
    const Store& store = context.store();
    CliOutput& output = context.output();
    Result<QList<AuditEntry>> entries = AuditLog(context.store()).entries(m_limit);
    if (!entries) {
        return entries.error();
    }
    if (m_json) {
        QJsonArray array;
        for (const AuditEntry& entry : *entries) {
            array.append(AuditCatalogue::toJson(entry));
        }
        output.json(QJsonDocument(QJsonObject {
            { QStringLiteral("database"), store.path() }, { QStringLiteral("entries"), array } }));
        return {};
    }
    if (entries->isEmpty()) {
        output.line(tr("The audit log is empty: nothing has been changed yet."));
        return {};
    }
    TextTable table({ tr("When"), tr("Who"), tr("What"), tr("Subject"), tr("Details") });
    for (const AuditEntry& entry : *entries) {
        const AuditText text = AuditCatalogue::render(entry);
        table.addRow({ shortTime(entry.at), entry.actor, text.action, text.subject, text.details });
    }
    for (const QString& line : table.render()) {
        output.line(line);
    }
    return {};
}

// registry -------------------------------------------------------------------------------------------

std::vector<std::unique_ptr<CliCommand>> createCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<StepCommand>());
    commands.push_back(std::make_unique<PrerequisiteCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<KeychainCommand>());
    commands.push_back(std::make_unique<DatabaseCommand>());
    commands.push_back(std::make_unique<ConnectCommand>());
    commands.push_back(std::make_unique<DisconnectCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<AdminsCommand>());
    commands.push_back(std::make_unique<InviteAdminCommand>());
    commands.push_back(std::make_unique<PackageCommand>());
    commands.push_back(std::make_unique<ChecklistCommand>());
    commands.push_back(std::make_unique<CheckPrerequisitesCommand>());
    commands.push_back(std::make_unique<NetworkCommand>());
    commands.push_back(std::make_unique<BudgetCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<UsersCommand>());
    commands.push_back(std::make_unique<TeamsCommand>());
    commands.push_back(std::make_unique<MailCommand>());
    commands.push_back(std::make_unique<PeopleCommand>());
    commands.push_back(std::make_unique<HealthCommand>());
    commands.push_back(std::make_unique<SettingsCommand>());
    commands.push_back(std::make_unique<TasksCommand>());
    commands.push_back(std::make_unique<ActivitiesCommand>());
    if (Environment::testCommandsEnabled()) {
        commands.push_back(std::make_unique<WaitForPeerTestCommand>());
    }
    return commands;
}

std::unique_ptr<CliCommand> createCliCommand(const QString& name)
{
    for (std::unique_ptr<CliCommand>& command : createCliCommands()) {
        if (command->name() == name) {
            return std::move(command);
        }
    }
    return nullptr;
}

} // namespace sia
