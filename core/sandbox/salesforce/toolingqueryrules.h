// What the Tooling API refuses before running a query the SOQL engine could run: SubscriberPackage and
// SubscriberPackageVersion are read only by Id (Salesforce: "To query this object, include an ID in your
// SOQL WHERE clause"). The sandbox takes the strict reading: an `Id = …` or `Id IN (…)` condition that every
// match must meet (at the top of the WHERE clause or under AND, not under OR or NOT).
#pragma once

#include "sandbox/salesforce/salesforceerror.h"
#include "sandbox/salesforce/soqlquery.h"

#include <optional>

namespace sia::sandbox::salesforce {

class ToolingQueryRules
{
public:
    // objectName: the queried object as the schema spells it.
    static std::optional<SalesforceError> check(const SoqlQuery& query, const QString& objectName);

private:
    static bool filtersById(const SoqlCondition& condition);
};

} // namespace sia::sandbox::salesforce
