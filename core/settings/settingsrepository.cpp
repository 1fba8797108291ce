#include "settings/settingsrepository.h"

#include "common/timestamps.h"
#include "store/auditlog.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

namespace sia {

namespace {

QString encode(SettingType type, const QVariant& value)
{
    switch (type) {
    case SettingType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case SettingType::Json:
        return QString::fromUtf8(QJsonDocument(value.toJsonObject()).toJson(QJsonDocument::Compact));
    case SettingType::DateTime:
        return toStoredTimestamp(value.toDateTime());
    case SettingType::Integer:
    case SettingType::Text:
        break;
    }
    return value.toString();
}

QVariant decode(SettingType type, const QString& text)
{
    switch (type) {
    case SettingType::Bool:
        return text == QLatin1String("true");
    case SettingType::Integer:
        return text.toLongLong();
    case SettingType::Json:
        return QJsonDocument::fromJson(text.toUtf8()).object();
    case SettingType::DateTime:
        return fromStoredTimestamp(text);
    case SettingType::Text:
        break;
    }
    return text;
}

// What the audit log keeps of a change: the setting's key, whose it is (no user: the instance's) and the new
// value (none: back to the default); the review words it in the reader's language.
QJsonObject auditArguments(const QString& name, qint64 userId, const std::optional<QString>& value = {})
{
    QJsonObject arguments { { QStringLiteral("setting"), name } };
    if (userId != 0) {
        arguments.insert(QStringLiteral("user"), userId);
    }
    if (value) {
        arguments.insert(QStringLiteral("value"), *value);
    }
    return arguments;
}

// user_id NULL (the instance) reads as 0, SettingEntry's instance scope.
const QLatin1String selectSettings(
    "SELECT COALESCE(user_id, 0), key, type, value, updated_by, updated_at FROM settings");

SettingEntry entryFrom(const QSqlQuery& query, const SqlDialect& dialect)
{
    SettingEntry entry;
    entry.userId = query.value(0).toLongLong();
    entry.key = query.value(1).toString();
    // A type this build does not know (a newer version's) reads as text: shown, never misread.
    const SettingType type = fromKey<SettingType>(query.value(2).toString()).value_or(SettingType::Text);
    entry.type = settingMetaType(type);
    entry.value = decode(type, query.value(3).toString());
    entry.updatedBy = query.value(4).toString();
    entry.updatedAt = dialect.timestampFrom(query.value(5));
    return entry;
}

// The checks of one value against its definition; the messages name the setting as stored.
class SettingValueCheck
{
    Q_DECLARE_TR_FUNCTIONS(sia::SettingsRepository)

public:
    static Result<QVariant> checked(const SettingDefinition& definition, const QVariant& value)
    {
        if (settingTypeOf(QMetaType::Type(value.metaType().id())) != definition.type) {
            return Error::input(QStringLiteral("settings.wrong-type"),
                tr("The setting %1 holds a value of type %2, not %3.")
                    .arg(definition.name, toKey(definition.type),
                        QString::fromLatin1(value.metaType().name())));
        }
        QVariant normalized = value;
        normalized.convert(QMetaType(settingMetaType(definition.type)));
        if (definition.type == SettingType::Integer && definition.maximum > definition.minimum) {
            const qint64 number = normalized.toLongLong();
            if (number < definition.minimum || number > definition.maximum) {
                return Error::input(QStringLiteral("settings.invalid-value"),
                    tr("The setting %1 must be between %2 and %3; %4 is not.")
                        .arg(definition.name)
                        .arg(definition.minimum)
                        .arg(definition.maximum)
                        .arg(number));
            }
        }
        if (definition.type == SettingType::Text) {
            if (Result<void> format = checkFormat(definition, normalized.toString()); !format) {
                return format.error();
            }
        }
        return normalized;
    }

private:
    static Result<void> checkFormat(const SettingDefinition& definition, const QString& text)
    {
        switch (definition.format) {
        case SettingFormat::Plain:
            return {};
        case SettingFormat::Choice:
            if (definition.choices.contains(text)) {
                return {};
            }
            return Error::input(QStringLiteral("settings.invalid-value"),
                tr("The setting %1 is one of %2; “%3” is not.")
                    .arg(definition.name, definition.choices.join(QStringLiteral(", ")), text));
        case SettingFormat::EmailAddress: {
            const qsizetype at = text.indexOf(QLatin1Char('@'));
            if (text.isEmpty() || (at > 0 && at < text.size() - 1 && !text.contains(QLatin1Char(' ')))) {
                return {};
            }
            return Error::input(QStringLiteral("settings.invalid-value"),
                tr("The setting %1 is an email address; “%2” is not one.").arg(definition.name, text));
        }
        case SettingFormat::Url:
            return text.isEmpty() ? Result<void>() : checkUrl(definition, text);
        case SettingFormat::UrlList:
            for (const QString& url : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (Result<void> one = checkUrl(definition, url); !one) {
                    return one;
                }
            }
            return {};
        case SettingFormat::TimeZone:
            if (text.isEmpty() || QTimeZone::isTimeZoneIdAvailable(text.toUtf8())) {
                return {};
            }
            return Error::input(QStringLiteral("settings.invalid-value"),
                tr("The setting %1 is a time zone such as Europe/Paris or America/Los_Angeles; “%2” is not "
                   "one this computer knows.")
                    .arg(definition.name, text));
        }
        return {};
    }

    static Result<void> checkUrl(const SettingDefinition& definition, const QString& text)
    {
        static const QStringList schemes { QStringLiteral("http"), QStringLiteral("https"),
            QStringLiteral("socks5"), QStringLiteral("postgresql"), QStringLiteral("postgres") };
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme())) {
            return Error::input(QStringLiteral("settings.invalid-value"),
                tr("The setting %1 is a URL such as https://host:port/path; “%2” is not one.")
                    .arg(definition.name, text));
        }
        // The settings are read in reviews and exported in profiles: a password must never be in them.
        if (!url.password().isEmpty()) {
            return Error::input(QStringLiteral("settings.secret-in-value"),
                tr("The setting %1 must not contain a password. Enter the URL without it; SIA Admin keeps "
                   "the password in the system keychain.")
                    .arg(definition.name));
        }
        return {};
    }
};

} // namespace

Error SettingsRepository::wrongType(SettingKey key, const char* requested)
{
    const SettingDefinition& definition = settingDefinition(key);
    return Error::internal(QStringLiteral("settings.wrong-type"),
        tr("The setting %1 holds a value of type %2, not %3.")
            .arg(definition.name, toKey(definition.type), QString::fromLatin1(requested)));
}

Result<std::optional<SettingEntry>> SettingsRepository::storedByName(const QString& name, qint64 userId) const
{
    const QString where = userId == 0 ? QStringLiteral(" WHERE key = :key AND user_id IS NULL")
                                      : QStringLiteral(" WHERE key = :key AND user_id = :user");
    QVariantMap bindings { { QStringLiteral("key"), name } };
    if (userId != 0) {
        bindings.insert(QStringLiteral("user"), userId);
    }
    Result<QSqlQuery> query = m_store.exec(selectSettings + where, bindings);
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<SettingEntry>();
    }
    return std::optional<SettingEntry>(entryFrom(*query, m_store.dialect()));
}

Result<std::optional<SettingEntry>> SettingsRepository::stored(SettingKey key, qint64 userId) const
{
    return storedByName(settingDefinition(key).name, userId);
}

Result<QVariant> SettingsRepository::value(SettingKey key, qint64 userId) const
{
    const SettingDefinition& definition = settingDefinition(key);
    if (userId == 0 && !definition.scopes.testFlag(SettingScope::Instance)) {
        return Error::internal(QStringLiteral("settings.wrong-scope"),
            tr("The setting %1 belongs to each user: name the user whose value to read.")
                .arg(definition.name));
    }
    QList<qint64> scopes; // the stored values that may apply, the nearest first
    if (userId != 0 && definition.scopes.testFlag(SettingScope::User)) {
        scopes << userId;
    }
    if (definition.scopes.testFlag(SettingScope::Instance)) {
        scopes << 0;
    }
    const QMetaType::Type declared = settingMetaType(definition.type);
    for (qint64 scope : scopes) {
        Result<std::optional<SettingEntry>> entry = storedByName(definition.name, scope);
        if (!entry) {
            return entry.error();
        }
        // A value written with another type (by another version) is not this key's value.
        if (entry->has_value() && (*entry)->type == declared) {
            return (*entry)->value;
        }
    }
    return definition.defaultValue;
}

Result<QVariant> SettingsRepository::checkValue(SettingKey key, const QVariant& value, qint64 userId)
{
    const SettingDefinition& definition = settingDefinition(key);
    const SettingScope scope = userId == 0 ? SettingScope::Instance : SettingScope::User;
    if (!definition.scopes.testFlag(scope)) {
        return Error::input(QStringLiteral("settings.wrong-scope"),
            scope == SettingScope::Instance
                ? tr("The setting %1 belongs to each user, not to the instance.").arg(definition.name)
                : tr("The setting %1 belongs to the instance; a user cannot have their own.")
                      .arg(definition.name));
    }
    return SettingValueCheck::checked(definition, value);
}

Result<void> SettingsRepository::set(
    SettingKey key, const QVariant& value, const QString& actor, qint64 userId)
{
    return write(settingDefinition(key), value, actor, userId);
}

Result<void> SettingsRepository::set(const SettingEntry& entry)
{
    const std::optional<SettingKey> key = settingKeyFromName(entry.key);
    if (!key) {
        return Error::input(
            QStringLiteral("settings.unknown-key"), tr("There is no setting named “%1”.").arg(entry.key));
    }
    QVariant value = entry.value;
    if (value.isValid() && value.metaType().id() != int(entry.type)) {
        value.convert(QMetaType(entry.type));
    }
    return write(settingDefinition(*key), value, entry.updatedBy, entry.userId);
}

Result<void> SettingsRepository::write(
    const SettingDefinition& definition, const QVariant& value, const QString& actor, qint64 userId)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable;
    }
    if (actor.trimmed().isEmpty()) {
        return Error::input(
            QStringLiteral("settings.no-actor"), tr("Every change of a setting must name who made it."));
    }
    const SettingScope scope = userId == 0 ? SettingScope::Instance : SettingScope::User;
    if (!definition.scopes.testFlag(scope)) {
        return Error::input(QStringLiteral("settings.wrong-scope"),
            scope == SettingScope::Instance
                ? tr("The setting %1 belongs to each user, not to the instance.").arg(definition.name)
                : tr("The setting %1 belongs to the instance; a user cannot have their own.")
                      .arg(definition.name));
    }
    Result<QVariant> checked = SettingValueCheck::checked(definition, value);
    if (!checked) {
        return checked.error();
    }
    const QString text = encode(definition.type, *checked);
    return m_store.transaction([&]() -> Result<void> {
        if (userId != 0) {
            Result<QSqlQuery> user = m_store.exec(QStringLiteral("SELECT id FROM users WHERE id = :user"),
                { { QStringLiteral("user"), userId } });
            if (!user) {
                return user.error();
            }
            if (!user->next()) {
                return Error::input(QStringLiteral("settings.unknown-user"),
                    tr("There is no user %1 to keep the setting %2 for.").arg(userId).arg(definition.name));
            }
        }
        // Each scope has its own unique index, so each its own conflict target.
        const QString sql = userId == 0
            ? QStringLiteral("INSERT INTO settings (key, user_id, type, value, updated_by, updated_at)"
                             " VALUES (:key, NULL, :type, :value, :by, :at)"
                             " ON CONFLICT (key) WHERE user_id IS NULL DO UPDATE SET type = excluded.type,"
                             " value = excluded.value, updated_by = excluded.updated_by,"
                             " updated_at = excluded.updated_at")
            : QStringLiteral(
                "INSERT INTO settings (key, user_id, type, value, updated_by, updated_at)"
                " VALUES (:key, :user, :type, :value, :by, :at)"
                " ON CONFLICT (user_id, key) WHERE user_id IS NOT NULL DO UPDATE SET"
                " type = excluded.type, value = excluded.value, updated_by = excluded.updated_by,"
                " updated_at = excluded.updated_at");
        QVariantMap bindings { { QStringLiteral("key"), definition.name },
            { QStringLiteral("type"), toKey(definition.type) }, { QStringLiteral("value"), text },
            { QStringLiteral("by"), actor }, { QStringLiteral("at"), nowTimestamp() } };
        if (userId != 0) {
            bindings.insert(QStringLiteral("user"), userId);
        }
        Result<QSqlQuery> saved = m_store.exec(sql, bindings);
        if (!saved) {
            return saved.error();
        }
        return AuditLog(m_store).append(
            actor, QStringLiteral("setting.changed"), auditArguments(definition.name, userId, text));
    });
}

Result<void> SettingsRepository::clear(SettingKey key, const QString& actor, qint64 userId)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable;
    }
    if (actor.trimmed().isEmpty()) {
        return Error::input(
            QStringLiteral("settings.no-actor"), tr("Every change of a setting must name who made it."));
    }
    const SettingDefinition& definition = settingDefinition(key);
    return m_store.transaction([&]() -> Result<void> {
        const QString sql = userId == 0
            ? QStringLiteral("DELETE FROM settings WHERE key = :key AND user_id IS NULL RETURNING id")
            : QStringLiteral("DELETE FROM settings WHERE key = :key AND user_id = :user RETURNING id");
        QVariantMap bindings { { QStringLiteral("key"), definition.name } };
        if (userId != 0) {
            bindings.insert(QStringLiteral("user"), userId);
        }
        Result<QSqlQuery> removed = m_store.exec(sql, bindings);
        if (!removed) {
            return removed.error();
        }
        if (!removed->next()) {
            return {}; // nothing was stored: nothing changed, nothing to record
        }
        removed->finish();
        return AuditLog(m_store).append(
            actor, QStringLiteral("setting.cleared"), auditArguments(definition.name, userId));
    });
}

Result<QList<SettingEntry>> SettingsRepository::page(
    qint64 afterUserId, const QString& afterKey, int limit) const
{
    // Keyset paging in all()'s order; the instance's rows (user_id NULL) read as user 0.
    QString sql = selectSettings;
    QVariantMap bindings { { QStringLiteral("limit"), limit } };
    if (afterUserId >= 0) {
        sql += QStringLiteral(" WHERE COALESCE(user_id, 0) > :user"
                              " OR (COALESCE(user_id, 0) = :sameUser AND key > :key)");
        bindings.insert(QStringLiteral("user"), afterUserId);
        bindings.insert(QStringLiteral("sameUser"), afterUserId);
        bindings.insert(QStringLiteral("key"), afterKey);
    }
    sql += QStringLiteral(" ORDER BY COALESCE(user_id, 0), key LIMIT :limit");
    Result<QSqlQuery> query = m_store.exec(sql, bindings);
    if (!query) {
        return query.error();
    }
    QList<SettingEntry> result;
    while (query->next()) {
        result.append(entryFrom(*query, m_store.dialect()));
    }
    return result;
}

Result<QList<SettingEntry>> SettingsRepository::all() const
{
    Result<QSqlQuery> query
        = m_store.exec(selectSettings + QStringLiteral(" ORDER BY COALESCE(user_id, 0), key"));
    if (!query) {
        return query.error();
    }
    QList<SettingEntry> result;
    while (query->next()) {
        result.append(entryFrom(*query, m_store.dialect()));
    }
    return result;
}

} // namespace sia
