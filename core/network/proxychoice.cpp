#include "network/proxychoice.h"

#include "settings/settingsrepository.h"

#include <QUrl>

namespace sia {

Result<ProxyChoice> ProxyChoice::fromSettingValues(const QString& modeKey, const QString& urlText)
{
    const std::optional<ProxyMode> mode = fromKey<ProxyMode>(modeKey);
    if (!mode) {
        return Error::input(QStringLiteral("proxy.unknown-mode"),
            tr("The proxy setting “%1” is not one SIA Admin knows. Choose the system's proxy, no proxy or a "
               "manual proxy.")
                .arg(modeKey));
    }
    ProxyChoice choice;
    choice.mode = *mode;
    if (*mode != ProxyMode::Manual) {
        return choice;
    }
    const QUrl url(urlText, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (urlText.isEmpty() || !url.isValid() || url.host().isEmpty() || url.port() <= 0
        || (scheme != QLatin1String("http") && scheme != QLatin1String("socks5"))) {
        return Error::input(QStringLiteral("proxy.invalid-url"),
            tr("A manual proxy needs its address as http://host:port or socks5://host:port (with user@ "
               "before "
               "the host if it asks for a password); “%1” is not one. Correct the proxy setting.")
                .arg(urlText));
    }
    if (!url.password().isEmpty()) {
        return Error::input(QStringLiteral("settings.secret-in-value"),
            tr("The proxy's address must not contain its password. Enter the address without it; SIA Admin "
               "keeps the password in the system keychain."));
    }
    choice.kind = scheme == QLatin1String("socks5") ? ProxyKind::Socks5 : ProxyKind::Http;
    choice.host = url.host();
    choice.port = quint16(url.port());
    choice.user = url.userName();
    return choice;
}

Result<ProxyChoice> ProxyChoice::fromSettings(const SettingsRepository& settings)
{
    Result<QString> mode = settings.get<QString>(SettingKey::ProxyMode);
    if (!mode) {
        return mode.error();
    }
    Result<QString> url = settings.get<QString>(SettingKey::ProxyUrl);
    if (!url) {
        return url.error();
    }
    return fromSettingValues(*mode, *url);
}

QString ProxyChoice::displayUrl() const
{
    if (mode != ProxyMode::Manual) {
        return {};
    }
    return QStringLiteral("%1://%2:%3")
        .arg(kind == ProxyKind::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http"), host)
        .arg(port);
}

} // namespace sia
