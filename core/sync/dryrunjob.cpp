#include "sync/dryrunjob.h"

#include "sync/peoplewriter.h"

namespace sia {

DryRunJob::DryRunJob(MarketoConnection connection, OpportunityRoleSource* roles, InitialSyncOptions options,
    std::shared_ptr<EligibilityReport> report)
    : InitialPeopleSync(std::move(connection), roles, std::move(options))
    , m_report(std::move(report))
{ }

Result<SyncCounts> DryRunJob::applyBatch(PeopleWriter& writer, const QList<PersonRecord>& records)
{
    Result<SyncCounts> counts = writer.apply(records, true);
    if (!counts) {
        return counts;
    }
    for (const PersonRecord& record : records) {
        m_tally.add(record);
    }
    m_tally.addWouldDo(*counts);
    return counts;
}

void DryRunJob::finishPass(const SyncCounts&)
{
    *m_report = m_tally.report();
    m_report->finishedAt = QDateTime::currentDateTimeUtc();
}

} // namespace sia
