// What the window and the command line ask of the task sync with Salesforce (SPEC section 6, issue 12):
// a run now (the settings dialog starts one when the task-sync setting is saved, rule 2), its cancel, the
// status (the command center's status line: when it last ran and with what result) and the history. An
// interface, so that pages can be tested with a scripted service; TaskSyncEngine is the real one. Lives on
// the GUI (or the command line's) thread; the work runs on a long-job thread of its own, never on this one.
#pragma once

#include "common/result.h"
#include "sync/syncprogress.h"
#include "sync/syncrun.h"
#include "sync/syncrunservice.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace sia {

struct TaskSyncStatus
{
    bool enabled = false; // tasks.sync is not "off" for the instance
    QDateTime enabledSince; // tasks.sync-started-at: only Actions tasks created later are pushed (rule 1)
    std::optional<SyncRun> lastRun; // the last run of kind tasks, whatever its end
    std::optional<SyncRun> lastCompletedRun;
    bool running = false; // in this process
    qint64 tasks = 0; // tasks in Actions that are not deleted
    qint64 waitingForSalesforce = 0; // Actions changes not yet in Salesforce (offline edits, failures)
    QDateTime changesCoveredUntil; // get updated's latestDateCovered: where the next run reads from
};

class TaskSyncService : public SyncRunService
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(Result<T>)>;

    using SyncRunService::SyncRunService;

    // start(): imports what changed in Salesforce, removes its deletions, pushes Actions' changes. Refused
    // while a run goes (here or in another process), when the sync is off, or when Salesforce is not
    // connected; the error says what to do. progressChanged: kind tasks, phases task-import/-push/-deletions.

    virtual void status(Done<TaskSyncStatus> done) = 0;
    virtual void history(int limit, Done<QList<SyncRun>> done) = 0;
};

} // namespace sia
