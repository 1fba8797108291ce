// The runs of the syncs, their checkpoints and their per-record errors (sync_runs, sync_checkpoints,
// sync_errors). Writes go inside the caller's transaction where the caller has one (a batch, its counts
// and its checkpoint commit together: that is what makes a resumed run exact). Both backends.
#pragma once

#include "common/result.h"
#include "sync/syncrun.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

class QIODevice;

namespace sia {

class Store;

struct SyncErrorRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    QDateTime at;
    QString recordRef; // "marketo:1234", "salesforce:003…"
    SyncErrorOutcome outcome = SyncErrorOutcome::Failed;
    QString code; // stable: "people.no-sales-owner", "people.too-long", "store.sql", …
    QString message; // for the admin, translated when written
};

class SyncRunRepository
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncRunRepository)

public:
    // A run whose heartbeat is older than this while it says running belongs to a process that is gone.
    static constexpr int staleHeartbeatSeconds = 30;

    explicit SyncRunRepository(Store& store);

    // A new run in state running, owned by this process (owner "host:pid", heartbeat now).
    Result<SyncRun> begin(SyncKind kind, const QString& startedBy, qint64 total = -1);
    // The counts and a fresh heartbeat of a run this process runs (call it with each batch, in its
    // transaction). Refused once the run is no longer running (sync.not-running) or another process took
    // it over (sync.taken-over): a late batch never makes a paused or ended run running again.
    Result<void> saveProgress(qint64 runId, const SyncCounts& counts);
    // Takes over a paused or interrupted run (or a running one whose heartbeat is stale): running again,
    // owned by this process. Refused (sync.already-running, a rule) while another live process runs it.
    Result<SyncRun> resume(qint64 runId);
    // Ends a run: paused (resumable), completed, failed or cancelled, with its last counts and a message.
    Result<void> finish(
        qint64 runId, SyncRunState state, const SyncCounts& counts, const QString& message = {});

    Result<std::optional<SyncRun>> run(qint64 runId) const;
    Result<std::optional<SyncRun>> latest(SyncKind kind) const;
    // The run of kind that can be resumed: paused, interrupted, or running with a stale heartbeat (which
    // this call marks interrupted). None when the last run of kind finished.
    Result<std::optional<SyncRun>> unfinished(SyncKind kind) const;
    // Newest first; kind empty: every kind.
    Result<QList<SyncRun>> history(int limit, std::optional<SyncKind> kind = std::nullopt) const;
    // Whether a people sync has ever started (the original user's rule, SPEC step 4).
    Result<bool> peopleSyncEverStarted() const;

    // Checkpoints: one opaque JSON position per stream ("people.initial", "people.changes", …).
    Result<std::optional<QJsonObject>> checkpoint(const QString& stream) const;
    Result<void> saveCheckpoint(const QString& stream, qint64 runId, const QJsonObject& position);
    Result<void> clearCheckpoint(const QString& stream);

    Result<void> recordError(qint64 runId, const QString& recordRef, SyncErrorOutcome outcome,
        const QString& code, const QString& message);
    // Page of a run's errors, oldest first, after the error id afterId.
    Result<QList<SyncErrorRecord>> errors(qint64 runId, qint64 afterId, int limit) const;
    Result<qint64> errorCount(qint64 runId, std::optional<SyncErrorOutcome> outcome = std::nullopt) const;
    // Every error of the run as CSV (RFC 4180, UTF-8, a header row; cells that a spreadsheet would read
    // as a formula are neutralised); answers the number of rows written.
    Result<qint64> exportErrorsCsv(qint64 runId, QIODevice& out) const;

private:
    Store& m_store;
};

} // namespace sia
