// The initial people sync as a long job (SPEC section 4): every person of the subscription through the
// bulk lead extract (BulkExportPipeline, on its own thread: ExportPipelineHost), each file parsed as it
// streams from disk (LeadExportParser) and applied in batches (PeopleWriter), each batch in one transaction
// with the run's counts, its heartbeat and the checkpoint (stream "people.initial": the windows and the byte
// offset after the batch's last row), so that a kill, a crash, a pause or a fault stops at a checkpoint that
// resume continues exactly: nothing lost, nothing doubled. Then the opportunity IDs from Salesforce's primary
// OpportunityContactRoles, in the same run. run() hosts a QEventLoop for the asynchronous Marketo client;
// the cancel request is looked at every 100 ms and honoured at the next batch boundary.
//
// A dry run (DryRunJob) is the same pass with nothing written: it overrides applyBatch.
#pragma once

#include "marketo/marketoconnection.h"
#include "store/longjob.h"
#include "sync/bulkexportpipeline.h"
#include "sync/personfields.h"
#include "sync/syncprogress.h"
#include "sync/syncrun.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <memory>
#include <optional>

namespace sia {

class ApiBudgetGate;
class OpportunityRoleSource;
class PeopleWriter;

// How the engine asks a running job to stop: a pause keeps Marketo's jobs (resume uses their files), a
// cancel cancels them. Set before LongJobRunner::cancel().
struct SyncStopRequest
{
    std::atomic<bool> cancel { false };
};

struct InitialSyncOptions
{
    QString filesDirectory; // <data dir>/sync
    QString actor; // who started it
    int batchSize = 5000; // rows a transaction: well under a second each
    BulkExportOptions exports; // directory and fields are filled in by the job
    std::optional<QDateTime> oldestPerson; // an admin's override of the plan's start
    std::chrono::milliseconds heartbeat { 10'000 }; // while nothing is applied (Marketo exporting)
    std::shared_ptr<SyncStopRequest> stop = std::make_shared<SyncStopRequest>();
    // The instance's Marketo budget (the admin's cap), shared with every other client of the process; null:
    // the job's client keeps one of its own (tests).
    std::shared_ptr<ApiBudgetGate> budget;
};

class InitialPeopleSync : public LongJob
{
    Q_DECLARE_TR_FUNCTIONS(sia::InitialPeopleSync)

public:
    static constexpr const char* stream = "people.initial";

    // roles may be null (no Salesforce side yet): the run then completes without opportunity IDs and says
    // so in its message.
    InitialPeopleSync(MarketoConnection connection, OpportunityRoleSource* roles, InitialSyncOptions options);
    ~InitialPeopleSync() override;

    Result<JobEnding> run(Store& store, JobContext& context) override;

protected:
    virtual bool isDryRun() const { return false; }
    // Writes (or, for a dry run, only counts) one batch inside the batch's transaction.
    virtual Result<SyncCounts> applyBatch(PeopleWriter& writer, const QList<PersonRecord>& records);
    virtual void finishPass(const SyncCounts&) { }

private:
    class Pass;

    MarketoConnection m_connection;
    OpportunityRoleSource* m_roles;
    InitialSyncOptions m_options;
};

} // namespace sia
