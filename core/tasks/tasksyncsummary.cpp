#include "tasks/tasksyncsummary.h"

#include <QLocale>

namespace sia {

namespace {

QString when(const QDateTime& at, const QTimeZone& zone, const QDateTime& now)
{
    const QDateTime local = at.toTimeZone(zone);
    const QLocale locale;
    return local.date() == now.toTimeZone(zone).date() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                       : locale.toString(local, QLocale::ShortFormat);
}

} // namespace

QStringList TaskSyncSummary::sentences(
    const TaskSyncStatus& status, const QTimeZone& zone, const QDateTime& now)
{
    QStringList said;
    if (!status.enabled) {
        said.append(tr("Task sync: off — turn it on in Salesforce sync settings."));
        return said;
    }
    if (status.running) {
        said.append(tr("Task sync: running now."));
    } else if (!status.lastRun) {
        said.append(tr("Task sync: on, not run yet."));
    } else if (status.lastRun->state == SyncRunState::Completed) {
        const SyncCounts& counts = status.lastRun->counts;
        const QLocale locale;
        //: %1 when (10:42), %2 tasks created, %3 updated, %4 removed, on either side
        said.append(tr("Task sync: last ran %1, %2 created, %3 updated, %4 removed.")
                        .arg(when(status.lastRun->finishedAt.isValid() ? status.lastRun->finishedAt
                                                                       : status.lastRun->startedAt,
                                 zone, now),
                            locale.toString(counts.created), locale.toString(counts.updated),
                            locale.toString(counts.deleted)));
    } else {
        //: %1 when the run began, %2 why it stopped
        said.append(tr("Task sync: the run of %1 did not finish: %2")
                        .arg(when(status.lastRun->startedAt, zone, now), status.lastRun->message));
    }
    if (status.waitingForSalesforce > 0) {
        said.append(tr("%n change(s) wait for Salesforce.", nullptr, int(status.waitingForSalesforce)));
    }
    return said;
}

} // namespace sia
