#include "settings/settingsrepository.h"

#include "common/timestamps.h"
#include "store/auditlog.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace sia {

namespace {

struct TypeName
{
    QMetaType::Type type;
    const char* key;
};

constexpr TypeName typeNames[] = {
    { QMetaType::Bool, "bool" },
    { QMetaType::LongLong, "int" },
    { QMetaType::Int, "int" },
    { QMetaType::QString, "text" },
    { QMetaType::QJsonObject, "json" },
    { QMetaType::QDateTime, "datetime" },
};

QString typeKey(QMetaType::Type type)
{
    for (const TypeName& name : typeNames) {
        if (name.type == type) {
            return QString::fromLatin1(name.key);
        }
    }
    return {};
}

QMetaType::Type typeFromKey(const QString& key)
{
    for (const TypeName& name : typeNames) {
        if (key == QLatin1String(name.key)) {
            return name.type;
        }
    }
    return QMetaType::QString;
}

QString encode(const SettingEntry& entry)
{
    switch (entry.type) {
    case QMetaType::Bool:
        return entry.value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QJsonObject:
        return QString::fromUtf8(QJsonDocument(entry.value.toJsonObject()).toJson(QJsonDocument::Compact));
    case QMetaType::QDateTime:
        return toStoredTimestamp(entry.value.toDateTime());
    default:
        return entry.value.toString();
    }
}

QVariant decode(QMetaType::Type type, const QString& text)
{
    switch (type) {
    case QMetaType::Bool:
        return text == QLatin1String("true");
    case QMetaType::LongLong:
        return text.toLongLong();
    case QMetaType::QJsonObject:
        return QJsonDocument::fromJson(text.toUtf8()).object();
    case QMetaType::QDateTime:
        return fromStoredTimestamp(text);
    default:
        return text;
    }
}

SettingEntry entryFrom(const QSqlQuery& query)
{
    SettingEntry entry;
    entry.userId = query.value(0).toLongLong();
    entry.key = query.value(1).toString();
    entry.type = typeFromKey(query.value(2).toString());
    entry.value = decode(entry.type, query.value(3).toString());
    entry.updatedBy = query.value(4).toString();
    entry.updatedAt = fromStoredTimestamp(query.value(5).toString());
    return entry;
}

} // namespace

Result<void> SettingsRepository::set(const SettingEntry& entry)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable;
    }
    if (entry.updatedBy.trimmed().isEmpty()) {
        return Error::input(QStringLiteral("settings.no-actor"),
            QCoreApplication::translate(
                "sia::SettingsRepository", "Every change of a setting must name who made it."));
    }
    if (typeKey(entry.type).isEmpty() || entry.key.isEmpty()) {
        return Error::internal(QStringLiteral("settings.bad-entry"),
            QCoreApplication::translate(
                "sia::SettingsRepository", "The setting %1 has no key or an unsupported type.")
                .arg(entry.key));
    }
    return m_store.transaction([&]() -> Result<void> {
        Result<QSqlQuery> saved = m_store.exec(
            QStringLiteral(
                "INSERT INTO settings (user_id, key, type, value, updated_by, updated_at)"
                " VALUES (:user, :key, :type, :value, :by, :at)"
                " ON CONFLICT (user_id, key) DO UPDATE SET type = excluded.type, value = excluded.value,"
                " updated_by = excluded.updated_by, updated_at = excluded.updated_at"),
            { { QStringLiteral("user"), entry.userId }, { QStringLiteral("key"), entry.key },
                { QStringLiteral("type"), typeKey(entry.type) }, { QStringLiteral("value"), encode(entry) },
                { QStringLiteral("by"), entry.updatedBy }, { QStringLiteral("at"), nowTimestamp() } });
        if (!saved) {
            return saved.error();
        }
        QJsonObject arguments { { QStringLiteral("setting"), entry.key },
            { QStringLiteral("value"), encode(entry) } };
        if (entry.userId != 0) {
            arguments.insert(QStringLiteral("user"), entry.userId);
        }
        return AuditLog(m_store).append(entry.updatedBy, QStringLiteral("setting.changed"), arguments);
    });
}

Result<std::optional<SettingEntry>> SettingsRepository::get(const QString& key, qint64 userId) const
{
    Result<QSqlQuery> query
        = m_store.exec(QStringLiteral("SELECT user_id, key, type, value, updated_by, updated_at FROM "
                                      "settings WHERE user_id = :user AND key = :key"),
            { { QStringLiteral("user"), userId }, { QStringLiteral("key"), key } });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<SettingEntry>();
    }
    return std::optional<SettingEntry>(entryFrom(*query));
}

Result<QList<SettingEntry>> SettingsRepository::all() const
{
    Result<QSqlQuery> query = m_store.exec(QStringLiteral(
        "SELECT user_id, key, type, value, updated_by, updated_at FROM settings ORDER BY user_id, key"));
    if (!query) {
        return query.error();
    }
    QList<SettingEntry> result;
    while (query->next()) {
        result.append(entryFrom(*query));
    }
    return result;
}

Result<QList<SettingEntry>> SettingsRepository::page(
    qint64 afterUserId, const QString& afterKey, int limit) const
{
    QString sql = QStringLiteral("SELECT user_id, key, type, value, updated_by, updated_at FROM settings");
    QVariantMap bindings { { QStringLiteral("limit"), limit } };
    if (afterUserId >= 0) {
        sql += QStringLiteral(" WHERE user_id > :user OR (user_id = :sameUser AND key > :key)");
        bindings.insert(QStringLiteral("user"), afterUserId);
        bindings.insert(QStringLiteral("sameUser"), afterUserId);
        bindings.insert(QStringLiteral("key"), afterKey);
    }
    sql += QStringLiteral(" ORDER BY user_id, key LIMIT :limit");
    Result<QSqlQuery> query = m_store.exec(sql, bindings);
    if (!query) {
        return query.error();
    }
    QList<SettingEntry> result;
    while (query->next()) {
        result.append(entryFrom(*query));
    }
    return result;
}

} // namespace sia
