// Salesforce's REST error, as its answers carry it: a JSON array of {"message","errorCode"} (plus
// "fields" where Salesforce sends them: record-level errors) with an HTTP status. Named constructors
// hold the exact codes and wording the sandbox uses, so no handler spells them on its own.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sia::sandbox::salesforce {

struct SalesforceError
{
    int httpStatus = 400;
    QString errorCode;
    QString message;
    QStringList fields;
    bool hasFields = false; // record-level errors carry "fields"; query and session errors do not

    static SalesforceError make(int status, QString code, QString message);
    static SalesforceError withFields(int status, QString code, QString message, QStringList fields);

    static SalesforceError invalidSession();
    static SalesforceError requestLimitExceeded();
    // A 401 that is not an expired session (a token without the "api" scope, or from a flow the REST API
    // does not accept): refreshing does not help.
    static SalesforceError sessionNotValidForRest();
    static SalesforceError apiDisabledForOrg();
    static SalesforceError notFound();
    static SalesforceError externalIdNotFound(const QString& pathSegment);
    // A record in the recycle bin (404, with fields: a record-level error).
    static SalesforceError entityIsDeleted();
    // A write the user has no right to make (on the object, or on the record).
    static SalesforceError insufficientAccess();
    // INVALID_FIELD_FOR_INSERT_UPDATE: fields the user may not write (a record's error, with the fields).
    static SalesforceError fieldsNotWritable(const QStringList& fields);
    static SalesforceError methodNotAllowed(const QByteArray& method);
    static SalesforceError invalidQueryLocator();
    // A write's value of the wrong JSON type for its field (type: "string", "date", "boolean" …), as
    // Salesforce's deserializer words it.
    static SalesforceError jsonParserError(const QString& type, const QJsonValue& value);

    QJsonObject toJson() const;
    // {"statusCode","message","fields"}: how sObject Collections report one record's error.
    QJsonObject toCollectionJson() const;
};

QJsonArray toJsonArray(const QList<SalesforceError>& errors);

template<typename T> using SfResult = sia::Result<T, SalesforceError>;

} // namespace sia::sandbox::salesforce
