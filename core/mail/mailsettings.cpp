#include "mail/mailsettings.h"

#include "common/enumkeys.h"
#include "settings/settingsrepository.h"
#include "store/store.h"

#include <QStringList>

#include <algorithm>
#include <optional>
#include <tuple>

namespace sia {

namespace {

// The languages the product is translated into (SPEC: the seeds' Korean, Traditional Chinese and Swedish,
// and English, the sources' language).
const QStringList invitationLanguages { QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("zh_TW"),
    QStringLiteral("sv") };

} // namespace

template<> struct EnumKeys<SmtpSecurity>
{
    // As stored in mail.security: part of the stored data, never to be renamed.
    static constexpr EnumKey<SmtpSecurity> table[] = { { SmtpSecurity::StartTls, "starttls" },
        { SmtpSecurity::Tls, "tls" }, { SmtpSecurity::None, "none" } };
};

Result<void> MailSettings::check() const
{
    if (smtpPort < 1 || smtpPort > 65535) {
        return Error::input(QStringLiteral("mail.invalid-port"),
            MailSettingsRepository::tr("The SMTP port must be a number from 1 to 65535; %1 is not (587 is "
                                       "usual with STARTTLS, 465 with TLS).")
                .arg(smtpPort));
    }
    if (!language.isEmpty() && !invitationLanguages.contains(language)) {
        return Error::input(QStringLiteral("mail.invalid-language"),
            MailSettingsRepository::tr("“%1” is not a language the invitations can be written in: use %2, or "
                                       "nothing for the app's language.")
                .arg(language, invitationLanguages.join(QStringLiteral(", "))));
    }
    const QString from = fromAddress.trimmed();
    const qsizetype at = from.indexOf(QLatin1Char('@'));
    const bool control = std::any_of(from.cbegin(), from.cend(), [](QChar c) { return c.unicode() < 0x20; });
    if (!from.isEmpty()
        && (at <= 0 || at == from.size() - 1 || from.contains(QLatin1Char(' ')) || control
            || from.contains(QLatin1Char('<')) || from.contains(QLatin1Char('>')))) {
        return Error::input(QStringLiteral("mail.invalid-from"),
            MailSettingsRepository::tr("“%1” is not an email address: the sender needs one such as "
                                       "admin@example.com.")
                .arg(fromAddress));
    }
    if (usesOutbox()) {
        return {};
    }
    if (smtpHost.trimmed().contains(QLatin1Char(' ')) || smtpHost.contains(QLatin1Char('/'))) {
        return Error::input(QStringLiteral("mail.invalid-host"),
            MailSettingsRepository::tr("“%1” is not a server name: give only the host, such as "
                                       "smtp.example.com, and the port separately.")
                .arg(smtpHost));
    }
    if (from.isEmpty()) {
        return Error::input(QStringLiteral("mail.no-from"),
            MailSettingsRepository::tr("An SMTP server needs a sender: give the address the invitations come "
                                       "from."));
    }
    if (security == SmtpSecurity::None && !smtpUser.isEmpty()) {
        return Error::input(QStringLiteral("mail.password-in-clear"),
            MailSettingsRepository::tr("A user's password would go to the SMTP server in clear without "
                                       "encryption: choose STARTTLS or TLS, or use a relay that needs no "
                                       "user."));
    }
    return {};
}

Result<MailSettings> MailSettingsRepository::load() const
{
    SettingsRepository settings(m_store);
    MailSettings mail;
    std::optional<Error> failed;
    auto text = [&](SettingKey key, QString& into) {
        if (failed) {
            return;
        }
        Result<QString> value = settings.get<QString>(key);
        value ? void(into = *value) : void(failed = value.error());
    };
    QString security;
    text(SettingKey::SmtpHost, mail.smtpHost);
    text(SettingKey::SmtpSecurity, security);
    text(SettingKey::SmtpUser, mail.smtpUser);
    text(SettingKey::MailFromAddress, mail.fromAddress);
    text(SettingKey::MailFromName, mail.fromName);
    text(SettingKey::MailOutboxFolder, mail.outboxFolder);
    text(SettingKey::MailLanguage, mail.language);
    if (failed) {
        return *failed;
    }
    Result<qlonglong> port = settings.get<qlonglong>(SettingKey::SmtpPort);
    if (!port) {
        return port.error();
    }
    mail.smtpPort = int(*port);
    // The setting is a choice of these three keys; a value a newer version wrote reads as the safe default.
    mail.security = fromKey<SmtpSecurity>(security).value_or(SmtpSecurity::StartTls);
    return mail;
}

Result<void> MailSettingsRepository::save(const MailSettings& given, const QString& actor)
{
    MailSettings settings = given;
    settings.smtpHost = settings.smtpHost.trimmed();
    settings.smtpUser = settings.smtpUser.trimmed();
    settings.fromAddress = settings.fromAddress.trimmed();
    settings.fromName = settings.fromName.trimmed();
    settings.outboxFolder = settings.outboxFolder.trimmed();
    settings.language = settings.language.trimmed();
    if (Result<void> checked = settings.check(); !checked) {
        return checked;
    }
    // All or nothing, and only what changed goes to the audit log (each setting's own audit entry).
    return m_store.transaction([&]() -> Result<void> {
        Result<MailSettings> stored = load();
        if (!stored) {
            return stored.error();
        }
        SettingsRepository repository(m_store);
        auto update = [&](SettingKey key, const QVariant& now, const QVariant& before) -> Result<void> {
            return now == before ? Result<void>() : repository.set(key, now, actor);
        };
        const QList<std::tuple<SettingKey, QVariant, QVariant>> changes {
            { SettingKey::SmtpHost, settings.smtpHost, stored->smtpHost },
            { SettingKey::SmtpPort, qlonglong(settings.smtpPort), qlonglong(stored->smtpPort) },
            { SettingKey::SmtpSecurity, toKey(settings.security), toKey(stored->security) },
            { SettingKey::SmtpUser, settings.smtpUser, stored->smtpUser },
            { SettingKey::MailFromAddress, settings.fromAddress, stored->fromAddress },
            { SettingKey::MailFromName, settings.fromName, stored->fromName },
            { SettingKey::MailOutboxFolder, settings.outboxFolder, stored->outboxFolder },
            { SettingKey::MailLanguage, settings.language, stored->language },
        };
        for (const auto& [key, now, before] : changes) {
            if (Result<void> written = update(key, now, before); !written) {
                return written;
            }
        }
        return {};
    });
}

} // namespace sia
