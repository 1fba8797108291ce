// The org's Tasks: create, read, update, delete with Salesforce's checks and audit fields, the recycle
// bin (a deleted task stays 15 days, visible to queryAll and get-deleted, then is purged for good), and
// the replication windows of get-updated and get-deleted (ReplicationWindow's rules and lag), who sees which
// task (TaskSharing). It is also the record source SOQL reads Tasks from. Times come from the sandbox clock,
// to the second, as Salesforce stores them.
#pragma once

#include "sandbox/salesforce/replicationwindow.h"
#include "sandbox/salesforce/salesforceerror.h"
#include "sandbox/salesforce/soqlrecord.h"
#include "sandbox/salesforce/taskfields.h"
#include "sandbox/salesforce/taskrecord.h"
#include "sandbox/salesforce/tasksharing.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace sia::sandbox::salesforce {

struct UpdatedWindow
{
    QStringList ids;
    QDateTime latestDateCovered;
};

// One record of a get-deleted answer (a task, or a record of ReplicationLog).
struct DeletedRecord
{
    QString id;
    QDateTime deletedDate;
};

struct DeletedWindow
{
    QList<DeletedRecord> records;
    QDateTime earliestDateAvailable;
    QDateTime latestDateCovered;
};

class TaskStore : public SoqlRecordSource
{
public:
    using Clock = std::function<QDateTime()>;
    // The record behind a WhoId, WhatId, OwnerId …, for parent fields in SOQL (Who.Name, Owner.Email).
    using ParentLookup = std::function<std::shared_ptr<const SoqlRecord>(const QString& id)>;

    static constexpr int recycleBinDays = 15;
    static constexpr qint64 maximumReplicationIds = 600000;

    explicit TaskStore(Clock clock, TaskReferences references = {}, ParentLookup parents = {});

    // The org's setup: how far get-updated's coverage lags behind the clock (0 by default), who sees which
    // task (everyone sees every task by default).
    void setReplicationLag(qint64 seconds) { m_replicationLagSeconds = seconds; }
    void setSharing(TaskSharing sharing) { m_sharing = sharing; }
    const TaskSharing& sharing() const { return m_sharing; }

    SfResult<QString> create(const QJsonObject& body, const QString& userId);
    // Refused with INSUFFICIENT_ACCESS_OR_READONLY when the user cannot see the task.
    SfResult<void> update(const QString& id, const QJsonObject& body, const QString& userId);
    SfResult<void> remove(const QString& id, const QString& userId);
    // The task with this Id (15 or 18 characters), in the recycle bin or not; nullptr when there is none.
    const TaskRecord* find(const QString& id) const;
    const TaskRecord* taskAt(qint64 position) const; // nullptr for a purged (or no) position

    // Adds a task with its own timestamps (the seeded initial tasks); fills in number and Id.
    const TaskRecord& insert(TaskRecord task);
    qint64 liveCount() const;
    // The control API's "mutate tasks": edits (or deletes) count living tasks chosen by draw, now.
    QStringList mutate(qint64 count, bool deleteThem, const QString& userId, quint64 draw);

    // The tasks userId can see that changed (or were deleted) in the window.
    SfResult<UpdatedWindow> updated(const QDateTime& start, const QDateTime& end, const QString& userId = {});
    SfResult<DeletedWindow> deleted(const QDateTime& start, const QDateTime& end, const QString& userId = {});
    void purgeRecycleBin(); // forgets tasks deleted more than 15 days ago

    // sObject Collections with allOrNone roll back through these.
    struct Snapshot
    {
        std::vector<std::optional<TaskRecord>> tasks;
        QDateTime purgedUpTo;
    };
    Snapshot snapshot() const { return { m_tasks, m_purgedUpTo }; }
    void restore(Snapshot snapshot);
    void clear();

    qint64 endPosition() const override { return qint64(m_tasks.size()); }
    std::shared_ptr<const SoqlRecord> recordAt(qint64 position) const override;
    void scan(
        qint64 from, qint64 to, const std::function<bool(qint64, const SoqlRecord&)>& visit) const override;

private:
    QDateTime now() const; // the clock, to the second
    TaskRecord* findMutable(const QString& id);
    SfResult<ReplicationWindow> window(const QDateTime& start, const QDateTime& end) const;
    void touch(TaskRecord& task, const QString& userId);
    QDateTime earliestDateAvailable() const;

    Clock m_clock;
    TaskReferences m_references;
    ParentLookup m_parents;
    qint64 m_replicationLagSeconds = 0;
    TaskSharing m_sharing;
    std::vector<std::optional<TaskRecord>> m_tasks; // position = number - 1; empty once purged
    // get-deleted cannot start before this: deletions up to it may be purged. Null until a purge; then
    // the earliest date is 30 days back (the window's own limit).
    QDateTime m_purgedUpTo;
};

} // namespace sia::sandbox::salesforce
