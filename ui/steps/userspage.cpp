#include "userspage.h"

#include "setup/steps/stepregistry.h"

UsersStepPage::UsersStepPage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::UsersStep>(), parent)
{
    // Until this step's controls exist, the card says what they will do.
    setControls(pendingControls());
}
