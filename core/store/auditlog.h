// The audit log: who did what, when. Append-only; every rule-checked change in core writes here in the
// same transaction as the change itself. An entry stores a stable action key and its arguments, never
// a sentence: the review and the command line render it in the reader's language (AuditCatalogue).
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace sia {

class Store;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // a stable key: "step.done", "prerequisite.confirmed", "setting.changed", ...
    QJsonObject arguments; // what the text needs: {"step": 3, "from": "in-progress", "to": "done"}, ...
};

// Which entries a page or a count covers. Matching happens in SQL, so that a filter over a long log
// never loads the log.
struct AuditFilter
{
    QString text; // found case-insensitively in the actor, the action key or the arguments
    QStringList actionKeys; // entries with one of these keys match too (whose rendered text matches)

    bool isEmpty() const { return text.trimmed().isEmpty(); }
};

class AuditLog
{
public:
    explicit AuditLog(Store& store)
        : m_store(store)
    { }

    Result<void> append(const QString& actor, const QString& action, const QJsonObject& arguments = {});

    // Newest first; limit 0 means all.
    Result<QList<AuditEntry>> entries(int limit = 0) const;

    // One page, newest first: up to limit entries older than beforeId (0: from the newest) that pass the
    // filter. Keyset paging: a page stays put while others append to the log.
    Result<QList<AuditEntry>> page(qint64 beforeId, int limit, const AuditFilter& filter = {}) const;
    Result<qint64> count(const AuditFilter& filter = {}) const;

private:
    Result<QSqlQuery> select(
        const QString& columns, qint64 beforeId, int limit, const AuditFilter& filter) const;

    Store& m_store;
};

} // namespace sia
