// What an engine of one sync kind (the task sync, the sales activity logging) tells its listeners about the
// long job it runs: the run that started (from the job's first progress, which carries its id), throttled
// SyncProgress, and the run as the store has it once the job ended (or a failed run without an id when the
// job was refused before one began). Lives on the engine's thread; owns the LongJobRunner.
#pragma once

#include "store/longjobrunner.h"
#include "store/store.h"
#include "sync/syncprogress.h"
#include "sync/syncrun.h"

#include <QObject>

namespace sia {

class StoreRunner;

class SyncJobDriver : public QObject
{
    Q_OBJECT

public:
    SyncJobDriver(SyncKind kind, QString actor, StoreOptions storeOptions, StoreRunner& store,
        QObject* parent = nullptr);

    Result<void> start(std::unique_ptr<LongJob> job);
    void cancel() { m_runner.cancel(); }
    bool isRunning() const { return m_runner.isRunning() || m_finishing; }

signals:
    void runStarted(const sia::SyncRun& run);
    void progressChanged(const sia::SyncProgress& progress);
    void runFinished(const sia::SyncRun& run);
    void runningChanged(bool running);

private:
    void onProgress(const JobProgress& progress);
    void onFinished(const Result<JobEnding>& outcome);

    SyncKind m_kind;
    QString m_actor;
    StoreRunner& m_store;
    LongJobRunner m_runner;
    qint64 m_runId = 0;
    bool m_finishing = false;
};

} // namespace sia
