// The fields of a Task write (POST or PATCH body, or one record of an sObject Collection), checked the
// way Salesforce checks them: unknown fields, read-only fields, JSON types, lengths, restricted picklists,
// required fields set to null, and references of the wrong kind or to nothing.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"
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

// A checked set of changes: the fields present in the body, with their new values.
struct TaskChanges
{
    std::optional<QString> subject;
    std::optional<QDate> activityDate; // an invalid QDate sets it to null
    std::optional<QString> status;
    std::optional<QString> priority;
    std::optional<QString> description;
    std::optional<QString> whoId; // an empty string sets it to null
    std::optional<QString> whatId;
    std::optional<QString> ownerId;
    std::optional<QString> taskSubtype;

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
