// The Actions tasks themselves (the command center's and `sia-admin tasks`): create, edit, complete,
// reopen and delete, each audited in the same transaction, and the lists by due date. Every change waits
// for the task sync (pending_push), which sends it to Salesforce while the sync is on (SPEC section 6);
// the status and priority values are the org's own as the sync last read them (checkpoint
// "tasks.picklists"), else Salesforce's defaults. Both backends.
#pragma once

#include "common/result.h"
#include "sync/taskmapping.h"
#include "tasks/taskorigin.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace sia {

class Store;

struct ActionsTask
{
    qint64 id = 0;
    QString salesforceTaskId; // empty: never in Salesforce
    TaskOrigin origin = TaskOrigin::Actions;
    QString subject;
    QDate dueDate; // invalid: none
    QString status;
    bool isClosed = false;
    QString priority;
    QString description;
    qint64 ownerUserId = 0; // 0: nobody's
    QString ownerEmail;
    QDateTime createdAt;
    QDateTime updatedAt;
    // A change here that the task sync sends to Salesforce (TaskPushRule): one to a task Salesforce has, or
    // a task created here while the sync is on. A task made before the sync was turned on, or while it is
    // off, never goes to Salesforce (SPEC section 6, rule 1), so it does not wait.
    bool waitsForSalesforce = false;
    qint64 personId = 0; // the related person (the lead or contact of its WhoId); 0: none in Actions
    QString personName; // "First Last", or the email when the person has no name
    QString personEmail;
    bool personOptedOut = false; // opted out of email (EmailOptOuts): not to be emailed about it
};

// Whether a task's waiting change (pending_push) is one the task sync sends: TaskSyncStore::pending and
// waitingCount ask the same of the database. syncOnSince: tasks.sync-started-at while the sync is on,
// invalid while it is off.
struct TaskPushRule
{
    static bool sends(bool pendingPush, const QString& salesforceTaskId, TaskOrigin origin,
        const QDateTime& createdAt, const QDateTime& syncOnSince);
};

// A new task: subject required; an empty priority is the org's default.
struct TaskDraft
{
    QString subject;
    QDate dueDate;
    QString priority;
    QString description;
    qint64 ownerUserId = 0;
};

// What an edit changes: the fields set, the others stay (an invalid dueDate clears the due date).
struct TaskEdit
{
    std::optional<QString> subject;
    std::optional<QDate> dueDate;
    std::optional<QString> priority;
    std::optional<QString> description;
    std::optional<qint64> ownerUserId;

    bool isEmpty() const { return !subject && !dueDate && !priority && !description && !ownerUserId; }
};

// What a deletion did.
enum class TaskDeletion
{
    Removed, // never in Salesforce: gone
    WaitsForSalesforce // in Salesforce: hidden here, deleted there by the next sync run
};

class TaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(sia::TaskRepository)

public:
    using Clock = std::function<QDateTime()>;

    // clock empty: the system's (UTC).
    explicit TaskRepository(Store& store, Clock clock = {});

    Result<ActionsTask> create(const TaskDraft& draft, const QString& actor);
    Result<ActionsTask> edit(qint64 id, const TaskEdit& changes, const QString& actor);
    // Closed with the org's closed status (its first in the org's order), never an assumed "Completed".
    Result<ActionsTask> complete(qint64 id, const QString& actor);
    // Open again with the org's default open status.
    Result<ActionsTask> reopen(qint64 id, const QString& actor);
    Result<TaskDeletion> remove(qint64 id, const QString& actor);

    // A visible task (not deleted here nor in Salesforce); NotFound "task.not-found" otherwise.
    Result<ActionsTask> find(qint64 id) const;
    // Visible tasks due from first to last (inclusive), open ones first, then by due date; ownerUserId 0:
    // everyone's.
    Result<QList<ActionsTask>> dueBetween(
        const QDate& first, const QDate& last, qint64 ownerUserId = 0) const;
    Result<QList<ActionsTask>> dueOn(const QDate& day, qint64 ownerUserId = 0) const
    {
        return dueBetween(day, day, ownerUserId);
    }

    // The org's status and priority values as the task sync last read them, else Salesforce's defaults.
    Result<OrgTaskPicklists> picklists() const;

private:
    QDateTime now() const;
    // tasks.sync-started-at while the task sync is on; invalid while it is off.
    Result<QDateTime> syncOnSince() const;
    ActionsTask taskFrom(const QSqlQuery& query, const QDateTime& syncOnSince) const;
    Result<void> checkPriority(const QString& priority, const OrgTaskPicklists& picklists) const;
    Result<void> checkOwner(qint64 ownerUserId) const;
    Result<ActionsTask> setClosed(qint64 id, bool closed, const QString& actor);
    // The next updated_at of a row: now, but always later than the row's own, so that the sync's
    // conditional writes (on updated_at as read) never take a new edit for the one they sent.
    QDateTime nextUpdate(const ActionsTask& task) const;
    Result<void> audit(const QString& actor, const QString& action, const ActionsTask& task,
        const QJsonObject& more = {}) const;

    Store& m_store;
    Clock m_clock;
};

} // namespace sia
