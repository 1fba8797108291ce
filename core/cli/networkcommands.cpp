#include "cli/networkcommands.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/secretinput.h"
#include "connections/connectionsecrets.h"
#include "network/extracafile.h"
#include "network/networksettings.h"
#include "network/proxychoice.h"
#include "secrets/keychainsecretstore.h"
#include "settings/settingsrepository.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

namespace sia {
namespace {

Error usageError(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

QString modeText(const ProxyChoice& choice)
{
    switch (choice.mode) {
    case ProxyMode::System:
        return QCoreApplication::translate("sia::NetworkCommand", "the system's proxy configuration");
    case ProxyMode::None:
        return QCoreApplication::translate("sia::NetworkCommand", "no proxy (direct)");
    case ProxyMode::Manual:
        return choice.displayUrl();
    }
    return {};
}

// The proxy's address with the user put in (the settings' form: the user is part of proxy.url).
QString urlWithUser(const QString& url, const QString& user)
{
    QUrl parsed(url, QUrl::StrictMode);
    parsed.setUserName(user);
    return parsed.toString();
}

} // namespace

NetworkCommand::NetworkCommand() = default;
NetworkCommand::~NetworkCommand() = default;

QString NetworkCommand::summary() const
{
    return tr("Show how SIA Admin reaches Marketo and Salesforce: the proxy and the extra CA certificate "
              "file both clients trust. --proxy system|none|URL (with --proxy-user USER, the password read "
              "from standard input and kept in the keychain) and --extra-ca FILE|none change them.");
}

QList<QCommandLineOption> NetworkCommand::options() const
{
    return { { QStringLiteral("proxy"),
                 tr("system (the default), none, or the proxy's address: http://host:port or "
                    "socks5://host:port."),
                 QStringLiteral("MODE|URL") },
        { QStringLiteral("proxy-user"),
            tr("The user the manual proxy asks for; its password is read from standard input. An empty "
               "user: the proxy asks for none."),
            QStringLiteral("USER") },
        { QStringLiteral("extra-ca"),
            tr("A certificate file (PEM or DER) to trust besides the system's CAs, or none."),
            QStringLiteral("FILE|none") },
        CommonCliOptions::json(), CommonCliOptions::by() };
}

Result<void> NetworkCommand::configure(const QCommandLineParser& parser)
{
    if (Result<void> none = CommonCliOptions::noArguments(name(), parser); !none) {
        return none;
    }
    if (parser.isSet(QStringLiteral("proxy"))) {
        m_proxy = parser.value(QStringLiteral("proxy")).trimmed();
    }
    if (parser.isSet(QStringLiteral("proxy-user"))) {
        m_proxyUser = parser.value(QStringLiteral("proxy-user")).trimmed();
    }
    if (parser.isSet(QStringLiteral("extra-ca"))) {
        m_extraCa = parser.value(QStringLiteral("extra-ca")).trimmed();
    }
    if (m_proxyUser && (!m_proxy || *m_proxy == u"system" || *m_proxy == u"none")) {
        return usageError(tr("--proxy-user goes with a manual proxy: --proxy http://host:port --proxy-user "
                             "USER."));
    }
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    m_json = parser.isSet(QStringLiteral("json"));
    return {};
}

Result<NetworkCommand::Change> NetworkCommand::prepare() const
{
    Change change;
    if (m_proxy) {
        change.mode = *m_proxy;
        if (change.mode != u"system" && change.mode != u"none") {
            change.url = urlWithUser(change.mode, m_proxyUser.value_or(QString()));
            change.mode = QStringLiteral("manual");
        }
        Result<ProxyChoice> choice = ProxyChoice::fromSettingValues(change.mode, change.url);
        if (!choice) {
            return choice.error();
        }
        change.needsPassword = choice->needsPassword();
    }
    if (m_extraCa && *m_extraCa != u"none") {
        change.extraCaFile = QFileInfo(*m_extraCa).absoluteFilePath();
        Result<QList<QSslCertificate>> loaded
            = ExtraCaFile::load(change.extraCaFile, QDateTime::currentDateTimeUtc());
        if (!loaded) {
            return loaded.error();
        }
    }
    return change;
}

Result<void> NetworkCommand::store(CliContext& context, const Change& change) const
{
    SettingsRepository settings(context.store());
    if (m_proxy) {
        if (Result<void> stored = settings.set(SettingKey::ProxyMode, change.mode, m_actor); !stored) {
            return stored;
        }
        if (Result<void> stored = settings.set(SettingKey::ProxyUrl, change.url, m_actor); !stored) {
            return stored;
        }
    }
    if (m_extraCa) {
        if (Result<void> stored = settings.set(SettingKey::NetworkExtraCaFile, change.extraCaFile, m_actor);
            !stored) {
            return stored;
        }
    }
    return {};
}

void NetworkCommand::start(CliContext& context)
{
    // Everything is checked, and the password read, before anything is stored: a refusal changes nothing.
    Result<Change> change = prepare();
    if (!change) {
        context.finish(change.error());
        return;
    }
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_secrets
        = std::make_unique<ConnectionSecrets>(*m_keychain, ConnectionSecrets::instanceOf(context.store()));
    auto storeAndShow = [this, &context, change = *change] {
        if (Result<void> stored = store(context, change); !stored) {
            context.finish(stored);
            return;
        }
        show(context);
    };
    if (!change->needsPassword) {
        storeAndShow();
        return;
    }
    const std::optional<QString> password
        = SecretInput::readLine(tr("Password of %1 for the proxy: ").arg(*m_proxyUser));
    if (!password || password->isEmpty()) {
        context.finish(usageError(tr("No proxy password was given on standard input. Type it when asked, "
                                     "or pipe it in: printf '%s\\n' \"$PASSWORD\" | sia-admin network "
                                     "--proxy URL --proxy-user USER")));
        return;
    }
    m_secrets->write(
        ConnectionSecret::ProxyPassword, password->toUtf8(), [&context, storeAndShow](Result<void> written) {
            if (!written) {
                context.finish(written);
                return;
            }
            storeAndShow();
        });
}

void NetworkCommand::show(CliContext& context)
{
    SettingsRepository settings(context.store());
    Result<ProxyChoice> proxy = ProxyChoice::fromSettings(settings);
    if (!proxy) {
        context.finish(proxy.error());
        return;
    }
    Result<QString> file = settings.get<QString>(SettingKey::NetworkExtraCaFile);
    if (!file) {
        context.finish(file.error());
        return;
    }
    const Result<QList<QSslCertificate>> certificates
        = ExtraCaFile::load(*file, QDateTime::currentDateTimeUtc());
    auto finish = [this, &context, choice = *proxy, file = *file, certificates](bool passwordStored) {
        CliOutput& out = context.output();
        if (m_json) {
            QJsonArray trusted;
            for (const QSslCertificate& certificate :
                certificates ? *certificates : QList<QSslCertificate>()) {
                trusted.append(QJsonObject {
                    { QStringLiteral("subject"), ExtraCaFile::subjectOf(certificate) },
                    { QStringLiteral("expires"), certificate.expiryDate().toUTC().toString(Qt::ISODate) } });
            }
            QJsonObject proxyJson { { QStringLiteral("mode"), toKey(choice.mode) },
                { QStringLiteral("url"),
                    choice.mode == ProxyMode::Manual ? QJsonValue(choice.displayUrl())
                                                     : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("user"),
                    choice.user.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(choice.user) },
                { QStringLiteral("passwordStored"), passwordStored } };
            QJsonObject extraCa {
                { QStringLiteral("file"), file.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(file) },
                { QStringLiteral("certificates"), trusted },
                { QStringLiteral("error"),
                    certificates ? QJsonValue(QJsonValue::Null) : QJsonValue(certificates.error().message) }
            };
            out.json(QJsonDocument(QJsonObject {
                { QStringLiteral("proxy"), proxyJson }, { QStringLiteral("extraCa"), extraCa } }));
            context.finish({});
            return;
        }
        //: %1 the proxy: "the system's proxy configuration", "no proxy (direct)" or its address.
        out.line(tr("Proxy: %1").arg(modeText(choice)));
        if (choice.needsPassword()) {
            out.line(passwordStored
                    ? tr("  as %1; the password is in this computer's keychain.").arg(choice.user)
                    : tr("  as %1; no password is stored: set it with sia-admin network --proxy "
                         "URL --proxy-user USER.")
                          .arg(choice.user));
        }
        if (file.isEmpty()) {
            out.line(tr("Extra CA certificates: none (only the system's CAs are trusted)."));
        } else if (!certificates) {
            out.line(tr("Extra CA certificates: %1").arg(certificates.error().message));
        } else {
            out.line(tr("Extra CA certificates from %1:").arg(QDir::toNativeSeparators(file)));
            for (const QSslCertificate& certificate : *certificates) {
                //: %1 the certificate's subject, %2 its expiry.
                out.line(tr("  %1, valid until %2")
                             .arg(ExtraCaFile::subjectOf(certificate),
                                 QLocale().toString(
                                     certificate.expiryDate().toLocalTime(), QLocale::ShortFormat)));
            }
        }
        context.finish({});
    };
    if (!proxy->needsPassword()) {
        finish(false);
        return;
    }
    m_secrets->read(ConnectionSecret::ProxyPassword, [finish, &context](Result<QByteArray> stored) {
        if (!stored && stored.error().kind != ErrorKind::NotFound) {
            context.finish(stored.error()); // a locked keychain says so
            return;
        }
        finish(stored.ok());
    });
}

} // namespace sia
