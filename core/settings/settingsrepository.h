// The settings table: typed values, instance-wide (userId 0) or for one Actions user. Features read and
// write their settings through typed keys of their own; this class is the one place that stores them,
// and what the offline review lists.
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace sia {

class Store;

struct SettingEntry
{
    qint64 userId = 0; // 0: the whole instance
    QString key;
    QMetaType::Type type = QMetaType::QString; // Bool, LongLong, QString, QJsonObject, QDateTime
    QVariant value;
    QString updatedBy;
    QDateTime updatedAt;
};

class SettingsRepository
{
public:
    explicit SettingsRepository(Store& store)
        : m_store(store)
    { }

    Result<void> set(const SettingEntry& entry); // records the change in the audit log
    Result<std::optional<SettingEntry>> get(const QString& key, qint64 userId = 0) const;
    Result<QList<SettingEntry>> all() const; // ordered by scope, then key
    // Up to limit settings after (afterUserId, afterKey) in that order; afterUserId -1 starts at the top.
    Result<QList<SettingEntry>> page(qint64 afterUserId, const QString& afterKey, int limit) const;

private:
    Store& m_store;
};

} // namespace sia
