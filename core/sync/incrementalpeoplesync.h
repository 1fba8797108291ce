// The incremental people sync (SPEC section 4): after the initial sync, what changed in Marketo since the
// stream's checkpoint ("people.changes"), applied as the initial sync applies people. Four feeds, each
// read page by page until Marketo (or Salesforce) says there is no more, each page committed with its
// position:
// - lead changes (Data Value Change and New Lead) for the synced and owner fields: the people they name are
//   looked up by id (300 a call) and written through PeopleWriter, so people who gain a Sales Owner come
//   in and people who lose it are kept as no longer eligible;
// - deleted leads: tombstoned;
// - the people chosen on Sync health to retry (PeopleRetryList): looked up by id again and written the same
//   way, each batch taken off the list in its transaction;
// - Salesforce's OpportunityContactRole changes (get updated / get deleted from latestDateCovered): the
//   contacts' opportunity IDs.
// The first run starts at the completed initial run's start time. A run of kind people-incremental holds
// the counts; the job ends it itself (completed, failed with the message, or cancelled). Whatever stops a
// run, the next one goes on from the last committed page: nothing is lost and nothing applied twice
// changes a person twice (the upsert is keyed by Marketo ID and compares content).
// Progress goes out as SyncProgress (kind people-incremental, phase changes, then opportunities) in
// JobProgress::detail, as the initial sync's does, so that the engine and the page treat both alike.
#pragma once

#include "marketo/marketoconnection.h"
#include "store/longjob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>

namespace sia {

class ApiBudgetGate;
class OpportunityRoleSource;

// Where the incremental sync stands: the checkpoint of stream "people.changes".
struct IncrementalPosition
{
    QString changesToken; // leadchanges' next page
    QString deletionsToken; // deletedleads' next page
    QDateTime rolesSince; // the next OpportunityContactRole window's start (latestDateCovered)

    QJsonObject toJson() const;
    static IncrementalPosition fromJson(const QJsonObject& json);
};

class IncrementalPeopleSync : public LongJob
{
    Q_DECLARE_TR_FUNCTIONS(sia::IncrementalPeopleSync)

public:
    static constexpr const char* stream = "people.changes";
    static constexpr int lookupBatch = 300; // ids per leads.json lookup (Marketo's limit)

    // roles: where the opportunity IDs come from; nullptr (Salesforce not connected): left as they are.
    // The secret in connection stays in memory; the job builds its own client from it on its thread.
    IncrementalPeopleSync(MarketoConnection connection, OpportunityRoleSource* roles, QString actor);

    Result<JobEnding> run(Store& store, JobContext& context) override;

    // The refusal of a run before an initial sync completed (the engine says it before starting a job).
    static Error initialNotDone();

    // The run this job worked on, once run() began it (0 before); readable from any thread.
    qint64 runId() const { return m_runId.load(); }
    // How often a run that waits on the network still says it lives (SyncRunRepository's heartbeat).
    void setHeartbeatInterval(std::chrono::milliseconds interval) { m_heartbeat = interval; }
    // The instance's Marketo budget gate (ApiBudgetGate::forInstance, safe from any thread), so that the
    // job's calls count against the admin's cap with every other client's; without one the client keeps
    // its own.
    void setBudgetGate(std::shared_ptr<ApiBudgetGate> gate) { m_budget = std::move(gate); }

private:
    MarketoConnection m_connection;
    OpportunityRoleSource* m_roles;
    QString m_actor;
    std::atomic<qint64> m_runId { 0 };
    std::chrono::milliseconds m_heartbeat { 10'000 };
    std::shared_ptr<ApiBudgetGate> m_budget;
};

} // namespace sia
