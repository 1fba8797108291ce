// The page of step 5: inviting the users of Actions.
// Its controls live here and nowhere else.
#pragma once

#include "setup/steps/usersstep.h"
#include "steppagebase.h"

class UsersStepPage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::UsersStep::stepNumber;

    explicit UsersStepPage(QWidget* parent = nullptr);
};
