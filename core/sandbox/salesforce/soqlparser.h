// Parses the SOQL the sandbox serves: SELECT fields (with parent paths such as Owner.Name) or COUNT()
// FROM one object, WHERE with comparisons, LIKE, IN / NOT IN, AND / OR / NOT and parentheses (mixing AND
// and OR without parentheses is refused, as Salesforce refuses it), ORDER BY, LIMIT, OFFSET. Valid SOQL
// beyond that (GROUP BY, subqueries, aggregate functions, TYPEOF, FOR, WITH, USING SCOPE …) is answered
// with MALFORMED_QUERY, never ignored.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"
#include "sandbox/salesforce/soqlquery.h"

namespace sia::sandbox::salesforce {

class SoqlParser
{
public:
    static SfResult<SoqlQuery> parse(const QString& statement);
};

} // namespace sia::sandbox::salesforce
