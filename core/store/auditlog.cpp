#include "store/auditlog.h"

#include "common/timestamps.h"
#include "store/store.h"

#include <QJsonDocument>

namespace sia {

namespace {

// A LIKE pattern that finds text anywhere, with LIKE's own wildcards in it taken literally.
QString containsPattern(const QString& text)
{
    QString escaped = text.trimmed().toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Result<void> AuditLog::append(const QString& actor, const QString& action, const QJsonObject& arguments)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable;
    }
    Result<QSqlQuery> inserted
        = m_store.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, details)"
                                      " VALUES (:at, :actor, :action, :arguments)"),
            { { QStringLiteral("at"), nowTimestamp() }, { QStringLiteral("actor"), actor },
                { QStringLiteral("action"), action },
                { QStringLiteral("arguments"),
                    QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact)) } });
    if (!inserted) {
        return inserted.error();
    }
    return {};
}

Result<QSqlQuery> AuditLog::select(
    const QString& columns, qint64 beforeId, int limit, const AuditFilter& filter) const
{
    QStringList conditions;
    QVariantMap bindings;
    if (beforeId > 0) {
        conditions << QStringLiteral("id < :before");
        bindings.insert(QStringLiteral("before"), beforeId);
    }
    if (!filter.isEmpty()) {
        // CAST: the arguments are a JSON column, text in SQLite and json in PostgreSQL.
        QStringList matches { QStringLiteral("LOWER(actor) LIKE :actor ESCAPE '\\'"),
            QStringLiteral("LOWER(action) LIKE :action ESCAPE '\\'"),
            QStringLiteral("LOWER(CAST(details AS TEXT)) LIKE :arguments ESCAPE '\\'") };
        const QString pattern = containsPattern(filter.text);
        bindings.insert(QStringLiteral("actor"), pattern);
        bindings.insert(QStringLiteral("action"), pattern);
        bindings.insert(QStringLiteral("arguments"), pattern);
        QStringList keys;
        for (qsizetype i = 0; i < filter.actionKeys.size(); ++i) {
            const QString name = QStringLiteral("key%1").arg(i);
            keys << QLatin1Char(':') + name;
            bindings.insert(name, filter.actionKeys.at(i));
        }
        if (!keys.isEmpty()) {
            matches << QStringLiteral("action IN (%1)").arg(keys.join(QStringLiteral(", ")));
        }
        conditions << QLatin1Char('(') + matches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(columns);
    if (!conditions.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    if (limit >= 0) {
        sql += QStringLiteral(" ORDER BY id DESC");
    }
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT :limit");
        bindings.insert(QStringLiteral("limit"), limit);
    }
    return m_store.exec(sql, bindings);
}

Result<QList<AuditEntry>> AuditLog::page(qint64 beforeId, int limit, const AuditFilter& filter) const
{
    Result<QSqlQuery> query
        = select(QStringLiteral("id, at, actor, action, details"), beforeId, qMax(0, limit), filter);
    if (!query) {
        return query.error();
    }
    QList<AuditEntry> result;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.at = m_store.dialect().timestampFrom(query->value(1));
        entry.actor = query->value(2).toString();
        entry.action = query->value(3).toString();
        entry.arguments = QJsonDocument::fromJson(query->value(4).toString().toUtf8()).object();
        result.append(entry);
    }
    return result;
}

Result<QList<AuditEntry>> AuditLog::entries(int limit) const
{
    return page(0, limit);
}

Result<qint64> AuditLog::count(const AuditFilter& filter) const
{
    // limit -1: no ORDER BY, which PostgreSQL refuses beside an aggregate.
    Result<QSqlQuery> query = select(QStringLiteral("COUNT(*)"), 0, -1, filter);
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

} // namespace sia
