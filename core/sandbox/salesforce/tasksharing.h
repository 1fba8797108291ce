// Who sees which Task. By default every user sees every task (the org-wide default "Public Read/Write" a
// small org often keeps); with --sf-private-tasks the org shares tasks privately: a user sees only the tasks
// they own, whatever their profile (the sandbox has no role hierarchy, sharing rules or "View All Data").
// A task the user cannot see is left out of query, queryAll, get-updated and get-deleted, reads as not
// found, and cannot be written.
#pragma once

#include "sandbox/salesforce/soqlrecord.h"
#include "sandbox/salesforce/taskrecord.h"

#include <memory>

namespace sia::sandbox::salesforce {

class TaskStore;

class TaskSharing
{
public:
    explicit TaskSharing(bool privateTasks = false)
        : m_private(privateTasks)
    { }

    bool isPrivate() const { return m_private; }
    bool canSee(const QString& userId, const TaskRecord& task) const
    {
        return !m_private || task.ownerId == userId;
    }

private:
    bool m_private = false;
};

// The tasks of a store as one user sees them, for SOQL: the positions of the others are empty.
class VisibleTaskSource : public SoqlRecordSource
{
public:
    VisibleTaskSource(std::shared_ptr<const TaskStore> tasks, TaskSharing sharing, QString userId);

    qint64 endPosition() const override;
    std::shared_ptr<const SoqlRecord> recordAt(qint64 position) const override;
    void scan(
        qint64 from, qint64 to, const std::function<bool(qint64, const SoqlRecord&)>& visit) const override;

private:
    bool visible(qint64 position) const;

    std::shared_ptr<const TaskStore> m_tasks;
    TaskSharing m_sharing;
    QString m_userId;
};

} // namespace sia::sandbox::salesforce
