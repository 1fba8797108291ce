// Step 5, inviting the users of Actions. Its own rule: it may be skipped on purpose, and then
// nobody but the admins of step 1 can use Actions.
#pragma once

#include "setup/steps/setupstep.h"

namespace sia {

class UsersStep : public SetupStep
{
    Q_DECLARE_TR_FUNCTIONS(sia::UsersStep)

public:
    static constexpr int stepNumber = 5;

    UsersStep()
        : SetupStep(stepNumber)
    { }

    QString key() const override { return QStringLiteral("users"); }
    QList<StepCaution> cautions(const QList<StepState>& states) const override;
    // Done needs at least one invitation beyond the first admin (SPEC §3); Skip is the way without one.
    std::optional<Error> refusal(const StepChange& change, const QList<StepState>& states,
        const StepEvidence& evidence) const override;
};

} // namespace sia
