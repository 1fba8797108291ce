#include "sync/tasksync.h"

#include "common/timestamps.h"
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforcerelay.h"
#include "settings/settingdefinition.h"
#include "settings/settingsrepository.h"
#include "store/store.h"
#include "sync/syncprogress.h"
#include "sync/syncrunrepository.h"
#include "sync/tasksyncstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <optional>

namespace sia {

namespace {

const QString cancelledCode = QStringLiteral("tasks.cancelled");

// The checkpoint of stream "tasks.sync".
struct TaskSyncPosition
{
    QDateTime enabledAt; // the tasks.sync-started-at this position belongs to
    QDateTime updatedSince; // the next get updated window's start
    QDateTime deletedSince; // the next get deleted window's start
    // Creates sent and not yet known to have been committed here (a crash between Salesforce's answer and
    // our commit): the next run finds them in Salesforce instead of creating them twice.
    QDateTime createsSentAt;
    QList<qint64> createsInFlight;

    QJsonObject toJson() const
    {
        QJsonArray inFlight;
        for (qint64 id : createsInFlight) {
            inFlight.append(id);
        }
        QJsonObject json { { QStringLiteral("enabledAt"), toStoredTimestamp(enabledAt) },
            { QStringLiteral("updatedSince"), toStoredTimestamp(updatedSince) },
            { QStringLiteral("deletedSince"), toStoredTimestamp(deletedSince) } };
        if (!createsInFlight.isEmpty()) {
            json.insert(QStringLiteral("createsSentAt"), toStoredTimestamp(createsSentAt));
            json.insert(QStringLiteral("createsInFlight"), inFlight);
        }
        return json;
    }

    static TaskSyncPosition fromJson(const QJsonObject& json)
    {
        TaskSyncPosition position;
        position.enabledAt = fromStoredTimestamp(json.value(QStringLiteral("enabledAt")).toString());
        position.updatedSince = fromStoredTimestamp(json.value(QStringLiteral("updatedSince")).toString());
        position.deletedSince = fromStoredTimestamp(json.value(QStringLiteral("deletedSince")).toString());
        position.createsSentAt = fromStoredTimestamp(json.value(QStringLiteral("createsSentAt")).toString());
        for (const QJsonValue& id : json.value(QStringLiteral("createsInFlight")).toArray()) {
            position.createsInFlight.append(id.toInteger());
        }
        return position;
    }
};

QString idList(const QStringList& ids)
{
    QStringList quoted;
    for (const QString& id : ids) {
        // Only what has the shape of an Id reaches the query.
        if (SalesforceApi::looksLikeId(id)) {
            quoted.append(u'\'' + id + u'\'');
        }
    }
    return quoted.join(QStringLiteral(", "));
}

bool sameContent(const TaskSyncRow& row, const SalesforceTask& task)
{
    const ActionsTaskContent& c = row.content;
    return c.subject == task.subject && c.dueDate == task.activityDate && c.status == task.status
        && c.isClosed == task.isClosed && c.priority == task.priority && c.description == task.description
        && c.whoId == task.whoId && c.whatId == task.whatId;
}

bool goneInSalesforce(const QString& errorCode)
{
    return errorCode == u"ENTITY_IS_DELETED" || errorCode == u"NOT_FOUND" || errorCode == u"INVALID_ID_FIELD";
}

// One run, on the job's thread: the steps in order, each Salesforce call awaited in a local event loop
// (the thread has nothing else to do), each batch committed with the counts and the checkpoint.
class TaskSyncPass
{
    Q_DECLARE_TR_FUNCTIONS(sia::TaskSync)

public:
    TaskSyncPass(Store& store, JobContext& context, SalesforceRelay& relay, const TaskSyncOptions& options,
        SyncRun run, QDateTime enabledAt, std::optional<TaskSyncPosition> saved)
        : m_store(store)
        , m_context(context)
        , m_relay(relay)
        , m_options(options)
        , m_runs(store)
        , m_tasks(store)
        , m_run(std::move(run))
        , m_counts(m_run.counts)
        , m_enabledAt(std::move(enabledAt))
        , m_saved(std::move(saved))
    { }

    Result<void> run()
    {
        m_now = now();
        report(SyncPhase::Preparing, tr("Reading the org's task statuses"));
        if (Result<void> read = readPicklists(); !read) {
            return read;
        }
        if (Result<void> linked = linkUsers(); !linked) {
            return linked;
        }
        if (Result<void> owners = m_tasks.loadOwners(); !owners) {
            return owners;
        }
        const bool firstSinceEnabled = !m_saved || m_saved->enabledAt != m_enabledAt;
        const bool wasOnBefore = m_saved.has_value();
        m_position = m_saved.value_or(TaskSyncPosition {});
        if (Result<void> recovered = recoverCreatesInFlight(); !recovered) {
            return recovered;
        }
        report(SyncPhase::TaskImport, tr("Importing new and changed tasks from Salesforce"));
        if (firstSinceEnabled) {
            // Rule 3: the Tasks created or changed in the last 24 hours; get updated takes over from here.
            const QDateTime since = m_now.addSecs(-3600 * TaskSync::importHours);
            if (Result<void> imported = importSince(since); !imported) {
                return imported;
            }
            m_position.updatedSince = m_now.addSecs(-60 * TaskSync::replicationMarginMinutes);
            if (!wasOnBefore) {
                m_position.deletedSince = m_position.updatedSince;
            }
            m_position.enabledAt = m_enabledAt;
            if (Result<void> saved = commit([] { return Result<void> {}; }); !saved) {
                return saved;
            }
        } else if (Result<void> imported = importChanges(); !imported) {
            return imported;
        }
        if (wasOnBefore) {
            report(SyncPhase::TaskDeletions, tr("Removing the tasks deleted in Salesforce"));
            if (Result<void> removed = applyDeletions(); !removed) {
                return removed;
            }
        }
        report(SyncPhase::TaskPush, tr("Sending the tasks changed in Actions to Salesforce"));
        for (PushKind kind : { PushKind::Delete, PushKind::Update, PushKind::Create }) {
            if (Result<void> pushed = push(kind); !pushed) {
                return pushed;
            }
        }
        report(SyncPhase::Finishing, tr("Finishing"));
        return {};
    }

    SyncCounts counts() const { return m_counts; }
    int conflicts() const { return m_conflicts; }
    qint64 calls() const { return m_calls; }

private:
    QDateTime now() const
    {
        return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
    }

    static Error cancelled() { return Error::rule(cancelledCode, tr("The task sync was cancelled.")); }

    void report(SyncPhase phase, const QString& stage)
    {
        m_phase = phase;
        m_stage = stage;
        SyncProgress progress;
        progress.runId = m_run.id;
        progress.kind = SyncKind::Tasks;
        progress.phase = phase;
        progress.counts = m_counts;
        progress.apiCallsUsed = m_calls;
        m_context.reportProgress(m_counts.processed, m_counts.total, stage, progress.toJson());
    }

    void reportCounts() { report(m_phase, m_stage); }

    // One Salesforce call, awaited here; a cancel abandons it (its answer is then dropped).
    template<typename T> Result<T> await(SalesforceRelay::Work<T> work)
    {
        if (m_context.isCancelled()) {
            return cancelled();
        }
        std::optional<Result<T>> answer;
        QEventLoop loop;
        {
            QObject receiver;
            ++m_calls;
            m_relay.call<T>(
                &receiver,
                [&](Result<T> outcome) {
                    answer.emplace(std::move(outcome));
                    loop.quit();
                },
                std::move(work));
            QTimer watch;
            watch.setInterval(100);
            QObject::connect(&watch, &QTimer::timeout, &loop, [&]() {
                if (m_context.isCancelled()) {
                    loop.quit();
                }
            });
            QTimer heartbeat;
            heartbeat.setInterval(m_options.heartbeat);
            QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&]() {
                // A long wait on Salesforce must not look like a dead process.
                (void)m_store.transaction([&]() { return m_runs.saveProgress(m_run.id, m_counts); });
            });
            watch.start();
            heartbeat.start();
            if (!answer) {
                loop.exec();
            }
        }
        if (!answer) {
            return cancelled();
        }
        return std::move(*answer);
    }

    Result<SalesforceQueryResult> query(const QString& soql)
    {
        return await<SalesforceQueryResult>([soql](SalesforceApi& api, QObject* context,
                                                std::function<void(Result<SalesforceQueryResult>)> done) {
            api.query(soql, context, std::move(done));
        });
    }

    // work's writes, the counts and the checkpoint in one transaction.
    Result<void> commit(const std::function<Result<void>()>& work)
    {
        Result<void> done = m_store.transaction([&]() -> Result<void> {
            if (Result<void> written = work(); !written) {
                return written;
            }
            if (Result<void> saved
                = m_runs.saveCheckpoint(QString::fromLatin1(TaskSync::stream), m_run.id, m_position.toJson());
                !saved) {
                return saved;
            }
            return m_runs.saveProgress(m_run.id, m_counts);
        });
        reportCounts();
        return done;
    }

    Result<void> readPicklists()
    {
        Result<SalesforceQueryResult> statuses = query(QStringLiteral(
            "SELECT MasterLabel, IsClosed, IsDefault, SortOrder FROM TaskStatus ORDER BY SortOrder"));
        if (!statuses) {
            return statuses.error();
        }
        Result<SalesforceQueryResult> priorities = query(QStringLiteral(
            "SELECT MasterLabel, IsHighPriority, IsDefault, SortOrder FROM TaskPriority ORDER BY SortOrder"));
        if (!priorities) {
            return priorities.error();
        }
        m_picklists = OrgTaskPicklists::fromOrgRecords(statuses->records, priorities->records);
        return m_store.transaction([&]() {
            return m_runs.saveCheckpoint(
                QString::fromLatin1(TaskSync::picklistStream), m_run.id, m_picklists.toJson());
        });
    }

    // The org's active users by email: a Task's owner is an Actions user of the same email.
    Result<void> linkUsers()
    {
        Result<SalesforceQueryResult> users
            = query(QStringLiteral("SELECT Id, Email FROM User WHERE IsActive = true"));
        if (!users) {
            return users.error();
        }
        QList<QPair<QString, QString>> pairs;
        for (const QJsonObject& user : users->records) {
            pairs.append({ user.value(QStringLiteral("Id")).toString(),
                user.value(QStringLiteral("Email")).toString() });
        }
        return m_store.transaction([&]() -> Result<void> {
            Result<int> linked = m_tasks.linkSalesforceUsers(pairs);
            if (!linked) {
                return linked.error();
            }
            return {};
        });
    }

    // Rule 3's first import.
    Result<void> importSince(const QDateTime& since)
    {
        Result<SalesforceQueryResult> recent = query(QStringLiteral("SELECT ") + TaskMapping::selectFields()
            + QStringLiteral(" FROM Task WHERE LastModifiedDate >= ") + SalesforceApi::soqlDateTime(since));
        if (!recent) {
            return recent.error();
        }
        return applyRecords(recent->records);
    }

    // Get updated from the checkpoint, window after window, up to now.
    Result<void> importChanges()
    {
        const QDateTime oldest = m_now.addDays(-TaskSync::replicationDays).addSecs(120);
        if (!m_position.updatedSince.isValid() || m_position.updatedSince < oldest) {
            // Off for longer than Salesforce remembers changes: start over as on the first run.
            const QDateTime since = m_now.addSecs(-3600 * TaskSync::importHours);
            if (Result<void> imported = importSince(since); !imported) {
                return imported;
            }
            m_position.updatedSince = m_now.addSecs(-60 * TaskSync::replicationMarginMinutes);
            return commit([] { return Result<void> {}; });
        }
        while (true) {
            const QDateTime start = m_position.updatedSince;
            const QDateTime end = qMin(m_now, start.addDays(TaskSync::replicationDays));
            // Salesforce counts whole minutes: a window shorter than one (or a clock that went back) has
            // nothing to say yet.
            if (end.secsTo(start) > -60) {
                return {};
            }
            Result<SalesforceUpdated> updated
                = await<SalesforceUpdated>([start, end](SalesforceApi& api, QObject* context,
                                               std::function<void(Result<SalesforceUpdated>)> done) {
                      api.updated(QStringLiteral("Task"), start, end, context, std::move(done));
                  });
            if (!updated) {
                return updated.error();
            }
            for (qsizetype at = 0; at < updated->ids.size(); at += TaskSync::idsPerQuery) {
                const QStringList chunk = updated->ids.mid(at, TaskSync::idsPerQuery);
                Result<SalesforceQueryResult> records
                    = query(QStringLiteral("SELECT ") + TaskMapping::selectFields()
                        + QStringLiteral(" FROM Task WHERE Id IN (") + idList(chunk) + u')');
                if (!records) {
                    return records.error();
                }
                if (Result<void> applied = applyRecords(records->records); !applied) {
                    return applied;
                }
            }
            // Never from `end`: replication can lag behind it.
            const QDateTime covered
                = updated->latestDateCovered.isValid() ? updated->latestDateCovered : start;
            const bool moved = covered > m_position.updatedSince;
            if (moved) {
                m_position.updatedSince = covered;
                if (Result<void> saved = commit([] { return Result<void> {}; }); !saved) {
                    return saved;
                }
            }
            if (!moved || covered >= m_now.addSecs(-60)) {
                return {};
            }
        }
    }

    Result<void> applyRecords(const QList<QJsonObject>& records)
    {
        for (qsizetype at = 0; at < records.size(); at += TaskSync::batchSize) {
            if (m_context.isCancelled()) {
                return cancelled();
            }
            const QList<QJsonObject> batch = records.mid(at, TaskSync::batchSize);
            const SyncCounts before = m_counts;
            const int conflictsBefore = m_conflicts;
            Result<void> done = commit([&]() -> Result<void> {
                for (const QJsonObject& record : batch) {
                    if (Result<void> applied = applyRecord(record); !applied) {
                        return applied;
                    }
                }
                return {};
            });
            if (!done) {
                m_counts = before;
                m_conflicts = conflictsBefore;
                return done;
            }
        }
        return {};
    }

    Result<void> applyRecord(const QJsonObject& record)
    {
        const std::optional<SalesforceTask> task = TaskMapping::fromRecord(record);
        if (!task) {
            return {};
        }
        ++m_counts.processed;
        const qint64 owner = m_tasks.ownerOf(task->ownerId);
        if (m_tasks.optedOut(owner)) {
            ++m_counts.skipped;
            return {};
        }
        Result<std::optional<TaskSyncRow>> existing = m_tasks.findBySalesforceId(task->id);
        if (!existing) {
            return existing.error();
        }
        const QDateTime at = now();
        if (!*existing) {
            Result<qint64> inserted = m_tasks.insertImported(*task, owner, at);
            if (!inserted) {
                return inserted.error();
            }
            ++m_counts.created;
            return {};
        }
        const TaskSyncRow& row = **existing;
        if (row.sfdcModifiedAt.isValid() && task->lastModified.isValid()
            && task->lastModified <= row.sfdcModifiedAt) {
            ++m_counts.unchanged; // seen already (an echo of our own push)
            return {};
        }
        if (row.pendingPush) {
            // Changed on both sides since the last sync.
            const QDateTime actionsEdit = row.deletedAt.isValid() ? row.deletedAt : row.updatedAt;
            const ConflictWinner winner = TaskMapping::resolveConflict(actionsEdit, task->lastModified);
            ++m_conflicts;
            const TaskConflict conflict { row.id, task->id,
                winner == ConflictWinner::Salesforce ? TaskConflict::Kept::Salesforce
                                                     : TaskConflict::Kept::Actions,
                row.content.subject, actionsEdit, task->lastModified };
            if (Result<void> audited = m_tasks.recordConflict(m_options.actor, conflict); !audited) {
                return audited;
            }
            if (winner == ConflictWinner::Actions) {
                ++m_counts.unchanged;
                return m_tasks.noteSeen(row.id, task->lastModified); // the push sends Actions' version
            }
        } else if (sameContent(row, *task)) {
            ++m_counts.unchanged;
            return m_tasks.noteSeen(row.id, task->lastModified);
        }
        Result<bool> applied = m_tasks.applyImported(row.id, *task, owner, row.storedUpdatedAt, at);
        if (!applied) {
            return applied.error();
        }
        ++(*applied ? m_counts.updated : m_counts.unchanged);
        return {};
    }

    Result<void> applyDeletions()
    {
        const QDateTime oldest = m_now.addDays(-TaskSync::deletionDays);
        while (true) {
            const QDateTime start = qMax(
                m_position.deletedSince.isValid() ? m_position.deletedSince : oldest, oldest.addSecs(60));
            const QDateTime end = m_now;
            if (end.secsTo(start) > -60) {
                return {};
            }
            Result<SalesforceDeleted> deleted
                = await<SalesforceDeleted>([start, end](SalesforceApi& api, QObject* context,
                                               std::function<void(Result<SalesforceDeleted>)> done) {
                      api.deleted(QStringLiteral("Task"), start, end, context, std::move(done));
                  });
            if (!deleted) {
                return deleted.error();
            }
            const QDateTime covered
                = deleted->latestDateCovered.isValid() ? deleted->latestDateCovered : start;
            const SyncCounts before = m_counts;
            Result<void> done = commit([&]() -> Result<void> {
                for (const auto& [id, deletedAt] : deleted->records) {
                    if (deletedAt.isValid() && deletedAt < oldest) {
                        continue; // rule 4: only the last 15 days
                    }
                    Result<std::optional<TaskSyncRow>> row = m_tasks.findBySalesforceId(id);
                    if (!row) {
                        return row.error();
                    }
                    if (!*row) {
                        continue;
                    }
                    ++m_counts.processed;
                    if ((*row)->pendingPush && !(*row)->deletedAt.isValid()) {
                        // Edited in Actions, deleted in Salesforce: the deletion stands (there is no record
                        // left to update; the audit log keeps what was edited).
                        ++m_conflicts;
                        const TaskConflict conflict { (*row)->id, id, TaskConflict::Kept::SalesforceDeletion,
                            (*row)->content.subject, (*row)->updatedAt, deletedAt };
                        if (Result<void> audited = m_tasks.recordConflict(m_options.actor, conflict);
                            !audited) {
                            return audited;
                        }
                    }
                    if (Result<void> removed = m_tasks.remove((*row)->id); !removed) {
                        return removed;
                    }
                    ++m_counts.deleted;
                }
                if (covered > m_position.deletedSince || !m_position.deletedSince.isValid()) {
                    m_position.deletedSince = covered;
                }
                return {};
            });
            if (!done) {
                m_counts = before;
                return done;
            }
            if (covered <= start || covered >= m_now.addSecs(-60)) {
                return {};
            }
        }
    }

    // A crash between Salesforce's answer to a create and our commit left Tasks in Salesforce that Actions
    // does not know are its own: find them (created since the call, same subject, due date and person)
    // and link them, so that nothing is created twice.
    Result<void> recoverCreatesInFlight()
    {
        if (m_position.createsInFlight.isEmpty()) {
            return {};
        }
        Result<SalesforceQueryResult> created = query(QStringLiteral("SELECT ") + TaskMapping::selectFields()
            + QStringLiteral(" FROM Task WHERE CreatedDate >= ")
            + SalesforceApi::soqlDateTime(m_position.createsSentAt.addSecs(-120)));
        if (!created) {
            return created.error();
        }
        QList<SalesforceTask> candidates;
        for (const QJsonObject& record : created->records) {
            if (std::optional<SalesforceTask> task = TaskMapping::fromRecord(record)) {
                Result<std::optional<TaskSyncRow>> linked = m_tasks.findBySalesforceId(task->id);
                if (!linked) {
                    return linked.error();
                }
                if (!*linked) {
                    candidates.append(*task);
                }
            }
        }
        const QList<qint64> inFlight = m_position.createsInFlight;
        return commit([&]() -> Result<void> {
            Result<QList<TaskSyncRow>> rows = m_tasks.pending(PushKind::Create, m_enabledAt, 0, 100000);
            if (!rows) {
                return rows.error();
            }
            for (const TaskSyncRow& row : *rows) {
                if (!inFlight.contains(row.id)) {
                    continue;
                }
                for (qsizetype i = 0; i < candidates.size(); ++i) {
                    const SalesforceTask& task = candidates.at(i);
                    if (task.subject == row.content.subject && task.activityDate == row.content.dueDate
                        && task.whoId == row.content.whoId) {
                        if (Result<void> marked
                            = m_tasks.markPushed(row.id, task.id, row.storedUpdatedAt, task.lastModified);
                            !marked) {
                            return marked;
                        }
                        candidates.removeAt(i);
                        break;
                    }
                }
            }
            m_position.createsInFlight.clear();
            return {};
        });
    }

    Result<void> push(PushKind kind)
    {
        qint64 after = 0;
        while (true) {
            if (m_context.isCancelled()) {
                return cancelled();
            }
            Result<QList<TaskSyncRow>> rows = m_tasks.pending(kind, m_enabledAt, after, TaskSync::batchSize);
            if (!rows) {
                return rows.error();
            }
            if (rows->isEmpty()) {
                return {};
            }
            after = rows->constLast().id;
            QList<TaskSyncRow> batch;
            for (const TaskSyncRow& row : std::as_const(*rows)) {
                if (m_tasks.optedOut(row.ownerUserId)) {
                    ++m_counts.skipped;
                } else {
                    batch.append(row);
                }
            }
            if (batch.isEmpty()) {
                continue;
            }
            if (Result<void> sent = pushBatch(kind, batch); !sent) {
                return sent;
            }
        }
    }

    Result<void> pushBatch(PushKind kind, const QList<TaskSyncRow>& batch)
    {
        QList<QJsonObject> records;
        QStringList ids;
        QList<bool> whatDropped;
        for (const TaskSyncRow& row : batch) {
            bool dropped = false;
            if (kind == PushKind::Delete) {
                ids.append(row.sfdcTaskId);
            } else {
                records.append(TaskMapping::toRecord(row.content, m_picklists,
                    kind == PushKind::Update ? row.sfdcTaskId : QString(), &dropped));
            }
            whatDropped.append(dropped);
        }
        if (kind == PushKind::Create) {
            // Written down before the call: see recoverCreatesInFlight().
            m_position.createsSentAt = now();
            for (const TaskSyncRow& row : batch) {
                m_position.createsInFlight.append(row.id);
            }
            if (Result<void> noted = commit([] { return Result<void> {}; }); !noted) {
                return noted;
            }
        }
        using Results = QList<SalesforceSaveResult>;
        Result<Results> results = await<Results>([kind, records, ids](SalesforceApi& api, QObject* context,
                                                     std::function<void(Result<Results>)> done) {
            switch (kind) {
            case PushKind::Create:
                api.createRecords(records, false, context, std::move(done));
                break;
            case PushKind::Update:
                api.updateRecords(records, false, context, std::move(done));
                break;
            case PushKind::Delete:
                api.deleteRecords(ids, false, context, std::move(done));
                break;
            }
        });
        if (!results) {
            return results.error(); // the rows stay waiting: sent again next run
        }
        if (results->size() != batch.size()) {
            return Error::environment(QStringLiteral("salesforce.collection-answer"),
                tr("Salesforce answered %1 results for %2 tasks sent. The tasks stay waiting and are sent "
                   "again on the next run.")
                    .arg(results->size())
                    .arg(batch.size()));
        }
        // Salesforce's own LastModifiedDate of what was written, so that the next import knows its echo.
        QHash<QString, QDateTime> modified;
        if (kind != PushKind::Delete) {
            QStringList written;
            for (const SalesforceSaveResult& result : *results) {
                if (result.success) {
                    written.append(result.id);
                }
            }
            if (!written.isEmpty()) {
                Result<SalesforceQueryResult> read
                    = query(QStringLiteral("SELECT Id, LastModifiedDate FROM Task WHERE Id IN (")
                        + idList(written) + u')');
                if (read) {
                    for (const QJsonObject& record : read->records) {
                        modified.insert(record.value(QStringLiteral("Id")).toString(),
                            SalesforceApi::parseDateTime(
                                record.value(QStringLiteral("LastModifiedDate")).toString()));
                    }
                }
                // Without the read the echo is compared by content next time: nothing is lost.
            }
        }
        const SyncCounts before = m_counts;
        Result<void> done = commit([&]() -> Result<void> {
            const QDateTime at = now();
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const TaskSyncRow& row = batch.at(i);
                const SalesforceSaveResult& result = results->at(i);
                const QString recordRef = QStringLiteral("task:%1").arg(row.id);
                ++m_counts.processed;
                if (!result.success && !(kind != PushKind::Create && goneInSalesforce(result.errorCode))) {
                    ++m_counts.failed;
                    if (Result<void> noted = m_runs.recordError(m_run.id, recordRef, SyncErrorOutcome::Failed,
                            QStringLiteral("salesforce.") + result.errorCode,
                            tr("Salesforce refused the task \"%1\": %2")
                                .arg(row.content.subject, result.message));
                        !noted) {
                        return noted;
                    }
                    continue;
                }
                if (kind == PushKind::Delete || !result.success) {
                    // Deleted there now, or already gone there (deleted in Salesforce too: nothing to keep).
                    if (Result<void> removed = m_tasks.remove(row.id); !removed) {
                        return removed;
                    }
                    ++m_counts.deleted;
                    continue;
                }
                const QString sfdcId = kind == PushKind::Create ? result.id : row.sfdcTaskId;
                if (Result<void> marked = m_tasks.markPushed(row.id, sfdcId, row.storedUpdatedAt, at);
                    !marked) {
                    return marked;
                }
                if (Result<void> seen = m_tasks.noteSeen(row.id, modified.value(sfdcId)); !seen) {
                    return seen;
                }
                ++(kind == PushKind::Create ? m_counts.created : m_counts.updated);
                if (whatDropped.at(i)) {
                    if (Result<void> noted = m_runs.recordError(m_run.id, recordRef,
                            SyncErrorOutcome::Skipped, QStringLiteral("tasks.what-id-dropped"),
                            tr("The task \"%1\" is about a lead, so Salesforce cannot also relate it to an "
                               "account or "
                               "opportunity: it was saved without that relation.")
                                .arg(row.content.subject));
                        !noted) {
                        return noted;
                    }
                }
            }
            if (kind == PushKind::Create) {
                m_position.createsInFlight.clear();
            }
            return {};
        });
        if (!done) {
            m_counts = before;
        }
        return done;
    }

    Store& m_store;
    JobContext& m_context;
    SalesforceRelay& m_relay;
    const TaskSyncOptions& m_options;
    SyncRunRepository m_runs;
    TaskSyncStore m_tasks;
    SyncRun m_run;
    SyncCounts m_counts;
    QDateTime m_enabledAt;
    std::optional<TaskSyncPosition> m_saved;
    TaskSyncPosition m_position;
    OrgTaskPicklists m_picklists;
    QDateTime m_now;
    SyncPhase m_phase = SyncPhase::Preparing;
    QString m_stage;
    int m_conflicts = 0;
    qint64 m_calls = 0;
};

} // namespace

TaskSync::TaskSync(SalesforceRelay& relay, TaskSyncOptions options)
    : m_relay(relay)
    , m_options(std::move(options))
{ }

Error TaskSync::syncIsOff()
{
    return Error::rule(QStringLiteral("tasks.sync-off"),
        tr("The task sync is off. Turn it on in Salesforce Sync Settings (Tasks and reminders), or with "
           "\"sia-admin settings set tasks.sync tasks-and-reminders\"."));
}

Result<JobEnding> TaskSync::run(Store& store, JobContext& context)
{
    SettingsRepository settings(store);
    Result<QString> mode = settings.get<QString>(SettingKey::TaskSync);
    if (!mode) {
        return mode.error();
    }
    if (*mode == u"off") {
        return syncIsOff();
    }
    Result<QDateTime> enabledAt = settings.get<QDateTime>(SettingKey::TaskSyncStartedAt);
    if (!enabledAt) {
        return enabledAt.error();
    }
    SyncRunRepository runs(store);
    if (!enabledAt->isValid()) {
        // Turned on without the moment being recorded (by an older version): from now on, then.
        const QDateTime at = QDateTime::currentDateTimeUtc();
        if (Result<void> set = settings.set(SettingKey::TaskSyncStartedAt, at, m_options.actor); !set) {
            return set.error();
        }
        *enabledAt = at;
    }
    Result<std::optional<QJsonObject>> saved = runs.checkpoint(QString::fromLatin1(stream));
    if (!saved) {
        return saved.error();
    }
    Result<std::optional<SyncRun>> unfinished = runs.unfinished(SyncKind::Tasks);
    if (!unfinished) {
        return unfinished.error();
    }
    Result<SyncRun> run
        = *unfinished ? runs.resume((*unfinished)->id) : runs.begin(SyncKind::Tasks, m_options.actor);
    if (!run) {
        return run.error();
    }
    m_runId = run->id;
    std::optional<TaskSyncPosition> position;
    if (*saved) {
        position = TaskSyncPosition::fromJson(**saved);
    }
    TaskSyncPass pass(store, context, m_relay, m_options, *run, *enabledAt, position);
    const Result<void> outcome = pass.run();

    SyncRunState state = SyncRunState::Completed;
    QString message;
    const int conflicts = pass.conflicts();
    if (!outcome && outcome.error().code == cancelledCode) {
        state = SyncRunState::Cancelled;
    } else if (!outcome) {
        state = SyncRunState::Failed;
        message = outcome.error().message;
    } else {
        const SyncCounts c = pass.counts();
        const int failed = int(c.failed);
        message = failed > 0
            ? tr("%n task(s) could not be written to Salesforce; they are sent again on the next run.",
                nullptr, failed)
            : tr("Actions and Salesforce agree.");
        if (conflicts > 0) {
            message += u' '
                + tr("%n task(s) had changed on both sides: the later edit was kept (see the audit log).",
                    nullptr, conflicts);
        }
    }
    if (Result<void> ended = runs.finish(run->id, state, pass.counts(), message); !ended && outcome) {
        return ended.error();
    }
    if (state == SyncRunState::Cancelled) {
        return JobEnding::Cancelled;
    }
    if (!outcome) {
        return outcome.error();
    }
    return JobEnding::Completed;
}

} // namespace sia
