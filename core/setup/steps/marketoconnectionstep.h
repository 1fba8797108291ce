// Step 3, connecting Actions to Marketo (client ID and secret accepted). Its own rule: once
// people were synced over this connection, the same Marketo instance must be connected again.
#pragma once

#include "setup/steps/setupstep.h"

namespace sia {

class MarketoConnectionStep : public SetupStep
{
    Q_DECLARE_TR_FUNCTIONS(sia::MarketoConnectionStep)

public:
    static constexpr int stepNumber = 3;

    MarketoConnectionStep()
        : SetupStep(stepNumber)
    { }

    QString key() const override { return QStringLiteral("marketo-connection"); }
    QList<StepCaution> cautions(const QList<StepState>& states) const override;
};

} // namespace sia
