#include "review/reviewreader.h"

#include "store/store.h"

namespace sia {

Result<ReviewSnapshot> ReviewReader::read() const
{
    ReviewSnapshot review;
    review.databasePath = m_store.path();
    review.schemaVersion = m_store.schemaVersion();
    review.readOnly = m_store.isReadOnly();

    const SetupPlan plan(m_store);
    Result<PlanSnapshot> snapshot = plan.snapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    review.plan = std::move(snapshot).value();

    Result<QList<StepHistoryEntry>> history = plan.history();
    if (!history) {
        return history.error();
    }
    review.history = std::move(history).value();

    Result<QList<AuditEntry>> audit = AuditLog(m_store).entries();
    if (!audit) {
        return audit.error();
    }
    review.audit = std::move(audit).value();

    Result<QList<SettingEntry>> settings = SettingsRepository(m_store).all();
    if (!settings) {
        return settings.error();
    }
    review.settings = std::move(settings).value();
    return review;
}

} // namespace sia
