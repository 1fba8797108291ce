#include "sync/salesactivityengine.h"

#include "activities/salesactivityrepository.h"
#include "marketo/marketoclient.h"
#include "marketo/marketoconnectionservice.h"
#include "salesforce/salesforcerelay.h"
#include "store/storerunner.h"
#include "sync/salesactivitylog.h"
#include "sync/syncrunrepository.h"

#include <QPointer>

namespace sia {

SalesActivityEngine::SalesActivityEngine(StoreOptions storeOptions, StoreRunner& store,
    MarketoConnectionService* marketo, SalesforceClientSource* salesforce, SalesActivityEngineOptions options,
    QObject* parent)
    : SyncRunService(parent)
    , m_store(store)
    , m_marketo(marketo)
    , m_options(std::move(options))
    , m_relay(salesforce ? std::make_unique<SalesforceRelay>(*salesforce) : nullptr)
    , m_driver(SyncKind::SalesActivities, m_options.actor, std::move(storeOptions), store)
{
    connect(&m_driver, &SyncJobDriver::runStarted, this, &SyncRunService::runStarted);
    connect(&m_driver, &SyncJobDriver::progressChanged, this, &SyncRunService::progressChanged);
    connect(&m_driver, &SyncJobDriver::runFinished, this, &SyncRunService::runFinished);
    connect(&m_driver, &SyncJobDriver::runningChanged, this, [this](bool running) {
        if (running || !m_preparing) {
            emit runningChanged(running);
        }
    });
    connect(&m_schedule, &QTimer::timeout, this, &SalesActivityEngine::onScheduleTick);
    if (m_options.schedule) {
        m_schedule.start(m_options.scheduleTick);
    }
}

SalesActivityEngine::~SalesActivityEngine() = default;

Result<void> SalesActivityEngine::start()
{
    if (isRunning()) {
        return Error::rule(QStringLiteral("sync.already-running"),
            tr("The activity logging is already running. Wait for it to finish, or cancel it."));
    }
    m_cancelWhenLaunched = false;
    if (!m_marketo) {
        launch(std::nullopt);
        return {};
    }
    // The stored Marketo connection, for the job's own client on its own thread.
    m_preparing = true;
    emit runningChanged(true);
    QPointer<SalesActivityEngine> self(this);
    m_marketo->withClient([self](Result<MarketoClient*> client) {
        if (!self) {
            return;
        }
        self->m_preparing = false;
        self->launch(client ? std::optional<MarketoConnection>((*client)->connection()) : std::nullopt);
    });
    return {};
}

void SalesActivityEngine::launch(std::optional<MarketoConnection> marketo)
{
    if (m_cancelWhenLaunched) {
        m_cancelWhenLaunched = false;
        SyncRun cancelled;
        cancelled.kind = SyncKind::SalesActivities;
        cancelled.state = SyncRunState::Cancelled;
        emit runningChanged(false);
        emit runFinished(cancelled);
        return;
    }
    SalesActivityLogOptions options;
    options.actor = m_options.actor;
    options.clock = m_options.clock;
    options.marketo = std::move(marketo);
    options.marketoBudget = m_marketo ? m_marketo->budgetGate() : nullptr;
    options.salesforce = m_relay.get();
    if (Result<void> started = m_driver.start(std::make_unique<SalesActivityLog>(std::move(options)));
        !started) {
        SyncRun refused;
        refused.kind = SyncKind::SalesActivities;
        refused.state = SyncRunState::Failed;
        refused.message = started.error().message;
        emit runningChanged(false);
        emit runFinished(refused);
    }
}

void SalesActivityEngine::cancel()
{
    if (m_preparing) {
        m_cancelWhenLaunched = true;
        return;
    }
    m_driver.cancel();
}

void SalesActivityEngine::onScheduleTick()
{
    if (isRunning() || m_checkingSchedule) {
        return;
    }
    m_checkingSchedule = true;
    const qint64 intervalSeconds
        = std::chrono::duration_cast<std::chrono::seconds>(m_options.interval).count();
    m_store.run<bool>(
        [intervalSeconds](Store& store) -> Result<bool> {
            Result<qint64> waiting = SalesActivityRepository(store).waitingCount();
            if (!waiting) {
                return waiting.error();
            }
            if (*waiting == 0) {
                return false;
            }
            Result<std::optional<SyncRun>> last = SyncRunRepository(store).latest(SyncKind::SalesActivities);
            if (!last) {
                return last.error();
            }
            return !*last || !(*last)->startedAt.isValid()
                || (*last)->startedAt.secsTo(QDateTime::currentDateTimeUtc()) >= intervalSeconds;
        },
        this,
        [this](Result<bool> due) {
            m_checkingSchedule = false;
            if (!due) {
                qWarning("sia: the activity logging's schedule could not be read: %s",
                    qPrintable(due.error().message));
                return;
            }
            if (*due && !isRunning()) {
                if (Result<void> started = start(); !started) {
                    qWarning("sia: the scheduled activity logging did not start: %s",
                        qPrintable(started.error().message));
                }
            }
        });
}

} // namespace sia
