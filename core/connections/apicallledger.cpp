#include "connections/apicallledger.h"

#include <algorithm>

namespace sia {

void ApiCallLedger::record(const QDateTime& at)
{
    // A clock that stepped back still files the call in order, so that the counts stay right.
    const QDateTime utc = at.toUTC();
    m_calls.insert(std::upper_bound(m_calls.begin(), m_calls.end(), utc), utc);
}

qsizetype ApiCallLedger::firstSince(const QDateTime& start) const
{
    return std::lower_bound(m_calls.begin(), m_calls.end(), start.toUTC()) - m_calls.begin();
}

qint64 ApiCallLedger::countSince(const QDateTime& start) const
{
    return m_calls.size() - firstSince(start);
}

QDateTime ApiCallLedger::oldestSince(const QDateTime& start) const
{
    const qsizetype first = firstSince(start);
    return first < m_calls.size() ? m_calls.at(first) : QDateTime();
}

void ApiCallLedger::forgetBefore(const QDateTime& start)
{
    m_calls.remove(0, firstSince(start));
}

} // namespace sia
