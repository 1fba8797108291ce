#include "sandbox/salesforce/salesforceerror.h"

namespace sia::sandbox::salesforce {

namespace {

QString jsonTypeName(const QJsonValue& value)
{
    if (value.isNull()) {
        return QStringLiteral("VALUE_NULL");
    }
    if (value.isObject()) {
        return QStringLiteral("START_OBJECT");
    }
    if (value.isArray()) {
        return QStringLiteral("START_ARRAY");
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("VALUE_TRUE") : QStringLiteral("VALUE_FALSE");
    }
    if (value.isDouble()) {
        return QStringLiteral("VALUE_NUMBER_INT");
    }
    return QStringLiteral("VALUE_STRING");
}

} // namespace

SalesforceError SalesforceError::jsonParserError(const QString& type, const QJsonValue& value)
{
    const QString shown = value.isString() ? value.toString()
        : value.isNull()                   ? QStringLiteral("null")
        : value.isObject()                 ? QStringLiteral("{")
        : value.isArray()                  ? QStringLiteral("[")
                                           : value.toVariant().toString();
    return make(400, QStringLiteral("JSON_PARSER_ERROR"),
        QStringLiteral(
            "Cannot deserialize instance of %1 from %2 value %3 or request may be missing a required field")
            .arg(type, jsonTypeName(value), shown));
}

SalesforceError SalesforceError::entityIsDeleted()
{
    return withFields(404, QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted"), {});
}

SalesforceError SalesforceError::insufficientAccess()
{
    return withFields(400, QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"),
        QStringLiteral("insufficient access rights on object id"), {});
}

SalesforceError SalesforceError::make(int status, QString code, QString message)
{
    SalesforceError error;
    error.httpStatus = status;
    error.errorCode = std::move(code);
    error.message = std::move(message);
    return error;
}

SalesforceError SalesforceError::withFields(int status, QString code, QString message, QStringList fields)
{
    SalesforceError error = make(status, std::move(code), std::move(message));
    error.fields = std::move(fields);
    error.hasFields = true;
    return error;
}

SalesforceError SalesforceError::invalidSession()
{
    return make(401, QStringLiteral("INVALID_SESSION_ID"), QStringLiteral("Session expired or invalid"));
}

SalesforceError SalesforceError::requestLimitExceeded()
{
    return make(
        403, QStringLiteral("REQUEST_LIMIT_EXCEEDED"), QStringLiteral("TotalRequests Limit exceeded."));
}

SalesforceError SalesforceError::sessionNotValidForRest()
{
    return make(401, QStringLiteral("INVALID_SESSION_ID"),
        QStringLiteral("This session is not valid for use with the REST API"));
}

SalesforceError SalesforceError::apiDisabledForOrg()
{
    return make(403, QStringLiteral("API_DISABLED_FOR_ORG"),
        QStringLiteral("The REST API is not enabled for this Organization."));
}

SalesforceError SalesforceError::notFound()
{
    return make(404, QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist"));
}

SalesforceError SalesforceError::externalIdNotFound(const QString& pathSegment)
{
    // A path segment that is not an Id is read as an external ID field name, hence this wording.
    return make(404, QStringLiteral("NOT_FOUND"),
        QStringLiteral("Provided external ID field does not exist or is not accessible: ") + pathSegment);
}

SalesforceError SalesforceError::methodNotAllowed(const QByteArray& method)
{
    return make(405, QStringLiteral("METHOD_NOT_ALLOWED"),
        QStringLiteral("HTTP Method '%1' not allowed. Allowed are GET,HEAD,POST,PATCH,DELETE")
            .arg(QString::fromLatin1(method)));
}

SalesforceError SalesforceError::invalidQueryLocator()
{
    return make(400, QStringLiteral("INVALID_QUERY_LOCATOR"), QStringLiteral("invalid query locator"));
}

QJsonObject SalesforceError::toJson() const
{
    QJsonObject object { { QStringLiteral("message"), message }, { QStringLiteral("errorCode"), errorCode } };
    if (hasFields) {
        object.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    }
    return object;
}

QJsonObject SalesforceError::toCollectionJson() const
{
    return { { QStringLiteral("statusCode"), errorCode }, { QStringLiteral("message"), message },
        { QStringLiteral("fields"), QJsonArray::fromStringList(fields) } };
}

QJsonArray toJsonArray(const QList<SalesforceError>& errors)
{
    QJsonArray array;
    for (const SalesforceError& error : errors) {
        array.append(error.toJson());
    }
    return array;
}

SalesforceError SalesforceError::fieldsNotWritable(const QStringList& fields)
{
    return withFields(400, QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"),
        QStringLiteral(
            "Unable to create/update fields: %1. Please check the security settings of this field and "
            "verify that it is read/write for your profile or permission set.")
            .arg(fields.join(QStringLiteral(", "))),
        fields);
}

} // namespace sia::sandbox::salesforce
