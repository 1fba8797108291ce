// One run of the sales activity logging (SPEC section 5), as a long job on its own thread with its own
// store: the activities recorded in Actions go
// 1. to Marketo as its native sales activity types (their ids read from activities/types.json by name),
//    300 a call through activities/external.json, each record's result kept: an added one is marked
//    logged, a skipped one stays waiting with its reason in sync_errors ("activity:<id>");
// 2. to Salesforce as tasks, one way: the sales emails and calls, when email logging through the API applies
//    to their seller (email.log-via-api, the user's own value over the instance's) and the preferences
//    (email.api-preferences) log that kind; 200 a call through sObject Collections, as a completed Task
//    (the org's own closed status, read from TaskStatus) on the lead or contact (WhoId), a contact's also
//    related to the opportunity, else the account (WhatId; never a lead's: Salesforce refuses it). An email
//    or call the settings do not log is settled without a task (sfdc_logged_at set, no task id): turning
//    logging on later does not flood Salesforce with the past. A person not in Salesforce stays waiting;
// 3. unsubscribes both ways with Salesforce's Email Opt Out, when email.sync-unsubscribes is on
//    (EmailOptOuts): first Salesforce's changes to leads and contacts (every opt-out on the first run, then
//    by SystemModstamp from where the last run's window ended, the checkpoint's optOutsCoveredUntil), then
//    the Actions opt-outs Salesforce does not have yet, 200 a call (HasOptedOutOfEmail through sObject
//    Collections, each record's result kept; a record gone from Salesforce leaves the opt-out in Actions).
// Before a batch of tasks is sent its activities are written down (the checkpoint "sales-activities.log");
// a run that finds them there (the answer was lost) looks for the tasks first, so none is created twice.
// Either service not connected skips its half, and the run says so. A run of kind sales-activities holds
// the counts; the job ends it itself.
#pragma once

#include "marketo/marketoconnection.h"
#include "store/longjob.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace sia {

class ApiBudgetGate;
class SalesforceRelay;

struct SalesActivityLogOptions
{
    QString actor;
    std::function<QDateTime()> clock; // empty: the system's
    std::chrono::milliseconds heartbeat { 10'000 };
    std::optional<MarketoConnection> marketo; // empty: Marketo is not connected
    std::shared_ptr<ApiBudgetGate> marketoBudget;
    SalesforceRelay* salesforce = nullptr; // must outlive the job; empty: no Salesforce half
};

class SalesActivityLog : public LongJob
{
    Q_DECLARE_TR_FUNCTIONS(sia::SalesActivityLog)

public:
    static constexpr const char* stream = "sales-activities.log";
    static constexpr int marketoBatch = 300; // activities/external.json's limit
    static constexpr int salesforceBatch = 200; // sObject Collections' limit

    explicit SalesActivityLog(SalesActivityLogOptions options);

    Result<JobEnding> run(Store& store, JobContext& context) override;
    qint64 runId() const { return m_runId.load(); }

private:
    SalesActivityLogOptions m_options;
    std::atomic<qint64> m_runId { 0 };
};

} // namespace sia
