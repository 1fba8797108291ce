#include "sync/synchealth.h"

#include "common/csvwriter.h"
#include "common/timestamps.h"
#include "store/store.h"
#include "sync/syncretry.h"
#include "sync/syncrunrepository.h"

#include <QIODevice>
#include <QSqlQuery>

namespace sia {
namespace {

// Rows of an export read at a time: a people group may hold hundreds of thousands of records.
constexpr int exportPage = 1000;

// "The errors of the area's recent runs", as a condition on sync_errors, and its bindings.
QString recentRunsCondition(SyncArea area, int recentRuns, QVariantMap& bindings)
{
    QStringList kinds;
    const QList<SyncKind> of = SyncHealth::kindsOf(area);
    for (qsizetype i = 0; i < of.size(); ++i) {
        const QString name = QStringLiteral("kind%1").arg(i);
        kinds << QLatin1Char(':') + name;
        bindings.insert(name, toKey(of.at(i)));
    }
    bindings.insert(QStringLiteral("recent"), qMax(1, recentRuns));
    return QStringLiteral("run_id IN (SELECT id FROM sync_runs WHERE kind IN (%1)"
                          " ORDER BY started_at DESC, id DESC LIMIT :recent)")
        .arg(kinds.join(QStringLiteral(", ")));
}

QString containsPattern(const QString& text)
{
    QString escaped = text.trimmed().toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QString SyncErrorGroupKey::toString() const
{
    return toKey(area) + QLatin1Char('/') + code;
}

std::optional<SyncErrorGroupKey> SyncErrorGroupKey::parse(const QString& text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == text.size() - 1) {
        return std::nullopt;
    }
    const std::optional<SyncArea> area = fromKey<SyncArea>(text.left(slash));
    if (!area) {
        return std::nullopt;
    }
    return SyncErrorGroupKey { *area, text.mid(slash + 1) };
}

SyncHealth::SyncHealth(Store& store, int recentRuns)
    : m_store(store)
    , m_recentRuns(qMax(1, recentRuns))
{ }

QList<SyncKind> SyncHealth::kindsOf(SyncArea area)
{
    switch (area) {
    case SyncArea::People:
        return { SyncKind::PeopleInitial, SyncKind::PeopleIncremental };
    case SyncArea::Tasks:
        return { SyncKind::Tasks };
    case SyncArea::SalesActivities:
        return { SyncKind::SalesActivities };
    }
    return {};
}

std::optional<SyncArea> SyncHealth::areaOf(SyncKind kind)
{
    for (const SyncArea area : allValues<SyncArea>()) {
        if (kindsOf(area).contains(kind)) {
            return area;
        }
    }
    return std::nullopt;
}

QString SyncHealth::title(SyncArea area)
{
    switch (area) {
    case SyncArea::People:
        return tr("People sync");
    case SyncArea::Tasks:
        return tr("Task sync");
    case SyncArea::SalesActivities:
        return tr("Sales activity logging");
    }
    return {};
}

Result<SyncAreaHealth> SyncHealth::area(SyncArea area) const
{
    SyncAreaHealth health;
    health.area = area;
    Result<void> read = m_store.readTransaction([&]() -> Result<void> {
        // Both people kinds together, newest first: history() filters by one kind, so merge two.
        const SyncRunRepository runs(m_store);
        for (const SyncKind kind : kindsOf(area)) {
            Result<QList<SyncRun>> ofKind = runs.history(m_recentRuns, kind);
            if (!ofKind) {
                return ofKind.error();
            }
            health.runs += *ofKind;
        }
        std::stable_sort(health.runs.begin(), health.runs.end(), [](const SyncRun& a, const SyncRun& b) {
            return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.id > b.id;
        });
        health.runs = health.runs.mid(0, m_recentRuns);
        Result<QList<SyncErrorGroup>> grouped = groups(area);
        if (!grouped) {
            return grouped.error();
        }
        health.groups = *grouped;
        return {};
    });
    if (!read) {
        return read.error();
    }
    return health;
}

Result<QList<SyncAreaHealth>> SyncHealth::areas() const
{
    QList<SyncAreaHealth> all;
    for (const SyncArea each : allValues<SyncArea>()) {
        Result<SyncAreaHealth> health = area(each);
        if (!health) {
            return health.error();
        }
        all.append(*health);
    }
    return all;
}

Result<QList<SyncErrorGroup>> SyncHealth::groups(SyncArea area) const
{
    QVariantMap bindings { { QStringLiteral("failed"), toKey(SyncErrorOutcome::Failed) } };
    const QString recent = recentRunsCondition(area, m_recentRuns, bindings);
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral("SELECT code, COUNT(DISTINCT record_ref) AS records,"
                       " COUNT(DISTINCT CASE WHEN outcome = :failed THEN record_ref END), COUNT(*), MAX(at),"
                       " MIN(message) FROM sync_errors WHERE ")
            + recent + QStringLiteral(" GROUP BY code ORDER BY records DESC, code"),
        bindings);
    if (!query) {
        return query.error();
    }
    QList<SyncErrorGroup> found;
    while (query->next()) {
        SyncErrorGroup group;
        group.key = { area, query->value(0).toString() };
        group.records = query->value(1).toLongLong();
        group.failedRecords = query->value(2).toLongLong();
        group.errors = query->value(3).toLongLong();
        group.lastAt = m_store.dialect().timestampFrom(query->value(4));
        group.sampleMessage = query->value(5).toString();
        group.explanation = SyncErrorExplanations::explain(group.key.code, group.sampleMessage);
        group.retry = SyncRetry::support(group);
        found.append(group);
    }
    return found;
}

Result<std::optional<SyncErrorGroup>> SyncHealth::group(const SyncErrorGroupKey& key) const
{
    Result<QList<SyncErrorGroup>> all = groups(key.area);
    if (!all) {
        return all.error();
    }
    for (const SyncErrorGroup& each : std::as_const(*all)) {
        if (each.key == key) {
            return std::optional<SyncErrorGroup>(each);
        }
    }
    return std::optional<SyncErrorGroup>();
}

Result<QList<SyncErrorGroupRecord>> SyncHealth::records(
    const SyncErrorGroupKey& key, const QString& filter, const QString& afterRef, int limit) const
{
    QVariantMap bindings { { QStringLiteral("code"), key.code }, { QStringLiteral("limit"), qMax(1, limit) } };
    QString conditions = QStringLiteral("code = :code AND record_ref IS NOT NULL AND ")
        + recentRunsCondition(key.area, m_recentRuns, bindings);
    if (!afterRef.isEmpty()) { // an empty QString may bind as NULL, which nothing is greater than
        conditions += QStringLiteral(" AND record_ref > :after");
        bindings.insert(QStringLiteral("after"), afterRef);
    }
    if (!filter.trimmed().isEmpty()) {
        conditions += QStringLiteral(" AND (LOWER(record_ref) LIKE :inref ESCAPE '\\'"
                                     " OR LOWER(message) LIKE :inmessage ESCAPE '\\')");
        bindings.insert(QStringLiteral("inref"), containsPattern(filter));
        bindings.insert(QStringLiteral("inmessage"), containsPattern(filter));
    }
    // Each record once, with its newest error: a record that failed in every one of the last runs is one
    // record to look at, not ten.
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral("SELECT e.id, e.run_id, e.record_ref, e.at, e.outcome, e.message FROM sync_errors e"
                       " JOIN (SELECT MAX(id) AS newest FROM sync_errors WHERE ")
            + conditions
            + QStringLiteral(" GROUP BY record_ref) latest ON e.id = latest.newest"
                             " ORDER BY e.record_ref LIMIT :limit"),
        bindings);
    if (!query) {
        return query.error();
    }
    QList<SyncErrorGroupRecord> page;
    while (query->next()) {
        SyncErrorGroupRecord record;
        record.errorId = query->value(0).toLongLong();
        record.runId = query->value(1).toLongLong();
        record.recordRef = query->value(2).toString();
        record.at = m_store.dialect().timestampFrom(query->value(3));
        record.outcome
            = fromKey<SyncErrorOutcome>(query->value(4).toString()).value_or(SyncErrorOutcome::Failed);
        record.message = query->value(5).toString();
        page.append(record);
    }
    return page;
}

Result<qint64> SyncHealth::exportCsv(const std::optional<SyncErrorGroupKey>& key, QIODevice& out) const
{
    // The header's words are the columns' stable names, as a script reading the file expects them.
    const QByteArray header = CsvWriter::row(
        { QStringLiteral("area"), QStringLiteral("code"), QStringLiteral("record"), QStringLiteral("run"),
            QStringLiteral("at"), QStringLiteral("outcome"), QStringLiteral("message") });
    if (out.write(header) != header.size()) {
        return Error::environment(QStringLiteral("health.export-failed"),
            tr("The errors could not be written (%1). Check that the disk has room and the folder can be "
               "written to, then export again.")
                .arg(out.errorString()));
    }
    if (key) {
        return exportGroup(*key, out);
    }
    qint64 written = 0;
    for (const SyncArea area : allValues<SyncArea>()) {
        Result<QList<SyncErrorGroup>> all = groups(area);
        if (!all) {
            return all.error();
        }
        for (const SyncErrorGroup& group : std::as_const(*all)) {
            Result<qint64> rows = exportGroup(group.key, out);
            if (!rows) {
                return rows;
            }
            written += *rows;
        }
    }
    return written;
}

Result<qint64> SyncHealth::exportGroup(const SyncErrorGroupKey& key, QIODevice& out) const
{
    qint64 written = 0;
    QString after;
    for (;;) {
        Result<QList<SyncErrorGroupRecord>> page = records(key, {}, after, exportPage);
        if (!page) {
            return page.error();
        }
        for (const SyncErrorGroupRecord& record : std::as_const(*page)) {
            const QByteArray row
                = CsvWriter::row({ toKey(key.area), key.code, record.recordRef, QString::number(record.runId),
                    toStoredTimestamp(record.at), toKey(record.outcome), record.message });
            if (out.write(row) != row.size()) {
                return Error::environment(QStringLiteral("health.export-failed"),
                    tr("The errors could not be written (%1). Check that the disk has room and the folder "
                       "can be written to, then export again.")
                        .arg(out.errorString()));
            }
            ++written;
            after = record.recordRef;
        }
        if (page->size() < exportPage) {
            return written;
        }
    }
}

} // namespace sia
