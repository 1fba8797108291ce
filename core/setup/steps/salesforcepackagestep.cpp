#include "setup/steps/salesforcepackagestep.h"

namespace sia {

QList<StepCaution> SalesforcePackageStep::cautions(const QList<StepState>& states) const
{
    if (!isFinished(ownStatus(states)) && !isFinished(statusOf(states, 5))) {
        return { { QStringLiteral("after-invitations"),
            tr("The package is installed or upgraded after the users are invited (step 5)."), 5 } };
    }
    return {};
}

} // namespace sia
