#include "cli/commands.h"

#include "cli/clioutput.h"
#include "cli/databasecommand.h"
#include "cli/texttable.h"
#include "common/timestamps.h"
#include "setup/planjson.h"
#include "setup/setupplan.h"
#include "store/auditlog.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace sia {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sia::Cli", text);
}

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

Result<void> noArguments(const CliInvocation& invocation)
{
    if (!invocation.arguments.isEmpty()) {
        return usage(tr("“%1” takes no arguments, but was given: %2")
                         .arg(invocation.command, invocation.arguments.join(QLatin1Char(' '))));
    }
    return {};
}

void printStatus(const Store& store, const PlanSnapshot& snapshot, CliOutput& output)
{
    output.line(tr("Setup of the Actions instance in %1%2")
                    .arg(store.path(), store.isReadOnly() ? tr(" (read-only review)") : QString()));
    output.line();
    output.line(tr("Prerequisites:"));
    for (const PrerequisiteState& prerequisite : snapshot.prerequisites) {
        const QString mark = prerequisite.confirmed ? QStringLiteral("[x]") : QStringLiteral("[ ]");
        QString line = QStringLiteral("  %1 %2 (%3)")
                           .arg(mark, prerequisite.definition.title, prerequisite.definition.key);
        if (prerequisite.changedAt.isValid()) {
            line += QLatin1Char(' ')
                + tr("— %1 by %2, %3")
                      .arg(prerequisite.confirmed ? tr("confirmed") : tr("withdrawn"), prerequisite.changedBy,
                          shortTime(prerequisite.changedAt));
        }
        output.line(line);
    }
    output.line();
    TextTable table({ tr("#"), tr("Persona"), tr("Status"), tr("Owner"), tr("Last change"), tr("Step") });
    for (const StepView& step : snapshot.steps) {
        QString status = statusLabel(step.state.status);
        if (step.state.status == StepStatus::NotStarted && step.isLocked()) {
            status = tr("Locked");
        }
        table.addRow({ QString::number(step.definition.number), personaLabel(step.definition.personas),
            status, orDash(step.state.owner), shortTime(step.state.changedAt), step.definition.title });
    }
    for (const QString& line : table.render()) {
        output.line(line);
    }
    output.line();
    for (const StepView& step : snapshot.steps) {
        if (!step.state.reason.isEmpty()
            && (step.state.status == StepStatus::Blocked || step.state.status == StepStatus::Skipped)) {
            output.line(tr("Step %1 is %2: %3")
                            .arg(QString::number(step.definition.number),
                                statusLabel(step.state.status).toLower(), step.state.reason));
        }
    }
    output.line(tr("%1 of %2 steps done.")
                    .arg(snapshot.countWithStatus(StepStatus::Done))
                    .arg(snapshot.steps.size()));
    if (const int next = snapshot.suggestedStep(); next > 0) {
        output.line(
            tr("Next: step %1, %2.").arg(QString::number(next), snapshot.step(next)->definition.title));
    }
}

} // namespace

// status ---------------------------------------------------------------------------------------------

QString StatusCommand::synopsis() const
{
    return QStringLiteral("status [--json]");
}

QString StatusCommand::description() const
{
    return tr("Show the persona table: every step's persona, status, owner and last change, and the "
              "prerequisites.");
}

Result<void> StatusCommand::validate(const CliInvocation& invocation) const
{
    return noArguments(invocation);
}

Result<void> StatusCommand::run(Store& store, const CliInvocation& invocation, CliOutput& output) const
{
    Result<PlanSnapshot> snapshot = SetupPlan(store).snapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    if (invocation.json) {
        QJsonObject document = toJson(*snapshot);
        document.insert(QStringLiteral("database"), store.path());
        document.insert(QStringLiteral("schemaVersion"), store.schemaVersion());
        document.insert(QStringLiteral("readOnly"), store.isReadOnly());
        output.json(QJsonDocument(document));
    } else {
        printStatus(store, *snapshot, output);
    }
    return {};
}

// step -----------------------------------------------------------------------------------------------

QString StepCommand::synopsis() const
{
    return QStringLiteral("step N start|done|block|skip|reopen [--reason TEXT] [--by NAME]");
}

QString StepCommand::description() const
{
    return tr(
        "Change the status of step N (1 to 7). Blocking and skipping need --reason. The change is recorded "
        "with who made it (--by, else your user name) in the step's history and the audit log.");
}

Result<void> StepCommand::validate(const CliInvocation& invocation) const
{
    if (invocation.arguments.size() != 2) {
        return usage(tr("“step” needs a step number and an action, for example: sia-admin step 1 start"));
    }
    bool isNumber = false;
    const int number = invocation.arguments.at(0).toInt(&isNumber);
    if (!isNumber || !PlanDefinition::step(number)) {
        return usage(tr("“%1” is not a step: the steps are numbered 1 to %2.")
                         .arg(invocation.arguments.at(0))
                         .arg(PlanDefinition::stepCount));
    }
    if (!actionFromKey(invocation.arguments.at(1))) {
        return usage(tr("“%1” is not an action: use start, done, block, skip or reopen.")
                         .arg(invocation.arguments.at(1)));
    }
    return {};
}

Result<void> StepCommand::run(Store& store, const CliInvocation& invocation, CliOutput& output) const
{
    const StepChange change { invocation.arguments.at(0).toInt(), *actionFromKey(invocation.arguments.at(1)),
        invocation.reason, invocation.actor };
    Result<StepState> changed = SetupPlan(store).apply(change);
    if (!changed) {
        return changed.error();
    }
    if (invocation.json) {
        output.json(QJsonDocument(QJsonObject { { QStringLiteral("step"), changed->step },
            { QStringLiteral("status"), statusKey(changed->status) },
            { QStringLiteral("changedBy"), changed->changedBy },
            { QStringLiteral("changedAt"), toStoredTimestamp(changed->changedAt) } }));
    } else {
        output.line(tr("Step %1 is now %2.")
                        .arg(QString::number(changed->step), statusLabel(changed->status).toLower()));
    }
    return {};
}

// prerequisite -----------------------------------------------------------------------------------------

QString PrerequisiteCommand::synopsis() const
{
    return QStringLiteral("prerequisite KEY confirm|withdraw [--note TEXT] [--by NAME]");
}

QString PrerequisiteCommand::description() const
{
    QStringList keys;
    for (const PrerequisiteDefinition& prerequisite : PlanDefinition::prerequisites()) {
        keys << prerequisite.key;
    }
    return tr("Confirm or withdraw a prerequisite (%1).").arg(keys.join(QStringLiteral(", ")));
}

Result<void> PrerequisiteCommand::validate(const CliInvocation& invocation) const
{
    if (invocation.arguments.size() != 2) {
        return usage(tr("“prerequisite” needs a key and confirm or withdraw, for example: "
                        "sia-admin prerequisite actions-enabled confirm"));
    }
    if (!PlanDefinition::prerequisite(invocation.arguments.at(0))) {
        return usage(tr("“%1” is not a prerequisite. %2").arg(invocation.arguments.at(0), description()));
    }
    const QString verb = invocation.arguments.at(1);
    if (verb != QLatin1String("confirm") && verb != QLatin1String("withdraw")) {
        return usage(tr("“%1” is neither confirm nor withdraw.").arg(verb));
    }
    return {};
}

Result<void> PrerequisiteCommand::run(Store& store, const CliInvocation& invocation, CliOutput& output) const
{
    const QString key = invocation.arguments.at(0);
    const bool confirmed = invocation.arguments.at(1) == QLatin1String("confirm");
    Result<void> done
        = SetupPlan(store).confirmPrerequisite(key, confirmed, invocation.actor, invocation.note);
    if (!done) {
        return done;
    }
    output.line(confirmed ? tr("Prerequisite %1 is confirmed.").arg(key)
                          : tr("Prerequisite %1 is withdrawn.").arg(key));
    return {};
}

// audit ----------------------------------------------------------------------------------------------

QString AuditCommand::synopsis() const
{
    return QStringLiteral("audit [--json] [--limit N]");
}

QString AuditCommand::description() const
{
    return tr("Show the audit log, newest first: who changed what, and when.");
}

Result<void> AuditCommand::validate(const CliInvocation& invocation) const
{
    return noArguments(invocation);
}

Result<void> AuditCommand::run(Store& store, const CliInvocation& invocation, CliOutput& output) const
{
    Result<QList<AuditEntry>> entries = AuditLog(store).entries(invocation.limit);
    if (!entries) {
        return entries.error();
    }
    if (invocation.json) {
        QJsonArray array;
        for (const AuditEntry& entry : *entries) {
            array.append(toJson(entry));
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
        QStringList details;
        for (auto it = entry.details.constBegin(); it != entry.details.constEnd(); ++it) {
            details << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
        }
        table.addRow({ shortTime(entry.at), entry.actor, entry.action, entry.subject,
            details.join(QStringLiteral(", ")) });
    }
    for (const QString& line : table.render()) {
        output.line(line);
    }
    return {};
}

// registry -------------------------------------------------------------------------------------------

const std::vector<std::unique_ptr<CliCommand>>& allCommands()
{
    static const std::vector<std::unique_ptr<CliCommand>> commands = [] {
        std::vector<std::unique_ptr<CliCommand>> list;
        list.push_back(std::make_unique<StatusCommand>());
        list.push_back(std::make_unique<StepCommand>());
        list.push_back(std::make_unique<PrerequisiteCommand>());
        list.push_back(std::make_unique<AuditCommand>());
        list.push_back(std::make_unique<DatabaseCommand>());
        return list;
    }();
    return commands;
}

const CliCommand* findCommand(const QString& name)
{
    for (const auto& command : allCommands()) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

} // namespace sia
