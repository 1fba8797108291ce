// The setup plan's state and rules over the store: what status each step has, what an admin may do to it
// and why not, and every change recorded (history and audit log) in the same transaction. The GUI and the
// command line both go through this class; no rule is written anywhere else.
#pragma once

#include "common/result.h"
#include "setup/plandefinition.h"
#include "setup/stepstatus.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sia {

class Store;

struct StepState
{
    int step = 0;
    StepStatus status = StepStatus::NotStarted;
    QString reason; // why it is blocked or skipped (or a note on other changes)
    QString owner; // who took the step on
    QString changedBy;
    QDateTime changedAt; // invalid while the step was never touched
};

struct StepHistoryEntry
{
    qint64 id = 0;
    int step = 0;
    StepStatus from = StepStatus::NotStarted;
    StepStatus to = StepStatus::NotStarted;
    QString reason;
    QString changedBy;
    QDateTime changedAt;
};

struct PrerequisiteState
{
    PrerequisiteDefinition definition;
    bool confirmed = false;
    QString note;
    QString changedBy;
    QDateTime changedAt;
};

// Everything a view shows about one step, with what the rules allow already worked out.
struct StepView
{
    StepDefinition definition;
    StepState state;
    QStringList lockReasons; // why the step cannot start or be done yet; empty when it can
    QList<StepAction> allowedActions;

    bool isLocked() const { return !lockReasons.isEmpty(); }
};

struct PlanSnapshot
{
    QList<StepView> steps; // in step order, always seven
    QList<PrerequisiteState> prerequisites;

    const StepView* step(int number) const;
    int countWithStatus(StepStatus status) const;
    // The step to suggest next: the first that is neither done nor skipped and can be worked on.
    int suggestedStep() const;
};

struct StepChange
{
    int step = 0;
    StepAction action = StepAction::Start;
    QString reason;
    QString actor;
};

class SetupPlan
{
public:
    explicit SetupPlan(Store& store)
        : m_store(store)
    { }

    Result<PlanSnapshot> snapshot() const;
    Result<StepState> apply(const StepChange& change);
    Result<void> confirmPrerequisite(
        const QString& key, bool confirmed, const QString& actor, const QString& note = {});
    Result<QList<StepHistoryEntry>> history(int step = 0) const; // 0: every step; newest first

    // The rule itself, without the store: may this action be applied to this step, given the others?
    static Result<StepStatus> check(const StepChange& change, const QList<StepState>& states,
        const QList<PrerequisiteState>& prerequisites);

private:
    struct PlanState
    {
        QList<StepState> steps;
        QList<PrerequisiteState> prerequisites;
    };

    Result<PlanState> read() const;
    Result<QList<StepState>> states() const;
    Result<QList<PrerequisiteState>> prerequisiteStates() const;

    Store& m_store;
};

} // namespace sia

Q_DECLARE_METATYPE(sia::PlanSnapshot)
