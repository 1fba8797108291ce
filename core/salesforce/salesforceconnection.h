// What a Salesforce client needs to reach one org: the login host (production, sandbox or My Domain), the
// connected app's consumer key, its secret when the app requires one (read from the keychain by the
// caller, held in memory only), the loopback callbacks registered in the app, the certificates to trust
// beyond the system's, and the retry policy. Plain values, so that a test can shorten them.
#pragma once

#include "common/result.h"
#include "network/retrypolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace sia {

// Where an admin logs in: the token, refresh, revoke and identity calls go there too (API-NOTES: never
// to the instance).
class SalesforceLoginHost
{
    Q_DECLARE_TR_FUNCTIONS(sia::SalesforceLoginHost)

public:
    static QUrl production() { return QUrl(QStringLiteral("https://login.salesforce.com")); }
    static QUrl sandbox() { return QUrl(QStringLiteral("https://test.salesforce.com")); }
    // "acme", "acme.my.salesforce.com" or "https://acme.my.salesforce.com" (also a sandbox's
    // "acme--uat.sandbox.my.salesforce.com"): the org's My Domain login URL.
    static Result<QUrl> myDomain(const QString& domain);
};

struct SalesforceConnection
{
    QUrl loginUrl = SalesforceLoginHost::production();
    QString consumerKey; // the connected app's (or external client app's) consumer key
    QString consumerSecret; // only when the app requires it; in memory only, never logged
    // The callbacks registered in the connected app, tried in order (the setting salesforce.callback-urls):
    // Salesforce matches the redirect exactly, port included, so a busy port means the next URL.
    QList<QUrl> callbackUrls;
    QStringList scopes { QStringLiteral("api"), QStringLiteral("refresh_token") };
    // Trusted in addition to the system's CAs (a corporate TLS proxy, the sandbox's --tls certificate).
    QList<QSslCertificate> extraCaCertificates;
    RetryPolicy retry;
    // A call that has sent or received nothing for this long is abandoned (and retried).
    std::chrono::milliseconds transferTimeout { 60'000 };
    // How long the browser flow waits for the redirect before it gives up and says so.
    std::chrono::milliseconds authorizationTimeout { 5 * 60'000 };
};

} // namespace sia
