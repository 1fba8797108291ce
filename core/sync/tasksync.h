// One run of the task sync with Salesforce (SPEC section 6, issue 12), as a long job on its own thread
// with its own store. Its steps, each committed in batches with its checkpoint (stream "tasks.sync"):
// 1. the org's task statuses and priorities (TaskStatus, TaskPriority), kept as "tasks.picklists";
// 2. the import. The first run after the sync was turned on (tasks.sync-started-at differs from the
//    checkpoint's) reads the Tasks created or changed in Salesforce in the last 24 hours (rule 3); later
//    runs follow get updated from the checkpoint's latestDateCovered (never from the window's end), in
//    windows of at most 30 days, and read the records by Id, 200 at a time;
// 3. Salesforce's deletions: when the sync was on before, get deleted from the checkpoint (at most the
//    last 15 days, Salesforce's recycle bin) removes those tasks from Actions (rule 4);
// 4. the push of Actions' changes through sObject Collections, 200 records a call, each record's result
//    kept: creates (only Actions tasks created after the sync was turned on: rule 1), updates (edits and
//    completions) and deletions (rule 5). A record Salesforce refuses stays waiting, with its error in
//    sync_errors ("task:<id>"), and is sent again next run; a network fault ends the run with the rows
//    still waiting, so an edit made offline reaches Salesforce when the connection returns.
// A task changed on both sides since the last sync is settled by TaskMapping::resolveConflict (the later
// edit wins) and the audit log records it ("task.conflict"). Tasks of a user whose own tasks.sync is "off"
// stay out both ways. A run of kind tasks holds the counts; the job ends it itself.
#pragma once

#include "store/longjob.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <chrono>
#include <functional>

namespace sia {

class SalesforceRelay;

struct TaskSyncOptions
{
    QString actor;
    // Now, as Salesforce's windows are reckoned (tests: the sandbox's clock). A clock that jumps back is
    // caught by the checkpoint: a window never starts after its end.
    std::function<QDateTime()> clock;
    std::chrono::milliseconds heartbeat { 10'000 };
};

class TaskSync : public LongJob
{
    Q_DECLARE_TR_FUNCTIONS(sia::TaskSync)

public:
    static constexpr const char* stream = "tasks.sync";
    static constexpr const char* picklistStream = "tasks.picklists";
    static constexpr int importHours = 24; // rule 3
    static constexpr int deletionDays = 15; // rule 4 (and Salesforce's recycle bin)
    static constexpr int replicationDays = 30; // how far back get updated / get deleted reach
    static constexpr int batchSize = 200; // sObject Collections' limit
    static constexpr int idsPerQuery = 200; // Ids in one IN (…): the URL stays well under 16 KB
    // Get updated lags behind the clock by a few minutes (long transactions): the window after a query
    // starts this much earlier, so that nothing changed meanwhile falls between the two.
    static constexpr int replicationMarginMinutes = 5;

    // relay must outlive the job (the engine owns both).
    TaskSync(SalesforceRelay& relay, TaskSyncOptions options);

    Result<JobEnding> run(Store& store, JobContext& context) override;

    qint64 runId() const { return m_runId.load(); }

    // Why a run is refused when the sync is off.
    static Error syncIsOff();

private:
    SalesforceRelay& m_relay;
    TaskSyncOptions m_options;
    std::atomic<qint64> m_runId { 0 };
};

} // namespace sia
