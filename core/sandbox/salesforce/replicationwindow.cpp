#include "sandbox/salesforce/replicationwindow.h"

#include "sandbox/salesforce/salesforcetime.h"

namespace sia::sandbox::salesforce {

SalesforceError ReplicationWindow::invalidDate(const QString& message)
{
    return SalesforceError::make(400, QStringLiteral("INVALID_REPLICATION_DATE"), message);
}

SfResult<ReplicationWindow> ReplicationWindow::open(
    const QDateTime& start, const QDateTime& end, const QDateTime& now, qint64 lagSeconds)
{
    // Seconds are ignored: 12:30:15 is taken as 12:30:00.
    const QDateTime from = truncateToMinute(start);
    const QDateTime to = truncateToMinute(end);
    const QDateTime currentMinute = truncateToMinute(now);
    if (from >= to) {
        return invalidDate(QStringLiteral("startDate must chronologically precede endDate"));
    }
    if (from < currentMinute.addDays(-maximumDays)) {
        return invalidDate(QStringLiteral("startDate cannot be more than %1 days ago").arg(maximumDays));
    }
    if (from > currentMinute) {
        return invalidDate(QStringLiteral("startDate cannot be in the future"));
    }
    if (to > from.addDays(maximumDays)) {
        // Salesforce documents the 30 days for how far back; the sandbox also refuses a longer span (the
        // stricter reading): a client pages through consecutive windows anyway.
        return invalidDate(QStringLiteral("The date range must not exceed %1 days").arg(maximumDays));
    }
    ReplicationWindow window;
    window.m_from = from;
    // Covered up to what is ready: the current minute less the lag, never past end, never before start (an
    // empty answer then: ask again later from the same start).
    const QDateTime ready = truncateToMinute(now.addSecs(-qMax<qint64>(0, lagSeconds)));
    window.m_latestCovered = qMax(from, qMin(to, ready));
    return window;
}

} // namespace sia::sandbox::salesforce
