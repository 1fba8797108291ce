#include "setup/steps/accountsetupstep.h"

namespace sia {

QList<StepCaution> AccountSetupStep::cautions(const QList<StepState>& states) const
{
    // SPEC step 4: the sync depends on the original user, so the step that created it says so too.
    const StepStatus sync = statusOf(states, 4);
    if (sync == StepStatus::InProgress || sync == StepStatus::Done) {
        return { { QStringLiteral("original-user-must-stay"),
            tr("The data sync has started (step 4): the first admin invited here, the original user, must "
               "never be removed from the instance."),
            4 } };
    }
    return {};
}

} // namespace sia
