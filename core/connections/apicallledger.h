// The calls this product made to one service, for ApiBudget's "used by us": in memory, in the order they
// were made; calls older than the oldest day any budget looks at are forgotten. ApiCallLedgerFile keeps
// them across restarts. Each call may carry a purpose (the sync kind that made it, "tasks"), so that the
// sync health can say which sync used how many; a call without one counts only in the totals.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace sia {

class ApiCallLedger
{
public:
    void record(const QDateTime& at, const QString& purpose = {});
    qint64 countSince(const QDateTime& start) const;
    qint64 countSince(const QDateTime& start, const QString& purpose) const;
    QDateTime oldestSince(const QDateTime& start) const; // invalid when there is none
    void forgetBefore(const QDateTime& start);
    const QList<QDateTime>& calls() const { return m_calls; } // ascending, UTC
    QString purposeAt(qsizetype index) const { return m_purposes.value(index); }

private:
    qsizetype firstSince(const QDateTime& start) const;

    QList<QDateTime> m_calls; // ascending
    QList<QString> m_purposes; // m_purposes[i] is m_calls[i]'s (empty: none given)
};

} // namespace sia
