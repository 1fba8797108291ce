#include "network/transporterrors.h"

namespace sia {

Error TransportErrors::tls(const QString& code, const QList<QSslError>& errors, const QString& host)
{
    const QString reason = errors.isEmpty() ? QString() : errors.constFirst().errorString();
    return Error::environment(code,
        tr("The secure connection to %1 was refused because its certificate could not be verified: %2. "
           "If your organisation inspects HTTPS through a proxy, add its CA certificate as an extra "
           "trusted certificate in the connection's settings; otherwise the connection may be intercepted, "
           "and SIA Admin will not send the credentials.")
            .arg(host, reason));
}

Error TransportErrors::network(const QString& code, QNetworkReply::NetworkError error, const QString& host)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Error::environment(code,
            tr("%1 did not answer in time, also after several attempts. Check the network connection and "
               "any proxy; try again later.")
                .arg(host));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return Error::environment(code,
            tr("The proxy between this computer and %1 failed or refused the connection. Check the proxy "
               "settings and its credentials.")
                .arg(host));
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Error::environment(code,
            tr("The proxy refused the user name or password SIA Admin gave it, so %1 was not reached. Enter "
               "the proxy's user and password again in the network settings (sia-admin network --proxy URL "
               "--proxy-user USER), or ask whoever runs the proxy.")
                .arg(host));
    default:
        return Error::environment(code,
            tr("The connection to %1 failed, also after several attempts (network error %2). Check the "
               "network connection and any proxy, then try again.")
                .arg(host)
                .arg(int(error)));
    }
}

} // namespace sia
