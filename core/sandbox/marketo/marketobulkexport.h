// Bulk lead extract jobs (/bulk/v1/leads/export/…): create, enqueue, status, file (with Range), cancel,
// and the list. A job runs on the sandbox clock: Created → Queued → Processing (at most 2 at once; at
// most 10 queued and processing together) → Completed after a time that grows with its records, or
// Cancelled, or Failed (an injected fault). The daily export quota is checked at create and at enqueue. The
// state is worked out from the clock whenever a bulk call arrives, so advancing the clock is enough to finish
// a job. When a job completes, its file is generated once and passed through SHA-256 (and counted) without
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
    // How processing ends: Completed with a file, or Failed (an injected fault decides it).
    enum class Outcome
    {
        Completed,
        Failed
    };

    QString exportId;
    QString format; // "CSV", "TSV", "SSV"
    LeadExportSpec spec;
    State state = State::Created;
    Outcome outcome = Outcome::Completed;
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
    static constexpr int maxWindowDays = 31; // a window of 31 days or more is refused: at most 31 days - 1 s

    MarketoBulkExport(const SandboxDataset& dataset, const SandboxClock& clock, SandboxCounters& counters,
        const SandboxOptions& options);

    SandboxResponse create(const SandboxRequest& request, const QString& requestId);
    SandboxResponse enqueue(const QString& exportId, const QString& requestId,
        ExportJob::Outcome outcome = ExportJob::Outcome::Completed);
    void failNow(const QString& exportId); // a Queued or Processing job ends Failed now (a fault)
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
    void fail(ExportJob& job, qint64 at);
    std::optional<SandboxResponse> refuseOverDailyQuota(const QString& requestId) const;
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
