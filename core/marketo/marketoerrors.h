// Every way a Marketo call can fail, as the admin reads it: what happened and what to do, with the raw
// code for support in Error::code ("marketo.603", "marketo.http503", "marketo.tls") and in the message.
// Also which failures a retry can fix (API-NOTES "Errors that matter" and the corrections).
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QSslError>

namespace sia {

class MarketoErrors
{
    Q_DECLARE_TR_FUNCTIONS(sia::MarketoErrors)

public:
    enum class Remedy
    {
        None, // a retry cannot fix it: report it
        Retry, // transient: retry with backoff and jitter
        RenewToken, // 601/602: renew the token once, then retry
        WaitForQuotaReset, // 607: stop every call until midnight US Central
    };

    // What to do about a code in Marketo's envelope (a string: "606").
    static Remedy remedyFor(const QString& vendorCode);
    // HTTP 5xx (with or without a body) are transient; other statuses are not.
    static Remedy remedyForHttpStatus(int status);
    static Remedy remedyForNetwork(QNetworkReply::NetworkError error);
    // The remedy of an Error made here, read from its stable code.
    static Remedy remedyFor(const Error& error);

    static Error fromVendorCode(const QString& vendorCode, const QString& vendorMessage);
    static Error fromHttpStatus(int status, bool answeredHtml);
    static Error fromNetwork(QNetworkReply::NetworkError error, const QString& host);
    static Error fromTls(const QList<QSslError>& errors, const QString& host);
    static Error badCredentials(const QString& description);
    static Error identityRefused(int status, const QString& oauthError);
    static Error notMarketo(const QString& host); // an answer that is not Marketo's JSON
    static Error dailyQuotaUsed(const QDateTime& resumesAt);
    static Error notConfigured();
};

} // namespace sia
