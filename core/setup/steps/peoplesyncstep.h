// Step 4, the data sync of people from Marketo to Actions. Its own rule: once it has started,
// the original user (invited in step 1) must never be removed.
#pragma once

#include "setup/steps/setupstep.h"

namespace sia {

class PeopleSyncStep : public SetupStep
{
    Q_DECLARE_TR_FUNCTIONS(sia::PeopleSyncStep)

public:
    static constexpr int stepNumber = 4;

    PeopleSyncStep()
        : SetupStep(stepNumber)
    { }

    QString key() const override { return QStringLiteral("people-sync"); }
    QList<StepCaution> cautions(const QList<StepState>& states) const override;
};

} // namespace sia
