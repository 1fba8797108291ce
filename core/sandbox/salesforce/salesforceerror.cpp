#include "sandbox/salesforce/salesforceerror.h"

namespace sia::sandbox::salesforce {

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

} // namespace sia::sandbox::salesforce
