#include "settings/settingdefinition.h"

#include <QDateTime>
#include <QJsonObject>

namespace sia {

namespace {

// One builder per kind of setting, so that each row of the table says only what matters for it.
SettingDefinition flag(SettingKey key, const char* name, SettingScopes scopes, bool byDefault)
{
    return { key, QString::fromLatin1(name), SettingType::Bool, scopes, byDefault, SettingFormat::Plain, {},
        0, 0 };
}

SettingDefinition integer(SettingKey key, const char* name, SettingScopes scopes, qlonglong byDefault,
    qint64 minimum, qint64 maximum)
{
    return { key, QString::fromLatin1(name), SettingType::Integer, scopes, byDefault, SettingFormat::Plain,
        {}, minimum, maximum };
}

SettingDefinition text(SettingKey key, const char* name, SettingScopes scopes, const QString& byDefault,
    SettingFormat format = SettingFormat::Plain)
{
    return { key, QString::fromLatin1(name), SettingType::Text, scopes, byDefault, format, {}, 0, 0 };
}

SettingDefinition document(SettingKey key, const char* name, SettingScopes scopes)
{
    return { key, QString::fromLatin1(name), SettingType::Json, scopes, QJsonObject(), SettingFormat::Plain,
        {}, 0, 0 };
}

SettingDefinition moment(SettingKey key, const char* name, SettingScopes scopes)
{
    return { key, QString::fromLatin1(name), SettingType::DateTime, scopes, QDateTime(), SettingFormat::Plain,
        {}, 0, 0 };
}

SettingDefinition choice(SettingKey key, const char* name, SettingScopes scopes, const QString& byDefault,
    const QStringList& choices)
{
    return { key, QString::fromLatin1(name), SettingType::Text, scopes, byDefault, SettingFormat::Choice,
        choices, 0, 0 };
}

QList<SettingDefinition> buildTable()
{
    const SettingScopes instance = SettingScope::Instance;
    const SettingScopes user = SettingScope::User;
    const SettingScopes instanceOrUser = SettingScopes(SettingScope::Instance) | SettingScope::User;
    // Defaults come from SPEC where it names one (the task sync is off; email logging is opt-in). The
    // others are the usual values: SMTP submission on 587 with STARTTLS, the system's proxy, and the
    // callback the Salesforce CLI registers (API-NOTES: the port must be registered exactly).
    return {
        flag(SettingKey::EmailLogViaApi, "email.log-via-api", instanceOrUser, false),
        document(SettingKey::EmailApiPreferences, "email.api-preferences", instanceOrUser),
        flag(SettingKey::EmailLogViaBcc, "email.log-via-bcc", instanceOrUser, false),
        text(SettingKey::EmailToSalesforceAddress, "email.email-to-salesforce-address", user, QString(),
            SettingFormat::EmailAddress),
        flag(SettingKey::EmailCheckMarketoUnsubscribe, "email.check-marketo-unsubscribe", instance, false),
        flag(SettingKey::EmailSyncUnsubscribes, "email.sync-unsubscribes", instance, false),
        // SPEC names only the default ("do not sync to Salesforce tasks"); a further option is a new choice.
        choice(SettingKey::TaskSync, "tasks.sync", instanceOrUser, QStringLiteral("off"),
            { QStringLiteral("off"), QStringLiteral("tasks-and-reminders") }),
        moment(SettingKey::TaskSyncStartedAt, "tasks.sync-started-at", instanceOrUser),
        // Five minutes: a task created in Salesforce shows in the command center soon, at a few calls a run
        // (statuses, priorities, get updated, get deleted) of Salesforce's daily allowance.
        integer(SettingKey::TaskSyncIntervalMinutes, "tasks.sync-interval-minutes", instance, 5, 0, 24 * 60),
        // Each user's own: a team spans time zones, and "today" in the command center is the user's day.
        text(SettingKey::UserTimeZone, "user.time-zone", user, QString(), SettingFormat::TimeZone),
        // The invitations' mail (step 5), under mail.*: no host is the outbox, the default.
        text(SettingKey::SmtpHost, "mail.smtp-host", instance, QString()),
        integer(SettingKey::SmtpPort, "mail.smtp-port", instance, 587, 1, 65535),
        choice(SettingKey::SmtpSecurity, "mail.security", instance, QStringLiteral("starttls"),
            { QStringLiteral("starttls"), QStringLiteral("tls"), QStringLiteral("none") }),
        text(SettingKey::SmtpUser, "mail.smtp-user", instance, QString()),
        text(SettingKey::MailFromAddress, "mail.from-address", instance, QString(),
            SettingFormat::EmailAddress),
        text(SettingKey::MailFromName, "mail.from-name", instance, QString()),
        text(SettingKey::MailOutboxFolder, "mail.outbox-folder", instance, QString()),
        // Empty: the app's language. MailSettings::check names the languages there are.
        text(SettingKey::MailLanguage, "mail.language", instance, QString()),
        choice(SettingKey::ProxyMode, "proxy.mode", instance, QStringLiteral("system"),
            { QStringLiteral("system"), QStringLiteral("none"), QStringLiteral("manual") }),
        text(SettingKey::ProxyUrl, "proxy.url", instance, QString(), SettingFormat::Url),
        // Three fixed ports tried in order (Salesforce matches the port exactly): one busy port, or one
        // Windows reserves, must not stop a login. The admin registers all three in the connected app.
        text(SettingKey::SalesforceCallbackUrls, "salesforce.callback-urls", instance,
            QStringLiteral("http://localhost:1717/OauthRedirect http://localhost:1718/OauthRedirect "
                           "http://localhost:1719/OauthRedirect"),
            SettingFormat::UrlList),
        // 80 %: the quotas are shared with the subscription's and the org's other integrations, which
        // should never find them exhausted by us unless an admin decided so.
        integer(SettingKey::ApiBudgetMarketoPercent, "budget.marketo-percent", instance, 80, 1, 100),
        integer(SettingKey::ApiBudgetSalesforcePercent, "budget.salesforce-percent", instance, 80, 1, 100),
        text(SettingKey::NetworkExtraCaFile, "network.extra-ca-file", instance, QString()),
        // A quarter of an hour: changes arrive well within the hour and Marketo's call budget barely
        // notices (an empty read is a page or two of lead changes and deleted leads).
        integer(
            SettingKey::PeopleSyncIntervalMinutes, "sync.people.interval-minutes", instance, 15, 0, 24 * 60),
        // The instance's, not each admin's: the next export of the same sheet comes to whoever imports it.
        document(SettingKey::UsersCsvMapping, "users.csv-mapping", instance),
    };
}

const QList<SettingDefinition>& table()
{
    static const QList<SettingDefinition> definitions = buildTable();
    return definitions;
}

} // namespace

const SettingDefinition& settingDefinition(SettingKey key)
{
    for (const SettingDefinition& definition : table()) {
        if (definition.key == key) {
            return definition;
        }
    }
    Q_UNREACHABLE();
    return table().constFirst();
}

std::optional<SettingKey> settingKeyFromName(const QString& name)
{
    for (const SettingDefinition& definition : table()) {
        if (definition.name == name) {
            return definition.key;
        }
    }
    return std::nullopt;
}

QList<SettingKey> allSettingKeys()
{
    QList<SettingKey> keys;
    for (const SettingDefinition& definition : table()) {
        keys.append(definition.key);
    }
    return keys;
}

QMetaType::Type settingMetaType(SettingType type)
{
    switch (type) {
    case SettingType::Bool:
        return QMetaType::Bool;
    case SettingType::Integer:
        return QMetaType::LongLong;
    case SettingType::Text:
        return QMetaType::QString;
    case SettingType::Json:
        return QMetaType::QJsonObject;
    case SettingType::DateTime:
        return QMetaType::QDateTime;
    }
    Q_UNREACHABLE();
    return QMetaType::UnknownType;
}

std::optional<SettingType> settingTypeOf(QMetaType::Type type)
{
    switch (type) {
    case QMetaType::Bool:
        return SettingType::Bool;
    case QMetaType::Int:
    case QMetaType::LongLong:
        return SettingType::Integer;
    case QMetaType::QString:
        return SettingType::Text;
    case QMetaType::QJsonObject:
        return SettingType::Json;
    case QMetaType::QDateTime:
        return SettingType::DateTime;
    default:
        return std::nullopt;
    }
}

} // namespace sia
