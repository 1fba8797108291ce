// The task sync's side of the tasks table (migration "tasks and sales activities"): the rows it imports
// from Salesforce, the Actions changes it pushes, and the guards that keep an edit made during a run from
// being lost. Every write that follows a read is conditional on the row's updated_at as read: when the
// admin changed the task meanwhile, the write does nothing and the row stays waiting for the next run.
// Runs on the sync's own store (its thread); the caller holds the transaction. Both backends.
#pragma once

#include "common/result.h"
#include "sync/taskmapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace sia {

class Store;

// A row as the sync sees it.
struct TaskSyncRow
{
    qint64 id = 0;
    QString sfdcTaskId;
    QString origin;
    ActionsTaskContent content;
    qint64 ownerUserId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    // updated_at exactly as the row holds it: the conditional writes compare with this, not with a value
    // formatted again (a reformatting could differ in its last digits and never match).
    QVariant storedUpdatedAt;
    QDateTime sfdcModifiedAt;
    bool pendingPush = false;
    QDateTime deletedAt; // deleted in Actions, the deletion not yet in Salesforce
};

// A task changed on both sides since the last sync, and which side was kept (TaskMapping::resolveConflict).
struct TaskConflict
{
    enum class Kept
    {
        Actions,
        Salesforce,
        SalesforceDeletion // deleted in Salesforce: the deletion stands over the Actions edit
    };
    qint64 taskId = 0;
    QString salesforceTaskId;
    Kept kept = Kept::Salesforce;
    QString subject;
    QDateTime actionsEditedAt;
    QDateTime salesforceEditedAt;
};

enum class PushKind
{
    Create, // never in Salesforce; created after the sync was turned on (SPEC 6, rule 1)
    Update,
    Delete
};

class TaskSyncStore
{
    Q_DECLARE_TR_FUNCTIONS(sia::TaskSyncStore)

public:
    explicit TaskSyncStore(Store& store)
        : m_store(store)
    { }

    // Actions users are Salesforce users of the same email (case aside): links each one not linked yet
    // (users.salesforce_user_id), so that a Task's OwnerId names its Actions owner. Answers how many.
    Result<int> linkSalesforceUsers(const QList<QPair<QString, QString>>& idAndEmail);

    // Reads the maps the import needs once per run: Salesforce user → Actions user, who opted out.
    Result<void> loadOwners();
    qint64 ownerOf(const QString& salesforceUserId) const { return m_owners.value(salesforceUserId); }
    QString salesforceUserOf(qint64 userId) const { return m_salesforceUsers.value(userId); }
    // A user whose own tasks.sync is "off" (an override of the instance's): their tasks stay out.
    bool optedOut(qint64 userId) const { return userId != 0 && m_optedOut.contains(userId); }

    Result<std::optional<TaskSyncRow>> findBySalesforceId(const QString& sfdcTaskId) const;

    // A task new to Actions from Salesforce (origin salesforce, not waiting for anything).
    Result<qint64> insertImported(const SalesforceTask& task, qint64 ownerUserId, const QDateTime& now);
    // Salesforce's values over the row, if it still has expectedUpdatedAt; answers whether it did.
    Result<bool> applyImported(qint64 rowId, const SalesforceTask& task, qint64 ownerUserId,
        const QVariant& expectedUpdatedAt, const QDateTime& now);
    // The row agrees with Salesforce as last seen (an echo of our own push, an unchanged record).
    Result<void> noteSeen(qint64 rowId, const QDateTime& salesforceModified);
    // Removed in Salesforce (or its deletion reached Salesforce): the row goes.
    Result<void> remove(qint64 rowId);

    // Up to limit rows waiting to be pushed, of one kind, after afterId (oldest id first). Only Actions
    // tasks created at or after syncStartedAt are ever created in Salesforce (rule 1). TaskPushRule is the
    // same choice for one task, which the command center and tasks show as "waits for Salesforce".
    Result<QList<TaskSyncRow>> pending(
        PushKind kind, const QDateTime& syncStartedAt, qint64 afterId, int limit) const;
    // The push of a row succeeded: linked to its Salesforce Id and no longer waiting, unless it changed
    // meanwhile (then it stays waiting, linked all the same, so that the next push is an update).
    Result<void> markPushed(
        qint64 rowId, const QString& sfdcTaskId, const QVariant& expectedUpdatedAt, const QDateTime& now);

    // The audit log's "task.conflict" entry.
    Result<void> recordConflict(const QString& actor, const TaskConflict& conflict);

    Result<qint64> liveCount() const;
    // The rows pending() would return, of all kinds: TaskPushRule counted in the database. An invalid
    // syncStartedAt (the sync is off): only changes to tasks Salesforce has.
    Result<qint64> waitingCount(const QDateTime& syncStartedAt) const;

private:
    TaskSyncRow rowFrom(const class QSqlQuery& query) const;
    Result<qint64> personOf(const QString& whoId) const;

    Store& m_store;
    QHash<QString, qint64> m_owners;
    QHash<qint64, QString> m_salesforceUsers;
    QSet<qint64> m_optedOut;
};

} // namespace sia
