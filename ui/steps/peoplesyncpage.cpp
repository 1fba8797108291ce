#include "peoplesyncpage.h"

#include "setup/steps/stepregistry.h"

PeopleSyncPage::PeopleSyncPage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::PeopleSyncStep>(), parent)
{
    // Until this step's controls exist, the card says what they will do.
    setControls(pendingControls());
}
