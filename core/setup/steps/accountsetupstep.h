// Step 1, setting up the Actions account: the instance and its first admin, who becomes the
// original user. Its own rule: once the data sync has started, that original user must stay.
#pragma once

#include "setup/steps/setupstep.h"

namespace sia {

class AccountSetupStep : public SetupStep
{
    Q_DECLARE_TR_FUNCTIONS(sia::AccountSetupStep)

public:
    static constexpr int stepNumber = 1;

    AccountSetupStep()
        : SetupStep(stepNumber)
    { }

    QString key() const override { return QStringLiteral("account-setup"); }
    QList<StepCaution> cautions(const QList<StepState>& states) const override;
};

} // namespace sia
