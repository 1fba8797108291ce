#include "settings/syncsettings.h"

#include "settings/settingsrepository.h"

#include <QLocale>

namespace sia {

namespace {

const QStringList subtypes { QStringLiteral("Email"), QStringLiteral("Task") };

Error badPreference(const QString& name, const QString& why)
{
    return Error::input(QStringLiteral("settings.bad-email-preferences"),
        QCoreApplication::translate("sia::SyncSettings", "The email logging preference “%1” %2")
            .arg(name, why));
}

} // namespace

QJsonObject EmailApiPreferences::toJson() const
{
    return { { QStringLiteral("logSentEmails"), logSentEmails }, { QStringLiteral("logReplies"), logReplies },
        { QStringLiteral("logCalls"), logCalls },
        { QStringLiteral("relateToOpportunityOrAccount"), relateToOpportunityOrAccount },
        { QStringLiteral("emailSubtype"), emailSubtype }, { QStringLiteral("emailSubject"), emailSubject },
        { QStringLiteral("callSubject"), callSubject } };
}

Result<EmailApiPreferences> EmailApiPreferences::fromJson(const QJsonObject& json)
{
    EmailApiPreferences preferences;
    const auto flag = [&json](const char* name, bool& into) -> Result<void> {
        const QJsonValue value = json.value(QLatin1String(name));
        if (value.isUndefined()) {
            return {};
        }
        if (!value.isBool()) {
            return badPreference(QLatin1String(name),
                QCoreApplication::translate("sia::SyncSettings", "must be true or false."));
        }
        into = value.toBool();
        return {};
    };
    const auto text = [&json](const char* name, QString& into) -> Result<void> {
        const QJsonValue value = json.value(QLatin1String(name));
        if (value.isUndefined()) {
            return {};
        }
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            return badPreference(
                QLatin1String(name), QCoreApplication::translate("sia::SyncSettings", "must be a text."));
        }
        into = value.toString().trimmed();
        return {};
    };
    for (const Result<void>& read : { flag("logSentEmails", preferences.logSentEmails),
             flag("logReplies", preferences.logReplies), flag("logCalls", preferences.logCalls),
             flag("relateToOpportunityOrAccount", preferences.relateToOpportunityOrAccount),
             text("emailSubtype", preferences.emailSubtype), text("emailSubject", preferences.emailSubject),
             text("callSubject", preferences.callSubject) }) {
        if (!read) {
            return read.error();
        }
    }
    if (!subtypes.contains(preferences.emailSubtype)) {
        return badPreference(QStringLiteral("emailSubtype"),
            QCoreApplication::translate("sia::SyncSettings", "must be Email or Task."));
    }
    // Salesforce's Subject holds 255 characters; the template grows by the email's own subject.
    if (preferences.emailSubject.size() > 120 || preferences.callSubject.size() > 120) {
        return badPreference(QStringLiteral("emailSubject"),
            QCoreApplication::translate("sia::SyncSettings", "must be at most 120 characters."));
    }
    return preferences;
}

const QList<SettingKey>& SyncSettings::keys()
{
    static const QList<SettingKey> list { SettingKey::EmailLogViaApi, SettingKey::EmailApiPreferences,
        SettingKey::EmailLogViaBcc, SettingKey::EmailToSalesforceAddress,
        SettingKey::EmailCheckMarketoUnsubscribe, SettingKey::EmailSyncUnsubscribes, SettingKey::TaskSync,
        SettingKey::TaskSyncIntervalMinutes };
    return list;
}

bool SyncSettings::isSyncSetting(SettingKey key)
{
    return keys().contains(key);
}

Result<EffectiveSetting> SyncSettings::read(Store& store, SettingKey key, qint64 userId)
{
    const SettingDefinition& definition = settingDefinition(key);
    SettingsRepository settings(store);
    EffectiveSetting effective;
    effective.key = key;
    effective.userMayOverride = definition.scopes.testFlag(SettingScope::User);
    effective.value = definition.defaultValue;
    effective.instanceValue = definition.defaultValue;
    const QMetaType::Type declared = settingMetaType(definition.type);
    if (definition.scopes.testFlag(SettingScope::Instance)) {
        Result<std::optional<SettingEntry>> instance = settings.stored(key, 0);
        if (!instance) {
            return instance.error();
        }
        if (*instance && (*instance)->type == declared) {
            effective.value = effective.instanceValue = (*instance)->value;
            effective.source = SettingSource::Instance;
        }
    }
    if (userId != 0 && effective.userMayOverride) {
        Result<std::optional<SettingEntry>> own = settings.stored(key, userId);
        if (!own) {
            return own.error();
        }
        if (*own && (*own)->type == declared) {
            effective.value = (*own)->value;
            effective.source = SettingSource::User;
        }
    }
    return effective;
}

Result<QList<EffectiveSetting>> SyncSettings::read(Store& store, qint64 userId)
{
    QList<EffectiveSetting> list;
    for (SettingKey key : keys()) {
        const SettingDefinition& definition = settingDefinition(key);
        const bool fits = userId == 0 ? definition.scopes.testFlag(SettingScope::Instance)
                                      : definition.scopes.testFlag(SettingScope::User);
        if (!fits) {
            continue;
        }
        Result<EffectiveSetting> one = read(store, key, userId);
        if (!one) {
            return one.error();
        }
        list.append(*one);
    }
    return list;
}

QList<TaskSyncOption> SyncSettings::taskSyncOptions()
{
    return { { QStringLiteral("off"), tr("Do not sync to Salesforce tasks"),
                 tr("Tasks and reminders stay in Actions; Salesforce's tasks are not read."), QString() },
        { QStringLiteral("tasks-and-reminders"), tr("Sync tasks and reminders with Salesforce tasks"),
            tr("Created, edited, completed and deleted tasks flow both ways while the sync is on."),
            tr("The first sync imports the Salesforce tasks created or changed in the last 24 hours and does "
               "not send the tasks already in Actions: only tasks created after you turn it on go to "
               "Salesforce. If the sync was on before, tasks deleted in Salesforce in the last 15 days are "
               "removed.") } };
}

QString SyncSettings::label(SettingKey key)
{
    switch (key) {
    case SettingKey::EmailLogViaApi:
        return tr("Log email through the Salesforce API");
    case SettingKey::EmailApiPreferences:
        return tr("Email logging preferences");
    case SettingKey::EmailLogViaBcc:
        return tr("Log email by BCC (Email to Salesforce)");
    case SettingKey::EmailToSalesforceAddress:
        return tr("Email-to-Salesforce address");
    case SettingKey::EmailCheckMarketoUnsubscribe:
        return tr("Check Marketo's unsubscribe before a seller emails");
    case SettingKey::EmailSyncUnsubscribes:
        return tr("Unsubscribes both ways with Salesforce (Email Opt Out)");
    case SettingKey::TaskSync:
        return tr("Tasks and reminders → Salesforce tasks");
    case SettingKey::TaskSyncIntervalMinutes:
        return tr("Minutes between task syncs");
    default:
        return settingDefinition(key).name;
    }
}

QString SyncSettings::valueText(SettingKey key, const QVariant& value)
{
    const SettingDefinition& definition = settingDefinition(key);
    if (key == SettingKey::TaskSync) {
        for (const TaskSyncOption& option : taskSyncOptions()) {
            if (option.key == value.toString()) {
                return option.title;
            }
        }
    }
    if (key == SettingKey::TaskSyncIntervalMinutes && value.toLongLong() == 0) {
        return tr("only on demand");
    }
    switch (definition.type) {
    case SettingType::Bool:
        return value.toBool() ? tr("on") : tr("off");
    case SettingType::Integer:
        return QLocale().toString(value.toLongLong());
    case SettingType::Json:
        return key == SettingKey::EmailApiPreferences ? tr("changed") : tr("a document");
    case SettingType::DateTime:
        return value.toDateTime().isValid()
            ? QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat)
            : tr("not set");
    case SettingType::Text:
        break;
    }
    return value.toString().isEmpty() ? tr("none") : value.toString();
}

QStringList SyncSettings::preferenceChanges(const EmailApiPreferences& from, const EmailApiPreferences& to)
{
    QStringList changes;
    const auto flag = [&changes](bool before, bool after, const QString& withValues) {
        if (before != after) {
            changes.append(withValues.arg(before ? tr("on") : tr("off"), after ? tr("on") : tr("off")));
        }
    };
    const auto text = [&changes](const QString& before, const QString& after, const QString& withValues) {
        if (before != after) {
            changes.append(withValues.arg(before, after));
        }
    };
    //: %1 before, %2 after ("off", "on")
    flag(from.logSentEmails, to.logSentEmails, tr("sent emails logged: %1 → %2"));
    flag(from.logReplies, to.logReplies, tr("replies logged: %1 → %2"));
    flag(from.logCalls, to.logCalls, tr("calls logged: %1 → %2"));
    flag(from.relateToOpportunityOrAccount, to.relateToOpportunityOrAccount,
        tr("a contact's task related to the opportunity or account: %1 → %2"));
    //: %1 before, %2 after (Salesforce's task subtypes: Email, Task)
    text(from.emailSubtype, to.emailSubtype, tr("task subtype of emails: %1 → %2"));
    text(from.emailSubject, to.emailSubject, tr("subject of emails: “%1” → “%2”"));
    text(from.callSubject, to.callSubject, tr("subject of calls: “%1” → “%2”"));
    return changes;
}

QString SyncSettings::sourceText(SettingSource source, bool viewerIsTheUser)
{
    switch (source) {
    case SettingSource::Default:
        return tr("default");
    case SettingSource::Instance:
        return tr("the instance's");
    case SettingSource::User:
        // An admin looking at another user's settings reads whose they are.
        return viewerIsTheUser ? tr("your own") : tr("the user's own");
    }
    return {};
}

} // namespace sia
