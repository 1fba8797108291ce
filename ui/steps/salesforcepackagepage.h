// The page of step 6: installing or upgrading the Sales Insight package in Salesforce.
// Its controls live here and nowhere else.
#pragma once

#include "setup/steps/salesforcepackagestep.h"
#include "steppagebase.h"

class SalesforcePackagePage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::SalesforcePackageStep::stepNumber;

    explicit SalesforcePackagePage(QWidget* parent = nullptr);
};
