// Step 6, installing or upgrading the Sales Insight package in Salesforce. Its own rule: it
// comes after the invitations (step 5).
#pragma once

#include "setup/steps/setupstep.h"

namespace sia {

class SalesforcePackageStep : public SetupStep
{
    Q_DECLARE_TR_FUNCTIONS(sia::SalesforcePackageStep)

public:
    static constexpr int stepNumber = 6;

    SalesforcePackageStep()
        : SetupStep(stepNumber)
    { }

    QString key() const override { return QStringLiteral("salesforce-package"); }
    QList<StepCaution> cautions(const QList<StepState>& states) const override;
};

} // namespace sia
