// Bulk lead extract jobs (/bulk/v1/leads/export/…): create, enqueue, status, file (with Range), cancel,
// and the list. A job runs on the sandbox clock: Created → Queued → Processing (at most 2 at once; at
// most 10 waiting) → Completed after a time that grows with its records, or Cancelled. The state is
// worked out from the clock whenever a bulk call arrives, so advancing the clock is enough to finish a
// job. When a job completes, its file is generated once and passed through SHA-256 (and counted) without
// being kept; the file.json call generates it again, byte for byte, from the same frozen PeopleView.
#pragma once

#include "sandbox/dataset/peopleview.h"
#include "sandbox/marketo/leadexportfile.h"
#include "sandbox/sandboxresponse.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace sia::sandbox {
class SandboxClock;
class SandboxCounters;
class SandboxDataset;
struct SandboxLimits;
struct SandboxOptions;
struct SandboxRequest;
} // namespace sia::sandbox

namespace sia::sandbox::marketo {

struct ExportJob
{
    enum class State
    {
        Created,
        Queued,
        Processing,
        Completed,
        Cancelled,
        Failed
    };

    QString exportId;
    QString format; // "CSV", "TSV", "SSV"
    LeadExportSpec spec;
    State state = State::Created;
    qint64 createdAtMs = 0;
    qint64 queuedAtMs = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0; // while Processing: when it will finish
    qint64 numberOfRecords = 0;
    qint64 fileSize = 0;
    QString fileChecksum; // "sha256:<hex>"
    std::optional<PeopleView> snapshot; // the data as the job saw it when it started processing

    static QString stateName(State state);
};

class MarketoBulkExport
{
public:
    static constexpr int filesKeptDays = 7;
    static constexpr int maxWindowDays = 31;

    MarketoBulkExport(const SandboxDataset& dataset, const SandboxClock& clock, SandboxCounters& counters,
        const SandboxOptions& options);

    SandboxResponse create(const SandboxRequest& request, const QString& requestId);
    SandboxResponse enqueue(const QString& exportId, const QString& requestId);
    SandboxResponse status(const QString& exportId, const QString& requestId);
    SandboxResponse cancel(const QString& exportId, const QString& requestId);
    SandboxResponse file(const SandboxRequest& request, const QString& exportId, const QString& requestId);
    SandboxResponse list(const SandboxRequest& request, const QString& requestId);

    qint64 bytesExportedOn(const QDate& day) const { return m_bytesByDay.value(day); }
    int jobCount() const { return int(m_jobs.size()); }
    void reset();

private:
    ExportJob* find(const QString& exportId);
    void advance(); // brings every job's state up to the clock's now
    void startProcessing(ExportJob& job, qint64 at);
    void complete(ExportJob& job);
    QJsonObject toJson(const ExportJob& job) const;
    SandboxResponse jobAnswer(const ExportJob& job, const QString& requestId) const;

    const SandboxDataset& m_dataset;
    const SandboxClock& m_clock;
    SandboxCounters& m_counters;
    const SandboxOptions& m_options;
    QList<std::shared_ptr<ExportJob>> m_jobs; // in creation order
    QList<qint64> m_freeSlotsSinceMs; // one entry per idle processing slot: since when it is idle
    QMap<QDate, qint64> m_bytesByDay; // export quota per Marketo day
};

} // namespace sia::sandbox::marketo
