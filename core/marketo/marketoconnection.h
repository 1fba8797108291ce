// What a Marketo client needs to reach one subscription: its endpoints, the API user's credentials (held
// in memory only: the caller reads the secret from the keychain), the certificates to trust beyond the
// system's, and the limits and retry policy to apply. Plain values, so that a test can shorten them.
#pragma once

#include "network/retrypolicy.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>

namespace sia {

// Marketo's limits per subscription (API-NOTES "Limits"), shared by every API user of it.
struct MarketoLimits
{
    int callsPerWindow = 100; // within a sliding window of `window`
    std::chrono::milliseconds window { 20'000 };
    int concurrent = 10; // calls in flight at once
    qint64 dailyCalls = 50'000; // per day, the day turning over at midnight US Central
};

// How failed calls that a retry can fix are retried: exponential backoff with jitter.
using MarketoRetryPolicy = RetryPolicy;

struct MarketoConnection
{
    QUrl restUrl; // https://<munchkin>.mktorest.com/rest
    QUrl identityUrl; // https://<munchkin>.mktorest.com/identity
    QString clientId;
    QString clientSecret; // in memory only; never logged
    // Trusted in addition to the system's CAs (a corporate TLS proxy, the sandbox's --tls certificate).
    QList<QSslCertificate> extraCaCertificates;
    MarketoLimits limits;
    MarketoRetryPolicy retry;
    // The token is renewed this long before Marketo says it expires.
    std::chrono::milliseconds tokenRenewalMargin { 60'000 };
    // A call that has sent or received nothing for this long is abandoned (and retried).
    std::chrono::milliseconds transferTimeout { 60'000 };

    // The host without /rest: bulk extract and user management hang off it.
    QUrl hostUrl() const
    {
        QUrl host = restUrl;
        QString path = host.path();
        if (path.endsWith(u'/')) {
            path.chop(1);
        }
        if (path.endsWith(QStringLiteral("/rest"))) {
            path.chop(5);
        }
        host.setPath(path);
        return host;
    }
};

} // namespace sia
