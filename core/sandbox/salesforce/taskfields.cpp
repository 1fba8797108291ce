#include "sandbox/salesforce/taskfields.h"

#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/salesforcetime.h"

#include <QHash>
#include <QJsonValue>

namespace sia::sandbox::salesforce {

namespace {

const SoqlObjectDef& taskObject()
{
    static const SoqlObjectDef* const task = SoqlSchema::dataApi().object(u"Task");
    return *task;
}

// Salesforce's field labels, which its messages use.
QString labelOf(const QString& field)
{
    const SoqlFieldDef* known = taskObject().field(field);
    return known ? known->displayLabel() : field;
}

// The key prefixes of the objects a reference may point to.
QStringList prefixesOf(const SoqlFieldDef& reference)
{
    QStringList prefixes;
    for (const QString& target : reference.referenceTo) {
        if (const SoqlObjectDef* object = SoqlSchema::dataApi().object(target)) {
            prefixes << object->info().keyPrefix;
        }
    }
    return prefixes;
}

SalesforceError fieldError(const QString& code, const QString& message, const QString& field)
{
    return SalesforceError::withFields(400, code, message, { field });
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
    return SalesforceError::jsonParserError(QStringLiteral("string"), value);
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

SfResult<QString> picklist(const SoqlFieldDef& def, const QJsonValue& value)
{
    const QString& field = def.name;
    const bool required = !def.nillable;
    const QStringList& values = def.picklistValues;
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
    if (!def.restrictedPicklist) {
        return *read;
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
    return SalesforceError::jsonParserError(QStringLiteral("date"), value);
}

SfResult<QString> reference(
    const SoqlFieldDef& def, const QJsonValue& value, const TaskReferences& references)
{
    const QString& field = def.name;
    const bool required = !def.nillable;
    const QStringList prefixes = prefixesOf(def);
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

// A checked value for field, or the error Salesforce answers for it.
SfResult<QVariant> checkedValue(
    const SoqlFieldDef& field, const QJsonValue& value, const TaskReferences& references)
{
    const auto wrap = [](auto read) -> SfResult<QVariant> {
        if (!read) {
            return read.error();
        }
        return QVariant(std::move(read).value());
    };
    switch (field.type) {
    case SoqlFieldType::Picklist:
        return wrap(picklist(field, value));
    case SoqlFieldType::Reference:
        return wrap(reference(field, value, references));
    case SoqlFieldType::Date:
        return wrap(date(value));
    case SoqlFieldType::String:
    case SoqlFieldType::LongTextArea:
        return wrap(checkedText(field.name, value, field.length));
    default:
        // No other type of field is writable (the schema declares which are).
        return SalesforceError::make(400, QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"),
            QStringLiteral("Unable to create/update fields: %1.").arg(field.name));
    }
}

} // namespace

void TaskChanges::applyTo(TaskRecord& task) const
{
    for (const auto& [field, value] : values) {
        field->write(&task, value);
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
    QList<QPair<const SoqlFieldDef*, QJsonValue>> writes;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("attributes")) {
            continue;
        }
        const SoqlFieldDef* known = taskObject().field(it.key());
        if (!known) {
            return SalesforceError::make(400, QStringLiteral("INVALID_FIELD"),
                QStringLiteral("No such column '%1' on sobject of type Task").arg(it.key()));
        }
        if (known->name == QLatin1String("Id") && operation == Operation::Create) {
            return SalesforceError::withFields(400, QStringLiteral("INVALID_FIELD"),
                QStringLiteral("cannot specify Id in an insert call"), { QStringLiteral("Id") });
        }
        const bool writable = operation == Operation::Create ? known->createable : known->updateable;
        if (!writable || !known->write) {
            notWritable << known->name;
            continue;
        }
        writes.append({ known, it.value() });
    }
    if (!notWritable.isEmpty()) {
        return SalesforceError::fieldsNotWritable(notWritable);
    }
    TaskChanges changes;
    for (const auto& [field, value] : writes) {
        SfResult<QVariant> checked = checkedValue(*field, value, references);
        if (!checked) {
            return checked.error();
        }
        changes.values.append({ field, std::move(checked).value() });
    }
    return changes;
}

} // namespace sia::sandbox::salesforce
