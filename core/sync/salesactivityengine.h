// The sales activity logging as the window and the command line use it: a run now (SalesActivityLog on a
// long-job thread of its own, its Salesforce calls carried to the org's client here by SalesforceRelay, its
// Marketo calls made by a client of its own built from the stored connection), throttled progress, and a
// schedule: while activities wait, a run every few minutes. Either service may be missing (not
// connected, or not given): that half then waits. Lives on the GUI (or the command line's) thread and never
// blocks it.
#pragma once

#include "marketo/marketoconnection.h"
#include "store/store.h"
#include "sync/syncjobdriver.h"
#include "sync/syncrunservice.h"

#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace sia {

class MarketoConnectionService;
class SalesforceClientSource;
class SalesforceRelay;
class StoreRunner;

struct SalesActivityEngineOptions
{
    QString actor;
    std::function<QDateTime()> clock; // empty: the system's
    std::chrono::milliseconds scheduleTick { 60'000 };
    std::chrono::minutes interval { 5 }; // between scheduled runs, while something waits
    bool schedule = true; // false: runs only on demand (the command line)
};

class SalesActivityEngine : public SyncRunService
{
    Q_OBJECT

public:
    // marketo and salesforce (either may be null) must outlive the engine.
    SalesActivityEngine(StoreOptions storeOptions, StoreRunner& store, MarketoConnectionService* marketo,
        SalesforceClientSource* salesforce, SalesActivityEngineOptions options, QObject* parent = nullptr);
    ~SalesActivityEngine() override;

    Result<void> start() override;
    void cancel() override;
    bool isRunning() const override { return m_preparing || m_driver.isRunning(); }

private:
    void launch(std::optional<MarketoConnection> marketo);
    void onScheduleTick();

    StoreRunner& m_store;
    MarketoConnectionService* m_marketo;
    SalesActivityEngineOptions m_options;
    std::unique_ptr<SalesforceRelay> m_relay;
    SyncJobDriver m_driver;
    QTimer m_schedule;
    bool m_preparing = false;
    bool m_cancelWhenLaunched = false;
    bool m_checkingSchedule = false;
};

} // namespace sia
