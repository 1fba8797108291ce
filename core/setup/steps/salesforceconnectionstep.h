// Step 2, connecting Actions to Salesforce (OAuth, the org verified). Its own rule: when it
// is taken up again after steps were done over this connection, the same org must be connected.
#pragma once

#include "setup/steps/setupstep.h"

namespace sia {

class SalesforceConnectionStep : public SetupStep
{
    Q_DECLARE_TR_FUNCTIONS(sia::SalesforceConnectionStep)

public:
    static constexpr int stepNumber = 2;

    SalesforceConnectionStep()
        : SetupStep(stepNumber)
    { }

    QString key() const override { return QStringLiteral("salesforce-connection"); }
    QList<StepCaution> cautions(const QList<StepState>& states) const override;
};

} // namespace sia
