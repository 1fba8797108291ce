// How both clients reach the services, as the settings say: the proxy (proxy.mode, proxy.url; the password
// in the keychain) and the extra CA certificate file (network.extra-ca-file), read once where the settings
// are read (the store's thread) and handed to MarketoClient and SalesforceClient alike, so that both go
// through the same proxy and trust the same certificates.
#pragma once

#include "common/result.h"
#include "network/networkproxy.h"
#include "network/proxychoice.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

class QNetworkAccessManager;

namespace sia {

class ConnectionSecrets;
class SettingsRepository;

struct NetworkSettings
{
    ProxyChoice proxy;
    QString extraCaFile; // empty: none
    QList<QSslCertificate> extraCaCertificates; // the file's, loaded

    // The proxy choice and the file's certificates; a file that cannot be used is an error (ExtraCaFile).
    static Result<NetworkSettings> fromSettings(const SettingsRepository& settings);

    // Puts the proxy into effect on a client's manager (MarketoClient::network(), SalesforceClient::
    // network()), the password read from the keychain when the proxy has a user. The extra CAs go into the
    // client's connection (MarketoConnection / SalesforceConnection::extraCaCertificates) before it is made.
    void applyProxy(
        QNetworkAccessManager& manager, ConnectionSecrets& secrets, NetworkProxy::Applied done) const;
};

} // namespace sia
