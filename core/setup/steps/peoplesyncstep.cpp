#include "setup/steps/peoplesyncstep.h"

namespace sia {

QList<StepCaution> PeopleSyncStep::cautions(const QList<StepState>& states) const
{
    const StepStatus own = ownStatus(states);
    if (own == StepStatus::InProgress || own == StepStatus::Done) {
        return { { QStringLiteral("original-user-must-stay"),
            tr("The sync has started: the original user, the first admin invited in step 1, must never be "
               "removed from the instance."),
            1 } };
    }
    return {};
}

} // namespace sia
