#include "marketoconnectionpage.h"

#include "setup/steps/stepregistry.h"

MarketoConnectionPage::MarketoConnectionPage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::MarketoConnectionStep>(), parent)
{
    // Until this step's controls exist, the card says what they will do.
    setControls(pendingControls());
}
