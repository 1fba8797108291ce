#include "setup/steps/setupstep.h"

namespace sia {

const StepDefinition& SetupStep::definition() const
{
    return *PlanDefinition::step(m_number);
}

std::optional<Error> SetupStep::refusal(const StepChange&, const QList<StepState>&, const StepEvidence&) const
{
    return std::nullopt;
}

StepStatus SetupStep::statusOf(const QList<StepState>& states, int step) const
{
    for (const StepState& state : states) {
        if (state.step == step) {
            return state.status;
        }
    }
    return StepStatus::NotStarted;
}

} // namespace sia
