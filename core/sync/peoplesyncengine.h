// The people sync as the window and the command line use it (PeopleSyncService): the initial sync, its
// pause, resume and cancel, the dry run, the status, the history and the errors, each run on a long-job
// thread of its own (LongJobRunner, with its own store connection and its own Marketo client built from
// the stored connection), reporting throttled SyncProgress back to this (GUI or command line) thread. The
// store reads and writes it does itself go through the StoreRunner, never on this thread.
//
// The incremental sync (IncrementalPeopleSync) runs on the same long-job thread, on demand (syncChanges)
// and on the admin's interval (sync.people.interval-minutes): a timer on this thread, running only once the
// last initial run has completed, that skips a tick while any run goes.
//
// The preview is SyncPreviewReader's, over the connection service's Marketo client and the org.
#pragma once

#include "store/longjobrunner.h"
#include "sync/initialpeoplesync.h"
#include "sync/peoplesyncservice.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace sia {

class MarketoConnectionService;
class OpportunityRoleSource;
class SalesforceClientSource;
class StoreRunner;

struct PeopleSyncEngineOptions
{
    QString actor;
    QString filesDirectory; // empty: <the database's folder>/sync, or the app-data folder's for a server
    int batchSize = 5000;
    BulkExportOptions exports; // polling and look-ahead (tests shorten them)
    std::optional<QDateTime> oldestPerson;
    // The preview's sample people come from the connected org; null: the mapping without samples, and the
    // preview says to connect Salesforce in step 2. Must outlive the engine.
    SalesforceClientSource* salesforce = nullptr;
    // The incremental schedule's tick instead of the interval's minutes (tests: a run within a second);
    // the setting and the status still speak of the minutes.
    std::optional<std::chrono::milliseconds> incrementalTick;
};

class PeopleSyncEngine : public PeopleSyncService
{
    Q_OBJECT

public:
    // roles may be null until Salesforce's side is wired (the run then says the opportunity IDs wait).
    PeopleSyncEngine(StoreOptions storeOptions, StoreRunner& store, MarketoConnectionService& marketo,
        OpportunityRoleSource* roles, PeopleSyncEngineOptions options, QObject* parent = nullptr);
    ~PeopleSyncEngine() override;

    static QString defaultFilesDirectory(const StoreOptions& options);

    void preview(int samples, Done<SyncPreview> done) override;
    void dryRun(Done<EligibilityReport> done) override;
    Result<void> start() override;
    void pause() override;
    void cancel() override;
    Result<void> syncChanges() override;
    bool isRunning() const override { return m_runner.isRunning() || m_starting || m_finishing; }
    void status(Done<PeopleSyncStatus> done) override;
    void history(int limit, Done<QList<SyncRun>> done) override;
    void exportErrors(qint64 runId, const QString& file, Done<qint64> done) override;
    void setIncrementalInterval(int minutes, Done<void> done) override;

private:
    InitialSyncOptions jobOptions() const;
    // The stored Marketo connection (its secret from the keychain) for a job's own client.
    void withConnection(std::function<void(Result<MarketoConnection>)> done);
    void onProgress(const JobProgress& progress);
    void onFinished(const Result<JobEnding>& outcome);
    void setStarting(bool starting);
    // A pause or cancel asked for while the job was being started reaches it once it runs.
    void applyPendingStop();
    // A run that could not begin ends here, with what stood in its way.
    void refuse(SyncKind kind, const Error& why);
    // Whether the last initial run completed, as a run just showed it; the schedule follows.
    void noteInitial(const SyncRun& run);
    void reschedule();
    void onScheduleTick();
    Error notAvailable() const;

    StoreOptions m_storeOptions;
    StoreRunner& m_store;
    MarketoConnectionService& m_marketo;
    OpportunityRoleSource* m_roles;
    PeopleSyncEngineOptions m_options;
    LongJobRunner m_runner;
    std::shared_ptr<SyncStopRequest> m_stop;
    bool m_starting = false; // the stored connection is being read for a job
    bool m_finishing = false; // the job ended; its run is being read back for runFinished
    std::optional<bool> m_stopWhenStarted; // cancel (true) or pause (false) asked for while starting
    bool m_dryRunning = false;
    SyncKind m_runKind = SyncKind::PeopleInitial; // of the job that runs (or ran last)
    qint64 m_runId = 0;
    // The schedule: the interval's minutes (-1 until the setting is read), whether the last initial run
    // completed (unknown until read), and when the timer fires next.
    int m_intervalMinutes = -1;
    std::optional<bool> m_initialCompleted;
    QTimer m_schedule;
    QDateTime m_nextIncrementalAt;
    std::function<void(Result<EligibilityReport>)> m_dryRunDone;
    std::shared_ptr<EligibilityReport> m_report;
};

} // namespace sia
