// A Task seen by SOQL: its fields by name, its parents (Who, What, Owner, CreatedBy, LastModifiedBy)
// looked up in the sandbox's data.
#pragma once

#include "sandbox/salesforce/soqlrecord.h"
#include "sandbox/salesforce/taskrecord.h"

#include <functional>

namespace sia::sandbox::salesforce {

class TaskSoqlRecord : public SoqlRecord
{
public:
    using ParentLookup = std::function<std::shared_ptr<const SoqlRecord>(const QString& id)>;

    TaskSoqlRecord(TaskRecord task, const ParentLookup* parents)
        : m_task(std::move(task))
        , m_parents(parents)
    { }

    QString objectName() const override { return QStringLiteral("Task"); }
    QVariant value(const SoqlFieldDef& field) const override;
    std::shared_ptr<const SoqlRecord> parent(const SoqlFieldDef& reference) const override;

private:
    TaskRecord m_task;
    const ParentLookup* m_parents;
};

} // namespace sia::sandbox::salesforce
