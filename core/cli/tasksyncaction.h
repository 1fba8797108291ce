// `sia-admin tasks sync [--json-progress]` and `sia-admin activities log [--json-progress]`: a run now of
// a SyncRunService (the task sync, the sales activity logging), its progress as text lines a few a second or
// as one JSON object a line, its end as the command's outcome. Ctrl-C cancels the run at its next committed
// batch (nothing committed is lost; the next run goes on from there).
#pragma once

#include "common/result.h"
#include "sync/syncvocabulary.h"

#include <QCoreApplication>
#include <QString>

namespace sia {

class CliContext;
class SyncRunService;
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

} // namespace sia
