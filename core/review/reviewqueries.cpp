#include "review/reviewqueries.h"

#include "setup/setupplan.h"
#include "store/store.h"

namespace sia {

namespace {

// Each query asks for one row more than a page holds: whether it came tells whether another page follows.
template<typename Row> RecordPage<Row> pageFrom(QList<Row> rows, int limit)
{
    RecordPage<Row> page;
    page.hasMore = rows.size() > limit;
    if (page.hasMore) {
        rows.resize(limit);
    }
    page.rows = std::move(rows);
    return page;
}

} // namespace

Result<qint64> ReviewQueries::count(
    const QString& table, const QString& where, const QVariantMap& bindings) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(table);
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where;
    }
    Result<QSqlQuery> query = m_store.exec(sql, bindings);
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<RecordPage<StepHistoryEntry>> ReviewQueries::historyPage(qint64 beforeId, int limit, int step) const
{
    QString sql = SetupPlan::historyColumns + QStringLiteral(" FROM setup_step_history");
    QVariantMap bindings { { QStringLiteral("limit"), limit + 1 } };
    QStringList conditions;
    QVariantMap stepBinding;
    if (step > 0) {
        conditions << QStringLiteral("step = :step");
        stepBinding.insert(QStringLiteral("step"), step);
        bindings.insert(QStringLiteral("step"), step);
    }
    if (beforeId > 0) {
        conditions << QStringLiteral("id < :before");
        bindings.insert(QStringLiteral("before"), beforeId);
    }
    if (!conditions.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT :limit");
    Result<QSqlQuery> query = m_store.exec(sql, bindings);
    if (!query) {
        return query.error();
    }
    QList<StepHistoryEntry> rows;
    while (query->next()) {
        rows.append(SetupPlan::historyEntryFrom(*query, m_store.dialect()));
    }
    RecordPage<StepHistoryEntry> page = pageFrom(std::move(rows), limit);
    if (beforeId <= 0) {
        Result<qint64> total = count(QStringLiteral("setup_step_history"),
            step > 0 ? QStringLiteral("step = :step") : QString(), stepBinding);
        if (!total) {
            return total.error();
        }
        page.total = page.unfiltered = *total;
    }
    return page;
}

Result<RecordPage<AuditEntry>> ReviewQueries::auditPage(
    qint64 beforeId, int limit, const AuditFilter& filter) const
{
    const AuditLog log(m_store);
    Result<QList<AuditEntry>> rows = log.page(beforeId, limit + 1, filter);
    if (!rows) {
        return rows.error();
    }
    RecordPage<AuditEntry> page = pageFrom(std::move(rows).value(), limit);
    if (beforeId <= 0) {
        Result<qint64> total = log.count(filter);
        if (!total) {
            return total.error();
        }
        page.total = page.unfiltered = *total;
        if (!filter.isEmpty()) {
            Result<qint64> unfiltered = log.count();
            if (!unfiltered) {
                return unfiltered.error();
            }
            page.unfiltered = *unfiltered;
        }
    }
    return page;
}

Result<RecordPage<SettingEntry>> ReviewQueries::settingsPage(const SettingsCursor& after, int limit) const
{
    Result<QList<SettingEntry>> rows = SettingsRepository(m_store).page(after.userId, after.key, limit + 1);
    if (!rows) {
        return rows.error();
    }
    RecordPage<SettingEntry> page = pageFrom(std::move(rows).value(), limit);
    if (after.userId < 0) {
        Result<qint64> total = count(QStringLiteral("settings"));
        if (!total) {
            return total.error();
        }
        page.total = page.unfiltered = *total;
    }
    return page;
}

} // namespace sia
