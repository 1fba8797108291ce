// The vocabulary of the syncs (SPEC sections 4 and 6): which sync a run is, where a run stands, and what
// became of a record that did not make it. Kept in core rather than in CHECK constraints (see
// common/enumkeys.h): a sync kind is only real once there is code that runs it, and a new state comes with
// the code that enters and leaves it.
#pragma once

#include "common/enumkeys.h"

namespace sia {

enum class SyncKind
{
    PeopleInitial, // every eligible person, from the bulk lead extract
    PeopleIncremental, // the changes since the last checkpoint (lead changes, deleted leads)
    Tasks, // the task sync with Salesforce, both ways
    SalesActivities // sales emails and calls logged to Salesforce (as tasks) and to Marketo (SPEC section 5)
};

enum class SyncRunState
{
    Running,
    Paused,
    Completed,
    Failed,
    Cancelled,
    Interrupted // the process ended while it ran (a crash, a kill): resumed from its checkpoint
};

enum class SyncErrorOutcome
{
    Skipped, // the record was left out on purpose (ineligible, malformed): the run goes on
    Failed // the record could not be written: the run goes on, the record is retried next time
};

template<> struct EnumKeys<SyncKind>
{
    static constexpr EnumKey<SyncKind> table[] = { { SyncKind::PeopleInitial, "people-initial" },
        { SyncKind::PeopleIncremental, "people-incremental" }, { SyncKind::Tasks, "tasks" },
              { SyncKind::SalesActivities, "sales-activities" } };
};

template<> struct EnumKeys<SyncRunState>
{
    static constexpr EnumKey<SyncRunState> table[]
        = { { SyncRunState::Running, "running" }, { SyncRunState::Paused, "paused" },
              { SyncRunState::Completed, "completed" }, { SyncRunState::Failed, "failed" },
              { SyncRunState::Cancelled, "cancelled" }, { SyncRunState::Interrupted, "interrupted" } };
};

template<> struct EnumKeys<SyncErrorOutcome>
{
    static constexpr EnumKey<SyncErrorOutcome> table[]
        = { { SyncErrorOutcome::Skipped, "skipped" }, { SyncErrorOutcome::Failed, "failed" } };
};

} // namespace sia
