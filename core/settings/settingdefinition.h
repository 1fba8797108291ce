// Every setting the product keeps in the Actions database, declared once: its stored name, its type, who
// may hold a value (the instance, a user, or both: a user may then override the instance's value), its
// default, and what a valid value looks like. Code names a setting by its SettingKey only, so no string
// key is repeated and a typo does not compile. No setting ever holds a secret (passwords, client secrets
// and tokens live in the OS keychain): a URL setting refuses a password inside it, and the table's test
// refuses a name that speaks of one.
#pragma once

#include "common/enumkeys.h"

#include <QFlags>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace sia {

enum class SettingKey
{
    EmailLogViaApi, // log sales email to Salesforce through its API (SPEC section 6)
    EmailApiPreferences, // that card's preferences for how email activity is logged
    EmailLogViaBcc, // log sales email to Salesforce by BCC ("Email to Salesforce")
    EmailToSalesforceAddress, // a user's own Email-to-Salesforce address, for the BCC
    EmailCheckMarketoUnsubscribe, // check Marketo's unsubscribe before a seller may email (SPEC section 5)
    EmailSyncUnsubscribes, // unsubscribes both ways with Salesforce's Email Opt Out (SPEC section 5)
    TaskSync, // the tasks and reminders → Salesforce tasks option
    TaskSyncStartedAt, // when it was turned on: only Actions tasks created later are pushed (SPEC 6, rule 1)
    TaskSyncIntervalMinutes, // minutes between two task sync runs while it is on (rule 5); 0: only on demand
    UserTimeZone, // a user's IANA time zone, for the command center's today and tomorrow; empty: the
                  // machine's
    // Where the invitations go (mail/mailsettings.h): an SMTP server, or the outbox when no host is set.
    SmtpHost,
    SmtpPort,
    SmtpSecurity,
    SmtpUser, // the password is in the keychain ("smtp.password")
    MailFromAddress,
    MailFromName,
    MailOutboxFolder, // empty: "outbox" beside the database (DataLocation::outboxFolder)
    MailLanguage, // the invitations' language; empty: the app's
    ProxyMode,
    ProxyUrl, // without credentials: the proxy's password is in the keychain
    SalesforceCallbackUrls, // the loopback redirects registered in the connected app, tried in order
    // The share (1-100 %) of Marketo's daily quota / of Salesforce's daily API requests this product may
    // use (connections/apibudget.h): both are shared with every other integration of the subscription/org.
    ApiBudgetMarketoPercent,
    ApiBudgetSalesforcePercent,
    // A certificate file (PEM or DER) both clients trust besides the system's CAs: a corporate proxy that
    // inspects TLS, the sandbox's --tls certificate (network/extracafile.h). Empty: none.
    NetworkExtraCaFile,
    // Minutes between two incremental people syncs (Marketo's lead changes); 0: only on demand.
    PeopleSyncIntervalMinutes,
    // The CSV import's saved column mapping (ColumnMapping::toJson: columns named by their header text),
    // offered again for the next file whose header fits it (step 5).
    UsersCsvMapping
    // (Which database to open is no setting: a setting lives in the database. See SavedDatabaseChoice.)
};

// The types a stored value can have. The key is what the settings table's type column holds. Types and
// scopes are core enums, not reference tables: a new type needs code to encode and show it, and a new scope
// (a team's, say) needs the code that decides who may write it.
enum class SettingType
{
    Bool,
    Integer,
    Text,
    Json,
    DateTime
};

enum class SettingScope
{
    Instance = 0x1,
    User = 0x2
};
Q_DECLARE_FLAGS(SettingScopes, SettingScope)
Q_DECLARE_OPERATORS_FOR_FLAGS(SettingScopes)

// What a Text value must look like beyond being text.
enum class SettingFormat
{
    Plain,
    Choice, // one of the definition's choices
    EmailAddress, // empty, or an address with an @
    Url, // empty, or an absolute http(s) or postgresql URL without a password
    UrlList, // URLs as for Url, separated by spaces
    TimeZone // empty, or an IANA time zone id this system knows ("Asia/Taipei")
};

struct SettingDefinition
{
    SettingKey key;
    QString name; // as stored: "area.name"
    SettingType type;
    SettingScopes scopes;
    QVariant defaultValue; // of the type's metatype (settingMetaType)
    SettingFormat format = SettingFormat::Plain;
    QStringList choices; // Choice only
    qint64 minimum = 0; // Integer only
    qint64 maximum = 0;
};

const SettingDefinition& settingDefinition(SettingKey key);
std::optional<SettingKey> settingKeyFromName(const QString& name);
QList<SettingKey> allSettingKeys();

// The QVariant type a setting of this type reads as: Bool, LongLong, QString, QJsonObject, QDateTime.
QMetaType::Type settingMetaType(SettingType type);
// The setting type of a QVariant type (Int counts as Integer); empty when no setting can hold it.
std::optional<SettingType> settingTypeOf(QMetaType::Type type);

template<> struct EnumKeys<SettingType>
{
    static constexpr EnumKey<SettingType> table[]
        = { { SettingType::Bool, "bool" }, { SettingType::Integer, "int" }, { SettingType::Text, "text" },
              { SettingType::Json, "json" }, { SettingType::DateTime, "datetime" } };
};

template<> struct EnumKeys<SettingScope>
{
    static constexpr EnumKey<SettingScope> table[]
        = { { SettingScope::Instance, "instance" }, { SettingScope::User, "user" } };
};

} // namespace sia
