// The setup plan's state and rules over the store: what status each step has, what an admin may do to it
// and why not, and every change recorded (history and audit log) in the same transaction. The GUI and the
// command line both go through this class. The rules are check(): the plan's generic ones, then each
// step's own (core/setup/steps); what they mean for the views is PlanSnapshot::derive.
#pragma once

#include "common/result.h"
#include "setup/plandefinition.h"
#include "setup/plansnapshot.h"
#include "setup/stepstate.h"
#include "setup/stepstatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSqlQuery;

namespace sia {

class SqlDialect;
class Store;

class SetupPlan
{
    Q_DECLARE_TR_FUNCTIONS(sia::SetupPlan)

public:
    explicit SetupPlan(Store& store)
        : m_store(store)
    { }

    Result<PlanSnapshot> snapshot() const;
    Result<StepState> apply(const StepChange& change);
    Result<void> confirmPrerequisite(
        const QString& key, bool confirmed, const QString& actor, const QString& note = {});
    Result<QList<StepHistoryEntry>> history(int step = 0) const; // 0: every step; newest first

    // One row of setup_step_history selected with historyColumns (the review pages through the same).
    static inline const QString historyColumns
        = QStringLiteral("SELECT id, step, from_status, to_status, reason, changed_by, changed_at");
    static StepHistoryEntry historyEntryFrom(const QSqlQuery& row, const SqlDialect& dialect);

    // The rule itself, without the store: may this action be applied to this step, given the others?
    // The plan's generic rules first, then the step's own (SetupStep::refusal).
    static Result<StepStatus> check(const StepChange& change, const QList<StepState>& states,
        const QList<PrerequisiteState>& prerequisites, const StepEvidence& evidence = {});

private:
    struct PlanState
    {
        QList<StepState> steps;
        QList<PrerequisiteState> prerequisites;
        StepEvidence evidence;
    };

    Result<PlanState> read() const;
    Result<QList<StepState>> states() const;
    Result<QList<PrerequisiteState>> prerequisiteStates() const;

    Store& m_store;
};

} // namespace sia
