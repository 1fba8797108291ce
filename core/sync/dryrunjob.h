// The dry run (SPEC section 4): the initial sync's full pass over the bulk extract with nothing written
// (PeopleWriter's dry run counts what a sync would create, update, leave unchanged and skip, against the
// same store), every record fed to an EligibilityTally for the eligibility and duplicates report. No run
// and no checkpoint: a dry run that stops is simply made again.
#pragma once

#include "sync/eligibilitytally.h"
#include "sync/initialpeoplesync.h"
#include "sync/peoplesyncservice.h"

#include <memory>

namespace sia {

class DryRunJob : public InitialPeopleSync
{
public:
    // report is filled when the pass completes (the engine holds the other end).
    DryRunJob(MarketoConnection connection, OpportunityRoleSource* roles, InitialSyncOptions options,
        std::shared_ptr<EligibilityReport> report);

protected:
    bool isDryRun() const override { return true; }
    Result<SyncCounts> applyBatch(PeopleWriter& writer, const QList<PersonRecord>& records) override;
    void finishPass(const SyncCounts& counts) override;

private:
    EligibilityTally m_tally;
    std::shared_ptr<EligibilityReport> m_report;
};

} // namespace sia
