#include "sandbox/salesforce/soqlplan.h"

#include "sandbox/salesforce/soqlerrors.h"
#include "sandbox/salesforce/soqlparser.h"

namespace sia::sandbox::salesforce {

SfResult<SoqlPlan> SoqlPlan::fromStatement(
    const QString& statement, const SoqlSchema& schema, const QDate& today)
{
    SfResult<SoqlQuery> query = SoqlParser::parse(statement);
    if (!query) {
        return query.error();
    }
    return compile(*query, schema, today);
}

SfResult<SoqlPlan> SoqlPlan::compile(const SoqlQuery& query, const SoqlSchema& schema, const QDate& today)
{
    const QString& statement = query.statement;
    SoqlPlan plan;
    plan.m_object = schema.object(query.objectName);
    // Name only stands behind polymorphic relationships; it cannot be queried on its own.
    if (!plan.m_object || plan.m_object->name() == QLatin1String("Name")) {
        return SoqlErrors::unsupportedObject(statement, query.objectPosition, query.objectName);
    }
    plan.m_isDeleted = plan.m_object->field(u"IsDeleted");
    plan.m_isArchived = plan.m_object->field(u"IsArchived");
    plan.m_countOnly = query.countOnly;
    if (query.countOnly && !query.orderBy.isEmpty()) {
        return SoqlErrors::unsupported(
            statement, query.orderBy.first().field.position, QStringLiteral("ORDER BY in a COUNT() query"));
    }
    QStringList seen;
    for (const SoqlFieldRef& ref : query.fields) {
        SfResult<SoqlFieldPath> path = SoqlFieldPath::resolve(ref, *plan.m_object, schema, statement);
        if (!path) {
            return path.error();
        }
        const QString key = path->text().toLower();
        if (seen.contains(key)) {
            return SoqlErrors::duplicateField(statement, ref.position, path->text());
        }
        seen.append(key);
        plan.m_fields.append(std::move(path).value());
    }
    if (query.where) {
        SfResult<SoqlFilter> filter
            = SoqlFilter::compile(*query.where, *plan.m_object, schema, statement, today);
        if (!filter) {
            return filter.error();
        }
        plan.m_filter = std::move(filter).value();
    }
    for (const SoqlOrdering& ordering : query.orderBy) {
        SfResult<SoqlFieldPath> path
            = SoqlFieldPath::resolve(ordering.field, *plan.m_object, schema, statement);
        if (!path) {
            return path.error();
        }
        if (!path->field().isSortable()) {
            return SoqlErrors::notSortable(statement, ordering.field.position, path->text());
        }
        plan.m_orderBy.append({ std::move(path).value(), ordering.descending, ordering.nullsLast });
    }
    if (query.offset && *query.offset > maximumOffset) {
        return SoqlErrors::offsetTooLarge(statement, query.offsetPosition, maximumOffset);
    }
    plan.m_limit = query.limit;
    plan.m_offset = query.offset.value_or(0);
    return plan;
}

bool SoqlPlan::matches(const SoqlRecord& record, bool includeDeleted) const
{
    if (m_isDeleted && !includeDeleted && record.value(*m_isDeleted).toBool()) {
        return false;
    }
    // query hides archived activities as it hides the recycle bin; queryAll shows both.
    if (m_isArchived && !includeDeleted && record.value(*m_isArchived).toBool()) {
        return false;
    }
    return !m_filter || m_filter->matches(record);
}

bool SoqlPlan::followsSourceOrder() const
{
    if (m_orderBy.isEmpty()) {
        return true;
    }
    const Ordering& first = m_orderBy.first();
    return first.path.hops().isEmpty() && first.path.field().type == SoqlFieldType::Id && !first.descending;
}

std::vector<QVariant> SoqlPlan::sortKeys(const SoqlRecord& record) const
{
    std::vector<QVariant> keys;
    keys.reserve(m_orderBy.size());
    for (const Ordering& ordering : m_orderBy) {
        keys.push_back(ordering.path.read(record));
    }
    return keys;
}

int SoqlPlan::compareSortKeys(const std::vector<QVariant>& a, const std::vector<QVariant>& b) const
{
    for (qsizetype i = 0; i < m_orderBy.size(); ++i) {
        const Ordering& ordering = m_orderBy.at(i);
        const bool aNull = !a[i].isValid();
        const bool bNull = !b[i].isValid();
        if (aNull || bNull) {
            if (aNull == bNull) {
                continue;
            }
            // Where nulls go does not depend on the direction.
            return (aNull != ordering.nullsLast) ? -1 : 1;
        }
        int order = SoqlValues::compare(a[i], b[i], ordering.path.field());
        if (order != 0) {
            return ordering.descending ? -order : order;
        }
    }
    return 0;
}

} // namespace sia::sandbox::salesforce
