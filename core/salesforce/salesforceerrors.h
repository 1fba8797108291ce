// Every way a Salesforce call or the browser login can fail, as the admin reads it: what happened and
// what to do, with the raw code for support in Error::code ("salesforce.API_DISABLED_FOR_ORG",
// "salesforce.oauth.invalid_grant", "salesforce.http503", "salesforce.tls"). Also which failures a retry
// or a refreshed session can fix (API-NOTES "Errors" and the corrections).
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>

#include <chrono>

namespace sia {

class SalesforceErrors
{
    Q_DECLARE_TR_FUNCTIONS(sia::SalesforceErrors)

public:
    enum class Remedy
    {
        None, // a retry cannot fix it: report it
        Retry, // transient: retry with backoff and jitter
        RefreshSession, // the session expired: refresh the access token once, then retry
    };

    static Remedy remedyFor(const Error& error);

    // A REST error array's first entry, with the HTTP status it came with.
    static Error fromRestError(int httpStatus, const QString& errorCode, const QString& message);
    // An OAuth answer of the token endpoint ({"error", "error_description"}).
    static Error fromOAuth(const QString& oauthError, const QString& description);
    static Error fromHttpStatus(int status, bool answeredHtml, const QString& host);
    static Error fromNetwork(QNetworkReply::NetworkError error, const QString& host);
    static Error fromTls(const QList<QSslError>& errors, const QString& host);
    static Error notSalesforce(const QString& host); // an answer that is not Salesforce's JSON

    // The browser login.
    static Error noFreeCallbackPort(const QString& settingName, const QStringList& tried);
    static Error authorizationCancelled();
    static Error authorizationTimedOut(std::chrono::milliseconds waited);
    static Error stateMismatch();
    static Error authorizationRefused(const QString& oauthError, const QString& description);

    static Error noSupportedApiVersion(const QString& newestOffered);
    static Error notConnected();
    static Error refreshTokenNotStored(const Error& keychain);
    static Error noRefreshToken(); // the app did not grant refresh_token
};

} // namespace sia
