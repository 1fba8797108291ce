// Step 7, configuring Actions in Salesforce (the checklist). Its own rule: it is configured
// inside the Sales Insight package, so the package (step 6) comes first.
#pragma once

#include "setup/steps/setupstep.h"

namespace sia {

class SalesforcePackageConfigStep : public SetupStep
{
    Q_DECLARE_TR_FUNCTIONS(sia::SalesforcePackageConfigStep)

public:
    static constexpr int stepNumber = 7;

    SalesforcePackageConfigStep()
        : SetupStep(stepNumber)
    { }

    QString key() const override { return QStringLiteral("salesforce-configuration"); }
    QList<StepCaution> cautions(const QList<StepState>& states) const override;
};

} // namespace sia
