// What the store holds about the plan: each step's recorded status, its history, and each prerequisite's
// confirmation. Plain values; what they mean for the views is worked out in PlanSnapshot.
#pragma once

#include "setup/plandefinition.h"
#include "setup/stepstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sia {

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

struct StepChange
{
    int step = 0;
    StepAction action = StepAction::Start;
    QString reason;
    QString actor;
};

// What the store knows beyond the steps' statuses that a step's own rule needs (SetupPlan reads it with the
// states). Empty where not read (a pure check of statuses alone): then no rule refuses for want of it.
struct StepEvidence
{
    // Step 5: users invited besides the original user (the first admin of step 1), revoked ones left out.
    std::optional<int> invitedBesidesOriginal;
};

inline bool isFinished(StepStatus status)
{
    return status == StepStatus::Done || status == StepStatus::Skipped;
}

} // namespace sia
