// `sia-admin tasks sync [--json-progress]`: a task sync run now (TaskSyncService), its progress as text
// lines a few a second or as one JSON object a line, its end as the command's outcome. Ctrl-C cancels the
// run at its next committed batch (nothing committed is lost; the next run goes on from there).
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace sia {

class CliContext;
class TaskSyncService;
struct SyncProgress;
struct SyncRun;

class TaskSyncAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::TaskSyncAction)

public:
    explicit TaskSyncAction(bool jsonProgress)
        : m_jsonProgress(jsonProgress)
    { }

    // sync must outlive the command's run.
    void start(CliContext& context, TaskSyncService& sync);

    static QString progressLine(const SyncProgress& progress);

private:
    void onProgress(CliContext& context, const SyncProgress& progress);
    void onFinished(CliContext& context, const SyncRun& run);

    bool m_jsonProgress = false;
    bool m_cancelling = false;
    QString m_lastLine;
    qint64 m_lastLineAt = 0;
};

} // namespace sia
