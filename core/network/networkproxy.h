// Puts a ProxyChoice into effect on a QNetworkAccessManager (each client's own, never the application's
// global proxy), with the proxy's password from the keychain, and says which proxy a request to a URL
// goes through, so that the named checks can say "through proxy X" or "directly".
#pragma once

#include "common/result.h"
#include "network/proxychoice.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace sia {

class ConnectionSecrets;

class NetworkProxy
{
    Q_DECLARE_TR_FUNCTIONS(sia::NetworkProxy)

public:
    using Applied = std::function<void(Result<void>)>;

    // System: the system's configuration for each request (its PAC or environment), None: direct,
    // Manual: the named proxy, with password when its user needs one.
    static void apply(const ProxyChoice& choice, const QString& password, QNetworkAccessManager& manager);

    // The same, reading the password from the keychain first when the choice has a user. A missing
    // password is an error that says to enter it: a request would only fail later with a 407. done is
    // called on this thread; nothing is applied if the manager is gone by then.
    static void applyWithStoredPassword(
        const ProxyChoice& choice, ConnectionSecrets& secrets, QNetworkAccessManager& manager, Applied done);

    // The proxy a request to url would go through on this manager (NoProxy when direct).
    static QNetworkProxy proxyFor(const QNetworkAccessManager& manager, const QUrl& url);
    // "http://host:port" / "socks5://host:port"; empty when direct.
    static QString describe(const QNetworkProxy& proxy);
};

} // namespace sia
