// One run of a sync as the store keeps it (sync_runs): what it is, where it stands, who started it, and
// its counts so far. The counts are saved in the same transaction as each batch and its checkpoint, so
// after a crash they are exactly what was committed.
#pragma once

#include "sync/syncvocabulary.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace sia {

struct SyncCounts
{
    qint64 total = -1; // the people (or tasks) the run will look at; -1 while unknown
    qint64 processed = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 deleted = 0; // tombstoned (people) or removed (tasks)
    qint64 skipped = 0; // left out on purpose: not eligible (reasons in sync_errors with outcome skipped)
    qint64 failed = 0; // could not be written (in sync_errors with outcome failed)

    SyncCounts& operator+=(const SyncCounts& more); // adds all but total
    friend bool operator==(const SyncCounts&, const SyncCounts&) = default;
};

struct SyncRun
{
    qint64 id = 0;
    SyncKind kind = SyncKind::PeopleInitial;
    SyncRunState state = SyncRunState::Running;
    QString startedBy;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while it runs or is paused
    SyncCounts counts;
    QString message; // how it ended, for the admin (translated when written): the error that stopped it
    QDateTime heartbeatAt; // the last sign of life of the process running it (stale: it was killed)
    QString owner; // that process: "host:pid"

    bool isFinished() const
    {
        return state == SyncRunState::Completed || state == SyncRunState::Failed
            || state == SyncRunState::Cancelled;
    }
};

} // namespace sia

Q_DECLARE_METATYPE(sia::SyncRun)
