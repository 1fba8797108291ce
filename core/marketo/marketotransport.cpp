#include "marketo/marketotransport.h"

#include "marketo/marketoerrors.h"
#include "network/verifiedhttps.h"

namespace sia {

QNetworkRequest MarketoTransport::request(const QUrl& url, const MarketoConnection& connection)
{
    return VerifiedHttps::request(url, connection.extraCaCertificates, connection.transferTimeout);
}

void MarketoTransport::watch(QNetworkReply* reply)
{
    VerifiedHttps::watch(reply);
}

std::optional<Error> MarketoTransport::transportFailure(QNetworkReply* reply)
{
    const QString host = reply->url().host();
    if (VerifiedHttps::tlsFailed(reply)) {
        return MarketoErrors::fromTls(VerifiedHttps::sslErrors(reply), host);
    }
    if (VerifiedHttps::connectionFailed(reply)) {
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
    return VerifiedHttps::httpStatus(reply);
}

bool MarketoTransport::answeredHtml(QNetworkReply* reply)
{
    return VerifiedHttps::answeredHtml(reply);
}

} // namespace sia
