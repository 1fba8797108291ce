#include "sync/synchealthbudget.h"

#include "connections/apibudget.h"
#include "connections/connectionsecrets.h"
#include "marketo/marketoconnection.h"
#include "settings/settingsrepository.h"
#include "store/store.h"

namespace sia {

Result<SyncBudgetCaps> SyncHealthBudget::readCaps(Store& store)
{
    const SettingsRepository settings(store);
    SyncBudgetCaps caps;
    caps.instance = ConnectionSecrets::instanceOf(store);
    Result<ApiBudget> marketo = ApiBudget::fromSettings(settings, ConnectionService::Marketo);
    if (!marketo) {
        return marketo.error();
    }
    Result<ApiBudget> salesforce = ApiBudget::fromSettings(settings, ConnectionService::Salesforce);
    if (!salesforce) {
        return salesforce.error();
    }
    caps.marketoPercent = marketo->capPercent();
    caps.salesforcePercent = salesforce->capPercent();
    return caps;
}

QList<ApiBudgetReport> SyncHealthBudget::reports(const SyncBudgetCaps& caps)
{
    QList<ApiBudgetReport> reports;
    for (const ConnectionService service : { ConnectionService::Marketo, ConnectionService::Salesforce }) {
        const std::shared_ptr<ApiBudgetGate> gate = ApiBudgetGate::forInstance(service, caps.instance);
        gate->setCapPercent(
            service == ConnectionService::Marketo ? caps.marketoPercent : caps.salesforcePercent);
        if (service == ConnectionService::Marketo) {
            gate->setDailyLimit(MarketoLimits().dailyCalls); // what the Marketo client assumes too
        }
        reports.append(gate->report());
    }
    return reports;
}

QList<ConnectionService> SyncHealthBudget::servicesOf(SyncArea area)
{
    switch (area) {
    case SyncArea::People: // Marketo's people, Salesforce's opportunity roles
    case SyncArea::SalesActivities: // logged to both
        return { ConnectionService::Marketo, ConnectionService::Salesforce };
    case SyncArea::Tasks:
        return { ConnectionService::Salesforce };
    }
    return {};
}

QString SyncHealthBudget::attributionNote()
{
    return tr("Calls are counted per service, not per sync: SIA Admin does not yet record which sync made a "
              "call.");
}

} // namespace sia
