#include "sync/taskmapping.h"

#include "salesforce/salesforceapi.h"

#include <QJsonArray>
#include <QJsonValue>

namespace sia {

namespace {

QString text(const QJsonObject& record, const char* field)
{
    const QJsonValue value = record.value(QLatin1String(field));
    return value.isString() ? value.toString() : QString();
}

void putOrNull(QJsonObject& record, const char* field, const QString& value)
{
    record.insert(QLatin1String(field), value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
}

} // namespace

OrgTaskPicklists OrgTaskPicklists::fromOrgRecords(
    const QList<QJsonObject>& statuses, const QList<QJsonObject>& priorities)
{
    auto values = [](const QList<QJsonObject>& records, const char* flag) {
        QList<Value> list;
        for (const QJsonObject& record : records) {
            const QString label = text(record, "MasterLabel");
            if (!label.isEmpty()) {
                list.append({ label, record.value(QLatin1String(flag)).toBool(),
                    record.value(QStringLiteral("IsDefault")).toBool() });
            }
        }
        return list;
    };
    return { values(statuses, "IsClosed"), values(priorities, "IsHighPriority") };
}

QJsonObject OrgTaskPicklists::toJson() const
{
    auto array = [](const QList<Value>& values, const char* flag) {
        QJsonArray list;
        for (const Value& value : values) {
            list.append(QJsonObject { { QStringLiteral("label"), value.label },
                { QLatin1String(flag), value.flag }, { QStringLiteral("default"), value.isDefault } });
        }
        return list;
    };
    return { { QStringLiteral("statuses"), array(statuses, "closed") },
        { QStringLiteral("priorities"), array(priorities, "high") } };
}

OrgTaskPicklists OrgTaskPicklists::fromJson(const QJsonObject& json)
{
    auto values = [&json](const char* list, const char* flag) {
        QList<Value> read;
        for (const QJsonValue& item : json.value(QLatin1String(list)).toArray()) {
            const QJsonObject value = item.toObject();
            const QString label = value.value(QStringLiteral("label")).toString();
            if (!label.isEmpty()) {
                read.append({ label, value.value(QLatin1String(flag)).toBool(),
                    value.value(QStringLiteral("default")).toBool() });
            }
        }
        return read;
    };
    return { values("statuses", "closed"), values("priorities", "high") };
}

OrgTaskPicklists OrgTaskPicklists::salesforceDefaults()
{
    return { { { QStringLiteral("Not Started"), false, true },
                 { QStringLiteral("In Progress"), false, false },
                 { QStringLiteral("Completed"), true, false },
                 { QStringLiteral("Waiting on someone else"), false, false },
                 { QStringLiteral("Deferred"), false, false } },
        { { QStringLiteral("High"), true, false }, { QStringLiteral("Normal"), false, true },
            { QStringLiteral("Low"), false, false } } };
}

QString OrgTaskPicklists::orgStatus(const QString& label, bool closed) const
{
    for (const Value& value : statuses) {
        if (value.label == label && value.flag == closed) {
            return value.label;
        }
    }
    const Value* fallback = nullptr;
    for (const Value& value : statuses) {
        if (value.flag == closed && (!fallback || (!closed && value.isDefault))) {
            fallback = &value;
            if (closed) {
                break; // the first closed status in the org's order
            }
        }
    }
    // An org that answered no values (it cannot: Status is required) keeps the label as it is.
    return fallback ? fallback->label : label;
}

QString OrgTaskPicklists::orgPriority(const QString& label) const
{
    const Value* byDefault = nullptr;
    for (const Value& value : priorities) {
        if (value.label == label) {
            return value.label;
        }
        if (value.isDefault) {
            byDefault = &value;
        }
    }
    return byDefault ? byDefault->label : label;
}

QString TaskMapping::selectFields()
{
    return QStringLiteral(
        "Id, Subject, ActivityDate, Status, IsClosed, Priority, Description, WhoId, WhatId, "
        "OwnerId, TaskSubtype, LastModifiedDate");
}

std::optional<SalesforceTask> TaskMapping::fromRecord(const QJsonObject& record)
{
    SalesforceTask task;
    task.id = text(record, "Id");
    if (task.id.isEmpty()) {
        return std::nullopt;
    }
    task.subject = text(record, "Subject");
    task.activityDate = QDate::fromString(text(record, "ActivityDate"), Qt::ISODate);
    task.status = text(record, "Status");
    task.isClosed = record.value(QStringLiteral("IsClosed")).toBool();
    task.priority = text(record, "Priority");
    task.description = text(record, "Description");
    task.whoId = text(record, "WhoId");
    task.whatId = text(record, "WhatId");
    task.ownerId = text(record, "OwnerId");
    task.subtype = text(record, "TaskSubtype");
    task.lastModified = SalesforceApi::parseDateTime(text(record, "LastModifiedDate"));
    return task;
}

bool TaskMapping::isLeadId(const QString& id)
{
    return id.startsWith(QLatin1String("00Q"));
}

QJsonObject TaskMapping::toRecord(const ActionsTaskContent& task, const OrgTaskPicklists& picklists,
    const QString& updateId, bool* whatIdDropped)
{
    QJsonObject record { { QStringLiteral("attributes"),
        QJsonObject { { QStringLiteral("type"), QStringLiteral("Task") } } } };
    const bool create = updateId.isEmpty();
    if (!create) {
        record.insert(QStringLiteral("id"), updateId);
    }
    record.insert(QStringLiteral("Subject"), task.subject);
    putOrNull(
        record, "ActivityDate", task.dueDate.isValid() ? task.dueDate.toString(Qt::ISODate) : QString());
    record.insert(QStringLiteral("Status"), picklists.orgStatus(task.status, task.isClosed));
    record.insert(QStringLiteral("Priority"), picklists.orgPriority(task.priority));
    putOrNull(record, "Description", task.description);
    putOrNull(record, "WhoId", task.whoId);
    const bool dropWhat = !task.whatId.isEmpty() && isLeadId(task.whoId);
    if (whatIdDropped) {
        *whatIdDropped = dropWhat;
    }
    putOrNull(record, "WhatId", dropWhat ? QString() : task.whatId);
    if (create) {
        // Salesforce sets both only when the task is created (TaskSubtype is not updateable).
        record.insert(
            QStringLiteral("TaskSubtype"), task.subtype.isEmpty() ? QStringLiteral("Task") : task.subtype);
        if (!task.ownerSalesforceId.isEmpty()) {
            record.insert(QStringLiteral("OwnerId"), task.ownerSalesforceId);
        }
    }
    return record;
}

ConflictWinner TaskMapping::resolveConflict(
    const QDateTime& actionsEditedAt, const QDateTime& salesforceEditedAt)
{
    return actionsEditedAt.isValid() && salesforceEditedAt.isValid() && actionsEditedAt > salesforceEditedAt
        ? ConflictWinner::Actions
        : ConflictWinner::Salesforce;
}

} // namespace sia
