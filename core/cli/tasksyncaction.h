// `sia-admin tasks sync [--json-progress]` and `sia-admin activities log [--json-progress]`: a run now of
// a SyncRunService (the task sync, the sales activity logging), its progress as text lines a few a second or
// as one JSON object a line, its end as the command's outcome. Ctrl-C cancels the run at its next committed
// batch (nothing committed is lost; the next run goes on from there).
#pragma once

#include "common/result.h"
#include "sync/syncvocabulary.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace sia {

class CliContext;
class DirectStoreRunner;
class SalesforceConnectionService;
class SyncRunService;
class TaskSyncEngine;
struct SyncProgress;
struct SyncRun;

class TaskSyncAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::TaskSyncAction)

public:
    // kind: which sync's words the lines use (Tasks or SalesActivities).
    explicit TaskSyncAction(bool jsonProgress, SyncKind kind = SyncKind::Tasks)
        : m_jsonProgress(jsonProgress)
        , m_kind(kind)
    { }

    // sync must outlive the command's run.
    void start(CliContext& context, SyncRunService& sync);

    static QString progressLine(const SyncProgress& progress);
    static QString activityProgressLine(const SyncProgress& progress);

private:
    void onProgress(CliContext& context, const SyncProgress& progress);
    void onFinished(CliContext& context, const SyncRun& run);

    bool m_jsonProgress = false;
    SyncKind m_kind = SyncKind::Tasks;
    bool m_cancelling = false;
    QString m_lastLine;
    qint64 m_lastLineAt = 0;
};

// A task sync run now on the command line, for `tasks sync` and for `settings set|unset|import` that leave
// the task sync on (rule 2): the engine on the command's database, without a schedule of its own, followed
// by a TaskSyncAction until the command finishes.
class CliTaskSyncRun
{
public:
    // salesforce must outlive the run.
    CliTaskSyncRun(CliContext& context, SalesforceConnectionService& salesforce, const QString& actor,
        bool jsonProgress);
    ~CliTaskSyncRun();
    CliTaskSyncRun(const CliTaskSyncRun&) = delete;
    CliTaskSyncRun& operator=(const CliTaskSyncRun&) = delete;

    void start(CliContext& context);

private:
    std::unique_ptr<DirectStoreRunner> m_store;
    std::unique_ptr<TaskSyncEngine> m_engine;
    TaskSyncAction m_action;
};

} // namespace sia
