#include "network/networkproxy.h"

#include "connections/connectionsecrets.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPointer>

namespace sia {

namespace {

// The system's proxy per request, for one manager only (QNetworkProxyFactory::setUseSystemConfiguration
// would change every manager of the application, the sandbox's clients and tests included).
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

} // namespace

void NetworkProxy::apply(const ProxyChoice& choice, const QString& password, QNetworkAccessManager& manager)
{
    switch (choice.mode) {
    case ProxyMode::System:
        manager.setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        manager.setProxyFactory(new SystemProxyFactory); // the manager owns it
        return;
    case ProxyMode::None:
        manager.setProxyFactory(nullptr);
        manager.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return;
    case ProxyMode::Manual:
        manager.setProxyFactory(nullptr);
        manager.setProxy(QNetworkProxy(
            choice.kind == ProxyKind::Socks5 ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
            choice.host, choice.port, choice.user, choice.needsPassword() ? password : QString()));
        return;
    }
}

void NetworkProxy::applyWithStoredPassword(
    const ProxyChoice& choice, ConnectionSecrets& secrets, QNetworkAccessManager& manager, Applied done)
{
    if (!choice.needsPassword()) {
        apply(choice, QString(), manager);
        QMetaObject::invokeMethod(
            &manager, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
        return;
    }
    secrets.read(ConnectionSecret::ProxyPassword,
        [choice, target = QPointer<QNetworkAccessManager>(&manager), done = std::move(done)](
            Result<QByteArray> password) {
            if (!password) {
                done(password.error().kind == ErrorKind::NotFound ? Error::input(
                         QStringLiteral("proxy.password-missing"),
                         tr("The proxy %1 asks for the password of %2, and none is stored. Enter the proxy "
                            "password in the connection settings.")
                             .arg(choice.displayUrl(), choice.user))
                                                                  : password.error());
                return;
            }
            if (!target) {
                return;
            }
            apply(choice, QString::fromUtf8(*password), *target);
            done({});
        });
}

QNetworkProxy NetworkProxy::proxyFor(const QNetworkAccessManager& manager, const QUrl& url)
{
    if (QNetworkProxyFactory* factory = manager.proxyFactory()) {
        const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
        return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.constFirst();
    }
    const QNetworkProxy proxy = manager.proxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        // The application's proxy, which the product leaves alone: by default none.
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
        return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.constFirst();
    }
    return proxy;
}

QString NetworkProxy::describe(const QNetworkProxy& proxy)
{
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        return QStringLiteral("http://%1:%2").arg(proxy.hostName()).arg(proxy.port());
    case QNetworkProxy::Socks5Proxy:
        return QStringLiteral("socks5://%1:%2").arg(proxy.hostName()).arg(proxy.port());
    default:
        return {};
    }
}

} // namespace sia
