// The plan as every view shows it: each step's effective state (locked or not, what blocks it, what to
// do next, its cautions) and the progress figures, derived once from the stored states by a pure
// function. Views read these facts; none of them works a rule out again.
#pragma once

#include "setup/stepstate.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace sia {

// What stands between a step and being worked on: its dependencies that are not done, and the
// prerequisites that gate it and are not confirmed.
struct StepBlockers
{
    QList<int> steps;
    QStringList prerequisites; // keys

    bool isEmpty() const { return steps.isEmpty() && prerequisites.isEmpty(); }
    bool operator==(const StepBlockers&) const = default;
};

// Blockers regardless of the step's own status: the rule SetupPlan::check applies to Start and Done.
StepBlockers blockersOf(const StepDefinition& step, const QList<StepState>& states,
    const QList<PrerequisiteState>& prerequisites);

// One sentence per blocker, in order: "Step 2, “Connect Actions to Salesforce”, is not done yet."
QStringList lockReasons(const StepBlockers& blockers);

// The one thing to suggest for a step.
struct NextMove
{
    enum class Kind
    {
        None, // nothing to do here (a read-only review)
        Act, // apply `action` to this step
        OpenStep, // the step waits for `step`: go there
        ConfirmPrerequisite, // the step waits for the prerequisite `prerequisite`
        Finished, // done or skipped
    };
    Kind kind = Kind::None;
    StepAction action = StepAction::Start;
    int step = 0;
    QString prerequisite;

    bool operator==(const NextMove&) const = default;
};

// A warning a step's own rules raise about the plan as it stands: it does not lock, it tells.
struct StepCaution
{
    QString key; // stable: "original-user-must-stay", ...
    QString text; // translated
    int relatedStep = 0; // the step it is about, or 0
};

// Everything a view shows about one step, with what the rules allow already worked out.
struct StepView
{
    StepDefinition definition;
    StepState state;
    // Locked: open blockers keep the step from being started or marked done, and it is not finished.
    // A done or skipped step is never shown locked, whatever happened to its dependencies since.
    bool locked = false;
    StepBlockers blockers; // empty unless locked
    QStringList lockReasons; // one sentence per blocker; empty unless locked
    QList<StepAction> allowedActions;
    NextMove next;
    QList<StepCaution> cautions;

    bool isLocked() const { return locked; }
    bool isFinished() const { return sia::isFinished(state.status); }
    // The status as every view words it: "In progress", "Not started (locked)", ...
    QString statusText() const;
};

// How far the setup is. Skipped steps count as finished: skipping is a decision recorded with a reason.
struct PlanProgress
{
    int total = 0;
    int done = 0;
    int skipped = 0;
    int inProgress = 0;
    int blocked = 0;
    int notStarted = 0;
    int locked = 0; // open steps that cannot be worked on yet
    int finished = 0; // done + skipped
    int open = 0; // total - finished
    int percent = 0; // finished / total, rounded down

    bool operator==(const PlanProgress&) const = default;
};

// What the overview suggests for the plan as a whole.
struct PlanNext
{
    enum class Kind
    {
        WorkOnStep, // `step` is the first open step that can be worked on
        ConfirmPrerequisites, // no step can move until a prerequisite is confirmed
        Waiting, // open steps exist but none can move (blocked steps, or a read-only review)
        Finished, // every step is done or skipped
    };
    Kind kind = Kind::Waiting;
    int step = 0;

    bool operator==(const PlanNext&) const = default;
};

struct PlanSnapshot
{
    QList<StepView> steps; // in step order, always seven
    QList<PrerequisiteState> prerequisites;
    PlanProgress progress;
    PlanNext next;
    bool readOnly = false;

    // The pure derivation: the stored states in, every effective fact out. `readOnly`: a review, where
    // nothing is allowed.
    // `evidence`: what the store knows beyond the statuses, for the steps' own rules (StepEvidence).
    static PlanSnapshot derive(const QList<StepState>& states, const QList<PrerequisiteState>& prerequisites,
        bool readOnly, const StepEvidence& evidence = {});

    const StepView* step(int number) const;
    int countWithStatus(StepStatus status) const;
    // The step to suggest next: the first that is neither done nor skipped and can be worked on; 0: none.
    int suggestedStep() const;
    QStringList unconfirmedPrerequisites() const; // keys
};

} // namespace sia

Q_DECLARE_METATYPE(sia::PlanSnapshot)
