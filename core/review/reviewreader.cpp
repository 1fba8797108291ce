#include "review/reviewreader.h"

#include "review/reviewqueries.h"
#include "store/store.h"

namespace sia {

Result<ReviewSnapshot> ReviewReader::read(int pageSize) const
{
    ReviewSnapshot review;
    review.databasePath = m_store.path();
    review.schemaVersion = m_store.schemaVersion();
    review.readOnly = m_store.isReadOnly();

    Result<PlanSnapshot> snapshot = SetupPlan(m_store).snapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    review.plan = std::move(snapshot).value();

    const ReviewQueries queries(m_store);
    Result<RecordPage<StepHistoryEntry>> history = queries.historyPage(0, pageSize);
    if (!history) {
        return history.error();
    }
    review.history = std::move(history).value();

    Result<RecordPage<AuditEntry>> audit = queries.auditPage(0, pageSize, {});
    if (!audit) {
        return audit.error();
    }
    review.audit = std::move(audit).value();

    Result<RecordPage<SettingEntry>> settings = queries.settingsPage({}, pageSize);
    if (!settings) {
        return settings.error();
    }
    review.settings = std::move(settings).value();
    return review;
}

} // namespace sia
