// How a Marketo request goes on the wire and how its transport-level outcome is read: certificate
// verification always on (with the connection's extra CAs trusted besides the system's), a transfer
// timeout, and certificate errors recorded so that the failure explains them rather than ignoring them.
#pragma once

#include "common/result.h"
#include "marketo/marketoconnection.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include <optional>

namespace sia {

class MarketoTransport
{
public:
    static QNetworkRequest request(const QUrl& url, const MarketoConnection& connection);
    // Remembers the reply's certificate errors (the handshake then fails: they are never ignored).
    static void watch(QNetworkReply* reply);
    // The failure of a reply that has no usable HTTP answer (network, TLS), or nullopt when it has one.
    static std::optional<Error> transportFailure(QNetworkReply* reply);
    static int httpStatus(QNetworkReply* reply);
    static bool answeredHtml(QNetworkReply* reply);
};

} // namespace sia
