// The window of a get-updated or get-deleted call (…/sobjects/{Object}/updated/?start=&end=), checked as
// Salesforce checks it, and how far the org's replication data covers it. One place for the vendor's rules,
// whatever the object: seconds are ignored, start precedes end, start is neither in the future nor more
// than 30 days back, and the window spans at most 30 days. The answer covers the window up to
// latestDateCovered: the current minute less the replication lag (changes still being committed are not
// ready), never past end. A client asks again from latestDateCovered, never from end.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"

#include <QDateTime>

namespace sia::sandbox::salesforce {

class ReplicationWindow
{
public:
    static constexpr int maximumDays = 30; // how far back a window may start, and how long it may be

    // start and end as the request gave them; now from the sandbox clock; lagSeconds ≥ 0.
    static SfResult<ReplicationWindow> open(
        const QDateTime& start, const QDateTime& end, const QDateTime& now, qint64 lagSeconds);

    QDateTime from() const { return m_from; } // start, to the minute
    QDateTime latestDateCovered() const { return m_latestCovered; }
    // Whether a change at this time belongs to the answer: in [from, latestDateCovered).
    bool covers(const QDateTime& at) const { return at >= m_from && at < m_latestCovered; }

    static SalesforceError invalidDate(const QString& message);

private:
    QDateTime m_from;
    QDateTime m_latestCovered;
};

} // namespace sia::sandbox::salesforce
