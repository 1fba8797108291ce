#include "salesforcepackageconfigpage.h"

#include "setup/steps/stepregistry.h"

SalesforcePackageConfigPage::SalesforcePackageConfigPage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::SalesforcePackageConfigStep>(), parent)
{
    // Until this step's controls exist, the card says what they will do.
    setControls(pendingControls());
}
