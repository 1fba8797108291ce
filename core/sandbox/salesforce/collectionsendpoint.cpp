#include "sandbox/salesforce/collectionsendpoint.h"

#include "sandbox/salesforce/emailoptoutwrites.h"
#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/restresponses.h"
#include "sandbox/salesforce/salesforceorg.h"
#include "sandbox/salesforce/sobjectendpoints.h"

#include <QJsonArray>

namespace sia::sandbox::salesforce {

namespace {

SalesforceError tooManyRecords()
{
    return SalesforceError::make(400, QStringLiteral("EXCEEDED_ID_LIMIT"),
        QStringLiteral("record limit reached. cannot submit more than %1 records into this call")
            .arg(CollectionsEndpoint::maximumRecords));
}

SalesforceError rolledBack()
{
    return SalesforceError::withFields(400, QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"),
        QStringLiteral("Record rolled back because not all records were valid and the request was using "
                       "AllOrNone header"),
        {});
}

// The record's sObject type from its attributes: a whole-request error when missing or unknown.
SfResult<QString> typeOf(const QJsonObject& record)
{
    const QString type
        = record.value(QLatin1String("attributes")).toObject().value(QLatin1String("type")).toString();
    if (type.isEmpty()) {
        return SalesforceError::make(
            400, QStringLiteral("INVALID_TYPE"), QStringLiteral("Must send a concrete entity type."));
    }
    const SoqlObjectDef* object = SoqlSchema::dataApi().object(type);
    if (!object || object->name() != type || object->name() == QLatin1String("Name")) {
        return SalesforceError::make(400, QStringLiteral("INVALID_TYPE"),
            QStringLiteral("sObject type '%1' is not supported.").arg(type));
    }
    return type;
}

// A store error as one record's error: "not found" is, for a DML call, a bad cross-reference.
SalesforceError asRecordError(SalesforceError error)
{
    if (error.errorCode == QLatin1String("NOT_FOUND")) {
        return SalesforceError::withFields(400, QStringLiteral("INVALID_CROSS_REFERENCE_KEY"),
            QStringLiteral("invalid cross reference id"), {});
    }
    error.hasFields = true;
    return error;
}

} // namespace

QString CollectionsEndpoint::userOf(const SandboxRequest& request)
{
    const std::optional<ApiSession> session = m_org.session(request);
    return session ? session->userId : QString();
}

SfResult<QJsonArray> CollectionsEndpoint::records(const QByteArray& requestBody, bool* allOrNone) const
{
    SfResult<QJsonObject> parsed = SObjectEndpoints::jsonObject(requestBody);
    if (!parsed) {
        return parsed.error();
    }
    const QJsonObject& body = *parsed;
    *allOrNone = body.value(QLatin1String("allOrNone")).toBool(false);
    const QJsonValue records = body.value(QLatin1String("records"));
    if (!records.isArray()) {
        return SalesforceError::make(400, QStringLiteral("JSON_PARSER_ERROR"),
            QStringLiteral("The request body must contain a records array"));
    }
    if (records.toArray().size() > maximumRecords) {
        return tooManyRecords();
    }
    for (const QJsonValue& record : records.toArray()) {
        if (SfResult<QString> type = typeOf(record.toObject()); !type) {
            return type.error();
        }
    }
    return records.toArray();
}

SandboxResponse CollectionsEndpoint::create(const SandboxRequest& request)
{
    bool allOrNone = false;
    SfResult<QJsonArray> list = records(request.body, &allOrNone);
    if (!list) {
        return RestResponses::error(list.error());
    }
    const QString user = userOf(request);
    return run(list->size(), allOrNone, false, [&](int index) {
        const QJsonObject record = list->at(index).toObject();
        if (*typeOf(record) != QLatin1String("Task")) {
            return Outcome { {}, SObjectEndpoints::readOnlyObject() };
        }
        SfResult<QString> id = m_org.tasks().create(record, user);
        return id ? Outcome { *id, std::nullopt } : Outcome { {}, asRecordError(id.error()) };
    });
}

SandboxResponse CollectionsEndpoint::update(const SandboxRequest& request)
{
    bool allOrNone = false;
    SfResult<QJsonArray> list = records(request.body, &allOrNone);
    if (!list) {
        return RestResponses::error(list.error());
    }
    const QString user = userOf(request);
    return run(list->size(), allOrNone, true, [&](int index) {
        QJsonObject record = list->at(index).toObject();
        QString id;
        for (const QString& key : record.keys()) {
            if (key.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0) {
                id = record.value(key).toString();
                record.remove(key);
            }
        }
        if (id.isEmpty()) {
            return Outcome { {},
                SalesforceError::withFields(400, QStringLiteral("MISSING_ARGUMENT"),
                    QStringLiteral("Id not specified in an update call"), {}) };
        }
        const QString type = *typeOf(record);
        if (EmailOptOutWrites::writes(type)) {
            SfResult<void> updated = EmailOptOutWrites(m_org).update(type, id, record, user);
            return Outcome { id, updated ? std::nullopt : std::optional(asRecordError(updated.error())) };
        }
        if (type != QLatin1String("Task")) {
            return Outcome { id, SObjectEndpoints::readOnlyObject() };
        }
        SfResult<void> updated = m_org.tasks().update(id, record, user);
        return Outcome { id, updated ? std::nullopt : std::optional(asRecordError(updated.error())) };
    });
}

SandboxResponse CollectionsEndpoint::remove(const SandboxRequest& request)
{
    const QStringList ids = RestResponses::parameter(request, QStringLiteral("ids"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (ids.isEmpty()) {
        return RestResponses::error(SalesforceError::make(
            400, QStringLiteral("MISSING_ARGUMENT"), QStringLiteral("Missing argument: ids")));
    }
    if (ids.size() > maximumRecords) {
        return RestResponses::error(tooManyRecords());
    }
    const bool allOrNone = RestResponses::parameter(request, QStringLiteral("allOrNone"))
                               .compare(QLatin1String("true"), Qt::CaseInsensitive)
        == 0;
    const QString user = userOf(request);
    return run(ids.size(), allOrNone, true, [&](int index) {
        const QString id = ids.at(index).trimmed();
        if (RecordIds::normalize(id).isEmpty()) {
            return Outcome { id,
                SalesforceError::withFields(
                    400, QStringLiteral("MALFORMED_ID"), QStringLiteral("malformed id ") + id, {}) };
        }
        if (RecordIds::keyPrefix(RecordIds::normalize(id)) != RecordIds::taskPrefix) {
            return Outcome { id,
                m_org.records().exists(RecordIds::normalize(id))
                    ? SObjectEndpoints::readOnlyObject()
                    : asRecordError(SalesforceError::notFound()) };
        }
        SfResult<void> removed = m_org.tasks().remove(id, user);
        return Outcome { id, removed ? std::nullopt : std::optional(asRecordError(removed.error())) };
    });
}

SandboxResponse CollectionsEndpoint::run(
    int count, bool allOrNone, bool reportIdOnFailure, const Operation& operation)
{
    const TaskStore::Snapshot before = allOrNone ? m_org.tasks().snapshot() : TaskStore::Snapshot {};
    const EmailOptOuts::Snapshot optOutsBefore
        = allOrNone ? m_org.emailOptOuts().snapshot() : EmailOptOuts::Snapshot {};
    QList<Outcome> outcomes;
    bool anyFailed = false;
    for (int i = 0; i < count; ++i) {
        outcomes.append(operation(i));
        anyFailed = anyFailed || outcomes.last().error.has_value();
    }
    const bool rollBack = allOrNone && anyFailed;
    if (rollBack) {
        m_org.tasks().restore(before);
        m_org.emailOptOuts().restore(optOutsBefore);
    }
    QJsonArray results;
    for (const Outcome& outcome : outcomes) {
        const bool success = !outcome.error && !rollBack;
        QJsonObject result;
        if (success || reportIdOnFailure) {
            result.insert(QStringLiteral("id"),
                outcome.id.isEmpty() ? QJsonValue()
                                     : QJsonValue(RecordIds::normalize(outcome.id).isEmpty()
                                             ? outcome.id
                                             : RecordIds::normalize(outcome.id)));
        }
        result.insert(QStringLiteral("success"), success);
        QJsonArray errors;
        if (!success) {
            errors.append((outcome.error ? *outcome.error : rolledBack()).toCollectionJson());
        }
        result.insert(QStringLiteral("errors"), errors);
        results.append(result);
    }
    return SandboxResponse::json(results, 200);
}

} // namespace sia::sandbox::salesforce
