#include "cli/mailcommand.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/secretinput.h"
#include "mail/mailmessage.h"
#include "mail/mailtestmessage.h"
#include "mail/mailtransport.h"
#include "mail/outboxtransport.h"
#include "mail/smtptransport.h"
#include "settings/settingsrepository.h"
#include "store/datalocation.h"
#include "store/store.h"
#include "users/emailaddress.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <memory>

namespace sia {

namespace {

Error usage(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

QString securityKey(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::Tls:
        return QStringLiteral("tls");
    case SmtpSecurity::None:
        return QStringLiteral("none");
    }
    return {};
}

QString securityText(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::StartTls:
        return MailCommand::tr("STARTTLS (the connection upgraded to TLS, which must succeed)");
    case SmtpSecurity::Tls:
        return MailCommand::tr("TLS from the first byte");
    case SmtpSecurity::None:
        return MailCommand::tr("no encryption (a local relay)");
    }
    return {};
}

Result<void> checkSettings(const MailSettings& settings)
{
    return settings.check();
}

Result<void> saveSettings(Store& store, const MailSettings& settings, const QString& actor)
{
    return MailSettingsRepository(store).save(settings, actor);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString MailCommand::summary() const
{
    return tr(
        "Where the invitation emails go (step 5). mail: the settings and where mail goes. mail --smtp-host "
        "H [--port N] [--security starttls|tls|none] [--user U] [--from ADDR] [--from-name N] [--language L] "
        "[--outbox-folder DIR]: send through an SMTP server; with --user the password is read from standard "
        "input and kept only in the keychain. mail --outbox: back to the outbox, .eml files in a folder "
        "(the default, and the sandbox's). mail test EMAIL: send a test message the configured way.");
}

QList<QCommandLineOption> MailCommand::options() const
{
    return { CommonCliOptions::json(), CommonCliOptions::by(),
        { QStringLiteral("smtp-host"), tr("The SMTP server's host name."), QStringLiteral("H") },
        { QStringLiteral("port"), tr("The SMTP server's port (default 587)."), QStringLiteral("N") },
        { QStringLiteral("security"),
            tr("starttls (the default, port 587), tls (port 465) or none (a local relay, never with a "
               "user)."),
            QStringLiteral("S") },
        { QStringLiteral("user"),
            tr("The user the SMTP server asks for; its password is read from standard input. An empty user: "
               "no "
               "authentication."),
            QStringLiteral("U") },
        { QStringLiteral("from"), tr("The sender's address (required with a server)."),
            QStringLiteral("ADDR") },
        { QStringLiteral("from-name"), tr("The sender's name (default SIA Admin)."), QStringLiteral("N") },
        { QStringLiteral("language"), tr("The invitations' language: en, ko, zh_TW or sv; empty: the app's."),
            QStringLiteral("L") },
        { QStringLiteral("outbox-folder"),
            tr("The folder of the outbox's .eml files (default: outbox beside the database)."),
            QStringLiteral("DIR") },
        { QStringLiteral("outbox"), tr("Write the invitations to the outbox instead of an SMTP server.") } };
}

bool MailCommand::changes() const
{
    const Changes& c = m_changes;
    return c.host || c.port || c.security || c.user || c.from || c.fromName || c.language || c.outboxFolder
        || c.outbox;
}

Result<void> MailCommand::configure(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    if (!words.isEmpty()) {
        if (words.first() != u"test" || words.size() != 2) {
            return usage(tr("“mail” takes no arguments but test EMAIL, for example: sia-admin mail test "
                            "ana@example.com"));
        }
        m_testAddress = words.at(1).trimmed();
    }
    auto text = [&parser](const QString& option) -> std::optional<QString> {
        return parser.isSet(option) ? std::optional(parser.value(option).trimmed()) : std::nullopt;
    };
    m_changes.host = text(QStringLiteral("smtp-host"));
    m_changes.user = text(QStringLiteral("user"));
    m_changes.from = text(QStringLiteral("from"));
    m_changes.fromName = text(QStringLiteral("from-name"));
    m_changes.language = text(QStringLiteral("language"));
    m_changes.outboxFolder = text(QStringLiteral("outbox-folder"));
    m_changes.outbox = parser.isSet(QStringLiteral("outbox"));
    if (parser.isSet(QStringLiteral("port"))) {
        bool isNumber = false;
        const int port = parser.value(QStringLiteral("port")).toInt(&isNumber);
        if (!isNumber || port < 1 || port > 65535) {
            return usage(tr("--port needs a port number from 1 to 65535, not “%1”.")
                             .arg(parser.value(QStringLiteral("port"))));
        }
        m_changes.port = port;
    }
    if (parser.isSet(QStringLiteral("security"))) {
        const QString security = parser.value(QStringLiteral("security")).trimmed().toLower();
        if (security == u"starttls") {
            m_changes.security = SmtpSecurity::StartTls;
        } else if (security == u"tls") {
            m_changes.security = SmtpSecurity::Tls;
        } else if (security == u"none") {
            m_changes.security = SmtpSecurity::None;
        } else {
            return usage(tr("“%1” is not a security: use starttls, tls or none.")
                             .arg(parser.value(QStringLiteral("security"))));
        }
    }
    if (m_changes.host && m_changes.host->isEmpty()) {
        return usage(tr("--smtp-host needs a host name; to go back to the outbox, use --outbox."));
    }
    if (m_changes.outbox && (m_changes.host || m_changes.user)) {
        return usage(tr("--outbox goes without a server: give either --outbox or --smtp-host (and --user)."));
    }
    if (!m_testAddress.isEmpty() && changes()) {
        return usage(tr("“mail test” sends with the stored settings: change them first, then test."));
    }
    m_json = parser.isSet(QStringLiteral("json"));
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    return {};
}

SecretKey MailCommand::passwordKey(CliContext& context) const
{
    return MailSettingsRepository::passwordKey(UsersCliServices::secretInstance(context));
}

QString MailCommand::outboxFolderOf(const MailSettings& settings, CliContext& context)
{
    // As InvitationDelivery resolves it: beside the database file; a server's database has no folder here.
    return settings.outboxFolder.isEmpty() ? DataLocation::outboxFolder(context.store().options())
                                           : settings.outboxFolder;
}

void MailCommand::start(CliContext& context)
{
    if (!m_testAddress.isEmpty()) {
        test(context);
    } else if (changes()) {
        change(context);
    } else {
        show(context);
    }
}

void MailCommand::change(CliContext& context)
{
    Result<MailSettings> stored = UsersCliText::mailSettings(context.store());
    if (!stored) {
        context.finish(stored.error());
        return;
    }
    MailSettings settings = *stored;
    const Changes& c = m_changes;
    if (c.outbox) {
        settings.smtpHost.clear();
        settings.smtpUser.clear();
    }
    settings.smtpHost = c.host.value_or(settings.smtpHost);
    settings.smtpPort = c.port.value_or(settings.smtpPort);
    settings.security = c.security.value_or(settings.security);
    settings.smtpUser = c.user.value_or(settings.smtpUser);
    settings.fromAddress = c.from.value_or(settings.fromAddress);
    settings.fromName = c.fromName.value_or(settings.fromName);
    settings.language = c.language.value_or(settings.language);
    if (c.outboxFolder) {
        settings.outboxFolder
            = c.outboxFolder->isEmpty() ? QString() : QFileInfo(*c.outboxFolder).absoluteFilePath();
    }
    // Everything is checked, and the password read, before anything is stored: a refusal changes nothing.
    if (Result<void> checked = checkSettings(settings); !checked) {
        context.finish(checked);
        return;
    }
    SecretStore& keychain = m_services.keychain();
    if (settings.smtpUser.isEmpty() && !stored->smtpUser.isEmpty()) {
        // No user any more: its password goes from the keychain too.
        keychain.remove(passwordKey(context), [this, &context, settings](Result<void> removed) {
            if (!removed) {
                context.finish(removed);
                return;
            }
            save(context, settings);
        });
        return;
    }
    if (!c.user || c.user->isEmpty()) {
        save(context, settings);
        return;
    }
    const std::optional<QString> password
        = SecretInput::readLine(tr("Password of %1 for the SMTP server: ").arg(settings.smtpUser));
    if (!password || password->isEmpty()) {
        context.finish(
            usage(tr("No SMTP password was given on standard input. Type it when asked, or pipe it in: "
                     "printf '%s\\n' \"$PASSWORD\" | sia-admin mail --smtp-host HOST --user USER")));
        return;
    }
    keychain.write(
        passwordKey(context), password->toUtf8(), [this, &context, settings](Result<void> written) {
            if (!written) {
                context.finish(written);
                return;
            }
            save(context, settings);
        });
}

void MailCommand::save(CliContext& context, const MailSettings& settings)
{
    if (Result<void> saved = saveSettings(context.store(), settings, m_actor); !saved) {
        context.finish(saved);
        return;
    }
    show(context);
}

void MailCommand::show(CliContext& context)
{
    Result<MailSettings> loaded = UsersCliText::mailSettings(context.store());
    if (!loaded) {
        context.finish(loaded.error());
        return;
    }
    const MailSettings settings = *loaded;
    auto finish = [this, &context, settings](std::optional<bool> passwordStored) {
        const QString outbox = outboxFolderOf(settings, context);
        CliOutput& out = context.output();
        if (m_json) {
            QJsonObject document { { QStringLiteral("transport"),
                                       settings.usesOutbox() ? QStringLiteral("outbox")
                                                             : QStringLiteral("smtp") },
                { QStringLiteral("outboxFolder"), outbox },
                { QStringLiteral("smtpHost"), textOrNull(settings.smtpHost) },
                { QStringLiteral("smtpPort"), settings.smtpPort },
                { QStringLiteral("security"), securityKey(settings.security) },
                { QStringLiteral("smtpUser"), textOrNull(settings.smtpUser) },
                { QStringLiteral("passwordStored"),
                    passwordStored ? QJsonValue(*passwordStored) : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("from"), textOrNull(settings.fromAddress) },
                { QStringLiteral("fromName"), textOrNull(settings.fromName) },
                { QStringLiteral("language"), textOrNull(settings.language) } };
            out.json(QJsonDocument(document));
            context.finish({});
            return;
        }
        if (settings.usesOutbox()) {
            out.line(tr("Invitations are written as .eml files to the outbox: %1")
                         .arg(QDir::toNativeSeparators(outbox)));
            out.line(
                tr("  No SMTP server is set; set one with sia-admin mail --smtp-host HOST --from ADDRESS."));
        } else {
            //: %1 host, %2 port, %3 the security
            out.line(tr("Invitations are sent through %1:%2 with %3.")
                         .arg(settings.smtpHost)
                         .arg(settings.smtpPort)
                         .arg(securityText(settings.security)));
            if (settings.smtpUser.isEmpty()) {
                out.line(tr("  No authentication."));
            } else if (passwordStored.value_or(false)) {
                out.line(tr("  As %1; the password is in this computer's keychain.").arg(settings.smtpUser));
            } else {
                out.line(tr("  As %1; no password is stored: set it with sia-admin mail --user USER.")
                             .arg(settings.smtpUser));
            }
        }
        const QString from = settings.fromAddress.isEmpty() ? tr("not set") : settings.fromAddress;
        const QString fromName
            = settings.fromName.isEmpty() ? QStringLiteral("SIA Admin") : settings.fromName;
        //: %1 the sender's name, %2 its address
        out.line(tr("From: %1 <%2>").arg(fromName, from));
        out.line(settings.language.isEmpty() ? tr("Language of the invitations: the app's")
                                             : tr("Language of the invitations: %1").arg(settings.language));
        context.finish({});
    };
    if (settings.smtpUser.isEmpty()) {
        finish(std::nullopt);
        return;
    }
    m_services.keychain().read(passwordKey(context), [finish, &context](Result<QByteArray> stored) {
        if (!stored && stored.error().kind != ErrorKind::NotFound) {
            context.finish(stored.error()); // a locked keychain says so
            return;
        }
        finish(stored.ok());
    });
}

void MailCommand::test(CliContext& context)
{
    Result<QString> address = EmailAddress::checked(m_testAddress);
    if (!address) {
        context.finish(address.error());
        return;
    }
    m_testAddress = *address;
    Result<MailSettings> loaded = UsersCliText::mailSettings(context.store());
    if (!loaded) {
        context.finish(loaded.error());
        return;
    }
    const MailSettings settings = *loaded;
    if (settings.usesOutbox() || settings.smtpUser.isEmpty()) {
        sendTest(context, settings, {});
        return;
    }
    m_services.keychain().read(passwordKey(context), [this, &context, settings](Result<QByteArray> password) {
        if (!password) {
            context.finish(password.error().kind == ErrorKind::NotFound
                    ? Error::environment(QStringLiteral("smtp.no-password"),
                        tr("No password of %1 for the SMTP server is in the keychain: set it with sia-admin "
                           "mail --user %1.")
                            .arg(settings.smtpUser))
                    : password.error());
            return;
        }
        sendTest(context, settings, *password);
    });
}

void MailCommand::sendTest(CliContext& context, const MailSettings& settings, const QByteArray& password)
{
    std::shared_ptr<MailTransport> transport;
    if (settings.usesOutbox()) {
        transport = std::make_shared<OutboxTransport>(outboxFolderOf(settings, context));
    } else {
        Result<QString> extraCa
            = SettingsRepository(context.store()).get<QString>(SettingKey::NetworkExtraCaFile);
        if (!extraCa) {
            context.finish(extraCa.error());
            return;
        }
        transport = std::make_shared<SmtpTransport>(settings, password, *extraCa);
    }
    const MailMessage message = MailTestMessage::compose(settings, m_testAddress);
    // The transport blocks (a server may take its time to answer): it runs on a thread of its own, and the
    // answer comes back to this loop.
    auto outcome = std::make_shared<std::optional<Result<MailDelivery>>>();
    QThread* worker
        = QThread::create([transport, message, outcome] { outcome->emplace(transport->send(message)); });
    QObject::connect(worker, &QThread::finished, &context, [this, &context, worker, outcome, settings] {
        worker->deleteLater();
        const Result<MailDelivery> sent = outcome->value_or(Error::internal(
            QStringLiteral("mail.test"), tr("The test message's worker ended without an answer.")));
        if (!sent) {
            context.finish(sent.error());
            return;
        }
        if (m_json) {
            context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("to"), m_testAddress },
                { QStringLiteral("transport"),
                    settings.usesOutbox() ? QStringLiteral("outbox") : QStringLiteral("smtp") },
                { settings.usesOutbox() ? QStringLiteral("file") : QStringLiteral("reply"), sent->where } }));
        } else if (settings.usesOutbox()) {
            context.output().line(tr("The test message to %1 was written to the outbox: %2")
                                      .arg(m_testAddress, QDir::toNativeSeparators(sent->where)));
        } else {
            context.output().line(tr("The test message to %1 was sent (the server answered: %2).")
                                      .arg(m_testAddress, sent->where));
        }
        context.finish({});
    });
    worker->start();
}

} // namespace sia
