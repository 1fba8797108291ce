#include "network/networksettingseditor.h"

#include "connections/connectionsecrets.h"
#include "network/extracafile.h"
#include "settings/settingsrepository.h"
#include "store/storerunner.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace sia {

NetworkSettingsEditor::NetworkSettingsEditor(
    StoreRunner& store, SecretStore& secrets, QString instance, QString actor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_instance(std::move(instance))
    , m_actor(std::move(actor))
{ }

void NetworkSettingsEditor::load(Done<NetworkSettingsForm> done)
{
    m_store.run<NetworkSettingsForm>(
        [](Store& store) -> Result<NetworkSettingsForm> {
            SettingsRepository settings(store);
            Result<ProxyChoice> proxy = ProxyChoice::fromSettings(settings);
            if (!proxy) {
                return proxy.error();
            }
            Result<QString> file = settings.get<QString>(SettingKey::NetworkExtraCaFile);
            if (!file) {
                return file.error();
            }
            NetworkSettingsForm form;
            form.mode = proxy->mode;
            if (proxy->mode == ProxyMode::Manual) {
                form.proxyAddress = proxy->displayUrl();
                form.user = proxy->user;
            } else if (Result<QString> url = settings.get<QString>(SettingKey::ProxyUrl); url) {
                form.proxyAddress = QUrl(*url).adjusted(QUrl::RemoveUserInfo).toString(); // kept for later
            }
            form.extraCaFile = *file;
            return form;
        },
        this,
        [this, done = std::move(done)](Result<NetworkSettingsForm> form) {
            if (!form || form->user.isEmpty()) {
                done(std::move(form));
                return;
            }
            auto secrets = std::make_shared<ConnectionSecrets>(m_secrets, m_instance);
            secrets->read(ConnectionSecret::ProxyPassword,
                [secrets, form = *form, done](Result<QByteArray> stored) mutable {
                    if (!stored && stored.error().kind != ErrorKind::NotFound) {
                        done(stored.error()); // a locked keychain says so
                        return;
                    }
                    form.passwordStored = stored.ok();
                    done(form);
                });
        });
}

Result<QString> NetworkSettingsEditor::proxyUrlOf(const NetworkSettingsChange& change)
{
    if (change.mode != ProxyMode::Manual) {
        return QString();
    }
    QUrl url(change.proxyAddress.trimmed(), QUrl::StrictMode);
    if (!change.user.trimmed().isEmpty()) {
        url.setUserName(change.user.trimmed());
    }
    const QString text = url.toString();
    Result<ProxyChoice> choice = ProxyChoice::fromSettingValues(QStringLiteral("manual"), text);
    if (!choice) {
        return choice.error();
    }
    return text;
}

void NetworkSettingsEditor::save(NetworkSettingsChange change, Done<void> done)
{
    Result<QString> url = proxyUrlOf(change);
    if (!url) {
        QTimer::singleShot(0, this, [error = url.error(), done = std::move(done)] { done(error); });
        return;
    }
    if (!change.extraCaFile.isEmpty()) {
        change.extraCaFile = QFileInfo(change.extraCaFile).absoluteFilePath();
        Result<QList<QSslCertificate>> file
            = ExtraCaFile::load(change.extraCaFile, QDateTime::currentDateTimeUtc());
        if (!file) {
            QTimer::singleShot(0, this, [error = file.error(), done = std::move(done)] { done(error); });
            return;
        }
    }
    const bool needsPassword = change.mode == ProxyMode::Manual && !change.user.trimmed().isEmpty();
    auto secrets = std::make_shared<ConnectionSecrets>(m_secrets, m_instance);
    if (!needsPassword) {
        storeSettings(change, *url, std::move(done));
        return;
    }
    if (!change.newPassword.isEmpty()) {
        // The password first: settings naming a user whose password is missing would fail every call.
        secrets->write(ConnectionSecret::ProxyPassword, change.newPassword,
            [this, secrets, change, url = *url, done = std::move(done)](Result<void> written) {
                if (!written) {
                    done(written);
                    return;
                }
                storeSettings(change, url, done);
            });
        return;
    }
    secrets->read(ConnectionSecret::ProxyPassword,
        [this, secrets, change, url = *url, done = std::move(done)](Result<QByteArray> stored) {
            if (!stored) {
                done(stored.error().kind == ErrorKind::NotFound
                        ? Error::input(QStringLiteral("proxy.password-missing"),
                            QCoreApplication::translate("sia::NetworkSettingsEditor",
                                "Enter the password of %1 for the proxy: none is stored yet.")
                                .arg(change.user.trimmed()))
                        : stored.error());
                return;
            }
            storeSettings(change, url, done);
        });
}

void NetworkSettingsEditor::storeSettings(
    const NetworkSettingsChange& change, const QString& url, Done<void> done)
{
    m_store.run<bool>(
        [change, url, actor = m_actor](Store& store) -> Result<bool> {
            SettingsRepository settings(store);
            const std::pair<SettingKey, QString> values[] = { { SettingKey::ProxyMode, toKey(change.mode) },
                { SettingKey::ProxyUrl, url }, { SettingKey::NetworkExtraCaFile, change.extraCaFile } };
            for (const auto& [key, value] : values) {
                if (Result<void> stored = settings.set(key, value, actor); !stored) {
                    return stored.error();
                }
            }
            return true;
        },
        this,
        [done = std::move(done)](
            Result<bool> stored) { done(stored ? Result<void>() : Result<void>(stored.error())); });
}

} // namespace sia
