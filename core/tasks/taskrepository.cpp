#include "tasks/taskrepository.h"

#include "common/timestamps.h"
#include "settings/settingsrepository.h"
#include "store/auditlog.h"
#include "store/store.h"
#include "sync/syncrunrepository.h"
#include "sync/tasksync.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStringList>

namespace sia {

namespace {

const QString taskColumns = QStringLiteral(
    "t.id, t.sfdc_task_id, t.origin, t.subject, t.due_date, t.status, t.is_closed, t.priority,"
    " t.description, t.owner_user_id, u.email, t.created_at, t.updated_at, t.pending_push, t.person_id,"
    " p.first_name, p.last_name, p.email, p.email_opt_out");

// The related person: the lead or contact of the task's WhoId, as the task sync linked it.
const QString taskTables = QStringLiteral(" FROM tasks t LEFT JOIN users u ON u.id = t.owner_user_id"
                                          " LEFT JOIN people p ON p.id = t.person_id");

// Shown here: not deleted in Actions (waiting for Salesforce) nor in Salesforce.
const QString visible = QStringLiteral("t.deleted_at IS NULL AND t.sfdc_deleted_at IS NULL");

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

TaskRepository::TaskRepository(Store& store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{ }

QDateTime TaskRepository::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

QDateTime TaskRepository::nextUpdate(const ActionsTask& task) const
{
    const QDateTime at = now();
    return task.updatedAt.isValid() && at <= task.updatedAt ? task.updatedAt.addMSecs(1) : at;
}

Result<OrgTaskPicklists> TaskRepository::picklists() const
{
    Result<std::optional<QJsonObject>> stored
        = SyncRunRepository(m_store).checkpoint(QString::fromLatin1(TaskSync::picklistStream));
    if (!stored) {
        return stored.error();
    }
    if (*stored) {
        OrgTaskPicklists org = OrgTaskPicklists::fromJson(**stored);
        if (!org.statuses.isEmpty() && !org.priorities.isEmpty()) {
            return org;
        }
    }
    return OrgTaskPicklists::salesforceDefaults();
}

Result<void> TaskRepository::checkPriority(const QString& priority, const OrgTaskPicklists& picklists) const
{
    QStringList labels;
    for (const OrgTaskPicklists::Value& value : picklists.priorities) {
        if (value.label == priority) {
            return {};
        }
        labels.append(value.label);
    }
    return Error::input(QStringLiteral("task.unknown-priority"),
        tr("“%1” is not a task priority here. Choose one of: %2.")
            .arg(priority, labels.join(QStringLiteral(", "))));
}

Result<void> TaskRepository::checkOwner(qint64 ownerUserId) const
{
    if (ownerUserId == 0) {
        return {};
    }
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral("SELECT id FROM users WHERE id = :id"), { { QStringLiteral("id"), ownerUserId } });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error::input(QStringLiteral("task.unknown-owner"),
            tr("The task's owner (user %1) is not an Actions user. Choose one from the users list.")
                .arg(ownerUserId));
    }
    return {};
}

Result<void> TaskRepository::audit(
    const QString& actor, const QString& action, const ActionsTask& task, const QJsonObject& more) const
{
    QJsonObject arguments { { QStringLiteral("task"), task.id },
        { QStringLiteral("subject"), task.subject } };
    for (auto it = more.begin(); it != more.end(); ++it) {
        arguments.insert(it.key(), it.value());
    }
    return AuditLog(m_store).append(actor, action, arguments);
}

Result<ActionsTask> TaskRepository::create(const TaskDraft& draft, const QString& actor)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    const QString subject = draft.subject.trimmed();
    if (subject.isEmpty()) {
        return Error::input(
            QStringLiteral("task.subject-empty"), tr("A task needs a subject: say what is to be done."));
    }
    qint64 id = 0;
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        Result<OrgTaskPicklists> values = picklists();
        if (!values) {
            return values.error();
        }
        const QString priority
            = draft.priority.trimmed().isEmpty() ? values->orgPriority(QString()) : draft.priority.trimmed();
        if (Result<void> known = checkPriority(priority, *values); !known) {
            return known;
        }
        if (Result<void> owner = checkOwner(draft.ownerUserId); !owner) {
            return owner;
        }
        const QString at = toStoredTimestamp(now());
        Result<QSqlQuery> inserted = m_store.exec(
            QStringLiteral("INSERT INTO tasks (origin, subject, due_date, status, is_closed, priority,"
                           " description, owner_user_id, created_at, updated_at, pending_push)"
                           " VALUES (:origin, :subject, :due, :status, :closed, :priority, :description,"
                           " :owner, :at, :at, :pending) RETURNING id"),
            { { QStringLiteral("origin"), toKey(TaskOrigin::Actions) },
                { QStringLiteral("subject"), subject }, { QStringLiteral("due"), dateOrNull(draft.dueDate) },
                { QStringLiteral("status"), values->orgStatus(QString(), false) },
                { QStringLiteral("closed"), false }, { QStringLiteral("priority"), priority },
                { QStringLiteral("description"), textOrNull(draft.description.trimmed()) },
                { QStringLiteral("owner"), idOrNull(draft.ownerUserId) }, { QStringLiteral("at"), at },
                { QStringLiteral("pending"), true } });
        if (!inserted) {
            return inserted.error();
        }
        if (!inserted->next()) {
            return Error::internal(QStringLiteral("task.not-created"), tr("The task was not saved."));
        }
        id = inserted->value(0).toLongLong();
        ActionsTask created;
        created.id = id;
        created.subject = subject;
        return audit(actor, QStringLiteral("task.created"), created,
            { { QStringLiteral("due"),
                draft.dueDate.isValid() ? draft.dueDate.toString(Qt::ISODate) : QString() } });
    });
    if (!done) {
        return done.error();
    }
    return find(id);
}

Result<ActionsTask> TaskRepository::edit(qint64 id, const TaskEdit& changes, const QString& actor)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    if (changes.isEmpty()) {
        return Error::input(QStringLiteral("task.nothing-to-change"),
            tr("Nothing to change: give a new subject, due date, priority, description or owner."));
    }
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        Result<ActionsTask> task = find(id);
        if (!task) {
            return task.error();
        }
        ActionsTask edited = *task;
        QJsonArray fields;
        if (changes.subject && changes.subject->trimmed() != task->subject) {
            edited.subject = changes.subject->trimmed();
            if (edited.subject.isEmpty()) {
                return Error::input(QStringLiteral("task.subject-empty"),
                    tr("A task needs a subject: say what is to be done."));
            }
            fields.append(QStringLiteral("subject"));
        }
        if (changes.dueDate && *changes.dueDate != task->dueDate) {
            edited.dueDate = *changes.dueDate;
            fields.append(QStringLiteral("due"));
        }
        if (changes.priority && changes.priority->trimmed() != task->priority) {
            edited.priority = changes.priority->trimmed();
            Result<OrgTaskPicklists> values = picklists();
            if (!values) {
                return values.error();
            }
            if (Result<void> known = checkPriority(edited.priority, *values); !known) {
                return known;
            }
            fields.append(QStringLiteral("priority"));
        }
        if (changes.description && changes.description->trimmed() != task->description) {
            edited.description = changes.description->trimmed();
            fields.append(QStringLiteral("description"));
        }
        if (changes.ownerUserId && *changes.ownerUserId != task->ownerUserId) {
            if (Result<void> owner = checkOwner(*changes.ownerUserId); !owner) {
                return owner;
            }
            edited.ownerUserId = *changes.ownerUserId;
            fields.append(QStringLiteral("owner"));
        }
        if (fields.isEmpty()) {
            return {}; // the same values again: nothing to send, nothing to audit
        }
        Result<QSqlQuery> updated = m_store.exec(
            QStringLiteral("UPDATE tasks SET subject = :subject, due_date = :due, priority = :priority,"
                           " description = :description, owner_user_id = :owner, updated_at = :at,"
                           " pending_push = :pending WHERE id = :id"),
            { { QStringLiteral("id"), id }, { QStringLiteral("subject"), edited.subject },
                { QStringLiteral("due"), dateOrNull(edited.dueDate) },
                { QStringLiteral("priority"), edited.priority },
                { QStringLiteral("description"), textOrNull(edited.description) },
                { QStringLiteral("owner"), idOrNull(edited.ownerUserId) },
                { QStringLiteral("at"), toStoredTimestamp(nextUpdate(*task)) },
                { QStringLiteral("pending"), true } });
        if (!updated) {
            return updated.error();
        }
        return audit(actor, QStringLiteral("task.edited"), edited, { { QStringLiteral("fields"), fields } });
    });
    if (!done) {
        return done.error();
    }
    return find(id);
}

Result<ActionsTask> TaskRepository::complete(qint64 id, const QString& actor)
{
    return setClosed(id, true, actor);
}

Result<ActionsTask> TaskRepository::reopen(qint64 id, const QString& actor)
{
    return setClosed(id, false, actor);
}

Result<ActionsTask> TaskRepository::setClosed(qint64 id, bool closed, const QString& actor)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        Result<ActionsTask> task = find(id);
        if (!task) {
            return task.error();
        }
        if (task->isClosed == closed) {
            return Error::rule(
                closed ? QStringLiteral("task.already-completed") : QStringLiteral("task.already-open"),
                closed ? tr("Task %1 is already completed (%2).").arg(id).arg(task->status)
                       : tr("Task %1 is already open (%2).").arg(id).arg(task->status));
        }
        Result<OrgTaskPicklists> values = picklists();
        if (!values) {
            return values.error();
        }
        // The org's first closed status, or its default open one: never a label assumed to exist.
        const QString status = values->orgStatus(QString(), closed);
        Result<QSqlQuery> updated = m_store.exec(
            QStringLiteral("UPDATE tasks SET status = :status, is_closed = :closed, updated_at = :at,"
                           " pending_push = :pending WHERE id = :id"),
            { { QStringLiteral("id"), id }, { QStringLiteral("status"), status },
                { QStringLiteral("closed"), closed },
                { QStringLiteral("at"), toStoredTimestamp(nextUpdate(*task)) },
                { QStringLiteral("pending"), true } });
        if (!updated) {
            return updated.error();
        }
        return audit(actor, closed ? QStringLiteral("task.completed") : QStringLiteral("task.reopened"),
            *task, { { QStringLiteral("status"), status } });
    });
    if (!done) {
        return done.error();
    }
    return find(id);
}

Result<TaskDeletion> TaskRepository::remove(qint64 id, const QString& actor)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    TaskDeletion deletion = TaskDeletion::Removed;
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        Result<ActionsTask> task = find(id);
        if (!task) {
            return task.error();
        }
        Result<QSqlQuery> removed = [&] {
            if (task->salesforceTaskId.isEmpty()) {
                return m_store.exec(
                    QStringLiteral("DELETE FROM tasks WHERE id = :id"), { { QStringLiteral("id"), id } });
            }
            // Kept until the sync has deleted it in Salesforce (rule 5), hidden here from now on.
            deletion = TaskDeletion::WaitsForSalesforce;
            const QString at = toStoredTimestamp(nextUpdate(*task));
            return m_store.exec(QStringLiteral("UPDATE tasks SET deleted_at = :at, updated_at = :at,"
                                               " pending_push = :pending WHERE id = :id"),
                { { QStringLiteral("id"), id }, { QStringLiteral("at"), at },
                    { QStringLiteral("pending"), true } });
        }();
        if (!removed) {
            return removed.error();
        }
        return audit(actor, QStringLiteral("task.deleted"), *task,
            { { QStringLiteral("salesforceTask"), task->salesforceTaskId } });
    });
    if (!done) {
        return done.error();
    }
    return deletion;
}

ActionsTask TaskRepository::taskFrom(const QSqlQuery& query, const QDateTime& syncOnSince) const
{
    const SqlDialect& dialect = m_store.dialect();
    ActionsTask task;
    task.id = query.value(0).toLongLong();
    task.salesforceTaskId = query.value(1).toString();
    task.origin = fromKey<TaskOrigin>(query.value(2).toString()).value_or(TaskOrigin::Actions);
    task.subject = query.value(3).toString();
    task.dueDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    task.status = query.value(5).toString();
    task.isClosed = query.value(6).toBool();
    task.priority = query.value(7).toString();
    task.description = query.value(8).toString();
    task.ownerUserId = query.value(9).toLongLong();
    task.ownerEmail = query.value(10).toString();
    task.createdAt = dialect.timestampFrom(query.value(11));
    task.updatedAt = dialect.timestampFrom(query.value(12));
    task.waitsForSalesforce = TaskPushRule::sends(
        query.value(13).toBool(), task.salesforceTaskId, task.origin, task.createdAt, syncOnSince);
    task.personId = query.value(14).toLongLong();
    const QString name
        = QStringList { query.value(15).toString(), query.value(16).toString() }.join(u' ').trimmed();
    task.personName = name.isEmpty() ? query.value(17).toString() : name;
    task.personEmail = query.value(17).toString();
    task.personOptedOut = query.value(18).toBool();
    return task;
}

Result<ActionsTask> TaskRepository::find(qint64 id) const
{
    // Read before the task's query: PostgreSQL's driver loses a result set when another query runs on it.
    Result<QDateTime> since = syncOnSince();
    if (!since) {
        return since.error();
    }
    Result<QSqlQuery> query = m_store.exec(QStringLiteral("SELECT ") + taskColumns + taskTables
            + QStringLiteral(" WHERE t.id = :id AND ") + visible,
        { { QStringLiteral("id"), id } });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error::notFound(QStringLiteral("task.not-found"),
            tr("There is no task %1 (it may have been deleted here or in Salesforce). List the tasks to see "
               "their numbers.")
                .arg(id));
    }
    return taskFrom(*query, *since);
}

Result<QList<ActionsTask>> TaskRepository::dueBetween(
    const QDate& first, const QDate& last, qint64 ownerUserId) const
{
    QVariantMap bindings { { QStringLiteral("first"), first.toString(Qt::ISODate) },
        { QStringLiteral("last"), last.toString(Qt::ISODate) } };
    QString sql = QStringLiteral("SELECT ") + taskColumns + taskTables
        + QStringLiteral(" WHERE t.due_date >= :first AND t.due_date <= :last AND ") + visible;
    if (ownerUserId != 0) {
        sql += QStringLiteral(" AND t.owner_user_id = :owner");
        bindings.insert(QStringLiteral("owner"), ownerUserId);
    }
    sql += QStringLiteral(" ORDER BY t.is_closed, t.due_date, t.id");
    Result<QDateTime> since = syncOnSince();
    if (!since) {
        return since.error();
    }
    Result<QSqlQuery> query = m_store.exec(sql, bindings);
    if (!query) {
        return query.error();
    }
    QList<ActionsTask> tasks;
    while (query->next()) {
        tasks.append(taskFrom(*query, *since));
    }
    return tasks;
}

Result<QDateTime> TaskRepository::syncOnSince() const
{
    const SettingsRepository settings(m_store);
    Result<QString> mode = settings.get<QString>(SettingKey::TaskSync);
    if (!mode) {
        return mode.error();
    }
    if (*mode == u"off") {
        return QDateTime();
    }
    return settings.get<QDateTime>(SettingKey::TaskSyncStartedAt);
}

bool TaskPushRule::sends(bool pendingPush, const QString& salesforceTaskId, TaskOrigin origin,
    const QDateTime& createdAt, const QDateTime& syncOnSince)
{
    if (!pendingPush) {
        return false;
    }
    if (!salesforceTaskId.isEmpty()) {
        return true; // Salesforce has it: the change goes with the sync's next run, now or once it is on
    }
    return origin == TaskOrigin::Actions && syncOnSince.isValid() && createdAt >= syncOnSince;
}

} // namespace sia
