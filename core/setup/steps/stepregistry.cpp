#include "setup/steps/stepregistry.h"

#include "setup/steps/accountsetupstep.h"
#include "setup/steps/marketoconnectionstep.h"
#include "setup/steps/peoplesyncstep.h"
#include "setup/steps/salesforceconnectionstep.h"
#include "setup/steps/salesforcepackageconfigstep.h"
#include "setup/steps/salesforcepackagestep.h"
#include "setup/steps/usersstep.h"

namespace sia {

const QList<const SetupStep*>& StepRegistry::steps()
{
    // Stateless objects that live as long as the program: the list never changes once built.
    static const AccountSetupStep accountSetup;
    static const SalesforceConnectionStep salesforceConnection;
    static const MarketoConnectionStep marketoConnection;
    static const PeopleSyncStep peopleSync;
    static const UsersStep users;
    static const SalesforcePackageStep salesforcePackage;
    static const SalesforcePackageConfigStep salesforceConfiguration;
    static const QList<const SetupStep*> steps { &accountSetup, &salesforceConnection, &marketoConnection,
        &peopleSync, &users, &salesforcePackage, &salesforceConfiguration };
    return steps;
}

const SetupStep* StepRegistry::step(int number)
{
    for (const SetupStep* step : steps()) {
        if (step->number() == number) {
            return step;
        }
    }
    return nullptr;
}

} // namespace sia
