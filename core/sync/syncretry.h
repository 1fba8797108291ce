// "Retry these" for a group of sync errors: the group's failed records are marked so that the next run of
// their sync takes them again. Tasks (task:<id>) get pending_push back, which the task sync's next run
// pushes; people (marketo:<id>) go on the PeopleRetryList, which the next incremental people sync looks up
// in Marketo again. support() says, for the window and the command line, what a group allows: records left
// out on purpose (skipped) are fixed at their source, and activities are found again by the logging run
// itself. Records the admin marked are written in the audit log.
#pragma once

#include "common/result.h"
#include "sync/synchealth.h"

#include <QCoreApplication>

namespace sia {

class Store;

class SyncRetry
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncRetry)

public:
    explicit SyncRetry(Store& store, int recentRuns = SyncHealth::defaultRecentRuns);

    static SyncRetrySupport support(const SyncErrorGroup& group);

    // Marks the group's failed records; answers how many were marked (a task deleted since is not).
    // Refused (health.retry-unsupported) for a group whose records cannot be marked, and for a group that
    // does not exist (health.no-such-group).
    Result<qint64> retry(const SyncErrorGroupKey& key, const QString& actor);

private:
    Result<QStringList> failedRecordRefs(const SyncErrorGroupKey& key) const;
    Result<qint64> markTasksPending(const QStringList& refs);
    Result<qint64> addToPeopleRetryList(const QStringList& refs);

    Store& m_store;
    int m_recentRuns;
};

} // namespace sia
