#include "setup/planjson.h"

#include "common/timestamps.h"

namespace sia {

namespace {

QJsonValue timestampOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(toStoredTimestamp(at)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject toJson(const StepView& step)
{
    QJsonArray dependsOn;
    for (int dependency : step.definition.dependsOn) {
        dependsOn.append(dependency);
    }
    QJsonArray blockingSteps;
    for (int blocking : step.blockers.steps) {
        blockingSteps.append(blocking);
    }
    QJsonArray allowed;
    for (StepAction action : step.allowedActions) {
        allowed.append(actionKey(action));
    }
    return {
        { QStringLiteral("number"), step.definition.number },
        { QStringLiteral("title"), step.definition.title },
        { QStringLiteral("personas"), QJsonArray::fromStringList(personaKeys(step.definition.personas)) },
        { QStringLiteral("status"), statusKey(step.state.status) },
        { QStringLiteral("reason"), textOrNull(step.state.reason) },
        { QStringLiteral("owner"), textOrNull(step.state.owner) },
        { QStringLiteral("changedBy"), textOrNull(step.state.changedBy) },
        { QStringLiteral("changedAt"), timestampOrNull(step.state.changedAt) },
        { QStringLiteral("dependsOn"), dependsOn },
        { QStringLiteral("locked"), step.isLocked() },
        { QStringLiteral("lockReasons"), QJsonArray::fromStringList(step.lockReasons) },
        { QStringLiteral("blockingSteps"), blockingSteps },
        { QStringLiteral("blockingPrerequisites"), QJsonArray::fromStringList(step.blockers.prerequisites) },
        { QStringLiteral("allowedActions"), allowed },
        { QStringLiteral("nextAction"),
            step.next.kind == NextMove::Kind::Act ? QJsonValue(actionKey(step.next.action))
                                                  : QJsonValue(QJsonValue::Null) },
    };
}

QJsonObject toJson(const PrerequisiteState& prerequisite)
{
    return {
        { QStringLiteral("key"), prerequisite.definition.key },
        { QStringLiteral("title"), prerequisite.definition.title },
        { QStringLiteral("confirmed"), prerequisite.confirmed },
        { QStringLiteral("note"), textOrNull(prerequisite.note) },
        { QStringLiteral("changedBy"), textOrNull(prerequisite.changedBy) },
        { QStringLiteral("changedAt"), timestampOrNull(prerequisite.changedAt) },
    };
}

QJsonObject toJson(const PlanSnapshot& snapshot)
{
    QJsonArray steps;
    for (const StepView& step : snapshot.steps) {
        steps.append(toJson(step));
    }
    QJsonArray prerequisites;
    for (const PrerequisiteState& prerequisite : snapshot.prerequisites) {
        prerequisites.append(toJson(prerequisite));
    }
    QJsonObject counts;
    for (StepStatus status : allStatuses()) {
        counts.insert(statusKey(status), snapshot.countWithStatus(status));
    }
    const PlanProgress& figures = snapshot.progress;
    const QJsonObject progress {
        { QStringLiteral("total"), figures.total },
        { QStringLiteral("finished"), figures.finished },
        { QStringLiteral("open"), figures.open },
        { QStringLiteral("locked"), figures.locked },
        { QStringLiteral("percent"), figures.percent },
    };
    return {
        { QStringLiteral("prerequisites"), prerequisites },
        { QStringLiteral("progress"), progress },
        { QStringLiteral("steps"), steps },
        { QStringLiteral("counts"), counts },
        { QStringLiteral("suggestedStep"),
            snapshot.suggestedStep() == 0 ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(snapshot.suggestedStep()) },
    };
}

} // namespace sia
