// An OAuth 2.0 error as Salesforce's token endpoint answers it: HTTP 400 (or 401) with
// {"error": "...", "error_description": "..."}; on a redirect, the same two as query parameters.
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace sia::sandbox::salesforce {

struct OAuthError
{
    int httpStatus = 400;
    QString error;
    QString description;

    static OAuthError make(QString error, QString description, int status = 400)
    {
        return OAuthError { status, std::move(error), std::move(description) };
    }
    // The wording Salesforce uses for each case.
    static OAuthError invalidClientId()
    {
        return make(QStringLiteral("invalid_client_id"), QStringLiteral("client identifier invalid"));
    }
    static OAuthError invalidClient()
    {
        return make(QStringLiteral("invalid_client"), QStringLiteral("invalid client credentials"));
    }
    static OAuthError redirectUriMismatch()
    {
        return make(
            QStringLiteral("redirect_uri_mismatch"), QStringLiteral("redirect_uri must match configuration"));
    }
    static OAuthError unsupportedGrantType()
    {
        return make(QStringLiteral("unsupported_grant_type"), QStringLiteral("grant type not supported"));
    }
    static OAuthError invalidCode()
    {
        return make(QStringLiteral("invalid_grant"), QStringLiteral("invalid authorization code"));
    }
    static OAuthError expiredCode()
    {
        return make(QStringLiteral("invalid_grant"), QStringLiteral("expired authorization code"));
    }
    static OAuthError invalidVerifier()
    {
        return make(QStringLiteral("invalid_grant"), QStringLiteral("invalid code verifier"));
    }
    static OAuthError expiredToken()
    {
        return make(QStringLiteral("invalid_grant"), QStringLiteral("expired access/refresh token"));
    }
    static OAuthError authenticationFailure()
    {
        return make(QStringLiteral("invalid_grant"), QStringLiteral("authentication failure"));
    }
    static OAuthError inactiveUser()
    {
        return make(QStringLiteral("invalid_grant"), QStringLiteral("inactive user"));
    }
    static OAuthError invalidRequest(QString description)
    {
        return make(QStringLiteral("invalid_request"), std::move(description));
    }

    QJsonObject toJson() const
    {
        return { { QStringLiteral("error"), error }, { QStringLiteral("error_description"), description } };
    }
};

template<typename T> using OAuthResult = sia::Result<T, OAuthError>;

} // namespace sia::sandbox::salesforce
