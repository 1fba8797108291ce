#include "sandbox/salesforce/soqlerrors.h"

namespace sia::sandbox::salesforce::SoqlErrors {

namespace {

const QString malformedQuery = QStringLiteral("MALFORMED_QUERY");
const QString invalidField = QStringLiteral("INVALID_FIELD");

SalesforceError located(const QString& code, const QString& query, int position, const QString& detail)
{
    position = qBound(0, position, int(query.size()));
    const int lineStart = query.lastIndexOf(QLatin1Char('\n'), position - 1) + 1;
    int lineEnd = query.indexOf(QLatin1Char('\n'), position);
    if (lineEnd < 0) {
        lineEnd = query.size();
    }
    const int row = query.left(lineStart).count(QLatin1Char('\n')) + 1;
    const int column = position - lineStart + 1;
    const QString message = QLatin1Char('\n') + query.mid(lineStart, lineEnd - lineStart) + QLatin1Char('\n')
        + QString(column - 1, QLatin1Char(' '))
        + QStringLiteral("^\nERROR at Row:%1:Column:%2\n").arg(row).arg(column) + detail;
    return SalesforceError::make(400, code, message);
}

} // namespace

SalesforceError malformed(const QString& query, int position, const QString& detail)
{
    return located(malformedQuery, query, position, detail);
}

SalesforceError unexpectedToken(const QString& query, int position, const QString& token)
{
    return located(malformedQuery, query, position, QStringLiteral("unexpected token: '%1'").arg(token));
}

SalesforceError unsupported(const QString& query, int position, const QString& what)
{
    // Valid SOQL that the sandbox does not serve is refused, never silently ignored (README, "Simplified").
    return located(
        malformedQuery, query, position, QStringLiteral("%1 is not supported by the sandbox").arg(what));
}

SalesforceError noSuchColumn(const QString& query, int position, const QString& field, const QString& object)
{
    return located(invalidField, query, position,
        QStringLiteral(
            "No such column '%1' on entity '%2'. If you are attempting to use a custom field, be sure to "
            "append the '__c' after the custom field name. Please reference your WSDL or the describe "
            "call for the appropriate names.")
            .arg(field, object));
}

SalesforceError unknownRelationship(const QString& query, int position, const QString& relationship)
{
    return located(invalidField, query, position,
        QStringLiteral(
            "Didn't understand relationship '%1' in field path. If you are attempting to use a custom "
            "relationship, be sure to append the '__r' after the custom relationship name. Please "
            "reference your WSDL or the describe call for the appropriate names.")
            .arg(relationship));
}

SalesforceError unsupportedObject(const QString& query, int position, const QString& object)
{
    return located(QStringLiteral("INVALID_TYPE"), query, position,
        QStringLiteral(
            "sObject type '%1' is not supported. If you are attempting to use a custom object, be sure "
            "to append the '__c' after the entity name. Please reference your WSDL or the describe "
            "call for the appropriate names.")
            .arg(object));
}

SalesforceError filterType(
    const QString& query, int position, const QString& field, const QString& typeName, bool quoted)
{
    return located(invalidField, query, position,
        QStringLiteral(
            "value of filter criterion for field '%1' must be of type %2 and should %3be enclosed in quotes")
            .arg(field, typeName, quoted ? QString() : QStringLiteral("not ")));
}

SalesforceError invalidId(const QString& query, int position, const QString& value)
{
    return located(QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"), query, position,
        QStringLiteral("invalid ID field: ") + value);
}

SalesforceError invalidOperator(const QString& query, int position, const QString& detail)
{
    return located(QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"), query, position, detail);
}

SalesforceError notFilterable(const QString& query, int position, const QString& field)
{
    return located(invalidField, query, position,
        QStringLiteral("field '%1' can not be filtered in a query call").arg(field));
}

SalesforceError notSortable(const QString& query, int position, const QString& field)
{
    return located(invalidField, query, position,
        QStringLiteral("field '%1' can not be sorted in a query call").arg(field));
}

SalesforceError duplicateField(const QString& query, int position, const QString& field)
{
    return located(malformedQuery, query, position, QStringLiteral("duplicate field selected: ") + field);
}

SalesforceError offsetTooLarge(const QString& query, int position, qint64 maximum)
{
    return located(QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"), query, position,
        QStringLiteral("Maximum SOQL offset allowed is %1").arg(maximum));
}

} // namespace sia::sandbox::salesforce::SoqlErrors
