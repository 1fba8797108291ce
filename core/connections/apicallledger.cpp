#include "connections/apicallledger.h"

#include <algorithm>

namespace sia {

void ApiCallLedger::record(const QDateTime& at, const QString& purpose)
{
    // A clock that stepped back still files the call in order, so that the counts stay right.
    const QDateTime utc = at.toUTC();
    const qsizetype index = std::upper_bound(m_calls.begin(), m_calls.end(), utc) - m_calls.begin();
    m_calls.insert(index, utc);
    m_purposes.insert(index, purpose);
}

qsizetype ApiCallLedger::firstSince(const QDateTime& start) const
{
    return std::lower_bound(m_calls.begin(), m_calls.end(), start.toUTC()) - m_calls.begin();
}

qint64 ApiCallLedger::countSince(const QDateTime& start) const
{
    return m_calls.size() - firstSince(start);
}

qint64 ApiCallLedger::countSince(const QDateTime& start, const QString& purpose) const
{
    return std::count(m_purposes.cbegin() + firstSince(start), m_purposes.cend(), purpose);
}

QDateTime ApiCallLedger::oldestSince(const QDateTime& start) const
{
    const qsizetype first = firstSince(start);
    return first < m_calls.size() ? m_calls.at(first) : QDateTime();
}

void ApiCallLedger::forgetBefore(const QDateTime& start)
{
    const qsizetype first = firstSince(start);
    m_calls.remove(0, first);
    m_purposes.remove(0, first);
}

} // namespace sia
