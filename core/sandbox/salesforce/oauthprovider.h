// The rules of Salesforce's OAuth 2.0 authorization server, without HTTP: which authorize requests are
// shown an error page and which are redirected with an error, authorization codes (single use, short
// lived, bound to the client, the redirect_uri and the PKCE challenge), the authorization-code, refresh-
// token and username-password grants, revocation, and whether an access token still opens a session.
#pragma once

#include "sandbox/salesforce/connectedapp.h"
#include "sandbox/salesforce/oautherror.h"
#include "sandbox/salesforce/oauthtokenstore.h"

#include <QDateTime>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace sia::sandbox::salesforce {

struct OAuthUser
{
    QString id; // 005…
    QString username;
    QString password;
    bool isActive = true;
};

struct OAuthSettings
{
    QString organizationId;
    // Salesforce's default session timeout: a session unused this long is gone (401 INVALID_SESSION_ID).
    int sessionTimeoutSeconds = 2 * 60 * 60;
    int codeLifetimeSeconds = 15 * 60; // an authorization code is good for 15 minutes
};

struct AuthorizeRequest
{
    QString responseType;
    QString clientId;
    QString redirectUri;
    QString scope;
    QString state;
    QString codeChallenge;
    QString codeChallengeMethod;
    QString prompt;

    static AuthorizeRequest fromQuery(const QUrlQuery& query);
    QUrlQuery toQuery() const; // carried through the login form
};

// What the token endpoint hands out.
struct TokenGrant
{
    QString accessToken;
    QString refreshToken; // empty when the grant gives none
    QString userId;
    QStringList scopes;
    QDateTime issuedAt;
    QString consumerSecret; // to sign the answer
};

// An access token that opened a session.
struct ApiSession
{
    QString userId;
    QString clientId;
    QStringList scopes;
    bool hasScope(const QString& scope) const
    {
        return scopes.contains(scope) || scopes.contains(QStringLiteral("full"));
    }
};

class OAuthProvider
{
public:
    using Clock = std::function<QDateTime()>;

    OAuthProvider(OAuthSettings settings, Clock clock);

    void registerApp(ConnectedApp app);
    const ConnectedApp* app(const QString& consumerKey) const;
    void setUsers(QList<OAuthUser> users);
    const OAuthUser* user(const QString& userId) const;
    const OAuthSettings& settings() const { return m_settings; }
    void setSessionTimeoutSeconds(int seconds) { m_settings.sessionTimeoutSeconds = seconds; }

    // --- /services/oauth2/authorize ---
    // An unknown client or a redirect_uri that is not the registered one: shown on Salesforce's own page,
    // never sent to a redirect_uri that cannot be trusted.
    OAuthResult<const ConnectedApp*> checkClient(const AuthorizeRequest& request) const;
    // The rest of the request; its errors are sent to the (now trusted) callback.
    OAuthResult<void> checkRequest(const AuthorizeRequest& request) const;
    // The user logged in and allowed access: the callback with a code and the state.
    QUrl approve(const AuthorizeRequest& request, const QString& userId);
    QUrl deny(const AuthorizeRequest& request) const; // error=access_denied
    QUrl errorRedirect(const AuthorizeRequest& request, const OAuthError& error) const;
    OAuthResult<const OAuthUser*> logIn(const QString& username, const QString& password) const;

    // --- /services/oauth2/token (form body) ---
    OAuthResult<TokenGrant> token(const QUrlQuery& form);

    // --- /services/oauth2/revoke ---
    // false: no such token (Salesforce answers 400 unsupported_token_type).
    bool revoke(const QString& token);

    // --- resources --- The session of a Bearer token, renewed by this use; nullopt when unknown, revoked
    // or timed out.
    std::optional<ApiSession> session(const QString& accessToken);

    void persistRefreshTokens(const QString& file) { m_tokens.persistTo(file); }
    void reset(); // forget every code and token

    // base64(HMAC-SHA256(consumer secret, identity URL + issued_at)): the "signature" of a token answer.
    static QString signature(
        const QString& identityUrl, const QString& issuedAtMs, const QString& consumerSecret);

private:
    OAuthResult<TokenGrant> authorizationCodeGrant(const QUrlQuery& form);
    OAuthResult<TokenGrant> refreshTokenGrant(const QUrlQuery& form);
    OAuthResult<TokenGrant> passwordGrant(const QUrlQuery& form);
    OAuthResult<const ConnectedApp*> authenticateClient(const QUrlQuery& form, bool secretRequired) const;
    QStringList grantedScopes(const AuthorizeRequest& request, const ConnectedApp& app) const;
    TokenGrant grant(const ConnectedApp& app, const QString& userId, const QStringList& scopes,
        bool withRefreshToken, const QString& existingRefreshToken);

    OAuthSettings m_settings;
    Clock m_clock;
    QList<ConnectedApp> m_apps;
    QList<OAuthUser> m_users;
    OAuthTokenStore m_tokens;
};

} // namespace sia::sandbox::salesforce
