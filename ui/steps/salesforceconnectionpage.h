// The page of step 2: connecting Actions to Salesforce.
// Its controls live here and nowhere else.
#pragma once

#include "setup/steps/salesforceconnectionstep.h"
#include "steppagebase.h"

class SalesforceConnectionPage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::SalesforceConnectionStep::stepNumber;

    explicit SalesforceConnectionPage(QWidget* parent = nullptr);
};
