// Runs one LongJob at a time on a thread of its own, with a store connection of its own (Store::attach on
// the same database and options), and reports to the GUI thread: throttled progress, then the outcome.
// Lives on the GUI thread. Destroying it (quitting) cancels a running job and waits only for it to stop
// at its checkpoint, never for the rest of its work.
#pragma once

#include "common/result.h"
#include "store/canceltoken.h"
#include "store/longjob.h"
#include "store/store.h"

#include <QObject>

#include <chrono>
#include <memory>

class QThread;

namespace sia {

class LongJobRunner : public QObject
{
    Q_OBJECT

public:
    // How long quitting waits for a cancelled job to reach its checkpoint; a job keeps its promise to
    // check between batches of well under a second, so this is only a guard against one that does not.
    static constexpr std::chrono::milliseconds quitWait { 1000 };

    explicit LongJobRunner(StoreOptions options, QObject* parent = nullptr);
    ~LongJobRunner() override;

    // At most this many progress signals per interval (default 250 ms: four a second).
    void setProgressInterval(std::chrono::milliseconds interval) { m_progressInterval = interval; }

    // Starts job on its own thread; refused (job.already-running) while another one runs.
    Result<void> start(std::unique_ptr<LongJob> job);
    bool isRunning() const { return m_thread != nullptr; }

public slots:
    // Asks the running job to stop after its current batch; finished() then says Cancelled.
    void cancel();

signals:
    void progress(const sia::JobProgress& progress);
    // Once per job, after its last progress: Completed, Cancelled, or the error that stopped it (what it
    // committed before stays).
    void finished(const sia::Result<sia::JobEnding>& outcome);

private:
    struct Shared;

    void jobEnded(const Result<JobEnding>& outcome);

    StoreOptions m_options;
    std::chrono::milliseconds m_progressInterval { 250 };
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Shared> m_shared; // of the running job, shared with its thread
};

} // namespace sia
