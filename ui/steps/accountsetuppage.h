// The page of step 1: setting up the Actions account (the instance and its first admin).
// Its controls live here and nowhere else.
#pragma once

#include "setup/steps/accountsetupstep.h"
#include "steppagebase.h"

class AccountSetupPage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::AccountSetupStep::stepNumber;

    explicit AccountSetupPage(QWidget* parent = nullptr);
};
