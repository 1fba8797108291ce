// Where a task was first created (SPEC section 6): the task sync pushes only Actions tasks created after it
// was turned on, and imports Salesforce's. Kept in core rather than in a CHECK constraint (see
// common/enumkeys.h): a new origin (an import from a file, say) comes with the code that creates it.
#pragma once

#include "common/enumkeys.h"

namespace sia {

enum class TaskOrigin
{
    Actions,
    Salesforce
};

template<> struct EnumKeys<TaskOrigin>
{
    static constexpr EnumKey<TaskOrigin> table[]
        = { { TaskOrigin::Actions, "actions" }, { TaskOrigin::Salesforce, "salesforce" } };
};

} // namespace sia
