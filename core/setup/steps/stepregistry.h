// The seven steps' state classes, in plan order: the one list the plan, the command line and the pages
// iterate. A step is found by its number, or by its class when its page needs its own API.
#pragma once

#include "setup/steps/setupstep.h"

#include <QList>

namespace sia {

class StepRegistry
{
public:
    static const QList<const SetupStep*>& steps();
    static const SetupStep* step(int number); // nullptr for an unknown number

    template<typename Step> static const Step& get()
    {
        return static_cast<const Step&>(*step(Step::stepNumber));
    }
};

} // namespace sia
