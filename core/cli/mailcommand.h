// `sia-admin mail`: where the invitation emails go (step 5). Without options it shows the settings and
// where mail goes (the outbox folder, or the SMTP server, its security, its user and whether the password is
// in the keychain). --smtp-host H [--port N] [--security starttls|tls|none] [--user U] [--from ADDR]
// [--from-name N] [--language L] [--outbox-folder DIR] changes them: with --user the password is read from
// standard input (never an argument) and kept only in the keychain. --outbox goes back to the outbox (and
// forgets the server's user and password). `mail test EMAIL` sends a test message through the configured
// transport and says what became of it.
#pragma once

#include "cli/clicommand.h"
#include "cli/userscli.h"
#include "mail/mailsettings.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>

#include <optional>

namespace sia {

class MailTransport;

class MailCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::MailCommand)

public:
    QString name() const override { return QStringLiteral("mail"); }
    QString argumentsSynopsis() const override { return QStringLiteral("[test EMAIL]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return changes() ? StoreAccess::Write : StoreAccess::Read; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

    // The outbox folder the settings mean: theirs, else <the database's folder>/outbox.
    static QString outboxFolderOf(const MailSettings& settings, CliContext& context);

private:
    // The changes the options ask for, applied to what is stored.
    struct Changes
    {
        std::optional<QString> host;
        std::optional<int> port;
        std::optional<SmtpSecurity> security;
        std::optional<QString> user;
        std::optional<QString> from;
        std::optional<QString> fromName;
        std::optional<QString> language;
        std::optional<QString> outboxFolder;
        bool outbox = false;
    };

    bool changes() const;
    void change(CliContext& context);
    void save(CliContext& context, const MailSettings& settings);
    void show(CliContext& context);
    void test(CliContext& context);
    void sendTest(CliContext& context, const MailSettings& settings, const QByteArray& password);
    SecretKey passwordKey(CliContext& context) const;

    Changes m_changes;
    QString m_testAddress; // mail test EMAIL
    QString m_actor;
    bool m_json = false;
    UsersCliServices m_services;
};

} // namespace sia
