// The fields of a Task write (POST or PATCH body, or one record of an sObject Collection), checked the
// way Salesforce checks them against the schema's Task (what describe answers): unknown fields, fields not
// createable or updateable, JSON types, lengths, restricted picklists, required fields set to null, and
// references of the wrong kind or to nothing.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"
#include "sandbox/salesforce/soqlschema.h"
#include "sandbox/salesforce/taskrecord.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace sia::sandbox::salesforce {

// What a write may point at; the sandbox answers from its dataset.
struct TaskReferences
{
    std::function<bool(const QString& id)> exists = [](const QString&) {
        return true;
    };
    std::function<bool(const QString& userId)> isActiveUser = [](const QString&) {
        return true;
    };
};

// A checked set of changes: the fields present in the body, with their new values (a null QVariant or an
// empty string sets a field to null), written through the schema's accessors.
struct TaskChanges
{
    QList<std::pair<const SoqlFieldDef*, QVariant>> values;

    void applyTo(TaskRecord& task) const;
};

class TaskFields
{
public:
    enum class Operation
    {
        Create,
        Update
    };

    // body: the record's JSON (an "attributes" member is allowed and ignored).
    static SfResult<TaskChanges> read(
        const QJsonObject& body, Operation operation, const TaskReferences& references);

    // What the task as written would be refused for across its fields: a lead (WhoId 00Q…) cannot be
    // related to a record (WhatId), as Salesforce refuses it (FIELD_INTEGRITY_EXCEPTION on WhatId).
    static std::optional<SalesforceError> checkRelations(const TaskRecord& task);
};

} // namespace sia::sandbox::salesforce
