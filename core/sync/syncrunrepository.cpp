#include "sync/syncrunrepository.h"

#include "common/csvwriter.h"
#include "common/timestamps.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace sia {

namespace {

const QString runColumns = QStringLiteral(
    "SELECT id, kind, state, started_by, started_at, finished_at, total, processed, created, updated,"
    " unchanged, deleted, skipped, failed, message, heartbeat_at, owner FROM sync_runs");

const QString errorColumns
    = QStringLiteral("SELECT id, run_id, at, record_ref, outcome, code, message FROM sync_errors");

// Rows of an error export read at a time: the file may hold hundreds of thousands of skipped people.
constexpr int exportPage = 1000;

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// This process, as sync_runs.owner names it: the machine and the process id. Another process (on this
// machine or on another admin's, with a shared PostgreSQL database) sees whether it is the owner.
QString thisProcess()
{
    return QSysInfo::machineHostName() + QLatin1Char(':')
        + QString::number(QCoreApplication::applicationPid());
}

SyncRun runFrom(const QSqlQuery& query, const SqlDialect& dialect)
{
    SyncRun run;
    run.id = query.value(0).toLongLong();
    run.kind = fromKey<SyncKind>(query.value(1).toString()).value_or(SyncKind::PeopleInitial);
    // A state this build does not know was written by a newer one: not ours to resume.
    run.state = fromKey<SyncRunState>(query.value(2).toString()).value_or(SyncRunState::Failed);
    run.startedBy = query.value(3).toString();
    run.startedAt = dialect.timestampFrom(query.value(4));
    run.finishedAt = dialect.timestampFrom(query.value(5));
    run.counts.total = query.value(6).isNull() ? -1 : query.value(6).toLongLong();
    run.counts.processed = query.value(7).toLongLong();
    run.counts.created = query.value(8).toLongLong();
    run.counts.updated = query.value(9).toLongLong();
    run.counts.unchanged = query.value(10).toLongLong();
    run.counts.deleted = query.value(11).toLongLong();
    run.counts.skipped = query.value(12).toLongLong();
    run.counts.failed = query.value(13).toLongLong();
    run.message = query.value(14).toString();
    run.heartbeatAt = dialect.timestampFrom(query.value(15));
    run.owner = query.value(16).toString();
    return run;
}

QVariantMap countBindings(const SyncCounts& counts)
{
    return { { QStringLiteral("total"),
                 counts.total < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(counts.total) },
        { QStringLiteral("processed"), counts.processed }, { QStringLiteral("created"), counts.created },
        { QStringLiteral("updated"), counts.updated }, { QStringLiteral("unchanged"), counts.unchanged },
        { QStringLiteral("deleted"), counts.deleted }, { QStringLiteral("skipped"), counts.skipped },
        { QStringLiteral("failed"), counts.failed } };
}

const QString setCounts = QStringLiteral(
    "total = :total, processed = :processed, created = :created, updated = :updated, unchanged = :unchanged,"
    " deleted = :deleted, skipped = :skipped, failed = :failed");

Error noSuchRun(qint64 runId)
{
    return Error::notFound(QStringLiteral("sync.no-such-run"),
        QCoreApplication::translate("sia::SyncRunRepository",
            "There is no sync run %1. List the runs with \"sia-admin sync history\".")
            .arg(runId));
}

Error takenOver(const SyncRun& run)
{
    return Error::rule(QStringLiteral("sync.taken-over"),
        QCoreApplication::translate("sia::SyncRunRepository",
            "Sync run %1 is now run by another process (%2), which took it over when this one stopped "
            "answering. This process stops; nothing it wrote is lost.")
            .arg(run.id)
            .arg(run.owner));
}

Error noLongerRunning(const SyncRun& run)
{
    return Error::rule(QStringLiteral("sync.not-running"),
        QCoreApplication::translate("sia::SyncRunRepository",
            "Sync run %1 is %2, no longer running: this process's last batch was not recorded, and "
            "resuming the run fetches it again.")
            .arg(run.id)
            .arg(toKey(run.state)));
}

Result<QDateTime> databaseNow(const Store& store)
{
    // The database's clock, not this machine's: the heartbeats of a shared PostgreSQL database come from
    // every admin's process, and their clocks need not agree.
    Result<QSqlQuery> now = store.exec(store.dialect().expandTokens(QStringLiteral("SELECT {{now}}")));
    if (!now) {
        return now.error();
    }
    if (!now->next()) {
        return QDateTime::currentDateTimeUtc();
    }
    return store.dialect().timestampFrom(now->value(0));
}

// Whether the owner is a process of this machine that has ended (a kill, a crash): then its run need not
// wait for its heartbeat to go stale before it is resumed. Another machine's process can only be judged by
// its heartbeat; a reused process id counts as alive, and the heartbeat decides.
bool ownerHasEnded(const QString& owner)
{
    const qsizetype colon = owner.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || owner.left(colon) != QSysInfo::machineHostName()) {
        return false;
    }
    bool isNumber = false;
    const qint64 pid = owner.mid(colon + 1).toLongLong(&isNumber);
    if (!isNumber || pid <= 0 || pid == QCoreApplication::applicationPid()) {
        return false;
    }
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process) {
        return GetLastError() == ERROR_INVALID_PARAMETER; // no such process
    }
    const bool ended = WaitForSingleObject(process, 0) == WAIT_OBJECT_0;
    CloseHandle(process);
    return ended;
#else
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#endif
}

bool isStale(const SyncRun& run, const QDateTime& now)
{
    return !run.heartbeatAt.isValid()
        || run.heartbeatAt.secsTo(now) > SyncRunRepository::staleHeartbeatSeconds || ownerHasEnded(run.owner);
}

Error alreadyRunning(const SyncRun& run)
{
    return Error::rule(QStringLiteral("sync.already-running"),
        QCoreApplication::translate("sia::SyncRunRepository",
            "Sync run %1 is running in another process (%2), which was alive %3 s ago. Wait for it to "
            "finish, or pause it there.")
            .arg(run.id)
            .arg(run.owner)
            .arg(run.heartbeatAt.isValid() ? run.heartbeatAt.secsTo(QDateTime::currentDateTimeUtc()) : 0));
}

} // namespace

SyncRunRepository::SyncRunRepository(Store& store)
    : m_store(store)
{ }

Result<SyncRun> SyncRunRepository::begin(SyncKind kind, const QString& startedBy, qint64 total)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    Result<QSqlQuery> inserted = m_store.exec(
        m_store.dialect().expandTokens(QStringLiteral(
            "INSERT INTO sync_runs (kind, state, started_by, started_at, total, heartbeat_at, owner)"
            " VALUES (:kind, :state, :by, :at, :total, {{now}}, :owner) RETURNING id")),
        { { QStringLiteral("kind"), toKey(kind) }, { QStringLiteral("state"), toKey(SyncRunState::Running) },
            { QStringLiteral("by"), startedBy }, { QStringLiteral("at"), nowTimestamp() },
            { QStringLiteral("total"),
                total < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(total) },
            { QStringLiteral("owner"), thisProcess() } });
    if (!inserted) {
        return inserted.error();
    }
    if (!inserted->next()) {
        return Error::internal(QStringLiteral("store.sql"), tr("The new sync run got no id."));
    }
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    Result<std::optional<SyncRun>> created = run(id);
    if (!created) {
        return created.error();
    }
    return **created;
}

Result<void> SyncRunRepository::saveProgress(qint64 runId, const SyncCounts& counts)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable;
    }
    // Only while this process owns the run and it is running: one that was taken over after a stall must
    // not write over its new owner's counts, and a batch or heartbeat that arrives after the run was
    // paused, interrupted or ended must not make it running again (the caller's batch then rolls back
    // with the error, and its checkpoint with it). The state is never written here: begin() and
    // resume() are the only ways into running.
    QVariantMap bindings = countBindings(counts);
    bindings.insert(QStringLiteral("id"), runId);
    bindings.insert(QStringLiteral("owner"), thisProcess());
    bindings.insert(QStringLiteral("running"), toKey(SyncRunState::Running));
    Result<QSqlQuery> updated
        = m_store.exec(m_store.dialect().expandTokens(QStringLiteral("UPDATE sync_runs SET ") + setCounts
                           + QStringLiteral(", heartbeat_at = {{now}}"
                                            " WHERE id = :id AND owner = :owner AND state = :running")),
            bindings);
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() > 0) {
        return {};
    }
    Result<std::optional<SyncRun>> current = run(runId);
    if (!current) {
        return current.error();
    }
    if (!*current) {
        return noSuchRun(runId);
    }
    if ((*current)->owner == thisProcess()) {
        return noLongerRunning(**current);
    }
    return takenOver(**current);
}

Result<SyncRun> SyncRunRepository::resume(qint64 runId)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        Result<std::optional<SyncRun>> found = run(runId);
        if (!found) {
            return found.error();
        }
        if (!*found) {
            return noSuchRun(runId);
        }
        const SyncRun& current = **found;
        if (current.isFinished()) {
            return Error::rule(QStringLiteral("sync.run-finished"),
                tr("Sync run %1 has ended (%2): it cannot be resumed. Start a new sync instead.")
                    .arg(current.id)
                    .arg(toKey(current.state)));
        }
        if (current.state == SyncRunState::Running && current.owner != thisProcess()) {
            Result<QDateTime> now = databaseNow(m_store);
            if (!now) {
                return now.error();
            }
            if (!isStale(current, *now)) {
                return alreadyRunning(current);
            }
        }
        Result<QSqlQuery> updated = m_store.exec(m_store.dialect().expandTokens(QStringLiteral(
                                                     "UPDATE sync_runs SET state = :state, owner = :owner,"
                                                     " heartbeat_at = {{now}}, finished_at = NULL,"
                                                     " message = NULL WHERE id = :id")),
            { { QStringLiteral("state"), toKey(SyncRunState::Running) },
                { QStringLiteral("owner"), thisProcess() }, { QStringLiteral("id"), runId } });
        return updated ? Result<void>() : Result<void>(updated.error());
    });
    if (!done) {
        return done.error();
    }
    Result<std::optional<SyncRun>> resumed = run(runId);
    if (!resumed) {
        return resumed.error();
    }
    return **resumed;
}

Result<void> SyncRunRepository::finish(
    qint64 runId, SyncRunState state, const SyncCounts& counts, const QString& message)
{
    if (state == SyncRunState::Running) {
        return Error::internal(QStringLiteral("sync.bad-state"),
            tr("A sync run cannot finish as running. This is a defect of SIA Admin: please report it."));
    }
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable;
    }
    const bool ended = state == SyncRunState::Completed || state == SyncRunState::Failed
        || state == SyncRunState::Cancelled;
    QVariantMap bindings = countBindings(counts);
    bindings.insert(QStringLiteral("id"), runId);
    bindings.insert(QStringLiteral("state"), toKey(state));
    bindings.insert(QStringLiteral("running"), toKey(SyncRunState::Running));
    bindings.insert(QStringLiteral("owner"), thisProcess());
    bindings.insert(QStringLiteral("message"), textOrNull(message));
    bindings.insert(QStringLiteral("finished"),
        ended ? QVariant(nowTimestamp()) : QVariant(QMetaType::fromType<QString>()));
    // A run this process no longer owns is left to its owner; one that nobody runs (paused, interrupted)
    // may be ended by anyone (cancelling a paused run from another window).
    Result<QSqlQuery> updated = m_store.exec(QStringLiteral("UPDATE sync_runs SET ") + setCounts
            + QStringLiteral(", state = :state, message = :message, finished_at = :finished"
                             " WHERE id = :id AND (owner = :owner OR state <> :running)"),
        bindings);
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() > 0) {
        return {};
    }
    Result<std::optional<SyncRun>> current = run(runId);
    if (!current) {
        return current.error();
    }
    if (!*current) {
        return noSuchRun(runId);
    }
    return takenOver(**current);
}

Result<std::optional<SyncRun>> SyncRunRepository::run(qint64 runId) const
{
    Result<QSqlQuery> query
        = m_store.exec(runColumns + QStringLiteral(" WHERE id = :id"), { { QStringLiteral("id"), runId } });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<SyncRun>();
    }
    return std::optional<SyncRun>(runFrom(*query, m_store.dialect()));
}

Result<std::optional<SyncRun>> SyncRunRepository::latest(SyncKind kind) const
{
    Result<QSqlQuery> query = m_store.exec(
        runColumns + QStringLiteral(" WHERE kind = :kind ORDER BY started_at DESC, id DESC LIMIT 1"),
        { { QStringLiteral("kind"), toKey(kind) } });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<SyncRun>();
    }
    return std::optional<SyncRun>(runFrom(*query, m_store.dialect()));
}

Result<std::optional<SyncRun>> SyncRunRepository::unfinished(SyncKind kind) const
{
    Result<std::optional<SyncRun>> last = latest(kind);
    if (!last) {
        return last;
    }
    if (!*last || (*last)->isFinished()) {
        return std::optional<SyncRun>();
    }
    SyncRun found = **last;
    if (found.state != SyncRunState::Running) {
        return std::optional<SyncRun>(found);
    }
    Result<QDateTime> now = databaseNow(m_store);
    if (!now) {
        return now.error();
    }
    if (!isStale(found, *now)) {
        return std::optional<SyncRun>(found); // alive: resume() refuses it, unless this process owns it
    }
    // Its process is gone. A review only says so; a writable store records it, so that every window
    // and command shows the run as interrupted rather than as running forever.
    found.state = SyncRunState::Interrupted;
    if (m_store.isReadOnly()) {
        return std::optional<SyncRun>(found);
    }
    Result<QSqlQuery> marked = m_store.exec(
        QStringLiteral("UPDATE sync_runs SET state = :state WHERE id = :id AND state = :running"),
        { { QStringLiteral("state"), toKey(SyncRunState::Interrupted) }, { QStringLiteral("id"), found.id },
            { QStringLiteral("running"), toKey(SyncRunState::Running) } });
    if (!marked) {
        return marked.error();
    }
    return std::optional<SyncRun>(found);
}

Result<QList<SyncRun>> SyncRunRepository::history(int limit, std::optional<SyncKind> kind) const
{
    QString sql = runColumns;
    QVariantMap bindings { { QStringLiteral("limit"), qMax(1, limit) } };
    if (kind) {
        sql += QStringLiteral(" WHERE kind = :kind");
        bindings.insert(QStringLiteral("kind"), toKey(*kind));
    }
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT :limit");
    Result<QSqlQuery> query = m_store.exec(sql, bindings);
    if (!query) {
        return query.error();
    }
    QList<SyncRun> runs;
    while (query->next()) {
        runs.append(runFrom(*query, m_store.dialect()));
    }
    return runs;
}

Result<bool> SyncRunRepository::peopleSyncEverStarted() const
{
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral("SELECT 1 FROM sync_runs WHERE kind IN (:initial, :incremental) LIMIT 1"),
        { { QStringLiteral("initial"), toKey(SyncKind::PeopleInitial) },
            { QStringLiteral("incremental"), toKey(SyncKind::PeopleIncremental) } });
    if (!query) {
        return query.error();
    }
    return query->next();
}

Result<std::optional<QJsonObject>> SyncRunRepository::checkpoint(const QString& stream) const
{
    Result<QSqlQuery> query
        = m_store.exec(QStringLiteral("SELECT position FROM sync_checkpoints WHERE stream = :stream"),
            { { QStringLiteral("stream"), stream } });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<QJsonObject>();
    }
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(query->value(0).toString().toUtf8(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::environment(QStringLiteral("sync.bad-checkpoint"),
            tr("The saved position of the sync stream \"%1\" cannot be read (%2). Start the sync anew.")
                .arg(stream, parsed.errorString()));
    }
    return std::optional<QJsonObject>(document.object());
}

Result<void> SyncRunRepository::saveCheckpoint(
    const QString& stream, qint64 runId, const QJsonObject& position)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable;
    }
    Result<QSqlQuery> saved = m_store.exec(
        QStringLiteral(
            "INSERT INTO sync_checkpoints (stream, run_id, position, updated_at)"
            " VALUES (:stream, :run, :position, :at) ON CONFLICT (stream) DO UPDATE SET"
            " run_id = excluded.run_id, position = excluded.position, updated_at = excluded.updated_at"),
        { { QStringLiteral("stream"), stream },
            { QStringLiteral("run"), runId > 0 ? QVariant(runId) : QVariant(QMetaType::fromType<qint64>()) },
            { QStringLiteral("position"),
                QString::fromUtf8(QJsonDocument(position).toJson(QJsonDocument::Compact)) },
            { QStringLiteral("at"), nowTimestamp() } });
    return saved ? Result<void>() : Result<void>(saved.error());
}

Result<void> SyncRunRepository::clearCheckpoint(const QString& stream)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable;
    }
    Result<QSqlQuery> cleared
        = m_store.exec(QStringLiteral("DELETE FROM sync_checkpoints WHERE stream = :stream"),
            { { QStringLiteral("stream"), stream } });
    return cleared ? Result<void>() : Result<void>(cleared.error());
}

Result<void> SyncRunRepository::recordError(qint64 runId, const QString& recordRef, SyncErrorOutcome outcome,
    const QString& code, const QString& message)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable;
    }
    Result<QSqlQuery> recorded = m_store.exec(
        QStringLiteral("INSERT INTO sync_errors (run_id, at, record_ref, outcome, code, message)"
                       " VALUES (:run, :at, :ref, :outcome, :code, :message)"),
        { { QStringLiteral("run"), runId }, { QStringLiteral("at"), nowTimestamp() },
            { QStringLiteral("ref"), textOrNull(recordRef) }, { QStringLiteral("outcome"), toKey(outcome) },
            { QStringLiteral("code"), code }, { QStringLiteral("message"), message } });
    return recorded ? Result<void>() : Result<void>(recorded.error());
}

Result<QList<SyncErrorRecord>> SyncRunRepository::errors(qint64 runId, qint64 afterId, int limit) const
{
    Result<QSqlQuery> query = m_store.exec(
        errorColumns + QStringLiteral(" WHERE run_id = :run AND id > :after ORDER BY id LIMIT :limit"),
        { { QStringLiteral("run"), runId }, { QStringLiteral("after"), afterId },
            { QStringLiteral("limit"), qMax(1, limit) } });
    if (!query) {
        return query.error();
    }
    QList<SyncErrorRecord> records;
    while (query->next()) {
        SyncErrorRecord record;
        record.id = query->value(0).toLongLong();
        record.runId = query->value(1).toLongLong();
        record.at = m_store.dialect().timestampFrom(query->value(2));
        record.recordRef = query->value(3).toString();
        record.outcome
            = fromKey<SyncErrorOutcome>(query->value(4).toString()).value_or(SyncErrorOutcome::Failed);
        record.code = query->value(5).toString();
        record.message = query->value(6).toString();
        records.append(record);
    }
    return records;
}

Result<qint64> SyncRunRepository::errorCount(qint64 runId, std::optional<SyncErrorOutcome> outcome) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM sync_errors WHERE run_id = :run");
    QVariantMap bindings { { QStringLiteral("run"), runId } };
    if (outcome) {
        sql += QStringLiteral(" AND outcome = :outcome");
        bindings.insert(QStringLiteral("outcome"), toKey(*outcome));
    }
    Result<QSqlQuery> query = m_store.exec(sql, bindings);
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<qint64> SyncRunRepository::exportErrorsCsv(qint64 runId, QIODevice& out) const
{
    Result<std::optional<SyncRun>> found = run(runId);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return noSuchRun(runId);
    }
    // The header's words are the columns' stable names, as a script reading the file expects them.
    const auto write = [&out](const QByteArray& bytes) {
        return out.write(bytes) == bytes.size();
    };
    const auto writeFailed = [&out]() {
        return Error::environment(QStringLiteral("sync.export-failed"),
            QCoreApplication::translate("sia::SyncRunRepository",
                "The errors could not be written (%1). Check that the disk has room and the folder can be "
                "written to, then export again.")
                .arg(out.errorString()));
    };
    if (!write(CsvWriter::row({ QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("record"),
            QStringLiteral("outcome"), QStringLiteral("code"), QStringLiteral("message") }))) {
        return writeFailed();
    }
    qint64 written = 0;
    qint64 after = 0;
    for (;;) {
        Result<QList<SyncErrorRecord>> page = errors(runId, after, exportPage);
        if (!page) {
            return page.error();
        }
        for (const SyncErrorRecord& record : *page) {
            if (!write(CsvWriter::row({ QString::number(record.id), toStoredTimestamp(record.at),
                    record.recordRef, toKey(record.outcome), record.code, record.message }))) {
                return writeFailed();
            }
            ++written;
            after = record.id;
        }
        if (page->size() < exportPage) {
            return written;
        }
    }
}

} // namespace sia
