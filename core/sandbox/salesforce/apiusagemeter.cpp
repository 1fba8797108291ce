#include "sandbox/salesforce/apiusagemeter.h"

namespace sia::sandbox::salesforce {

namespace {
constexpr qint64 minutesPerDay = 24 * 60;
}

ApiUsageMeter::ApiUsageMeter(qint64 maximum, Clock clock)
    : m_maximum(maximum)
    , m_clock(std::move(clock))
{ }

void ApiUsageMeter::forgetOldCalls() const
{
    const qint64 minute = m_clock().toMSecsSinceEpoch() / 60000;
    while (!m_perMinute.empty() && m_perMinute.front().first <= minute - minutesPerDay) {
        m_used -= m_perMinute.front().second;
        m_perMinute.pop_front();
    }
}

bool ApiUsageMeter::tryCount()
{
    forgetOldCalls();
    if (m_used >= m_maximum) {
        return false;
    }
    const qint64 minute = m_clock().toMSecsSinceEpoch() / 60000;
    if (m_perMinute.empty() || m_perMinute.back().first != minute) {
        m_perMinute.emplace_back(minute, 0);
    }
    ++m_perMinute.back().second;
    ++m_used;
    return true;
}

qint64 ApiUsageMeter::used() const
{
    forgetOldCalls();
    return m_used;
}

QByteArray ApiUsageMeter::limitInfoHeader() const
{
    return "api-usage=" + QByteArray::number(used()) + '/' + QByteArray::number(m_maximum);
}

void ApiUsageMeter::reset()
{
    m_perMinute.clear();
    m_used = 0;
}

} // namespace sia::sandbox::salesforce
