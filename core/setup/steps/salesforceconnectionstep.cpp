#include "setup/steps/salesforceconnectionstep.h"

namespace sia {

QList<StepCaution> SalesforceConnectionStep::cautions(const QList<StepState>& states) const
{
    if (ownStatus(states) == StepStatus::Done) {
        return {};
    }
    QList<int> doneOnTop;
    for (int dependent : PlanDefinition::dependents(number())) {
        if (statusOf(states, dependent) == StepStatus::Done) {
            doneOnTop << dependent;
        }
    }
    if (doneOnTop.isEmpty()) {
        return {};
    }
    //: %1: step numbers, such as "6 and 7" or "7"
    return { { QStringLiteral("reconnect-same-org"),
        tr("Steps that build on it were done over this connection (%1): connect the same Salesforce org "
           "again, or check them once it is connected.")
            .arg(PlanDefinition::listOfSteps(doneOnTop)),
        doneOnTop.constFirst() } };
}

} // namespace sia
