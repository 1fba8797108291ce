#include "sync/syncretry.h"

#include "store/auditlog.h"
#include "store/store.h"
#include "sync/peopleretrylist.h"

#include <QSqlQuery>

namespace sia {
namespace {

constexpr int refPage = 1000;

// The number after prefix ("task:12" → 12), or 0 when the reference is of another kind.
qint64 idAfter(const QString& ref, QLatin1StringView prefix)
{
    if (!ref.startsWith(prefix)) {
        return 0;
    }
    bool number = false;
    const qint64 id = QStringView(ref).mid(prefix.size()).toLongLong(&number);
    return number && id > 0 ? id : 0;
}

} // namespace

SyncRetry::SyncRetry(Store& store, int recentRuns)
    : m_store(store)
    , m_recentRuns(recentRuns)
{ }

SyncRetrySupport SyncRetry::support(const SyncErrorGroup& group)
{
    if (group.failedRecords == 0) {
        return { false, false,
            tr("These records were left out on purpose, not failed: fix them as said above, and the next "
               "sync takes them.") };
    }
    switch (group.key.area) {
    case SyncArea::Tasks:
        return { true, true, {} };
    case SyncArea::People:
        // The next incremental run looks them up in Marketo again (PeopleRetryList).
        return { true, true, {} };
    case SyncArea::SalesActivities:
        return { false, false,
            tr("Activities that were not logged stay marked as not logged, which is how the logging run "
               "finds "
               "them again: there is nothing to mark here.") };
    }
    return {};
}

Result<QStringList> SyncRetry::failedRecordRefs(const SyncErrorGroupKey& key) const
{
    const SyncHealth health(m_store, m_recentRuns);
    QStringList refs;
    QString after;
    for (;;) {
        Result<QList<SyncErrorGroupRecord>> page = health.records(key, {}, after, refPage);
        if (!page) {
            return page.error();
        }
        for (const SyncErrorGroupRecord& record : std::as_const(*page)) {
            if (record.outcome == SyncErrorOutcome::Failed) {
                refs << record.recordRef;
            }
            after = record.recordRef;
        }
        if (page->size() < refPage) {
            return refs;
        }
    }
}

Result<qint64> SyncRetry::retry(const SyncErrorGroupKey& key, const QString& actor)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    Result<std::optional<SyncErrorGroup>> group = SyncHealth(m_store, m_recentRuns).group(key);
    if (!group) {
        return group.error();
    }
    if (!*group) {
        return Error::notFound(QStringLiteral("health.no-such-group"),
            tr("There are no errors of the kind \"%1\" in the recent runs. List the groups with "
               "\"sia-admin health\".")
                .arg(key.toString()));
    }
    const SyncRetrySupport support = SyncRetry::support(**group);
    if (!support.recordable) {
        return Error::rule(QStringLiteral("health.retry-unsupported"), support.reason);
    }
    qint64 marked = 0;
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        Result<QStringList> refs = failedRecordRefs(key);
        if (!refs) {
            return refs.error();
        }
        Result<qint64> count
            = key.area == SyncArea::Tasks ? markTasksPending(*refs) : addToPeopleRetryList(*refs);
        if (!count) {
            return count.error();
        }
        marked = *count;
        return AuditLog(m_store).append(actor, QStringLiteral("health.retry"),
            { { QStringLiteral("group"), key.toString() }, { QStringLiteral("records"), double(marked) } });
    });
    if (!done) {
        return done.error();
    }
    return marked;
}

Result<qint64> SyncRetry::markTasksPending(const QStringList& refs)
{
    qint64 marked = 0;
    for (const QString& ref : refs) {
        const qint64 id = idAfter(ref, QLatin1StringView("task:"));
        if (id <= 0) {
            continue;
        }
        // pending_push only: the task's content and updated_at stay as they are, so the push still sees
        // whether the admin edited it meanwhile.
        Result<QSqlQuery> updated
            = m_store.exec(QStringLiteral("UPDATE tasks SET pending_push = :pending WHERE id = :id"),
                { { QStringLiteral("pending"), true }, { QStringLiteral("id"), id } });
        if (!updated) {
            return updated.error();
        }
        marked += updated->numRowsAffected() > 0 ? 1 : 0;
    }
    return marked;
}

Result<qint64> SyncRetry::addToPeopleRetryList(const QStringList& refs)
{
    QList<qint64> ids;
    for (const QString& ref : refs) {
        if (const qint64 id = idAfter(ref, QLatin1StringView("marketo:")); id > 0) {
            ids.append(id);
        }
    }
    // Every chosen person counts as marked, also one already on the list from an earlier retry.
    if (Result<qint64> added = PeopleRetryList(m_store).add(ids); !added) {
        return added.error();
    }
    return qint64(ids.size());
}

} // namespace sia
