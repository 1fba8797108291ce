#include "sync/synchealthbudget.h"

#include "connections/apibudget.h"
#include "connections/connectionsecrets.h"
#include "marketo/marketoconnection.h"
#include "settings/settingsrepository.h"
#include "store/store.h"

#include <QLocale>

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

SyncServiceBudget SyncHealthBudget::attributed(const ApiBudgetGate& gate)
{
    SyncServiceBudget budget;
    budget.report = gate.report();
    qint64 attributed = 0;
    for (const SyncArea area : allValues<SyncArea>()) {
        if (!servicesOf(area).contains(gate.service())) {
            continue;
        }
        qint64 calls = 0;
        for (const SyncKind kind : SyncHealth::kindsOf(area)) {
            calls += gate.usedByUsFor(toKey(kind));
        }
        budget.callsByArea.append({ area, calls });
        attributed += calls;
    }
    budget.unattributed = qMax<qint64>(0, budget.report.usedByUs - attributed);
    return budget;
}

QList<SyncServiceBudget> SyncHealthBudget::reports(const SyncBudgetCaps& caps)
{
    QList<SyncServiceBudget> reports;
    for (const ConnectionService service : { ConnectionService::Marketo, ConnectionService::Salesforce }) {
        const std::shared_ptr<ApiBudgetGate> gate = ApiBudgetGate::forInstance(service, caps.instance);
        gate->setCapPercent(
            service == ConnectionService::Marketo ? caps.marketoPercent : caps.salesforcePercent);
        if (service == ConnectionService::Marketo) {
            gate->setDailyLimit(MarketoLimits().dailyCalls); // what the Marketo client assumes too
        }
        reports.append(attributed(*gate));
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

QString SyncHealthBudget::breakdown(const SyncServiceBudget& budget)
{
    const QLocale locale;
    QStringList parts;
    for (const auto& [area, calls] : budget.callsByArea) {
        //: %1 a sync (People sync, Task sync, …), %2 its calls today.
        parts << tr("%1: %2 calls").arg(SyncHealth::title(area), locale.toString(calls));
    }
    //: %1 today's calls that no sync was named for (the windows' checks, shared clients).
    parts << tr("other: %1 calls").arg(locale.toString(budget.unattributed));
    return parts.join(QStringLiteral(", "));
}

QString SyncHealthBudget::attributionNote()
{
    return tr("Each sync's calls are those its own client made; the windows' checks and clients that several "
              "syncs share count only in the service's total.");
}

} // namespace sia
