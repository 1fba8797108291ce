#include "network/verifiedhttps.h"

#include <QSslConfiguration>

namespace sia {
namespace {

constexpr const char* sslErrorsProperty = "siaSslErrors";

} // namespace

QNetworkRequest VerifiedHttps::request(const QUrl& url, const QList<QSslCertificate>& extraCaCertificates,
    std::chrono::milliseconds transferTimeout)
{
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCaCertificates.isEmpty()) {
        ssl.setCaCertificates(ssl.caCertificates() + extraCaCertificates);
    }
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(int(transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    return request;
}

void VerifiedHttps::watch(QNetworkReply* reply)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>& errors) {
        reply->setProperty(sslErrorsProperty, QVariant::fromValue(errors));
    });
}

QList<QSslError> VerifiedHttps::sslErrors(QNetworkReply* reply)
{
    return reply->property(sslErrorsProperty).value<QList<QSslError>>();
}

bool VerifiedHttps::tlsFailed(QNetworkReply* reply)
{
    return !sslErrors(reply).isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError;
}

bool VerifiedHttps::connectionFailed(QNetworkReply* reply)
{
    return reply->error() > QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied;
}

bool VerifiedHttps::transient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

int VerifiedHttps::httpStatus(QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool VerifiedHttps::answeredHtml(QNetworkReply* reply)
{
    return reply->header(QNetworkRequest::ContentTypeHeader)
        .toString()
        .contains(u"html", Qt::CaseInsensitive);
}

} // namespace sia
