// The people the admin chose to retry on Sync health (the failed records of a people-sync error group),
// kept as checkpoint stream "people.retry" ({"marketoIds":[…]}, ascending): SyncRetry adds to it, the next
// incremental people sync looks each of them up in Marketo again, writes them as it writes changed people
// and removes them in the same transaction. Each call reads the stored list afresh, so that ids added by
// another process meanwhile are kept (callers run inside a transaction where that matters).
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace sia {

class Store;

class PeopleRetryList
{
public:
    static inline const QString stream = QStringLiteral("people.retry");

    explicit PeopleRetryList(Store& store)
        : m_store(store)
    { }

    Result<QList<qint64>> ids() const;
    // Answers how many of ids were not on the list before.
    Result<qint64> add(const QList<qint64>& ids);
    Result<void> remove(const QList<qint64>& ids);

private:
    Result<void> save(const QList<qint64>& ids);

    Store& m_store;
};

} // namespace sia
