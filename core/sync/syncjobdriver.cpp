#include "sync/syncjobdriver.h"

#include "store/storerunner.h"
#include "sync/syncrunrepository.h"

namespace sia {

SyncJobDriver::SyncJobDriver(
    SyncKind kind, QString actor, StoreOptions storeOptions, StoreRunner& store, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
    , m_actor(std::move(actor))
    , m_store(store)
    , m_runner(std::move(storeOptions))
{
    connect(&m_runner, &LongJobRunner::progress, this, &SyncJobDriver::onProgress);
    connect(&m_runner, &LongJobRunner::finished, this, &SyncJobDriver::onFinished);
}

Result<void> SyncJobDriver::start(std::unique_ptr<LongJob> job)
{
    m_runId = 0;
    if (Result<void> started = m_runner.start(std::move(job)); !started) {
        return started;
    }
    emit runningChanged(true);
    return {};
}

void SyncJobDriver::onProgress(const JobProgress& progress)
{
    const SyncProgress sync = SyncProgress::fromJson(progress.detail);
    if (sync.runId > 0 && sync.runId != m_runId) {
        m_runId = sync.runId;
        SyncRun run;
        run.id = sync.runId;
        run.kind = m_kind;
        run.state = SyncRunState::Running;
        run.startedBy = m_actor;
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.counts = sync.counts;
        emit runStarted(run);
    }
    emit progressChanged(sync);
}

void SyncJobDriver::onFinished(const Result<JobEnding>& outcome)
{
    // The job reports its run's id with its first progress, which the runner always delivers before this.
    const qint64 runId = m_runId;
    const QString failure = outcome ? QString() : outcome.error().message;
    if (runId <= 0) {
        // Refused before a run began (the sync is off, the store could not be read).
        SyncRun refused;
        refused.kind = m_kind;
        refused.state = SyncRunState::Failed;
        refused.startedBy = m_actor;
        refused.startedAt = QDateTime::currentDateTimeUtc();
        refused.finishedAt = refused.startedAt;
        refused.message = failure;
        emit runningChanged(false);
        emit runFinished(refused);
        return;
    }
    m_finishing = true;
    m_store.run<std::optional<SyncRun>>([runId](Store& store) { return SyncRunRepository(store).run(runId); },
        this,
        [this, failure](Result<std::optional<SyncRun>> run) {
            m_finishing = false;
            SyncRun ended;
            if (run && run->has_value()) {
                ended = **run;
            } else {
                ended.kind = m_kind;
                ended.state = SyncRunState::Failed;
            }
            if (ended.message.isEmpty()) {
                ended.message = failure;
            }
            emit runningChanged(false);
            emit runFinished(ended);
        });
}

} // namespace sia
