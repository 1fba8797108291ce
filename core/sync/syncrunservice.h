// A sync that runs on demand as long jobs and tells how each run goes: the task sync (TaskSyncService) and
// the sales activity logging (SalesActivityEngine). What the command line's run action (TaskSyncAction) and
// the pages that start a run need, whatever the sync. Lives on the GUI (or the command line's) thread.
#pragma once

#include "common/result.h"
#include "sync/syncprogress.h"
#include "sync/syncrun.h"

#include <QObject>

namespace sia {

class SyncRunService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // A run now; refused (with what to do) while one goes, or when the sync cannot run at all.
    virtual Result<void> start() = 0;
    // Stops at the next committed batch; the run ends cancelled and the next one goes on from there.
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;

signals:
    void runStarted(const sia::SyncRun& run);
    void progressChanged(const sia::SyncProgress& progress);
    void runFinished(const sia::SyncRun& run); // completed, failed (message) or cancelled
    void runningChanged(bool running);
};

} // namespace sia
