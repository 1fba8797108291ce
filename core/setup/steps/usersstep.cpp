#include "setup/steps/usersstep.h"

namespace sia {

QList<StepCaution> UsersStep::cautions(const QList<StepState>& states) const
{
    if (ownStatus(states) == StepStatus::Skipped) {
        return { { QStringLiteral("only-first-admins"),
            tr("Skipped: nobody but the admins invited in step 1 can use Actions until users are invited "
               "here."),
            1 } };
    }
    return {};
}

} // namespace sia
