#include "sync/tasksyncstore.h"

#include "common/enumkeys.h"
#include "common/timestamps.h"
#include "settings/settingdefinition.h"
#include "settings/settingsrepository.h"
#include "store/auditlog.h"
#include "store/store.h"
#include "tasks/taskorigin.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace sia {

namespace {

const QString rowColumns = QStringLiteral(
    "id, sfdc_task_id, origin, subject, due_date, status, is_closed, priority, description, subtype, who_id,"
    " what_id, owner_user_id, created_at, updated_at, sfdc_modified_at, pending_push, deleted_at");

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant timestampOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(toStoredTimestamp(at)) : QVariant(QMetaType::fromType<QString>());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariantMap importedBindings(const SalesforceTask& task, qint64 ownerUserId, qint64 personId)
{
    return { { QStringLiteral("subject"), task.subject.isEmpty() ? QStringLiteral("—") : task.subject },
        { QStringLiteral("due"),
            textOrNull(task.activityDate.isValid() ? task.activityDate.toString(Qt::ISODate) : QString()) },
        { QStringLiteral("status"), task.status }, { QStringLiteral("closed"), task.isClosed },
        { QStringLiteral("priority"), task.priority },
        { QStringLiteral("description"), textOrNull(task.description) },
        { QStringLiteral("subtype"), task.subtype.isEmpty() ? QStringLiteral("Task") : task.subtype },
        { QStringLiteral("who"), textOrNull(task.whoId) },
        { QStringLiteral("what"), textOrNull(task.whatId) },
        { QStringLiteral("owner"), idOrNull(ownerUserId) },
        { QStringLiteral("sfowner"), textOrNull(task.ownerId) },
        { QStringLiteral("person"), idOrNull(personId) },
        { QStringLiteral("modified"), timestampOrNull(task.lastModified) } };
}

} // namespace

Result<int> TaskSyncStore::linkSalesforceUsers(const QList<QPair<QString, QString>>& idAndEmail)
{
    int linked = 0;
    for (const auto& [salesforceId, email] : idAndEmail) {
        if (salesforceId.isEmpty() || email.isEmpty()) {
            continue;
        }
        // The email column compares without case (its collation), on both backends.
        Result<QSqlQuery> updated
            = m_store.exec(QStringLiteral("UPDATE users SET salesforce_user_id = :sfid WHERE email = :email "
                                          "AND salesforce_user_id IS NULL"),
                { { QStringLiteral("sfid"), salesforceId }, { QStringLiteral("email"), email } });
        if (!updated) {
            return updated.error();
        }
        linked += updated->numRowsAffected() > 0 ? 1 : 0;
    }
    return linked;
}

Result<void> TaskSyncStore::loadOwners()
{
    m_owners.clear();
    m_salesforceUsers.clear();
    m_optedOut.clear();
    Result<QSqlQuery> users = m_store.exec(
        QStringLiteral("SELECT id, salesforce_user_id FROM users WHERE salesforce_user_id IS NOT NULL"));
    if (!users) {
        return users.error();
    }
    while (users->next()) {
        const qint64 id = users->value(0).toLongLong();
        const QString salesforceId = users->value(1).toString();
        // Salesforce answers 18-character Ids; an admin may have typed the 15-character form.
        m_owners.insert(salesforceId, id);
        m_owners.insert(salesforceId.left(15), id);
        m_salesforceUsers.insert(id, salesforceId);
    }
    Result<QList<SettingEntry>> settings = SettingsRepository(m_store).all();
    if (!settings) {
        return settings.error();
    }
    const QString taskSync = settingDefinition(SettingKey::TaskSync).name;
    for (const SettingEntry& entry : *settings) {
        if (entry.userId != 0 && entry.key == taskSync && entry.value.toString() == u"off") {
            m_optedOut.insert(entry.userId);
        }
    }
    return {};
}

TaskSyncRow TaskSyncStore::rowFrom(const QSqlQuery& query) const
{
    const SqlDialect& dialect = m_store.dialect();
    TaskSyncRow row;
    row.id = query.value(0).toLongLong();
    row.sfdcTaskId = query.value(1).toString();
    row.origin = query.value(2).toString();
    row.content.subject = query.value(3).toString();
    row.content.dueDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    row.content.status = query.value(5).toString();
    row.content.isClosed = query.value(6).toBool();
    row.content.priority = query.value(7).toString();
    row.content.description = query.value(8).toString();
    row.content.subtype = query.value(9).toString();
    row.content.whoId = query.value(10).toString();
    row.content.whatId = query.value(11).toString();
    row.ownerUserId = query.value(12).toLongLong();
    row.content.ownerSalesforceId = m_salesforceUsers.value(row.ownerUserId);
    row.createdAt = dialect.timestampFrom(query.value(13));
    row.storedUpdatedAt = query.value(14);
    row.updatedAt = dialect.timestampFrom(row.storedUpdatedAt);
    row.sfdcModifiedAt = dialect.timestampFrom(query.value(15));
    row.pendingPush = query.value(16).toBool();
    row.deletedAt = dialect.timestampFrom(query.value(17));
    return row;
}

Result<std::optional<TaskSyncRow>> TaskSyncStore::findBySalesforceId(const QString& sfdcTaskId) const
{
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral("SELECT ") + rowColumns + QStringLiteral(" FROM tasks WHERE sfdc_task_id = :id"),
        { { QStringLiteral("id"), sfdcTaskId } });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<TaskSyncRow> {};
    }
    return std::optional<TaskSyncRow>(rowFrom(*query));
}

Result<qint64> TaskSyncStore::personOf(const QString& whoId) const
{
    if (whoId.isEmpty()) {
        return qint64(0);
    }
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral(
            "SELECT id FROM people WHERE sfdc_contact_id = :who OR sfdc_lead_id = :who ORDER BY id LIMIT 1"),
        { { QStringLiteral("who"), whoId } });
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<qint64> TaskSyncStore::insertImported(
    const SalesforceTask& task, qint64 ownerUserId, const QDateTime& now)
{
    Result<qint64> person = personOf(task.whoId);
    if (!person) {
        return person.error();
    }
    QVariantMap bindings = importedBindings(task, ownerUserId, *person);
    bindings.insert(QStringLiteral("sfid"), task.id);
    bindings.insert(QStringLiteral("origin"), toKey(TaskOrigin::Salesforce));
    bindings.insert(QStringLiteral("now"), toStoredTimestamp(now));
    Result<QSqlQuery> inserted = m_store.exec(
        QStringLiteral(
            "INSERT INTO tasks (sfdc_task_id, origin, subject, due_date, status, is_closed, priority,"
            " description, subtype, who_id, what_id, owner_user_id, sfdc_owner_id, person_id,"
            " created_at, updated_at, sfdc_modified_at, synced_at, pending_push)"
            " VALUES (:sfid, :origin, :subject, :due, :status, :closed, :priority, :description,"
            " :subtype, :who, :what, :owner, :sfowner, :person, :now, :now, :modified, :now, :pending)"
            " RETURNING id"),
        [&] {
            bindings.insert(QStringLiteral("pending"), false);
            return bindings;
        }());
    if (!inserted) {
        return inserted.error();
    }
    return inserted->next() ? inserted->value(0).toLongLong() : qint64(0);
}

Result<bool> TaskSyncStore::applyImported(qint64 rowId, const SalesforceTask& task, qint64 ownerUserId,
    const QVariant& expectedUpdatedAt, const QDateTime& now)
{
    Result<qint64> person = personOf(task.whoId);
    if (!person) {
        return person.error();
    }
    QVariantMap bindings = importedBindings(task, ownerUserId, *person);
    bindings.insert(QStringLiteral("id"), rowId);
    bindings.insert(QStringLiteral("expected"), expectedUpdatedAt);
    bindings.insert(QStringLiteral("now"), toStoredTimestamp(now));
    bindings.insert(QStringLiteral("pending"), false);
    Result<QSqlQuery> updated = m_store.exec(
        m_store.dialect().expandTokens(QStringLiteral(
            "UPDATE tasks SET subject = :subject, due_date = :due, status = :status, is_closed = :closed,"
            " priority = :priority, description = :description, who_id = :who, what_id = :what,"
            " owner_user_id = :owner, sfdc_owner_id = :sfowner, person_id = :person, updated_at = :now,"
            " sfdc_modified_at = :modified, synced_at = :now, pending_push = :pending, deleted_at = NULL"
            " WHERE id = :id AND updated_at = :expected")),
        bindings);
    if (!updated) {
        return updated.error();
    }
    return updated->numRowsAffected() > 0;
}

Result<void> TaskSyncStore::noteSeen(qint64 rowId, const QDateTime& salesforceModified)
{
    Result<QSqlQuery> updated
        = m_store.exec(QStringLiteral("UPDATE tasks SET sfdc_modified_at = :modified WHERE id = :id"),
            { { QStringLiteral("id"), rowId },
                { QStringLiteral("modified"), timestampOrNull(salesforceModified) } });
    if (!updated) {
        return updated.error();
    }
    return {};
}

Result<void> TaskSyncStore::remove(qint64 rowId)
{
    Result<QSqlQuery> removed = m_store.exec(
        QStringLiteral("DELETE FROM tasks WHERE id = :id"), { { QStringLiteral("id"), rowId } });
    if (!removed) {
        return removed.error();
    }
    return {};
}

Result<QList<TaskSyncRow>> TaskSyncStore::pending(
    PushKind kind, const QDateTime& syncStartedAt, qint64 afterId, int limit) const
{
    QString which;
    switch (kind) {
    case PushKind::Create:
        which = QStringLiteral(
            "sfdc_task_id IS NULL AND deleted_at IS NULL AND origin = :actions AND created_at >= :since");
        break;
    case PushKind::Update:
        which = QStringLiteral("sfdc_task_id IS NOT NULL AND deleted_at IS NULL");
        break;
    case PushKind::Delete:
        which = QStringLiteral("sfdc_task_id IS NOT NULL AND deleted_at IS NOT NULL");
        break;
    }
    QVariantMap bindings { { QStringLiteral("after"), afterId }, { QStringLiteral("limit"), limit } };
    if (kind == PushKind::Create) {
        bindings.insert(QStringLiteral("actions"), toKey(TaskOrigin::Actions));
        bindings.insert(QStringLiteral("since"), toStoredTimestamp(syncStartedAt));
    }
    Result<QSqlQuery> query = m_store.exec(QStringLiteral("SELECT ") + rowColumns
            + QStringLiteral(" FROM tasks WHERE pending_push = :pending AND id > :after AND ") + which
            + QStringLiteral(" ORDER BY id LIMIT :limit"),
        [&] {
            bindings.insert(QStringLiteral("pending"), true);
            return bindings;
        }());
    if (!query) {
        return query.error();
    }
    QList<TaskSyncRow> rows;
    while (query->next()) {
        rows.append(rowFrom(*query));
    }
    return rows;
}

Result<void> TaskSyncStore::markPushed(
    qint64 rowId, const QString& sfdcTaskId, const QVariant& expectedUpdatedAt, const QDateTime& now)
{
    const QVariantMap bindings { { QStringLiteral("id"), rowId }, { QStringLiteral("sfid"), sfdcTaskId },
        { QStringLiteral("expected"), expectedUpdatedAt }, { QStringLiteral("now"), toStoredTimestamp(now) },
        { QStringLiteral("pending"), false } };
    Result<QSqlQuery> linked
        = m_store.exec(QStringLiteral("UPDATE tasks SET sfdc_task_id = :sfid WHERE id = :id"), bindings);
    if (!linked) {
        return linked.error();
    }
    Result<QSqlQuery> done
        = m_store.exec(QStringLiteral("UPDATE tasks SET pending_push = :pending, synced_at = :now"
                                      " WHERE id = :id AND updated_at = :expected"),
            bindings);
    if (!done) {
        return done.error();
    }
    return {};
}

Result<void> TaskSyncStore::recordConflict(const QString& actor, const TaskConflict& conflict)
{
    QString kept;
    switch (conflict.kept) {
    case TaskConflict::Kept::Actions:
        kept = QStringLiteral("actions");
        break;
    case TaskConflict::Kept::Salesforce:
        kept = QStringLiteral("salesforce");
        break;
    case TaskConflict::Kept::SalesforceDeletion:
        kept = QStringLiteral("salesforce-deletion");
        break;
    }
    return AuditLog(m_store).append(actor, QStringLiteral("task.conflict"),
        { { QStringLiteral("task"), conflict.taskId },
            { QStringLiteral("salesforceTask"), conflict.salesforceTaskId }, { QStringLiteral("kept"), kept },
            { QStringLiteral("subject"), conflict.subject },
            { QStringLiteral("actionsEditedAt"), toStoredTimestamp(conflict.actionsEditedAt) },
            { QStringLiteral("salesforceEditedAt"), toStoredTimestamp(conflict.salesforceEditedAt) } });
}

Result<qint64> TaskSyncStore::liveCount() const
{
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral("SELECT COUNT(*) FROM tasks WHERE deleted_at IS NULL AND sfdc_deleted_at IS NULL"));
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<qint64> TaskSyncStore::waitingCount(const QDateTime& syncStartedAt) const
{
    Result<QSqlQuery> query = m_store.exec(syncStartedAt.isValid()
            ? QStringLiteral(
                "SELECT COUNT(*) FROM tasks WHERE pending_push = :pending AND (sfdc_task_id IS NOT NULL"
                " OR (origin = :actions AND deleted_at IS NULL AND created_at >= :since))")
            : QStringLiteral(
                "SELECT COUNT(*) FROM tasks WHERE pending_push = :pending AND sfdc_task_id IS NOT NULL"),
        syncStartedAt.isValid() ? QVariantMap { { QStringLiteral("pending"), true },
            { QStringLiteral("actions"), toKey(TaskOrigin::Actions) },
            { QStringLiteral("since"), toStoredTimestamp(syncStartedAt) } }
                                : QVariantMap { { QStringLiteral("pending"), true } });
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

} // namespace sia
