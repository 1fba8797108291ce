// The page of step 4: the data sync of people from Marketo to Actions.
// Its controls live here and nowhere else.
#pragma once

#include "setup/steps/peoplesyncstep.h"
#include "steppagebase.h"

class PeopleSyncPage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::PeopleSyncStep::stepNumber;

    explicit PeopleSyncPage(QWidget* parent = nullptr);
};
