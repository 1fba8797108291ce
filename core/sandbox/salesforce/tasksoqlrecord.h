// A Task seen by SOQL: its fields read by the schema's accessors, its parents (Who, What, Owner,
// CreatedBy, LastModifiedBy) looked up in the sandbox's data.
#pragma once

#include "sandbox/salesforce/soqlrecord.h"
#include "sandbox/salesforce/taskrecord.h"

namespace sia::sandbox::salesforce {

class TaskSoqlRecord : public RowRecord<TaskRecord>
{
public:
    using ParentLookup = SoqlParentLookup;

    TaskSoqlRecord(TaskRecord task, const ParentLookup* parents)
        : RowRecord<TaskRecord>(taskObject(), std::move(task), parents)
    { }

    static const SoqlObjectDef& taskObject();
};

} // namespace sia::sandbox::salesforce
