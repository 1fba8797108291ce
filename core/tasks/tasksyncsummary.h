// The task sync's status in a few sentences, as the command center's status line and `sia-admin tasks
// status` show it: off (and where to turn it on), running, when it last ran and with what, what still waits
// for Salesforce. Computed once here so that the window and the command line say the same.
#pragma once

#include "sync/tasksyncservice.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace sia {

class TaskSyncSummary
{
    Q_DECLARE_TR_FUNCTIONS(sia::TaskSyncSummary)

public:
    // Each a whole sentence; times in zone, the time alone when the run was on now's day there.
    static QStringList sentences(const TaskSyncStatus& status, const QTimeZone& zone, const QDateTime& now);
};

} // namespace sia
