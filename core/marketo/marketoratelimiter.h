// Keeps one client within Marketo's limits without wasting them: at most `callsPerWindow` calls in any
// sliding window, at most `concurrent` in flight, and no call once the day's quota is used (the day turns
// over at midnight US Central). A call holds a slot from dispatch until its answer has arrived, and its
// place in the window counts from that moment: the server saw it earlier, so the client never runs ahead
// of the server's window whatever the latency. Waiting calls are granted in order as soon as a slot frees.
#pragma once

#include "common/result.h"
#include "marketo/marketoconnection.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace sia {

class MarketoRateLimiter : public QObject
{
    Q_OBJECT

public:
    using Ticket = quint64;
    // One call as the limiter saw it, in milliseconds since the limiter was made (for tests and logs).
    struct CallRecord
    {
        qint64 dispatchedMs = 0;
        qint64 finishedMs = 0;
    };

    explicit MarketoRateLimiter(MarketoLimits limits, QObject* parent = nullptr);

    // granted runs from the event loop once a slot is free, or with the quota error when today's calls
    // are used up. Every granted ticket must be released exactly once.
    void acquire(std::function<void(Result<Ticket>)> granted);
    // sent: the call went to Marketo (it counts against the window and the quota); false gives it back.
    void release(Ticket ticket, bool sent = true);

    // Marketo answered 607: no call until the quota resets, whatever our own count says.
    void markQuotaUsedUp();
    // Seeds today's count from what Marketo reports (stats/usage.json), for calls made by others.
    void setCallsUsedToday(qint64 calls);
    qint64 callsUsedToday() const;
    QDateTime nextQuotaReset() const; // the next midnight US Central, in UTC

    const MarketoLimits& limits() const { return m_limits; }
    int inFlight() const { return int(m_inFlight.size()); }
    int waiting() const { return int(m_waiting.size()); }
    // The last calls released, oldest first (at most logCapacity of them).
    const std::deque<CallRecord>& log() const { return m_log; }
    static constexpr std::size_t logCapacity = 10'000;

private:
    void schedulePump();
    void pump();
    void rollDay() const;
    int callsInWindow(qint64 now);
    QDate marketoDay() const;

    MarketoLimits m_limits;
    QElapsedTimer m_clock;
    QTimer m_wakeUp; // fires when the oldest call leaves the window
    std::deque<std::function<void(Result<Ticket>)>> m_waiting;
    QHash<Ticket, qint64> m_inFlight; // ticket → dispatched at
    std::deque<qint64> m_finished; // answers received within the window, oldest first
    std::deque<CallRecord> m_log;
    Ticket m_nextTicket = 1;
    bool m_pumpScheduled = false;
    mutable QDate m_day;
    mutable qint64 m_callsToday = 0;
};

} // namespace sia
