#include "salesforcepackagepage.h"

#include "setup/steps/stepregistry.h"

SalesforcePackagePage::SalesforcePackagePage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::SalesforcePackageStep>(), parent)
{
    // Until this step's controls exist, the card says what they will do.
    setControls(pendingControls());
}
