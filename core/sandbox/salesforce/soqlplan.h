// A parsed query bound to the schema and to today's date: what to select, which records match, in which
// order, how many. Compiling refuses what Salesforce refuses (unknown fields and objects, wrongly typed
// literals, OFFSET over 2,000) so that evaluation cannot fail.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"
#include "sandbox/salesforce/soqlfieldpath.h"
#include "sandbox/salesforce/soqlfilter.h"
#include "sandbox/salesforce/soqlquery.h"

#include <QDate>

#include <optional>
#include <vector>

namespace sia::sandbox::salesforce {

class SoqlPlan
{
public:
    struct Ordering
    {
        SoqlFieldPath path;
        bool descending = false;
        bool nullsLast = false;
    };

    static constexpr qint64 maximumOffset = 2000;

    static SfResult<SoqlPlan> compile(const SoqlQuery& query, const SoqlSchema& schema, const QDate& today);
    // Parses and compiles in one step.
    static SfResult<SoqlPlan> fromStatement(
        const QString& statement, const SoqlSchema& schema, const QDate& today);

    const SoqlObjectDef& object() const { return *m_object; }
    bool countOnly() const { return m_countOnly; }
    const QList<SoqlFieldPath>& fields() const { return m_fields; }
    const QList<Ordering>& orderBy() const { return m_orderBy; }
    std::optional<qint64> limit() const { return m_limit; }
    qint64 offset() const { return m_offset; }

    // Whether record is in the result: not in the recycle bin (unless includeDeleted, for queryAll) and
    // matching the WHERE clause.
    bool matches(const SoqlRecord& record, bool includeDeleted) const;
    // True when the results come in the source's own order (no ORDER BY, or ORDER BY Id ascending), so
    // that they can be streamed without sorting.
    bool followsSourceOrder() const;

    // The values ORDER BY sorts record by, and how two such lists compare (< 0: a comes first).
    std::vector<QVariant> sortKeys(const SoqlRecord& record) const;
    int compareSortKeys(const std::vector<QVariant>& a, const std::vector<QVariant>& b) const;

private:
    const SoqlObjectDef* m_object = nullptr;
    const SoqlFieldDef* m_isDeleted = nullptr;
    const SoqlFieldDef* m_isArchived = nullptr; // activities: hidden from query, as the recycle bin is
    bool m_countOnly = false;
    QList<SoqlFieldPath> m_fields;
    std::optional<SoqlFilter> m_filter;
    QList<Ordering> m_orderBy;
    std::optional<qint64> m_limit;
    qint64 m_offset = 0;
};

} // namespace sia::sandbox::salesforce
