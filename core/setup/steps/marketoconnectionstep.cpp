#include "setup/steps/marketoconnectionstep.h"

namespace sia {

QList<StepCaution> MarketoConnectionStep::cautions(const QList<StepState>& states) const
{
    if (ownStatus(states) != StepStatus::Done && statusOf(states, 4) == StepStatus::Done) {
        return { { QStringLiteral("reconnect-same-instance"),
            tr("The data sync (step 4) ran over this connection: connect the same Marketo instance again, "
               "or the people already synced no longer match it."),
            4 } };
    }
    return {};
}

} // namespace sia
