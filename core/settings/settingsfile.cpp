#include "settings/settingsfile.h"

#include "settings/settingsrepository.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sia {

namespace {

// Points in time the product records for itself (when the task sync was turned on) are its state, not an
// admin's preference: another instance must not inherit the boundary of what it pushes.
bool isExported(SettingKey key)
{
    return settingDefinition(key).type != SettingType::DateTime;
}

bool speaksOfASecret(const QString& name)
{
    const QString lower = name.toLower();
    return lower.contains(QLatin1String("password")) || lower.contains(QLatin1String("secret"))
        || lower.contains(QLatin1String("token"));
}

std::optional<QVariant> fromJson(SettingType type, const QJsonValue& value)
{
    switch (type) {
    case SettingType::Bool:
        return value.isBool() ? std::optional<QVariant>(value.toBool()) : std::nullopt;
    case SettingType::Integer:
        return value.isDouble() ? std::optional<QVariant>(qlonglong(value.toInteger())) : std::nullopt;
    case SettingType::Json:
        return value.isObject() ? std::optional<QVariant>(value.toObject()) : std::nullopt;
    case SettingType::DateTime:
        return std::nullopt;
    case SettingType::Text:
        break;
    }
    return value.isString() ? std::optional<QVariant>(value.toString()) : std::nullopt;
}

} // namespace

QJsonValue SettingsFile::valueToJson(SettingKey key, const QVariant& value)
{
    switch (settingDefinition(key).type) {
    case SettingType::Bool:
        return value.toBool();
    case SettingType::Integer:
        return value.toLongLong();
    case SettingType::Json:
        return value.toJsonObject();
    case SettingType::DateTime:
        return value.toDateTime().isValid()
            ? QJsonValue(value.toDateTime().toUTC().toString(Qt::ISODateWithMs))
            : QJsonValue();
    case SettingType::Text:
        break;
    }
    return value.toString();
}

Result<QByteArray> SettingsFile::write(Store& store)
{
    Result<QList<SettingEntry>> entries = SettingsRepository(store).all();
    if (!entries) {
        return entries.error();
    }
    QHash<qint64, QString> emails;
    Result<QSqlQuery> users = store.exec(QStringLiteral("SELECT id, email FROM users"));
    if (!users) {
        return users.error();
    }
    while (users->next()) {
        emails.insert(users->value(0).toLongLong(), users->value(1).toString());
    }
    QJsonObject instance;
    QJsonObject perUser;
    for (const SettingEntry& entry : *entries) {
        if (speaksOfASecret(entry.key)) {
            return Error::internal(QStringLiteral("settings.secret-in-settings"),
                tr("The setting %1 looks like a secret, which settings never hold; nothing was exported. "
                   "Report this with the setting's name.")
                    .arg(entry.key));
        }
        const std::optional<SettingKey> key = settingKeyFromName(entry.key);
        if (!key || !isExported(*key)) {
            continue; // another version's, or the product's own state
        }
        const QJsonValue value = valueToJson(*key, entry.value);
        if (entry.userId == 0) {
            instance.insert(entry.key, value);
        } else if (emails.contains(entry.userId)) {
            QJsonObject own = perUser.value(emails.value(entry.userId)).toObject();
            own.insert(entry.key, value);
            perUser.insert(emails.value(entry.userId), own);
        }
    }
    const QJsonObject file { { QStringLiteral("format"), QLatin1String(format) },
        { QStringLiteral("version"), formatVersion },
        { QStringLiteral("writtenBy"), QCoreApplication::applicationVersion() },
        { QStringLiteral("instance"), instance }, { QStringLiteral("users"), perUser } };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<SettingsFileContents> SettingsFile::read(Store& store, const QByteArray& bytes)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::input(QStringLiteral("settings.file-malformed"),
            tr("The file is not a settings file of SIA Admin (JSON error at byte %1: %2). Nothing was "
               "changed.")
                .arg(parse.offset)
                .arg(parse.errorString()));
    }
    const QJsonObject file = document.object();
    if (file.value(QStringLiteral("format")).toString() != QLatin1String(format)) {
        return Error::input(QStringLiteral("settings.file-not-settings"),
            tr("The file is JSON but not a settings file of SIA Admin (it has no \"format\": \"%1\"). "
               "Nothing "
               "was changed.")
                .arg(QLatin1String(format)));
    }
    SettingsFileContents contents;
    contents.version = file.value(QStringLiteral("version")).toInt();
    contents.writtenBy = file.value(QStringLiteral("writtenBy")).toString();
    if (contents.version > formatVersion) {
        return Error::input(QStringLiteral("settings.file-newer"),
            tr("The file was written by a newer SIA Admin (%1, settings format %2; this one reads format "
               "%3). "
               "Update SIA Admin, or export the settings again from the newer one in an older format. "
               "Nothing was changed.")
                .arg(contents.writtenBy)
                .arg(contents.version)
                .arg(formatVersion));
    }
    if (contents.version < 1) {
        return Error::input(QStringLiteral("settings.file-malformed"),
            tr("The settings file has no format version. Nothing was changed."));
    }
    const auto readScope = [&](const QJsonObject& values, SettingsChange& change, const QString& whose) {
        for (auto it = values.begin(); it != values.end(); ++it) {
            const std::optional<SettingKey> key = settingKeyFromName(it.key());
            if (!key || !isExported(*key) || speaksOfASecret(it.key())) {
                contents.unknownKeys.append(whose + QStringLiteral(": ") + it.key());
                continue;
            }
            const std::optional<QVariant> value = fromJson(settingDefinition(*key).type, it.value());
            if (!value) {
                //: %1 whose ("instance", an email), %2 the setting
                contents.problems.append(tr("%1: %2 has a value of the wrong kind").arg(whose, it.key()));
                continue;
            }
            Result<QVariant> checked = SettingsRepository::checkValue(*key, *value, change.userId());
            if (!checked) {
                contents.problems.append(whose + QStringLiteral(": ") + checked.error().message);
                continue;
            }
            change.set(*key, *checked);
        }
    };
    SettingsChange instance(0);
    readScope(file.value(QStringLiteral("instance")).toObject(), instance, tr("instance"));
    contents.changes.append(instance);
    const QJsonObject users = file.value(QStringLiteral("users")).toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        Result<QSqlQuery> user = store.exec(QStringLiteral("SELECT id FROM users WHERE email = :email"),
            { { QStringLiteral("email"), it.key() } });
        if (!user) {
            return user.error();
        }
        if (!user->next()) {
            contents.unknownUsers.append(it.key());
            continue;
        }
        SettingsChange own(user->value(0).toLongLong(), it.key());
        readScope(it.value().toObject(), own, it.key());
        contents.changes.append(own);
    }
    return contents;
}

} // namespace sia
