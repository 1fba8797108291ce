#include "marketo/marketoratelimiter.h"

#include "marketo/marketoerrors.h"

#include <QTimeZone>

namespace sia {
namespace {

const QTimeZone& usCentral()
{
    static const QTimeZone zone("America/Chicago");
    return zone;
}

} // namespace

MarketoRateLimiter::MarketoRateLimiter(MarketoLimits limits, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
    m_wakeUp.setSingleShot(true);
    m_wakeUp.setTimerType(Qt::PreciseTimer); // a coarse timer would waste up to 5 % of the window
    connect(&m_wakeUp, &QTimer::timeout, this, &MarketoRateLimiter::pump);
}

void MarketoRateLimiter::acquire(std::function<void(Result<Ticket>)> granted)
{
    m_waiting.push_back(std::move(granted));
    schedulePump();
}

void MarketoRateLimiter::release(Ticket ticket, bool sent)
{
    const auto it = m_inFlight.constFind(ticket);
    if (it == m_inFlight.cend()) {
        return;
    }
    const qint64 dispatched = *it;
    m_inFlight.erase(it);
    if (sent) {
        const qint64 now = m_clock.elapsed();
        m_finished.push_back(now);
        m_log.push_back({ dispatched, now });
        if (m_log.size() > logCapacity) {
            m_log.pop_front();
        }
    } else {
        rollDay();
        m_callsToday = std::max<qint64>(0, m_callsToday - 1);
    }
    schedulePump();
}

void MarketoRateLimiter::markQuotaUsedUp()
{
    rollDay();
    m_callsToday = std::max(m_callsToday, m_limits.dailyCalls);
    schedulePump();
}

void MarketoRateLimiter::setCallsUsedToday(qint64 calls)
{
    rollDay();
    m_callsToday = std::max<qint64>(0, calls);
    schedulePump();
}

qint64 MarketoRateLimiter::callsUsedToday() const
{
    rollDay();
    return m_callsToday;
}

QDate MarketoRateLimiter::marketoDay() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(usCentral()).date();
}

QDateTime MarketoRateLimiter::nextQuotaReset() const
{
    return QDateTime(marketoDay().addDays(1), QTime(0, 0), usCentral()).toUTC();
}

void MarketoRateLimiter::rollDay() const
{
    const QDate today = marketoDay();
    if (today != m_day) {
        m_day = today;
        m_callsToday = 0;
    }
}

int MarketoRateLimiter::callsInWindow(qint64 now)
{
    const qint64 windowMs = m_limits.window.count();
    while (!m_finished.empty() && m_finished.front() <= now - windowMs) {
        m_finished.pop_front();
    }
    return int(m_finished.size() + m_inFlight.size());
}

void MarketoRateLimiter::schedulePump()
{
    // Grants come from the event loop, never from inside acquire() or release(): no caller is re-entered.
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(this, &MarketoRateLimiter::pump, Qt::QueuedConnection);
    }
}

void MarketoRateLimiter::pump()
{
    m_pumpScheduled = false;
    while (!m_waiting.empty()) {
        rollDay();
        if (m_callsToday >= m_limits.dailyCalls) {
            // Nothing can go today: every waiting call is told so at once rather than held until midnight.
            const Error usedUp = MarketoErrors::dailyQuotaUsed(nextQuotaReset());
            auto waiting = std::move(m_waiting);
            m_waiting.clear();
            for (auto& granted : waiting) {
                granted(usedUp);
            }
            return;
        }
        const qint64 now = m_clock.elapsed();
        if (int(m_inFlight.size()) >= m_limits.concurrent) {
            return; // release() pumps again
        }
        if (callsInWindow(now) >= m_limits.callsPerWindow) {
            if (!m_finished.empty()) {
                // The oldest answer leaves the window one millisecond after `window` has passed.
                const qint64 due = m_finished.front() + m_limits.window.count() + 1 - now;
                m_wakeUp.start(int(std::max<qint64>(1, due)));
            }
            return; // otherwise every slot is in flight: release() pumps again
        }
        const Ticket ticket = m_nextTicket++;
        m_inFlight.insert(ticket, now);
        ++m_callsToday;
        auto granted = std::move(m_waiting.front());
        m_waiting.pop_front();
        granted(ticket);
    }
}

} // namespace sia
