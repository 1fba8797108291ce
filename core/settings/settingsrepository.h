// The settings table: typed values of the keys settingdefinition.h declares, for the whole instance or
// for one Actions user. Features read and write through a SettingKey (typed, with the default when
// nothing is stored); this class is the one place that stores them, and what the offline review lists.
#pragma once

#include "common/result.h"
#include "settings/settingdefinition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace sia {

class Store;

// A setting as stored: also those this build does not declare (written by another version of SIA Admin),
// so that the review shows every row.
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
    Q_DECLARE_TR_FUNCTIONS(sia::SettingsRepository)

public:
    explicit SettingsRepository(Store& store)
        : m_store(store)
    { }

    // The value that applies, of the key's declared type: the user's own value where the key lets a user
    // override it, else the instance's, else the default. userId 0 asks for the instance's value; a key
    // only a user may hold refuses it. A stored value of another type than declared does not apply.
    Result<QVariant> value(SettingKey key, qint64 userId = 0) const;
    // The same, as T, which must be the key's type (bool, qlonglong, QString, QJsonObject, QDateTime).
    template<typename T> Result<T> get(SettingKey key, qint64 userId = 0) const;

    // Stores a value after checking its type, the scope (userId 0: the instance) and its format against
    // the key's definition; the change goes to the audit log in the same transaction.
    Result<void> set(SettingKey key, const QVariant& value, const QString& actor, qint64 userId = 0);
    // What set() would store for value, checked as set() checks it (type, scope, format), without writing.
    static Result<QVariant> checkValue(SettingKey key, const QVariant& value, qint64 userId = 0);
    // Removes a stored value, so that the instance's value (for a user) or the default applies again.
    Result<void> clear(SettingKey key, const QString& actor, qint64 userId = 0);

    // The stored form: entry.key must name a declared setting, and is checked as set() checks.
    Result<void> set(const SettingEntry& entry);
    Result<std::optional<SettingEntry>> stored(SettingKey key, qint64 userId = 0) const;
    Result<QList<SettingEntry>> all() const; // every stored row, ordered by scope (instance first), then key
    // Up to limit rows after (afterUserId, afterKey) in all()'s order; afterUserId -1 starts at the top.
    Result<QList<SettingEntry>> page(qint64 afterUserId, const QString& afterKey, int limit) const;

private:
    Result<std::optional<SettingEntry>> storedByName(const QString& name, qint64 userId) const;
    Result<void> write(
        const SettingDefinition& definition, const QVariant& value, const QString& actor, qint64 userId);
    static Error wrongType(SettingKey key, const char* requested);

    Store& m_store;
};

template<typename T> Result<T> SettingsRepository::get(SettingKey key, qint64 userId) const
{
    if (QMetaType::fromType<T>().id() != int(settingMetaType(settingDefinition(key).type))) {
        return wrongType(key, QMetaType::fromType<T>().name());
    }
    Result<QVariant> applied = value(key, userId);
    if (!applied) {
        return applied.error();
    }
    return applied->template value<T>();
}

} // namespace sia
