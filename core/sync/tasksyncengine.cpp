#include "sync/tasksyncengine.h"

#include "salesforce/salesforcerelay.h"
#include "settings/settingdefinition.h"
#include "settings/settingsrepository.h"
#include "store/storerunner.h"
#include "sync/syncrunrepository.h"
#include "sync/tasksyncstore.h"

namespace sia {

TaskSyncEngine::TaskSyncEngine(StoreOptions storeOptions, StoreRunner& store,
    SalesforceClientSource& salesforce, TaskSyncEngineOptions options, QObject* parent)
    : TaskSyncService(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_relay(std::make_unique<SalesforceRelay>(salesforce))
    , m_driver(SyncKind::Tasks, m_options.actor, std::move(storeOptions), store)
{
    connect(&m_driver, &SyncJobDriver::runStarted, this, &TaskSyncService::runStarted);
    connect(&m_driver, &SyncJobDriver::progressChanged, this, &TaskSyncService::progressChanged);
    connect(&m_driver, &SyncJobDriver::runFinished, this, &TaskSyncService::runFinished);
    connect(&m_driver, &SyncJobDriver::runningChanged, this, &TaskSyncService::runningChanged);
    connect(&m_schedule, &QTimer::timeout, this, &TaskSyncEngine::onScheduleTick);
    if (m_options.schedule) {
        m_schedule.start(m_options.scheduleTick);
    }
}

TaskSyncEngine::~TaskSyncEngine() = default;

Result<void> TaskSyncEngine::start()
{
    if (isRunning()) {
        return Error::rule(QStringLiteral("sync.already-running"),
            tr("The task sync is already running. Wait for it to finish, or cancel it."));
    }
    auto job = std::make_unique<TaskSync>(
        *m_relay, TaskSyncOptions { m_options.actor, m_options.clock, std::chrono::milliseconds(10'000) });
    return m_driver.start(std::move(job));
}

void TaskSyncEngine::cancel()
{
    m_driver.cancel();
}

void TaskSyncEngine::onScheduleTick()
{
    if (isRunning() || m_checkingSchedule) {
        return;
    }
    // Due: on, an interval set, and that long since the last run began (or none yet).
    m_checkingSchedule = true;
    m_store.run<bool>(
        [](Store& store) -> Result<bool> {
            SettingsRepository settings(store);
            Result<QString> mode = settings.get<QString>(SettingKey::TaskSync);
            if (!mode) {
                return mode.error();
            }
            Result<qlonglong> minutes = settings.get<qlonglong>(SettingKey::TaskSyncIntervalMinutes);
            if (!minutes) {
                return minutes.error();
            }
            if (*mode == u"off" || *minutes <= 0) {
                return false;
            }
            Result<std::optional<SyncRun>> last = SyncRunRepository(store).latest(SyncKind::Tasks);
            if (!last) {
                return last.error();
            }
            return !*last || !(*last)->startedAt.isValid()
                || (*last)->startedAt.secsTo(QDateTime::currentDateTimeUtc()) >= *minutes * 60;
        },
        this,
        [this](Result<bool> due) {
            m_checkingSchedule = false;
            if (!due) {
                qWarning(
                    "sia: the task sync's schedule could not be read: %s", qPrintable(due.error().message));
                return;
            }
            if (*due && !isRunning()) {
                if (Result<void> started = start(); !started) {
                    qWarning("sia: the scheduled task sync did not start: %s",
                        qPrintable(started.error().message));
                }
            }
        });
}

Result<TaskSyncStatus> TaskSyncEngine::readStatus(Store& store)
{
    TaskSyncStatus status;
    SettingsRepository settings(store);
    Result<QString> mode = settings.get<QString>(SettingKey::TaskSync);
    if (!mode) {
        return mode.error();
    }
    status.enabled = *mode != u"off";
    Result<QDateTime> since = settings.get<QDateTime>(SettingKey::TaskSyncStartedAt);
    if (!since) {
        return since.error();
    }
    status.enabledSince = *since;
    SyncRunRepository runs(store);
    Result<QList<SyncRun>> recent = runs.history(20, SyncKind::Tasks);
    if (!recent) {
        return recent.error();
    }
    for (const SyncRun& run : *recent) {
        if (!status.lastRun) {
            status.lastRun = run;
        }
        if (run.state == SyncRunState::Completed) {
            status.lastCompletedRun = run;
            break;
        }
    }
    TaskSyncStore tasks(store);
    Result<qint64> live = tasks.liveCount();
    if (!live) {
        return live.error();
    }
    status.tasks = *live;
    // While the sync is off, no task made here waits for it (TaskPushRule): only changes to tasks Salesforce
    // has.
    Result<qint64> waiting = tasks.waitingCount(status.enabled ? status.enabledSince : QDateTime());
    if (!waiting) {
        return waiting.error();
    }
    status.waitingForSalesforce = *waiting;
    Result<std::optional<QJsonObject>> position = runs.checkpoint(QString::fromLatin1(TaskSync::stream));
    if (!position) {
        return position.error();
    }
    if (*position) {
        status.changesCoveredUntil = QDateTime::fromString(
            (*position)->value(QStringLiteral("updatedSince")).toString(), Qt::ISODateWithMs);
    }
    return status;
}

void TaskSyncEngine::status(Done<TaskSyncStatus> done)
{
    const bool running = isRunning();
    m_store.run<TaskSyncStatus>(
        [running](Store& store) -> Result<TaskSyncStatus> {
            Result<TaskSyncStatus> status = readStatus(store);
            if (status) {
                status->running = running;
            }
            return status;
        },
        this, std::move(done));
}

void TaskSyncEngine::history(int limit, Done<QList<SyncRun>> done)
{
    m_store.run<QList<SyncRun>>(
        [limit](Store& store) { return SyncRunRepository(store).history(limit, SyncKind::Tasks); }, this,
        std::move(done));
}

} // namespace sia
