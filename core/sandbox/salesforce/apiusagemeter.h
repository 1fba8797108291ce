// The org's daily API request allowance: calls counted over a rolling 24 hours (Salesforce's window),
// reported by /limits (DailyApiRequests) and by the Sforce-Limit-Info header of every answer; once the
// maximum is reached, further calls are refused (403 REQUEST_LIMIT_EXCEEDED) and not counted.
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <deque>
#include <functional>
#include <utility>

namespace sia::sandbox::salesforce {

class ApiUsageMeter
{
public:
    using Clock = std::function<QDateTime()>;

    ApiUsageMeter(qint64 maximum, Clock clock);

    // Counts one call; false (and nothing counted) when the allowance is used up.
    bool tryCount();
    qint64 used() const;
    qint64 maximum() const { return m_maximum; }
    qint64 remaining() const { return qMax<qint64>(0, m_maximum - used()); }
    QByteArray limitInfoHeader() const; // "api-usage=18/15000"
    void reset();

private:
    void forgetOldCalls() const;

    qint64 m_maximum;
    Clock m_clock;
    mutable std::deque<std::pair<qint64, qint64>> m_perMinute; // (minute since the epoch, calls)
    mutable qint64 m_used = 0;
};

} // namespace sia::sandbox::salesforce
