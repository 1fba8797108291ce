// The API budget beside the sync health: today's calls of each service against the admin's cap. The
// ledger (ApiCallLedger) counts calls per service, not per sync, so an area's share is not known: each
// area names the services it calls, and the figures are per service. Two halves because the gates are
// objects of the caller's thread: the caps are read from the store (where the StoreRunner runs it), the
// reports are made on the caller's thread.
#pragma once

#include "common/result.h"
#include "connections/apibudgetgate.h"
#include "sync/synchealth.h"

#include <QCoreApplication>
#include <QList>

namespace sia {

class Store;

struct SyncBudgetCaps
{
    QString instance; // ConnectionSecrets::instanceOf: whose gates
    int marketoPercent = 100;
    int salesforcePercent = 100;
};

class SyncHealthBudget
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncHealthBudget)

public:
    static Result<SyncBudgetCaps> readCaps(Store& store);
    // Marketo's, then Salesforce's report of today.
    static QList<ApiBudgetReport> reports(const SyncBudgetCaps& caps);
    static QList<ConnectionService> servicesOf(SyncArea area);
    // Why the figures are per service (translated, one line).
    static QString attributionNote();
};

} // namespace sia
