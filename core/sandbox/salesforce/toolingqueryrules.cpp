#include "sandbox/salesforce/toolingqueryrules.h"

#include <algorithm>

namespace sia::sandbox::salesforce {

bool ToolingQueryRules::filtersById(const SoqlCondition& condition)
{
    switch (condition.kind) {
    case SoqlCondition::Kind::Comparison:
        return condition.field.path.size() == 1
            && condition.field.path.first().compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0
            && (condition.op == SoqlOperator::Equal || condition.op == SoqlOperator::In)
            && std::none_of(condition.values.cbegin(), condition.values.cend(),
                [](const SoqlValue& value) { return value.kind == SoqlValue::Kind::Null; });
    case SoqlCondition::Kind::And:
        return std::any_of(condition.children.cbegin(), condition.children.cend(),
            [](const SoqlCondition& child) { return filtersById(child); });
    case SoqlCondition::Kind::Or:
    case SoqlCondition::Kind::Not:
        break;
    }
    return false;
}

std::optional<SalesforceError> ToolingQueryRules::check(const SoqlQuery& query, const QString& objectName)
{
    if (objectName != QLatin1String("SubscriberPackage")
        && objectName != QLatin1String("SubscriberPackageVersion")) {
        return std::nullopt;
    }
    if (query.where && filtersById(*query.where)) {
        return std::nullopt;
    }
    // The wording follows Salesforce's other "Implementation restriction" refusals (unconfirmed for these
    // two objects); the code is the one a client must treat as "my query is wrong".
    return SalesforceError::make(400, QStringLiteral("MALFORMED_QUERY"),
        QStringLiteral("Implementation restriction: %1 requires a filter by Id").arg(objectName));
}

} // namespace sia::sandbox::salesforce
