// The calls this product made to one service, for ApiBudget's "used by us": in memory, in the order they
// were made; calls older than the oldest day any budget looks at are forgotten. ApiCallLedgerFile keeps
// them across restarts.
#pragma once

#include <QDateTime>
#include <QList>

namespace sia {

class ApiCallLedger
{
public:
    void record(const QDateTime& at);
    qint64 countSince(const QDateTime& start) const;
    QDateTime oldestSince(const QDateTime& start) const; // invalid when there is none
    void forgetBefore(const QDateTime& start);
    const QList<QDateTime>& calls() const { return m_calls; } // ascending, UTC

private:
    qsizetype firstSince(const QDateTime& start) const;

    QList<QDateTime> m_calls; // ascending
};

} // namespace sia
