// The page of step 7: configuring Actions in Salesforce.
// Its controls live here and nowhere else.
#pragma once

#include "setup/steps/salesforcepackageconfigstep.h"
#include "steppagebase.h"

class SalesforcePackageConfigPage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::SalesforcePackageConfigStep::stepNumber;

    explicit SalesforcePackageConfigPage(QWidget* parent = nullptr);
};
