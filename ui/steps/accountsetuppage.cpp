#include "accountsetuppage.h"

#include "setup/steps/stepregistry.h"

AccountSetupPage::AccountSetupPage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::AccountSetupStep>(), parent)
{
    // Until this step's controls exist, the card says what they will do.
    setControls(pendingControls());
}
