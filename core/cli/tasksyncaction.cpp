#include "cli/tasksyncaction.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/synccommands.h"
#include "cli/syncrunactions.h"
#include "common/actor.h"
#include "store/storerunner.h"
#include "sync/syncrunservice.h"
#include "sync/tasksyncengine.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace sia {

namespace {

constexpr qint64 textLineIntervalMs = 1000;

} // namespace

QString TaskSyncAction::progressLine(const SyncProgress& progress)
{
    const QLocale locale;
    //: %1 what the sync does now ("Importing Salesforce's tasks"), %2 tasks looked at, %3 created, %4
    //: updated, %5 deleted, %6 failed
    return tr("%1: %2 tasks looked at, %3 created, %4 updated, %5 deleted, %6 failed")
        .arg(SyncProgressText::phase(progress.phase), locale.toString(progress.counts.processed),
            locale.toString(progress.counts.created), locale.toString(progress.counts.updated),
            locale.toString(progress.counts.deleted), locale.toString(progress.counts.failed));
}

QString TaskSyncAction::activityProgressLine(const SyncProgress& progress)
{
    const QLocale locale;
    //: %1 what the logging does now, %2 activities looked at, %3 logged, %4 left out, %5 failed
    return tr("%1: %2 activities looked at, %3 logged, %4 waiting, %5 failed")
        .arg(SyncProgressText::phase(progress.phase), locale.toString(progress.counts.processed),
            locale.toString(progress.counts.created), locale.toString(progress.counts.skipped),
            locale.toString(progress.counts.failed));
}

void TaskSyncAction::start(CliContext& context, SyncRunService& sync)
{
    QObject::connect(&sync, &SyncRunService::progressChanged, &context,
        [this, &context](const SyncProgress& progress) { onProgress(context, progress); });
    QObject::connect(&sync, &SyncRunService::runStarted, &context, [this, &context](const SyncRun& run) {
        if (!m_jsonProgress) {
            context.output().line(m_kind == SyncKind::SalesActivities
                    ? tr("Activity logging run %1 started.").arg(run.id)
                    : tr("Task sync run %1 started.").arg(run.id));
            context.output().flush();
        }
    });
    QObject::connect(&sync, &SyncRunService::runFinished, &context,
        [this, &context](const SyncRun& run) { onFinished(context, run); });
    QObject::connect(&context, &CliContext::cancelRequested, &context, [this, &context, &sync] {
        m_cancelling = true;
        if (!m_jsonProgress) {
            context.output().error(tr("Stopping at the next committed batch…"));
            context.output().flush();
        }
        sync.cancel();
    });
    if (Result<void> started = sync.start(); !started) {
        context.finish(started.error());
    }
}

void TaskSyncAction::onProgress(CliContext& context, const SyncProgress& progress)
{
    if (m_jsonProgress) {
        context.output().line(
            QString::fromUtf8(QJsonDocument(progress.toJson()).toJson(QJsonDocument::Compact)));
        context.output().flush();
        return;
    }
    const QString line
        = m_kind == SyncKind::SalesActivities ? activityProgressLine(progress) : progressLine(progress);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (line == m_lastLine || now - m_lastLineAt < textLineIntervalMs) {
        return;
    }
    m_lastLine = line;
    m_lastLineAt = now;
    context.output().line(line);
    context.output().flush();
}

void TaskSyncAction::onFinished(CliContext& context, const SyncRun& run)
{
    const QString counts = SyncText::countsLine(run.counts);
    switch (run.state) {
    case SyncRunState::Completed:
        if (m_jsonProgress) {
            context.output().line(
                QString::fromUtf8(QJsonDocument(SyncText::toJson(run)).toJson(QJsonDocument::Compact)));
        } else {
            //: %1 the run, %2 its counts, %3 how it ended ("Actions and Salesforce agree.")
            context.output().line(m_kind == SyncKind::SalesActivities
                    ? tr("Activity logging run %1 completed: %2. %3")
                          .arg(QString::number(run.id), counts, run.message)
                    : tr("Task sync run %1 completed: %2. %3")
                          .arg(QString::number(run.id), counts, run.message));
        }
        context.finish({});
        return;
    case SyncRunState::Cancelled:
        context.finish(m_cancelling ? CliContext::interruptedError()
                                    : Error::environment(QStringLiteral("tasks.cancelled"),
                                        m_kind == SyncKind::SalesActivities
                                            ? tr("The activity logging was cancelled (run %1: %2).")
                                                  .arg(QString::number(run.id), counts)
                                            : tr("The task sync was cancelled (run %1: %2).")
                                                  .arg(QString::number(run.id), counts)));
        return;
    case SyncRunState::Failed:
    case SyncRunState::Paused:
    case SyncRunState::Interrupted:
    case SyncRunState::Running:
        context.finish(Error::environment(QStringLiteral("tasks.sync-failed"),
            run.id <= 0 ? run.message
                : m_kind == SyncKind::SalesActivities
                ? tr("The activity logging stopped (run %1: %2): %3 What was committed stays; run "
                     "\"sia-admin activities log\" again to go on.")
                      .arg(QString::number(run.id), counts, run.message)
                : tr("The task sync stopped (run %1: %2): %3 What was committed stays; run "
                     "\"sia-admin tasks sync\" again to go on.")
                      .arg(QString::number(run.id), counts, run.message)));
        return;
    }
}

CliTaskSyncRun::CliTaskSyncRun(
    CliContext& context, SalesforceConnectionService& salesforce, const QString& actor, bool jsonProgress)
    : m_store(std::make_unique<DirectStoreRunner>(context.store()))
    , m_action(jsonProgress)
{
    TaskSyncEngineOptions options;
    options.actor = actor.isEmpty() ? defaultActor() : actor;
    options.schedule = false;
    m_engine = std::make_unique<TaskSyncEngine>(
        context.store().options(), *m_store, salesforce, std::move(options));
}

CliTaskSyncRun::~CliTaskSyncRun() = default;

void CliTaskSyncRun::start(CliContext& context)
{
    m_action.start(context, *m_engine);
}

} // namespace sia
