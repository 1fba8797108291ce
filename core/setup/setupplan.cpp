#include "setup/setupplan.h"

#include "common/timestamps.h"
#include "setup/steps/stepregistry.h"
#include "store/auditlog.h"
#include "store/store.h"
#include "users/userdirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sia {

namespace {

QString listOfSteps(const QList<int>& steps)
{
    QStringList numbers;
    for (int step : steps) {
        numbers << QString::number(step);
    }
    return numbers.join(QStringLiteral(", "));
}

Error refused(const char* code, const QString& message)
{
    return Error::rule(QString::fromLatin1(code), message);
}

// The generic rules allowed the change: the step's own rules have the last word.
Result<StepStatus> ownRule(
    const StepChange& change, const QList<StepState>& states, const StepEvidence& evidence, StepStatus target)
{
    if (const SetupStep* step = StepRegistry::step(change.step)) {
        if (std::optional<Error> refusal = step->refusal(change, states, evidence)) {
            return *refusal;
        }
    }
    return target;
}

} // namespace

Result<StepStatus> SetupPlan::check(const StepChange& change, const QList<StepState>& states,
    const QList<PrerequisiteState>& prerequisites, const StepEvidence& evidence)
{
    const StepDefinition* step = PlanDefinition::step(change.step);
    if (!step) {
        return Error::input(QStringLiteral("plan.unknown-step"),
            tr("There is no step %1: the steps are numbered 1 to %2.")
                .arg(change.step)
                .arg(PlanDefinition::stepCount));
    }
    const StepStatus current = states.value(change.step - 1).status;
    const QString number = QString::number(change.step);

    if (current == StepStatus::Done && change.action != StepAction::Reopen) {
        return refused("plan.already-done", tr("Step %1 is done. Reopen it first to change it.").arg(number));
    }
    if (change.action == StepAction::Block && change.reason.trimmed().isEmpty()) {
        return refused("plan.reason-required",
            tr("A step can only be marked blocked with a reason: say what stands in the way."));
    }
    if (change.action == StepAction::Skip && change.reason.trimmed().isEmpty()) {
        return refused("plan.reason-required",
            tr("A step can only be skipped with a reason: say why it is not needed."));
    }

    switch (change.action) {
    case StepAction::Start:
        if (current == StepStatus::InProgress) {
            return refused("plan.already-in-progress", tr("Step %1 is already in progress.").arg(number));
        }
        [[fallthrough]];
    case StepAction::Done: {
        const QStringList locks = lockReasons(blockersOf(*step, states, prerequisites));
        if (!locks.isEmpty()) {
            return refused("plan.locked",
                tr("Step %1 cannot be worked on yet. %2").arg(number, locks.join(QLatin1Char(' '))));
        }
        return ownRule(change, states, evidence,
            change.action == StepAction::Start ? StepStatus::InProgress : StepStatus::Done);
    }
    case StepAction::Block:
        return ownRule(change, states, evidence, StepStatus::Blocked);
    case StepAction::Skip: {
        if (current == StepStatus::Skipped) {
            return refused("plan.already-skipped", tr("Step %1 is already skipped.").arg(number));
        }
        const QList<int> dependents = PlanDefinition::dependents(change.step);
        if (!dependents.isEmpty()) {
            return refused("plan.needed-by-others",
                tr("Step %1 cannot be skipped: steps %2 depend on it.").arg(number, listOfSteps(dependents)));
        }
        return ownRule(change, states, evidence, StepStatus::Skipped);
    }
    case StepAction::Reopen:
        if (current == StepStatus::NotStarted || current == StepStatus::InProgress) {
            return refused("plan.not-closed",
                tr("Step %1 is not done, blocked or skipped, so there is nothing to reopen.").arg(number));
        }
        return ownRule(change, states, evidence, StepStatus::InProgress);
    }
    Q_UNREACHABLE();
}

Result<QList<StepState>> SetupPlan::states() const
{
    QList<StepState> result;
    for (int number = 1; number <= PlanDefinition::stepCount; ++number) {
        StepState state;
        state.step = number;
        result.append(state);
    }
    Result<QSqlQuery> query = m_store.exec(QStringLiteral(
        "SELECT step, status, reason, owner, changed_by, changed_at FROM setup_steps ORDER BY step"));
    if (!query) {
        return query.error();
    }
    while (query->next()) {
        const int number = query->value(0).toInt();
        if (number < 1 || number > PlanDefinition::stepCount) {
            continue;
        }
        StepState& state = result[number - 1];
        state.status = statusFromKey(query->value(1).toString()).value_or(StepStatus::NotStarted);
        state.reason = query->value(2).toString();
        state.owner = query->value(3).toString();
        state.changedBy = query->value(4).toString();
        state.changedAt = m_store.dialect().timestampFrom(query->value(5));
    }
    return result;
}

Result<QList<PrerequisiteState>> SetupPlan::prerequisiteStates() const
{
    QList<PrerequisiteState> result;
    for (const PrerequisiteDefinition& definition : PlanDefinition::prerequisites()) {
        PrerequisiteState state;
        state.definition = definition;
        result.append(state);
    }
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral("SELECT key, confirmed, note, changed_by, changed_at FROM prerequisites"));
    if (!query) {
        return query.error();
    }
    while (query->next()) {
        for (PrerequisiteState& state : result) {
            if (state.definition.key == query->value(0).toString()) {
                state.confirmed = query->value(1).toBool();
                state.note = query->value(2).toString();
                state.changedBy = query->value(3).toString();
                state.changedAt = m_store.dialect().timestampFrom(query->value(4));
            }
        }
    }
    return result;
}

Result<SetupPlan::PlanState> SetupPlan::read() const
{
    Result<QList<StepState>> steps = states();
    if (!steps) {
        return steps.error();
    }
    Result<QList<PrerequisiteState>> prerequisites = prerequisiteStates();
    if (!prerequisites) {
        return prerequisites.error();
    }
    // Step 5's rule: who was invited besides the first admin. A review allows nothing, so it needs no
    // evidence (and may read a database older than the users' tables).
    if (m_store.isReadOnly()) {
        return PlanState { *steps, *prerequisites, {} };
    }
    Result<int> invited = UserDirectory(m_store).invitedBesidesOriginal();
    if (!invited) {
        return invited.error();
    }
    return PlanState { *steps, *prerequisites, StepEvidence { *invited } };
}

Result<PlanSnapshot> SetupPlan::snapshot() const
{
    Result<PlanState> plan = read();
    if (!plan) {
        return plan.error();
    }
    // A review changes nothing, so nothing is allowed there.
    return PlanSnapshot::derive(plan->steps, plan->prerequisites, m_store.isReadOnly(), plan->evidence);
}

Result<StepState> SetupPlan::apply(const StepChange& change)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    if (change.actor.trimmed().isEmpty()) {
        return Error::input(QStringLiteral("plan.no-actor"), tr("Every change must name who made it."));
    }
    StepState changed;
    Result<void> written = m_store.transaction([&]() -> Result<void> {
        Result<PlanState> plan = read();
        if (!plan) {
            return plan.error();
        }
        Result<StepStatus> target = check(change, plan->steps, plan->prerequisites, plan->evidence);
        if (!target) {
            return target.error();
        }
        const StepState before = plan->steps.at(change.step - 1);
        changed = before;
        changed.status = *target;
        changed.reason = change.reason.trimmed();
        changed.changedBy = change.actor;
        changed.changedAt = QDateTime::currentDateTimeUtc();
        if (changed.owner.isEmpty() || change.action == StepAction::Start
            || change.action == StepAction::Reopen) {
            changed.owner = change.actor;
        }
        const QString at = toStoredTimestamp(changed.changedAt);
        const QVariant reason = changed.reason.isEmpty() ? QVariant() : QVariant(changed.reason);

        Result<QSqlQuery> saved = m_store.exec(
            QStringLiteral(
                "INSERT INTO setup_steps (step, status, reason, owner, changed_by, changed_at)"
                " VALUES (:step, :status, :reason, :owner, :by, :at)"
                " ON CONFLICT (step) DO UPDATE SET status = excluded.status, reason = excluded.reason,"
                " owner = excluded.owner, changed_by = excluded.changed_by, changed_at = "
                "excluded.changed_at"),
            { { QStringLiteral("step"), change.step },
                { QStringLiteral("status"), statusKey(changed.status) }, { QStringLiteral("reason"), reason },
                { QStringLiteral("owner"), changed.owner }, { QStringLiteral("by"), change.actor },
                { QStringLiteral("at"), at } });
        if (!saved) {
            return saved.error();
        }
        Result<QSqlQuery> recorded = m_store.exec(
            QStringLiteral("INSERT INTO setup_step_history (step, from_status, to_status, reason, "
                           "changed_by, changed_at)"
                           " VALUES (:step, :from, :to, :reason, :by, :at)"),
            { { QStringLiteral("step"), change.step }, { QStringLiteral("from"), statusKey(before.status) },
                { QStringLiteral("to"), statusKey(changed.status) }, { QStringLiteral("reason"), reason },
                { QStringLiteral("by"), change.actor }, { QStringLiteral("at"), at } });
        if (!recorded) {
            return recorded.error();
        }
        QJsonObject details { { QStringLiteral("step"), change.step },
            { QStringLiteral("from"), statusKey(before.status) },
            { QStringLiteral("to"), statusKey(changed.status) } };
        if (!changed.reason.isEmpty()) {
            details.insert(QStringLiteral("reason"), changed.reason);
        }
        // Reopening a step that done steps build on is allowed (reconnecting Salesforce must not undo the
        // package install), but the record says which steps were done on top of it.
        QJsonArray doneDependents;
        for (int dependent : PlanDefinition::dependents(change.step)) {
            if (plan->steps.at(dependent - 1).status == StepStatus::Done) {
                doneDependents.append(dependent);
            }
        }
        if (change.action == StepAction::Reopen && !doneDependents.isEmpty()) {
            details.insert(QStringLiteral("doneDependents"), doneDependents);
        }
        return AuditLog(m_store).append(
            change.actor, QStringLiteral("step.") + actionKey(change.action), details);
    });
    if (!written) {
        return written.error();
    }
    return changed;
}

Result<void> SetupPlan::confirmPrerequisite(
    const QString& key, bool confirmed, const QString& actor, const QString& note)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    if (!PlanDefinition::prerequisite(key)) {
        return Error::input(
            QStringLiteral("plan.unknown-prerequisite"), tr("There is no prerequisite named %1.").arg(key));
    }
    if (actor.trimmed().isEmpty()) {
        return Error::input(QStringLiteral("plan.no-actor"), tr("Every change must name who made it."));
    }
    return m_store.transaction([&]() -> Result<void> {
        Result<QSqlQuery> saved = m_store.exec(
            QStringLiteral(
                "INSERT INTO prerequisites (key, confirmed, note, changed_by, changed_at)"
                " VALUES (:key, :confirmed, :note, :by, :at)"
                " ON CONFLICT (key) DO UPDATE SET confirmed = excluded.confirmed, note = excluded.note,"
                " changed_by = excluded.changed_by, changed_at = excluded.changed_at"),
            { { QStringLiteral("key"), key }, { QStringLiteral("confirmed"), QVariant(confirmed) },
                { QStringLiteral("note"), note.isEmpty() ? QVariant() : QVariant(note) },
                { QStringLiteral("by"), actor }, { QStringLiteral("at"), nowTimestamp() } });
        if (!saved) {
            return saved.error();
        }
        QJsonObject details { { QStringLiteral("prerequisite"), key } };
        if (!note.isEmpty()) {
            details.insert(QStringLiteral("note"), note);
        }
        return AuditLog(m_store).append(actor,
            confirmed ? QStringLiteral("prerequisite.confirmed") : QStringLiteral("prerequisite.withdrawn"),
            details);
    });
}

StepHistoryEntry SetupPlan::historyEntryFrom(const QSqlQuery& row, const SqlDialect& dialect)
{
    StepHistoryEntry entry;
    entry.id = row.value(0).toLongLong();
    entry.step = row.value(1).toInt();
    entry.from = statusFromKey(row.value(2).toString()).value_or(StepStatus::NotStarted);
    entry.to = statusFromKey(row.value(3).toString()).value_or(StepStatus::NotStarted);
    entry.reason = row.value(4).toString();
    entry.changedBy = row.value(5).toString();
    entry.changedAt = dialect.timestampFrom(row.value(6));
    return entry;
}

Result<QList<StepHistoryEntry>> SetupPlan::history(int step) const
{
    QString sql = historyColumns + QStringLiteral(" FROM setup_step_history");
    QVariantMap bindings;
    if (step > 0) {
        sql += QStringLiteral(" WHERE step = :step");
        bindings.insert(QStringLiteral("step"), step);
    }
    sql += QStringLiteral(" ORDER BY id DESC");
    Result<QSqlQuery> query = m_store.exec(sql, bindings);
    if (!query) {
        return query.error();
    }
    QList<StepHistoryEntry> result;
    while (query->next()) {
        result.append(historyEntryFrom(*query, m_store.dialect()));
    }
    return result;
}

} // namespace sia
