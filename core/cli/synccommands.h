// `sia-admin sync …`: the people sync from the command line (SPEC section 4, step 4), one small class per
// action behind the one command name:
//   sync preview [--json] [--sample N]   the 13 synced fields with real sample people; nothing is written
//   sync status|history [--json]         where the runs stand; each run's start, end, counts and outcome
//   sync errors [--run ID] --csv FILE    a run's per-person errors as CSV
//   sync dry-run [--json]                a full pass that writes nothing: eligibility, duplicates, what a
//                                        sync would do
//   sync start [--json-progress]         the initial sync (or the unfinished one resumed); JSON lines of
//                                        progress on stdout; Ctrl-C pauses at a checkpoint (exit 130)
//   sync resume [--json-progress]        the paused or interrupted initial sync, from its checkpoint
//   sync changes                         the incremental sync now
// status, history and errors read the store only (also under --review); the others talk to the services
// (the engine: PeopleSyncEngine, see syncrunactions.h).
#pragma once

#include "cli/marketocommands.h"
#include "sync/peoplesyncservice.h"
#include "sync/syncrunrepository.h"

#include <QCoreApplication>

#include <memory>

namespace sia {

class DirectStoreRunner;
class SalesforceOpportunityRoles;
class SyncPreviewReader;

// What one `sync` action does; SyncCommand picks one from the first argument.
class SyncAction
{
public:
    virtual ~SyncAction() = default;
    virtual StoreAccess storeAccess() const = 0;
    virtual bool usesServices() const { return true; }
    virtual Result<void> configure(const QCommandLineParser& parser) = 0;
    virtual void start(CliContext& context) = 0;
};

class SyncCommand final : public ConnectionCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncCommand)

public:
    SyncCommand();
    ~SyncCommand() override;

    QString name() const override { return QStringLiteral("sync"); }
    QString argumentsSynopsis() const override { return QStringLiteral("preview|status|history|errors"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override;
    bool usesServices() const override;
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

    // The services the actions need, made once per run (the connection services of ConnectionCommandBase).
    MarketoConnectionService& marketo(CliContext& context) { return service(context); }
    SalesforceConnectionService& org(CliContext& context) { return salesforce(context); }
    // The people sync's engine over the run's store and connections (made once).
    Result<PeopleSyncService*> engine(CliContext& context);

private:
    std::unique_ptr<SyncAction> m_action;
    std::unique_ptr<DirectStoreRunner> m_engineStore;
    std::unique_ptr<SalesforceOpportunityRoles> m_roles; // before the engine, which uses it to the end
    std::unique_ptr<PeopleSyncService> m_engine;
};

// The texts and JSON the sync actions share.
class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncCommand)

public:
    static QJsonObject toJson(const SyncPreview& preview);
    static void print(const SyncPreview& preview, CliOutput& output);
    static QJsonObject toJson(const SyncRun& run);
    static QJsonObject toJson(const SyncCounts& counts);
    static QString stateText(SyncRunState state);
    static QString kindText(SyncKind kind);
    static QString countsLine(const SyncCounts& counts);
    // A run of kind that a start() would resume: paused or interrupted, or running with a stale heartbeat.
    static bool isResumable(const SyncRun& run);
};

class SyncPreviewAction final : public SyncAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncCommand)

public:
    explicit SyncPreviewAction(SyncCommand& command);
    ~SyncPreviewAction() override;
    StoreAccess storeAccess() const override { return StoreAccess::Read; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    SyncCommand& m_command;
    bool m_json = false;
    int m_samples = 0;
    std::unique_ptr<SyncPreviewReader> m_reader;
};

class SyncHistoryAction final : public SyncAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncCommand)

public:
    StoreAccess storeAccess() const override { return StoreAccess::Read; }
    bool usesServices() const override { return false; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    Result<void> run(CliContext& context);
    bool m_json = false;
    int m_limit = 20;
};

class SyncStatusAction final : public SyncAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncCommand)

public:
    StoreAccess storeAccess() const override { return StoreAccess::Read; }
    bool usesServices() const override { return false; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    Result<void> run(CliContext& context);
    bool m_json = false;
};

class SyncErrorsAction final : public SyncAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncCommand)

public:
    StoreAccess storeAccess() const override { return StoreAccess::Read; }
    bool usesServices() const override { return false; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    Result<void> run(CliContext& context);
    qint64 m_runId = 0; // 0: the latest initial run
    QString m_file;
};

} // namespace sia
