// The audit log: who did what, when, to which part of the instance. Append-only; every rule-checked
// change in core writes here in the same transaction as the change itself.
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sia {

class Store;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // "step.done", "prerequisite.confirmed", ...
    QString subject; // "step 3", "prerequisite actions-enabled", ...
    QJsonObject details;
};

class AuditLog
{
public:
    explicit AuditLog(Store& store)
        : m_store(store)
    { }

    Result<void> append(
        const QString& actor, const QString& action, const QString& subject, const QJsonObject& details = {});

    // Newest first; limit 0 means all.
    Result<QList<AuditEntry>> entries(int limit = 0) const;

private:
    Store& m_store;
};

} // namespace sia
