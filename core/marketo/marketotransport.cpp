#include "marketo/marketotransport.h"

#include "marketo/marketoerrors.h"

#include <QSslConfiguration>

namespace sia {
namespace {

constexpr const char* sslErrorsProperty = "siaMarketoSslErrors";

} // namespace

QNetworkRequest MarketoTransport::request(const QUrl& url, const MarketoConnection& connection)
{
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!connection.extraCaCertificates.isEmpty()) {
        ssl.setCaCertificates(ssl.caCertificates() + connection.extraCaCertificates);
    }
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(int(connection.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    return request;
}

void MarketoTransport::watch(QNetworkReply* reply)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>& errors) {
        reply->setProperty(sslErrorsProperty, QVariant::fromValue(errors));
    });
}

std::optional<Error> MarketoTransport::transportFailure(QNetworkReply* reply)
{
    const QString host = reply->url().host();
    const auto sslErrors = reply->property(sslErrorsProperty).value<QList<QSslError>>();
    if (!sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        return MarketoErrors::fromTls(sslErrors, host);
    }
    // Errors below 200 are the connection's (reset, timeout, proxy): they void even an answer begun.
    if (reply->error() > QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied) {
        return MarketoErrors::fromNetwork(reply->error(), host);
    }
    if (httpStatus(reply) != 0) {
        return std::nullopt; // an HTTP answer, whatever its status: the caller reads it
    }
    if (reply->error() == QNetworkReply::NoError) {
        return MarketoErrors::notMarketo(host);
    }
    return MarketoErrors::fromNetwork(reply->error(), host);
}

int MarketoTransport::httpStatus(QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool MarketoTransport::answeredHtml(QNetworkReply* reply)
{
    return reply->header(QNetworkRequest::ContentTypeHeader)
        .toString()
        .contains(u"html", Qt::CaseInsensitive);
}

} // namespace sia
