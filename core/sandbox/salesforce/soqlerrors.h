// The errors a SOQL query can meet, worded and coded as Salesforce words them: the offending line of the
// query, a caret under the column, "ERROR at Row:r:Column:c", then what is wrong.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"

namespace sia::sandbox::salesforce::SoqlErrors {

// position: the offset in query where the problem starts.
SalesforceError malformed(const QString& query, int position, const QString& detail);
SalesforceError unexpectedToken(
    const QString& query, int position, const QString& token); // "<EOF>" at the end
SalesforceError unsupported(
    const QString& query, int position, const QString& what); // valid SOQL the sandbox does not serve
SalesforceError noSuchColumn(const QString& query, int position, const QString& field, const QString& object);
SalesforceError unknownRelationship(const QString& query, int position, const QString& relationship);
SalesforceError unsupportedObject(const QString& query, int position, const QString& object);
SalesforceError filterType(
    const QString& query, int position, const QString& field, const QString& typeName, bool quoted);
SalesforceError invalidId(const QString& query, int position, const QString& value);
SalesforceError invalidOperator(const QString& query, int position, const QString& detail);
SalesforceError notFilterable(const QString& query, int position, const QString& field);
SalesforceError notSortable(const QString& query, int position, const QString& field);
SalesforceError duplicateField(const QString& query, int position, const QString& field);
SalesforceError offsetTooLarge(const QString& query, int position, qint64 maximum);

} // namespace sia::sandbox::salesforce::SoqlErrors
