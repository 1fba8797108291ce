// The task sync as the window and the command line use it (TaskSyncService): a run now on a long-job thread
// of its own (LongJobRunner, with its own store connection), its Salesforce calls carried to the connected
// org's client on this thread (SalesforceRelay), throttled SyncProgress back here; the status and the
// history through the StoreRunner. Lives on the GUI (or the command line's) thread and never blocks it.
#pragma once

#include "store/store.h"
#include "sync/syncjobdriver.h"
#include "sync/tasksync.h"
#include "sync/tasksyncservice.h"

#include <QTimer>

#include <memory>

namespace sia {

class SalesforceClientSource;
class SalesforceRelay;
class StoreRunner;

struct TaskSyncEngineOptions
{
    QString actor;
    std::function<QDateTime()> clock; // as TaskSyncOptions::clock; empty: the system's
    // How often the schedule looks whether a run is due (tests: a few milliseconds). A run is due while
    // the sync is on and tasks.sync-interval-minutes have passed since the last run began, in this
    // process or another (the command line's).
    std::chrono::milliseconds scheduleTick { 30'000 };
    bool schedule = true; // false: runs only on demand (the command line)
};

class TaskSyncEngine : public TaskSyncService
{
    Q_OBJECT

public:
    // salesforce must outlive the engine.
    TaskSyncEngine(StoreOptions storeOptions, StoreRunner& store, SalesforceClientSource& salesforce,
        TaskSyncEngineOptions options, QObject* parent = nullptr);
    ~TaskSyncEngine() override;

    Result<void> start() override;
    void cancel() override;
    bool isRunning() const override { return m_driver.isRunning(); }
    void status(Done<TaskSyncStatus> done) override;
    void history(int limit, Done<QList<SyncRun>> done) override;

    // The status as the store holds it (also for the command line and the health page).
    static Result<TaskSyncStatus> readStatus(Store& store);

private:
    void onScheduleTick();

    StoreRunner& m_store;
    TaskSyncEngineOptions m_options;
    std::unique_ptr<SalesforceRelay> m_relay;
    SyncJobDriver m_driver;
    QTimer m_schedule;
    bool m_checkingSchedule = false;
};

} // namespace sia
