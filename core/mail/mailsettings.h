// How invitations leave the computer (step 5): through an SMTP server (host, port, STARTTLS or TLS, a user
// whose password lives only in the keychain, the sender address) or, when no server is configured (the
// default, and the sandbox's), as .eml files in an outbox folder beside the database that the app can open.
// Stored as settings (mail.*, never the password); the password under the SecretKey "smtp.password".
#pragma once

#include "common/result.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QString>

namespace sia {

class Store;

enum class SmtpSecurity
{
    StartTls, // port 587: plain connection upgraded with STARTTLS, which must succeed (never sent in clear)
    Tls, // port 465: TLS from the first byte
    None // a local relay without encryption; refused together with a user (a password never goes in clear)
};

struct MailSettings
{
    QString smtpHost; // empty: the outbox
    int smtpPort = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString smtpUser; // empty: no authentication
    QString fromAddress; // the sender; required with a server
    QString fromName; // "SIA Admin" when empty
    QString outboxFolder; // empty: <database folder>/outbox (DataLocation)
    QString language; // the invitations' language: "en", "ko", "zh_TW", "sv"; empty: the app's

    bool usesOutbox() const { return smtpHost.isEmpty(); }
    // Input errors: a port outside 1–65535, a server without a sender, a user with SmtpSecurity::None.
    Result<void> check() const;
};

class MailSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(sia::MailSettingsRepository)

public:
    explicit MailSettingsRepository(Store& store)
        : m_store(store)
    { }

    Result<MailSettings> load() const;
    Result<void> save(const MailSettings& settings, const QString& actor); // checks first; audited

    // The SMTP password's keychain entry ("smtp.password" of the instance): `sia-admin mail --user` and the
    // Mail dialog write it, InvitationDelivery and the test messages read it.
    static SecretKey passwordKey(const QString& instance)
    {
        return { instance, QStringLiteral("smtp.password") };
    }

private:
    Store& m_store;
};

} // namespace sia
