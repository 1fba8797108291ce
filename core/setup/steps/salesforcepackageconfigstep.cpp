#include "setup/steps/salesforcepackageconfigstep.h"

namespace sia {

QList<StepCaution> SalesforcePackageConfigStep::cautions(const QList<StepState>& states) const
{
    if (!isFinished(ownStatus(states)) && statusOf(states, 6) != StepStatus::Done) {
        return { { QStringLiteral("package-first"),
            tr("Actions is configured inside the Sales Insight package: install or upgrade it first (step "
               "6)."),
            6 } };
    }
    return {};
}

} // namespace sia
