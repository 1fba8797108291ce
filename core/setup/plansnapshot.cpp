#include "setup/plansnapshot.h"

#include "setup/setupplan.h"
#include "setup/steps/stepregistry.h"

#include <QCoreApplication>

#include <algorithm>

namespace sia {

namespace {

// Start, then Done: the way forward; a blocked step is taken up again with Reopen.
NextMove nextMoveFor(const StepView& view)
{
    NextMove move;
    if (view.isFinished()) {
        move.kind = NextMove::Kind::Finished;
        return move;
    }
    if (view.locked) {
        if (!view.blockers.steps.isEmpty()) {
            move.kind = NextMove::Kind::OpenStep;
            move.step = view.blockers.steps.constFirst();
        } else {
            move.kind = NextMove::Kind::ConfirmPrerequisite;
            move.prerequisite = view.blockers.prerequisites.constFirst();
        }
        return move;
    }
    StepAction action = StepAction::Start;
    switch (view.state.status) {
    case StepStatus::NotStarted:
        action = StepAction::Start;
        break;
    case StepStatus::InProgress:
        action = StepAction::Done;
        break;
    case StepStatus::Blocked:
        action = StepAction::Reopen;
        break;
    case StepStatus::Done:
    case StepStatus::Skipped:
        Q_UNREACHABLE();
    }
    if (view.allowedActions.contains(action)) {
        move.kind = NextMove::Kind::Act;
        move.action = action;
        move.step = view.definition.number;
    }
    return move;
}

PlanProgress progressOf(const QList<StepView>& steps)
{
    PlanProgress progress;
    progress.total = int(steps.size());
    for (const StepView& view : steps) {
        switch (view.state.status) {
        case StepStatus::NotStarted:
            ++progress.notStarted;
            break;
        case StepStatus::InProgress:
            ++progress.inProgress;
            break;
        case StepStatus::Done:
            ++progress.done;
            break;
        case StepStatus::Blocked:
            ++progress.blocked;
            break;
        case StepStatus::Skipped:
            ++progress.skipped;
            break;
        }
        if (view.locked) {
            ++progress.locked;
        }
    }
    progress.finished = progress.done + progress.skipped;
    progress.open = progress.total - progress.finished;
    progress.percent = progress.total > 0 ? progress.finished * 100 / progress.total : 0;
    return progress;
}

PlanNext planNextOf(const PlanSnapshot& snapshot)
{
    if (snapshot.progress.open == 0) {
        return { PlanNext::Kind::Finished, 0 };
    }
    if (const int step = snapshot.suggestedStep(); step > 0) {
        return { PlanNext::Kind::WorkOnStep, step };
    }
    if (!snapshot.readOnly && !snapshot.unconfirmedPrerequisites().isEmpty()) {
        return { PlanNext::Kind::ConfirmPrerequisites, 0 };
    }
    return { PlanNext::Kind::Waiting, 0 };
}

} // namespace

StepBlockers blockersOf(
    const StepDefinition& step, const QList<StepState>& states, const QList<PrerequisiteState>& prerequisites)
{
    StepBlockers blockers;
    for (int dependency : step.dependsOn) {
        if (states.value(dependency - 1).status != StepStatus::Done) {
            blockers.steps.append(dependency);
        }
    }
    for (const PrerequisiteState& prerequisite : prerequisites) {
        if (prerequisite.definition.gatesSteps.contains(step.number) && !prerequisite.confirmed) {
            blockers.prerequisites.append(prerequisite.definition.key);
        }
    }
    return blockers;
}

QStringList lockReasons(const StepBlockers& blockers)
{
    QStringList reasons;
    for (int dependency : blockers.steps) {
        const StepDefinition* definition = PlanDefinition::step(dependency);
        reasons << QCoreApplication::translate("sia::PlanSnapshot", "Step %1, “%2”, is not done yet.")
                       .arg(dependency)
                       .arg(definition ? definition->title : QString());
    }
    for (const QString& key : blockers.prerequisites) {
        const PrerequisiteDefinition* definition = PlanDefinition::prerequisite(key);
        reasons << QCoreApplication::translate(
            "sia::PlanSnapshot", "The prerequisite “%1” is not confirmed yet.")
                       .arg(definition ? definition->title : key);
    }
    return reasons;
}

QString StepView::statusText() const
{
    if (!locked) {
        return statusLabel(state.status);
    }
    //: A status and the fact that the step is locked: "Not started (locked)", "In progress (locked)"
    return QCoreApplication::translate("sia::PlanSnapshot", "%1 (locked)").arg(statusLabel(state.status));
}

PlanSnapshot PlanSnapshot::derive(const QList<StepState>& states,
    const QList<PrerequisiteState>& prerequisites, bool readOnly, const StepEvidence& evidence)
{
    PlanSnapshot snapshot;
    snapshot.prerequisites = prerequisites;
    snapshot.readOnly = readOnly;
    // The states in step order, one per step, whatever the caller passed.
    QList<StepState> current;
    for (const StepDefinition& definition : PlanDefinition::steps()) {
        StepState state;
        for (const StepState& given : states) {
            if (given.step == definition.number) {
                state = given;
            }
        }
        state.step = definition.number;
        current.append(state);
    }
    for (const StepDefinition& definition : PlanDefinition::steps()) {
        StepView view;
        view.definition = definition;
        view.state = current.at(definition.number - 1);
        const StepBlockers blockers = blockersOf(definition, current, prerequisites);
        view.locked = !view.isFinished() && !blockers.isEmpty();
        if (view.locked) {
            view.blockers = blockers;
            view.lockReasons = lockReasons(blockers);
        }
        const QList<StepAction> candidates = readOnly ? QList<StepAction>() : allActions();
        for (StepAction action : candidates) {
            // Availability only: a reason the admin will be asked for stands in for the real one.
            const StepChange probe { definition.number, action, QStringLiteral("-"), {} };
            if (SetupPlan::check(probe, current, prerequisites, evidence)) {
                view.allowedActions.append(action);
            }
        }
        view.next = nextMoveFor(view);
        if (const SetupStep* step = StepRegistry::step(definition.number)) {
            view.cautions = step->cautions(current);
        }
        snapshot.steps.append(view);
    }
    snapshot.progress = progressOf(snapshot.steps);
    snapshot.next = planNextOf(snapshot);
    return snapshot;
}

const StepView* PlanSnapshot::step(int number) const
{
    return number >= 1 && number <= steps.size() ? &steps.at(number - 1) : nullptr;
}

int PlanSnapshot::countWithStatus(StepStatus status) const
{
    return int(std::count_if(steps.cbegin(), steps.cend(),
        [status](const StepView& view) { return view.state.status == status; }));
}

int PlanSnapshot::suggestedStep() const
{
    for (const StepView& view : steps) {
        if (!view.isFinished() && !view.isLocked()) {
            return view.definition.number;
        }
    }
    return 0;
}

QStringList PlanSnapshot::unconfirmedPrerequisites() const
{
    QStringList keys;
    for (const PrerequisiteState& prerequisite : prerequisites) {
        if (!prerequisite.confirmed) {
            keys << prerequisite.definition.key;
        }
    }
    return keys;
}

} // namespace sia
