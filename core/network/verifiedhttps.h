// How the product's HTTP clients (Marketo, Salesforce) put a request on the wire and read its transport:
// certificate verification always on, with extra CAs trusted besides the system's (never instead of them),
// no automatic redirects, a transfer timeout, and the certificate errors remembered so that a failure can
// explain them rather than ignore them.
#pragma once

#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>

#include <chrono>

namespace sia {

class VerifiedHttps
{
public:
    static QNetworkRequest request(const QUrl& url, const QList<QSslCertificate>& extraCaCertificates,
        std::chrono::milliseconds transferTimeout);
    // Remembers the reply's certificate errors (the handshake then fails: they are never ignored).
    static void watch(QNetworkReply* reply);
    static QList<QSslError> sslErrors(QNetworkReply* reply);
    // The certificate could not be verified (or the handshake failed for another reason).
    static bool tlsFailed(QNetworkReply* reply);
    // Errors below 200 are the connection's (reset, timeout, proxy): they void even an answer begun.
    static bool connectionFailed(QNetworkReply* reply);
    // A failure of the connection that the same call may not meet again (reset, refused, timed out).
    static bool transient(QNetworkReply::NetworkError error);
    static int httpStatus(QNetworkReply* reply);
    static bool answeredHtml(QNetworkReply* reply);
};

} // namespace sia
