#include "sandbox/salesforce/sobjectendpoints.h"

#include "sandbox/salesforce/emailoptoutwrites.h"
#include "sandbox/salesforce/jsontext.h"
#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/replicationlog.h"
#include "sandbox/salesforce/restresponses.h"
#include "sandbox/salesforce/salesforceorg.h"
#include "sandbox/salesforce/salesforcetime.h"
#include "sandbox/salesforce/soqlrecordwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sia::sandbox::salesforce {

namespace {

bool isTask(const SoqlObjectDef& object)
{
    return object.name() == QLatin1String("Task");
}

SalesforceError missingArgument(const QString& name)
{
    return SalesforceError::make(
        400, QStringLiteral("MISSING_ARGUMENT"), QStringLiteral("Missing argument: ") + name);
}

} // namespace

SfResult<QJsonObject> SObjectEndpoints::jsonObject(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return SalesforceError::make(400, QStringLiteral("JSON_PARSER_ERROR"),
            QStringLiteral("Unexpected character at [line:1, column:%1]: %2")
                .arg(parseError.offset + 1)
                .arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return SalesforceError::make(400, QStringLiteral("JSON_PARSER_ERROR"),
            QStringLiteral("Cannot deserialize instance of sObject from START_ARRAY value ["));
    }
    return document.object();
}

SalesforceError SObjectEndpoints::readOnlyObject()
{
    return SalesforceError::insufficientAccess();
}

SfResult<const SoqlObjectDef*> SObjectEndpoints::objectOf(const SandboxRequest& request) const
{
    const SoqlObjectDef* object
        = SoqlSchema::dataApi().object(request.pathParameter(QStringLiteral("object")));
    // Salesforce spells object names exactly in resource paths.
    if (!object || object->name() != request.pathParameter(QStringLiteral("object"))
        || !m_org.records().source(object->name())) {
        return SalesforceError::notFound();
    }
    return object;
}

QString SObjectEndpoints::userOf(const SandboxRequest& request)
{
    const std::optional<ApiSession> session = m_org.session(request);
    return session ? session->userId : QString();
}

SandboxResponse SObjectEndpoints::create(const SandboxRequest& request)
{
    SfResult<const SoqlObjectDef*> object = objectOf(request);
    if (!object) {
        return RestResponses::error(object.error());
    }
    if (!isTask(**object)) {
        return RestResponses::error(readOnlyObject());
    }
    SfResult<QJsonObject> body = jsonObject(request.body);
    if (!body) {
        return RestResponses::error(body.error());
    }
    SfResult<QString> id = m_org.tasks().create(*body, userOf(request));
    if (!id) {
        return RestResponses::error(id.error());
    }
    return SandboxResponse::json(
        QJsonObject { { QStringLiteral("id"), *id }, { QStringLiteral("success"), true },
            { QStringLiteral("errors"), QJsonArray() } },
        201);
}

SandboxResponse SObjectEndpoints::read(const SandboxRequest& request)
{
    SfResult<const SoqlObjectDef*> object = objectOf(request);
    if (!object) {
        return RestResponses::error(object.error());
    }
    const QString segment = request.pathParameter(QStringLiteral("id"));
    const QString id = RecordIds::normalize(segment);
    if (id.isEmpty()) {
        return RestResponses::error(SalesforceError::externalIdNotFound(segment));
    }
    QStringList fields;
    const QString wanted = RestResponses::parameter(request, QStringLiteral("fields"));
    for (const QString& name : wanted.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const SoqlFieldDef* field = (*object)->field(name.trimmed());
        if (!field) {
            return RestResponses::error(SalesforceError::make(400, QStringLiteral("INVALID_FIELD"),
                QStringLiteral("No such column '%1' on entity '%2'. If you are attempting to use a custom "
                               "field, be sure to "
                               "append the '__c' after the custom field name. Please reference your WSDL or "
                               "the describe call "
                               "for the appropriate names.")
                    .arg(name.trimmed(), (*object)->name())));
        }
        fields << field->name;
    }
    if (fields.isEmpty()) {
        for (const SoqlFieldDef& field : (*object)->fields()) {
            fields << field.name;
        }
    }
    const SalesforceError entityIsDeleted = SalesforceError::entityIsDeleted();
    if (isTask(**object)) {
        m_org.tasks().purgeRecycleBin();
        const TaskRecord* task = m_org.tasks().find(id);
        if (task && !m_org.tasks().sharing().canSee(userOf(request), *task)) {
            // A record the user cannot see is one that does not exist, for them.
            return RestResponses::error(SalesforceError::notFound());
        }
        if (task && task->isDeleted) {
            return RestResponses::error(entityIsDeleted);
        }
    } else if (m_org.replication().isDeleted(id) && RecordIds::objectForPrefix(id) == (*object)->name()) {
        return RestResponses::error(entityIsDeleted);
    }
    const std::shared_ptr<const SoqlRecord> record = m_org.records().byId(id);
    if (!record || record->objectName() != (*object)->name()) {
        return RestResponses::error(SalesforceError::notFound());
    }
    SfResult<SoqlPlan> plan = SoqlPlan::fromStatement(
        QStringLiteral("SELECT %1 FROM %2").arg(fields.join(QStringLiteral(", ")), (*object)->name()),
        SoqlSchema::dataApi(), m_org.now().date());
    JsonText out;
    SoqlRecordWriter(*plan,
        QStringLiteral("/services/data/") + request.pathParameter(QStringLiteral("version"))
            + QStringLiteral("/sobjects"))
        .write(out, *record);
    return RestResponses::json(out.take());
}

SfResult<QString> SObjectEndpoints::writableTaskId(const SandboxRequest& request) const
{
    SfResult<const SoqlObjectDef*> object = objectOf(request);
    if (!object) {
        return object.error();
    }
    const QString segment = request.pathParameter(QStringLiteral("id"));
    if (RecordIds::normalize(segment).isEmpty()) {
        return SalesforceError::externalIdNotFound(segment);
    }
    if (!isTask(**object)) {
        return readOnlyObject();
    }
    return segment;
}

SandboxResponse SObjectEndpoints::update(const SandboxRequest& request)
{
    if (SfResult<const SoqlObjectDef*> object = objectOf(request);
        object && EmailOptOutWrites::writes((*object)->name())) {
        return updateEmailOptOut(request, (*object)->name());
    }
    SfResult<QString> segment = writableTaskId(request);
    if (!segment) {
        return RestResponses::error(segment.error());
    }
    SfResult<QJsonObject> body = jsonObject(request.body);
    if (!body) {
        return RestResponses::error(body.error());
    }
    SfResult<void> updated = m_org.tasks().update(*segment, *body, userOf(request));
    return updated ? SandboxResponse::empty(204) : RestResponses::error(updated.error());
}

SandboxResponse SObjectEndpoints::updateEmailOptOut(const SandboxRequest& request, const QString& objectName)
{
    const QString segment = request.pathParameter(QStringLiteral("id"));
    if (RecordIds::normalize(segment).isEmpty()) {
        return RestResponses::error(SalesforceError::externalIdNotFound(segment));
    }
    SfResult<QJsonObject> body = jsonObject(request.body);
    if (!body) {
        return RestResponses::error(body.error());
    }
    SfResult<void> updated = EmailOptOutWrites(m_org).update(objectName, segment, *body, userOf(request));
    return updated ? SandboxResponse::empty(204) : RestResponses::error(updated.error());
}

SandboxResponse SObjectEndpoints::remove(const SandboxRequest& request)
{
    SfResult<QString> segment = writableTaskId(request);
    if (!segment) {
        return RestResponses::error(segment.error());
    }
    SfResult<void> removed = m_org.tasks().remove(*segment, userOf(request));
    return removed ? SandboxResponse::empty(204) : RestResponses::error(removed.error());
}

SandboxResponse SObjectEndpoints::updated(const SandboxRequest& request)
{
    return window(request, false);
}

SandboxResponse SObjectEndpoints::deleted(const SandboxRequest& request)
{
    return window(request, true);
}

SandboxResponse SObjectEndpoints::window(const SandboxRequest& request, bool deletedRecords)
{
    SfResult<const SoqlObjectDef*> object = objectOf(request);
    if (!object) {
        return RestResponses::error(object.error());
    }
    QDateTime bounds[2];
    const QString names[2] = { QStringLiteral("start"), QStringLiteral("end") };
    for (int i = 0; i < 2; ++i) {
        if (!request.hasQueryItem(names[i])) {
            return RestResponses::error(missingArgument(names[i]));
        }
        QString text = request.queryValue(names[i]);
        // An offset's '+' sent without encoding arrives as a space.
        bounds[i] = parseDateTime(text.replace(QLatin1Char(' '), QLatin1Char('+')));
        if (!bounds[i].isValid()) {
            return RestResponses::error(ReplicationWindow::invalidDate(
                QStringLiteral("Unable to parse %1: %2").arg(names[i], request.queryValue(names[i]))));
        }
    }
    const QString name = (*object)->name();
    if (!(*object)->info().replicateable) {
        // The org's other objects (Account, User, …) have no replication history in the sandbox.
        return RestResponses::error(SalesforceError::make(400, QStringLiteral("INVALID_TYPE"),
            QStringLiteral("sObject type '%1' is not replicateable in the sandbox").arg(name)));
    }
    const QString user = userOf(request);
    const qint64 lag = m_org.replicationLagSeconds();
    JsonText out;
    out.beginObject();
    if (deletedRecords) {
        SfResult<DeletedWindow> window = isTask(**object)
            ? m_org.tasks().deleted(bounds[0], bounds[1], user)
            : m_org.replication().deleted(name, bounds[0], bounds[1], lag);
        if (!window) {
            return RestResponses::error(window.error());
        }
        out.key(u"deletedRecords").beginArray();
        for (const DeletedRecord& record : window->records) {
            out.beginObject()
                .key(u"id")
                .string(record.id)
                .key(u"deletedDate")
                .string(formatDateTime(record.deletedDate))
                .endObject();
        }
        out.endArray();
        out.key(u"earliestDateAvailable").string(formatDateTime(window->earliestDateAvailable));
        out.key(u"latestDateCovered").string(formatDateTime(window->latestDateCovered));
    } else {
        SfResult<UpdatedWindow> window = isTask(**object)
            ? m_org.tasks().updated(bounds[0], bounds[1], user)
            : m_org.replication().updated(**object, *m_org.records().source(name), bounds[0], bounds[1], lag);
        if (!window) {
            return RestResponses::error(window.error());
        }
        out.key(u"ids").beginArray();
        for (const QString& id : window->ids) {
            out.string(id);
        }
        out.endArray();
        out.key(u"latestDateCovered").string(formatDateTime(window->latestDateCovered));
    }
    out.endObject();
    return RestResponses::json(out.take());
}

} // namespace sia::sandbox::salesforce
