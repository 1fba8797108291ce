#include "network/networksettings.h"

#include "network/extracafile.h"
#include "settings/settingsrepository.h"

#include <QDateTime>

namespace sia {

Result<NetworkSettings> NetworkSettings::fromSettings(const SettingsRepository& settings)
{
    Result<ProxyChoice> proxy = ProxyChoice::fromSettings(settings);
    if (!proxy) {
        return proxy.error();
    }
    Result<QString> file = settings.get<QString>(SettingKey::NetworkExtraCaFile);
    if (!file) {
        return file.error();
    }
    Result<QList<QSslCertificate>> certificates = ExtraCaFile::load(*file, QDateTime::currentDateTimeUtc());
    if (!certificates) {
        return certificates.error();
    }
    return NetworkSettings { *proxy, *file, *certificates };
}

void NetworkSettings::applyProxy(
    QNetworkAccessManager& manager, ConnectionSecrets& secrets, NetworkProxy::Applied done) const
{
    NetworkProxy::applyWithStoredPassword(proxy, secrets, manager, std::move(done));
}

} // namespace sia
