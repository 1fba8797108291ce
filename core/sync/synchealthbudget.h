// The API budget beside the sync health: today's calls of each service against the admin's cap, and how
// many of them each sync made: a client tells the budget's ledger what its calls are for (the sync kind,
// MarketoClient/SalesforceClient::setCallPurpose), and a call nobody tagged (a window's check, a client
// shared by several syncs) counts only for the service. Two halves because the gates are objects of the
// caller's thread: the caps are read from the store (where the StoreRunner runs it), the reports are made
// on the caller's thread.
#pragma once

#include "common/result.h"
#include "connections/apibudgetgate.h"
#include "sync/synchealth.h"

#include <QCoreApplication>
#include <QList>

namespace sia {

class Store;

struct SyncServiceBudget
{
    ApiBudgetReport report;
    QList<std::pair<SyncArea, qint64>> callsByArea; // today's calls of each area that calls the service
    qint64 unattributed = 0; // today's calls no sync was named for
};

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
    static QList<SyncServiceBudget> reports(const SyncBudgetCaps& caps);
    static SyncServiceBudget attributed(const ApiBudgetGate& gate);
    static QList<ConnectionService> servicesOf(SyncArea area);
    // "People sync: 120 calls, Sales activity logging: 0 calls, other: 4 calls" (translated).
    static QString breakdown(const SyncServiceBudget& budget);
    // What the per-sync figures count (translated, one line).
    static QString attributionNote();
};

} // namespace sia
