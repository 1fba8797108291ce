#include "store/auditlog.h"

#include "common/timestamps.h"
#include "store/store.h"

#include <QJsonDocument>

namespace sia {

Result<void> AuditLog::append(
    const QString& actor, const QString& action, const QString& subject, const QJsonObject& details)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable;
    }
    Result<QSqlQuery> inserted
        = m_store.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, details)"
                                      " VALUES (:at, :actor, :action, :subject, :details)"),
            { { QStringLiteral("at"), nowTimestamp() }, { QStringLiteral("actor"), actor },
                { QStringLiteral("action"), action }, { QStringLiteral("subject"), subject },
                { QStringLiteral("details"),
                    details.isEmpty()
                        ? QVariant()
                        : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)) } });
    if (!inserted) {
        return inserted.error();
    }
    return {};
}

Result<QList<AuditEntry>> AuditLog::entries(int limit) const
{
    QString sql
        = QStringLiteral("SELECT id, at, actor, action, subject, details FROM audit_log ORDER BY id DESC");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    }
    Result<QSqlQuery> query = m_store.exec(sql);
    if (!query) {
        return query.error();
    }
    QList<AuditEntry> result;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.at = fromStoredTimestamp(query->value(1).toString());
        entry.actor = query->value(2).toString();
        entry.action = query->value(3).toString();
        entry.subject = query->value(4).toString();
        entry.details = QJsonDocument::fromJson(query->value(5).toString().toUtf8()).object();
        result.append(entry);
    }
    return result;
}

} // namespace sia
