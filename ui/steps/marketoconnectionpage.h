// The page of step 3: connecting Actions to Marketo.
// Its controls live here and nowhere else.
#pragma once

#include "setup/steps/marketoconnectionstep.h"
#include "steppagebase.h"

class MarketoConnectionPage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::MarketoConnectionStep::stepNumber;

    explicit MarketoConnectionPage(QWidget* parent = nullptr);
};
