#include "sync/peopleretrylist.h"

#include "sync/syncrunrepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <set>

namespace sia {

Result<QList<qint64>> PeopleRetryList::ids() const
{
    Result<std::optional<QJsonObject>> saved = SyncRunRepository(m_store).checkpoint(stream);
    if (!saved) {
        return saved.error();
    }
    std::set<qint64> unique;
    if (*saved) {
        for (const QJsonValue& id : (*saved)->value(QStringLiteral("marketoIds")).toArray()) {
            if (id.toInteger() > 0) {
                unique.insert(id.toInteger());
            }
        }
    }
    return QList<qint64>(unique.cbegin(), unique.cend());
}

Result<qint64> PeopleRetryList::add(const QList<qint64>& added)
{
    Result<QList<qint64>> current = ids();
    if (!current) {
        return current.error();
    }
    std::set<qint64> unique(current->cbegin(), current->cend());
    qint64 fresh = 0;
    for (const qint64 id : added) {
        if (id > 0 && unique.insert(id).second) {
            ++fresh;
        }
    }
    if (Result<void> saved = save(QList<qint64>(unique.cbegin(), unique.cend())); !saved) {
        return saved.error();
    }
    return fresh;
}

Result<void> PeopleRetryList::remove(const QList<qint64>& removed)
{
    Result<QList<qint64>> current = ids();
    if (!current) {
        return current.error();
    }
    const std::set<qint64> drop(removed.cbegin(), removed.cend());
    QList<qint64> kept;
    for (const qint64 id : std::as_const(*current)) {
        if (!drop.contains(id)) {
            kept.append(id);
        }
    }
    if (kept.size() == current->size()) {
        return {};
    }
    return save(kept);
}

Result<void> PeopleRetryList::save(const QList<qint64>& ids)
{
    QJsonArray list;
    for (const qint64 id : ids) {
        list.append(id);
    }
    return SyncRunRepository(m_store).saveCheckpoint(stream, 0, { { QStringLiteral("marketoIds"), list } });
}

} // namespace sia
