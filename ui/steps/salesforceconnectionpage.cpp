#include "salesforceconnectionpage.h"

#include "setup/steps/stepregistry.h"

SalesforceConnectionPage::SalesforceConnectionPage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::SalesforceConnectionStep>(), parent)
{
    // Until this step's controls exist, the card says what they will do.
    setControls(pendingControls());
}
