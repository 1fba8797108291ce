#include "sandbox/salesforce/taskfields.h"

#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/salesforcetime.h"

#include <QHash>
#include <QJsonValue>

namespace sia::sandbox::salesforce {

namespace {

enum class Access
{
    Writable,
    CreateOnly,
    ReadOnly
};

struct FieldInfo
{
    QString name;
    Access access;
};

// Every Task field, by lower-case name: Salesforce reads field names in a body case-insensitively.
const QHash<QString, FieldInfo>& fieldsByLowerName()
{
    static const QHash<QString, FieldInfo> fields = [] {
        QHash<QString, FieldInfo> all;
        const QList<FieldInfo> list { { QStringLiteral("Subject"), Access::Writable },
            { QStringLiteral("ActivityDate"), Access::Writable },
            { QStringLiteral("Status"), Access::Writable }, { QStringLiteral("Priority"), Access::Writable },
            { QStringLiteral("Description"), Access::Writable },
            { QStringLiteral("WhoId"), Access::Writable }, { QStringLiteral("WhatId"), Access::Writable },
            { QStringLiteral("OwnerId"), Access::Writable },
            { QStringLiteral("TaskSubtype"), Access::CreateOnly }, { QStringLiteral("Id"), Access::ReadOnly },
            { QStringLiteral("IsClosed"), Access::ReadOnly },
            { QStringLiteral("IsDeleted"), Access::ReadOnly },
            { QStringLiteral("CreatedDate"), Access::ReadOnly },
            { QStringLiteral("CreatedById"), Access::ReadOnly },
            { QStringLiteral("LastModifiedDate"), Access::ReadOnly },
            { QStringLiteral("LastModifiedById"), Access::ReadOnly },
            { QStringLiteral("SystemModstamp"), Access::ReadOnly } };
        for (const FieldInfo& field : list) {
            all.insert(field.name.toLower(), field);
        }
        return all;
    }();
    return fields;
}

// Salesforce's field labels, which its messages use.
QString labelOf(const QString& field)
{
    if (field == QLatin1String("WhoId")) {
        return QStringLiteral("Name ID");
    }
    if (field == QLatin1String("WhatId")) {
        return QStringLiteral("Related To ID");
    }
    if (field == QLatin1String("OwnerId")) {
        return QStringLiteral("Assigned To ID");
    }
    if (field == QLatin1String("Description")) {
        return QStringLiteral("Comments");
    }
    return field;
}

SalesforceError fieldError(const QString& code, const QString& message, const QString& field)
{
    return SalesforceError::withFields(400, code, message, { field });
}

QString jsonTypeName(const QJsonValue& value)
{
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

SalesforceError parserError(const QString& type, const QJsonValue& value)
{
    const QString shown = value.isString() ? value.toString()
                                           : (value.isObject()       ? QStringLiteral("{")
                                                   : value.isArray() ? QStringLiteral("[")
                                                                     : value.toVariant().toString());
    return SalesforceError::make(400, QStringLiteral("JSON_PARSER_ERROR"),
        QStringLiteral(
            "Cannot deserialize instance of %1 from %2 value %3 or request may be missing a required field")
            .arg(type, jsonTypeName(value), shown));
}

// A text value; numbers and booleans are taken as their text, as Salesforce takes them. Empty is null.
SfResult<QString> text(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined()) {
        return QString();
    }
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return parserError(QStringLiteral("string"), value);
}

SfResult<QString> checkedText(const QString& field, const QJsonValue& value, int maximumLength)
{
    SfResult<QString> read = text(value);
    if (read && read->size() > maximumLength) {
        return fieldError(QStringLiteral("STRING_TOO_LONG"),
            QStringLiteral("%1: data value too large: %2 (max length=%3)")
                .arg(labelOf(field), read->left(300))
                .arg(maximumLength),
            field);
    }
    return read;
}

SfResult<QString> picklist(
    const QString& field, const QJsonValue& value, const QStringList& values, bool required)
{
    SfResult<QString> read = text(value);
    if (!read) {
        return read;
    }
    if (read->isEmpty()) {
        if (required) {
            return fieldError(QStringLiteral("REQUIRED_FIELD_MISSING"),
                QStringLiteral("Required fields are missing: [%1]").arg(field), field);
        }
        return QString();
    }
    for (const QString& allowed : values) {
        if (allowed.compare(*read, Qt::CaseInsensitive) == 0) {
            return allowed;
        }
    }
    return fieldError(QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"),
        QStringLiteral("%1: bad value for restricted picklist field: %2").arg(labelOf(field), *read), field);
}

SfResult<QDate> date(const QJsonValue& value)
{
    if (value.isNull()) {
        return QDate();
    }
    if (value.isString()) {
        const QString raw = value.toString();
        QDate parsed = QDate::fromString(raw, Qt::ISODate);
        if (!parsed.isValid()) {
            parsed = parseDateTime(raw).date();
        }
        if (parsed.isValid()) {
            return parsed;
        }
    }
    return parserError(QStringLiteral("date"), value);
}

SfResult<QString> reference(const QString& field, const QJsonValue& value, const QStringList& prefixes,
    const TaskReferences& references, bool required)
{
    SfResult<QString> read = text(value);
    if (!read) {
        return read;
    }
    if (read->isEmpty()) {
        if (required) {
            return fieldError(QStringLiteral("REQUIRED_FIELD_MISSING"),
                QStringLiteral("Required fields are missing: [%1]").arg(field), field);
        }
        return QString();
    }
    const QString id = RecordIds::normalize(*read);
    const QString wrongType = QStringLiteral("%1: id value of incorrect type: %2").arg(labelOf(field), *read);
    if (id.isEmpty()) {
        return fieldError(QStringLiteral("MALFORMED_ID"), wrongType, field);
    }
    if (!prefixes.contains(RecordIds::keyPrefix(id))) {
        return fieldError(QStringLiteral("FIELD_INTEGRITY_EXCEPTION"), wrongType, field);
    }
    if (!references.exists(id)) {
        return fieldError(QStringLiteral("INVALID_CROSS_REFERENCE_KEY"),
            QStringLiteral("invalid cross reference id"), field);
    }
    if (field == QLatin1String("OwnerId") && !references.isActiveUser(id)) {
        return fieldError(QStringLiteral("FIELD_INTEGRITY_EXCEPTION"),
            QStringLiteral("%1: owner cannot be inactive user").arg(labelOf(field)), field);
    }
    return id;
}

template<typename T> std::optional<SalesforceError> take(SfResult<T> read, std::optional<T>& into)
{
    if (!read) {
        return read.error();
    }
    into = std::move(read).value();
    return std::nullopt;
}

} // namespace

void TaskChanges::applyTo(TaskRecord& task) const
{
    if (subject) {
        task.subject = *subject;
    }
    if (activityDate) {
        task.activityDate = *activityDate;
    }
    if (status) {
        task.status = *status;
    }
    if (priority) {
        task.priority = *priority;
    }
    if (description) {
        task.description = *description;
    }
    if (whoId) {
        task.whoId = *whoId;
    }
    if (whatId) {
        task.whatId = *whatId;
    }
    if (ownerId) {
        task.ownerId = *ownerId;
    }
    if (taskSubtype && !taskSubtype->isEmpty()) {
        task.taskSubtype = *taskSubtype;
    }
}

std::optional<SalesforceError> TaskFields::checkRelations(const TaskRecord& task)
{
    if (RecordIds::keyPrefix(task.whoId) == QLatin1String("00Q") && !task.whatId.isEmpty()) {
        return fieldError(QStringLiteral("FIELD_INTEGRITY_EXCEPTION"),
            QStringLiteral("%1: id value of incorrect type: %2")
                .arg(labelOf(QStringLiteral("WhatId")), task.whatId),
            QStringLiteral("WhatId"));
    }
    return std::nullopt;
}

SfResult<TaskChanges> TaskFields::read(
    const QJsonObject& body, Operation operation, const TaskReferences& references)
{
    QStringList notWritable;
    QList<QPair<QString, QJsonValue>> writes;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("attributes")) {
            continue;
        }
        const auto known = fieldsByLowerName().constFind(it.key().toLower());
        if (known == fieldsByLowerName().constEnd()) {
            return SalesforceError::make(400, QStringLiteral("INVALID_FIELD"),
                QStringLiteral("No such column '%1' on sobject of type Task").arg(it.key()));
        }
        if (known->name == QLatin1String("Id") && operation == Operation::Create) {
            return SalesforceError::withFields(400, QStringLiteral("INVALID_FIELD"),
                QStringLiteral("cannot specify Id in an insert call"), { QStringLiteral("Id") });
        }
        const bool writable = known->access == Access::Writable
            || (known->access == Access::CreateOnly && operation == Operation::Create);
        if (!writable) {
            notWritable << known->name;
            continue;
        }
        writes.append({ known->name, it.value() });
    }
    if (!notWritable.isEmpty()) {
        return SalesforceError::withFields(400, QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"),
            QStringLiteral(
                "Unable to create/update fields: %1. Please check the security settings of this field and "
                "verify that it is read/write for your profile or permission set.")
                .arg(notWritable.join(QStringLiteral(", "))),
            notWritable);
    }
    TaskChanges changes;
    for (const auto& [field, value] : writes) {
        std::optional<SalesforceError> error;
        if (field == QLatin1String("Subject")) {
            error = take(checkedText(field, value, 255), changes.subject);
        } else if (field == QLatin1String("Description")) {
            error = take(checkedText(field, value, 32000), changes.description);
        } else if (field == QLatin1String("ActivityDate")) {
            error = take(date(value), changes.activityDate);
        } else if (field == QLatin1String("Status")) {
            error = take(picklist(field, value, TaskPicklists::statuses, true), changes.status);
        } else if (field == QLatin1String("Priority")) {
            error = take(picklist(field, value, TaskPicklists::priorities, true), changes.priority);
        } else if (field == QLatin1String("TaskSubtype")) {
            error = take(picklist(field, value, TaskPicklists::subtypes, false), changes.taskSubtype);
        } else if (field == QLatin1String("WhoId")) {
            error = take(
                reference(field, value, { QStringLiteral("00Q"), QStringLiteral("003") }, references, false),
                changes.whoId);
        } else if (field == QLatin1String("WhatId")) {
            error = take(
                reference(field, value, { QStringLiteral("001"), QStringLiteral("006") }, references, false),
                changes.whatId);
        } else if (field == QLatin1String("OwnerId")) {
            error
                = take(reference(field, value, { QStringLiteral("005") }, references, true), changes.ownerId);
        }
        if (error) {
            return *error;
        }
    }
    return changes;
}

} // namespace sia::sandbox::salesforce
