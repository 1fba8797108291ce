#include "sandbox/salesforce/taskstore.h"

#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/salesforcetime.h"
#include "sandbox/salesforce/tasksoqlrecord.h"
#include "sandbox/salesforceid.h"

#include <random>

namespace sia::sandbox::salesforce {

TaskStore::TaskStore(Clock clock, TaskReferences references, ParentLookup parents)
    : m_clock(std::move(clock))
    , m_references(std::move(references))
    , m_parents(std::move(parents))
{ }

QDateTime TaskStore::earliestDateAvailable() const
{
    const QDateTime windowStart = truncateToMinute(now()).addDays(-ReplicationWindow::maximumDays);
    return m_purgedUpTo.isValid() ? qMax(m_purgedUpTo, windowStart) : windowStart;
}

QDateTime TaskStore::now() const
{
    const QDateTime at = m_clock().toUTC();
    return at.addMSecs(-at.time().msec());
}

void TaskStore::touch(TaskRecord& task, const QString& userId)
{
    const QDateTime at = now();
    task.lastModifiedDate = at;
    task.lastModifiedById = userId;
    task.systemModstamp = at;
}

SfResult<QString> TaskStore::create(const QJsonObject& body, const QString& userId)
{
    purgeRecycleBin();
    SfResult<TaskChanges> changes = TaskFields::read(body, TaskFields::Operation::Create, m_references);
    if (!changes) {
        return changes.error();
    }
    TaskRecord task;
    task.ownerId = userId; // Salesforce assigns a new task to the user who creates it
    changes->applyTo(task);
    if (std::optional<SalesforceError> refused = TaskFields::checkRelations(task)) {
        return *refused;
    }
    task.createdDate = now();
    task.createdById = userId;
    touch(task, userId);
    return insert(std::move(task)).id;
}

SfResult<void> TaskStore::update(const QString& id, const QJsonObject& body, const QString& userId)
{
    purgeRecycleBin();
    TaskRecord* task = findMutable(id);
    if (!task) {
        return SalesforceError::notFound();
    }
    if (!m_sharing.canSee(userId, *task)) {
        // A task the user cannot see is one they have no right to write (Salesforce's answer to a write
        // without edit access; the record's existence is not hidden further).
        return SalesforceError::insufficientAccess();
    }
    if (task->isDeleted) {
        return SalesforceError::entityIsDeleted();
    }
    SfResult<TaskChanges> changes = TaskFields::read(body, TaskFields::Operation::Update, m_references);
    if (!changes) {
        return changes.error();
    }
    TaskRecord changed = *task;
    changes->applyTo(changed);
    if (std::optional<SalesforceError> refused = TaskFields::checkRelations(changed)) {
        return *refused;
    }
    *task = std::move(changed);
    touch(*task, userId);
    return {};
}

SfResult<void> TaskStore::remove(const QString& id, const QString& userId)
{
    purgeRecycleBin();
    TaskRecord* task = findMutable(id);
    if (!task) {
        return SalesforceError::notFound();
    }
    if (!m_sharing.canSee(userId, *task)) {
        return SalesforceError::insufficientAccess();
    }
    if (task->isDeleted) {
        return SalesforceError::entityIsDeleted();
    }
    task->isDeleted = true;
    // The deletion moves SystemModstamp (get-deleted's deletedDate), not LastModifiedDate.
    task->systemModstamp = now();
    return {};
}

const TaskRecord* TaskStore::find(const QString& id) const
{
    const QString normalized = RecordIds::normalize(id);
    const std::optional<sia::sandbox::SalesforceId> parsed = sia::sandbox::SalesforceId::parse(normalized);
    if (!parsed || parsed->keyPrefix != RecordIds::taskPrefix || parsed->number < 1
        || parsed->number > qint64(m_tasks.size())) {
        return nullptr;
    }
    const std::optional<TaskRecord>& task = m_tasks[size_t(parsed->number - 1)];
    return task ? &*task : nullptr;
}

const TaskRecord* TaskStore::taskAt(qint64 position) const
{
    if (position < 0 || position >= qint64(m_tasks.size()) || !m_tasks[size_t(position)]) {
        return nullptr;
    }
    return &*m_tasks[size_t(position)];
}

TaskRecord* TaskStore::findMutable(const QString& id)
{
    return const_cast<TaskRecord*>(find(id));
}

const TaskRecord& TaskStore::insert(TaskRecord task)
{
    task.number = qint64(m_tasks.size()) + 1;
    task.id = RecordIds::make(RecordIds::taskPrefix, task.number);
    m_tasks.push_back(std::move(task));
    return *m_tasks.back();
}

qint64 TaskStore::liveCount() const
{
    return std::count_if(
        m_tasks.begin(), m_tasks.end(), [](const auto& task) { return task && !task->isDeleted; });
}

QStringList TaskStore::mutate(qint64 count, bool deleteThem, const QString& userId, quint64 draw)
{
    purgeRecycleBin();
    std::vector<qint64> living;
    for (const auto& task : m_tasks) {
        if (task && !task->isDeleted) {
            living.push_back(task->number - 1);
        }
    }
    std::mt19937_64 random(draw);
    std::shuffle(living.begin(), living.end(), random);
    QStringList changed;
    for (qint64 i = 0; i < qMin<qint64>(count, qint64(living.size())); ++i) {
        TaskRecord& task = *m_tasks[size_t(living[size_t(i)])];
        if (deleteThem) {
            task.isDeleted = true;
            task.systemModstamp = now();
        } else {
            const int next
                = (TaskPicklists::statuses.indexOf(task.status) + 1) % TaskPicklists::statuses.size();
            task.status = TaskPicklists::statuses.at(next);
            task.activityDate = now().date().addDays(qint64(random() % 14));
            touch(task, userId);
        }
        changed << task.id;
    }
    return changed;
}

SfResult<ReplicationWindow> TaskStore::window(const QDateTime& start, const QDateTime& end) const
{
    return ReplicationWindow::open(start, end, now(), m_replicationLagSeconds);
}

SfResult<UpdatedWindow> TaskStore::updated(
    const QDateTime& start, const QDateTime& end, const QString& userId)
{
    purgeRecycleBin();
    SfResult<ReplicationWindow> covered = window(start, end);
    if (!covered) {
        return covered.error();
    }
    UpdatedWindow window;
    window.latestDateCovered = covered->latestDateCovered();
    for (const auto& task : m_tasks) {
        if (task && !task->isDeleted && covered->covers(task->systemModstamp)
            && m_sharing.canSee(userId, *task)) {
            window.ids << task->id;
        }
    }
    if (window.ids.size() > maximumReplicationIds) {
        return SalesforceError::make(400, QStringLiteral("EXCEEDED_ID_LIMIT"),
            QStringLiteral("record limit reached. cannot submit more than %1 records into this call")
                .arg(maximumReplicationIds));
    }
    return window;
}

SfResult<DeletedWindow> TaskStore::deleted(
    const QDateTime& start, const QDateTime& end, const QString& userId)
{
    purgeRecycleBin();
    SfResult<ReplicationWindow> covered = window(start, end);
    if (!covered) {
        return covered.error();
    }
    DeletedWindow window;
    window.latestDateCovered = covered->latestDateCovered();
    window.earliestDateAvailable = earliestDateAvailable();
    if (covered->from() < window.earliestDateAvailable) {
        // Deletions after `from` may already be purged: the caller must sync everything again.
        return ReplicationWindow::invalidDate(
            QStringLiteral("startDate is before the earliestDateAvailable: %1")
                .arg(formatDateTime(window.earliestDateAvailable)));
    }
    for (const auto& task : m_tasks) {
        if (task && task->isDeleted && covered->covers(task->systemModstamp)
            && m_sharing.canSee(userId, *task)) {
            window.records.append({ task->id, task->systemModstamp });
        }
    }
    if (window.records.size() > maximumReplicationIds) {
        return SalesforceError::make(400, QStringLiteral("EXCEEDED_ID_LIMIT"),
            QStringLiteral("record limit reached. cannot submit more than %1 records into this call")
                .arg(maximumReplicationIds));
    }
    return window;
}

void TaskStore::purgeRecycleBin()
{
    const QDateTime cutoff = now().addDays(-recycleBinDays);
    for (auto& task : m_tasks) {
        if (task && task->isDeleted && task->systemModstamp < cutoff) {
            // Nothing deleted at or before this minute can be reported any more.
            const QDateTime purged = truncateToMinute(task->systemModstamp).addSecs(60);
            m_purgedUpTo = m_purgedUpTo.isValid() ? qMax(m_purgedUpTo, purged) : purged;
            task.reset();
        }
    }
}

void TaskStore::restore(Snapshot snapshot)
{
    m_tasks = std::move(snapshot.tasks);
    m_purgedUpTo = snapshot.purgedUpTo;
}

void TaskStore::clear()
{
    m_tasks.clear();
    m_purgedUpTo = QDateTime();
}

std::shared_ptr<const SoqlRecord> TaskStore::recordAt(qint64 position) const
{
    if (position < 0 || position >= qint64(m_tasks.size()) || !m_tasks[size_t(position)]) {
        return nullptr;
    }
    return std::make_shared<TaskSoqlRecord>(*m_tasks[size_t(position)], &m_parents);
}

void TaskStore::scan(
    qint64 from, qint64 to, const std::function<bool(qint64, const SoqlRecord&)>& visit) const
{
    const qint64 end = qMin(to, qint64(m_tasks.size()));
    for (qint64 position = qMax<qint64>(0, from); position < end; ++position) {
        const auto& task = m_tasks[size_t(position)];
        if (!task) {
            continue;
        }
        const TaskSoqlRecord record(*task, &m_parents);
        if (!visit(position, record)) {
            return;
        }
    }
}

} // namespace sia::sandbox::salesforce
