#include "sandbox/salesforce/oauthprovider.h"

#include "sandbox/salesforce/pkce.h"

#include <QMessageAuthenticationCode>

namespace sia::sandbox::salesforce {

namespace {

QString value(const QUrlQuery& query, const QString& key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QStringList splitScopes(const QString& scope)
{
    return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool grantsRefreshToken(const QStringList& scopes)
{
    return scopes.contains(QStringLiteral("refresh_token"))
        || scopes.contains(QStringLiteral("offline_access")) || scopes.contains(QStringLiteral("full"));
}

QUrl withParameters(const QString& base, const QList<QPair<QString, QString>>& parameters)
{
    QUrl url(base);
    QUrlQuery query(url);
    for (const auto& [key, text] : parameters) {
        if (!text.isEmpty()) {
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(text)));
        }
    }
    url.setQuery(query);
    return url;
}

} // namespace

AuthorizeRequest AuthorizeRequest::fromQuery(const QUrlQuery& query)
{
    return { value(query, QStringLiteral("response_type")), value(query, QStringLiteral("client_id")),
        value(query, QStringLiteral("redirect_uri")), value(query, QStringLiteral("scope")),
        value(query, QStringLiteral("state")), value(query, QStringLiteral("code_challenge")),
        value(query, QStringLiteral("code_challenge_method")), value(query, QStringLiteral("prompt")) };
}

QUrlQuery AuthorizeRequest::toQuery() const
{
    QUrlQuery query;
    const QList<QPair<QString, QString>> items { { QStringLiteral("response_type"), responseType },
        { QStringLiteral("client_id"), clientId }, { QStringLiteral("redirect_uri"), redirectUri },
        { QStringLiteral("scope"), scope }, { QStringLiteral("state"), state },
        { QStringLiteral("code_challenge"), codeChallenge },
        { QStringLiteral("code_challenge_method"), codeChallengeMethod },
        { QStringLiteral("prompt"), prompt } };
    for (const auto& [key, text] : items) {
        if (!text.isEmpty()) {
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(text)));
        }
    }
    return query;
}

OAuthProvider::OAuthProvider(OAuthSettings settings, Clock clock)
    : m_settings(std::move(settings))
    , m_clock(std::move(clock))
    , m_tokens(m_settings.organizationId)
{ }

void OAuthProvider::registerApp(ConnectedApp app)
{
    m_apps.append(std::move(app));
}

const ConnectedApp* OAuthProvider::app(const QString& consumerKey) const
{
    for (const ConnectedApp& app : m_apps) {
        if (!consumerKey.isEmpty() && app.consumerKey == consumerKey) {
            return &app;
        }
    }
    return nullptr;
}

void OAuthProvider::setUsers(QList<OAuthUser> users)
{
    m_users = std::move(users);
}

const OAuthUser* OAuthProvider::user(const QString& userId) const
{
    for (const OAuthUser& user : m_users) {
        if (user.id == userId) {
            return &user;
        }
    }
    return nullptr;
}

OAuthResult<const ConnectedApp*> OAuthProvider::checkClient(const AuthorizeRequest& request) const
{
    const ConnectedApp* found = app(request.clientId);
    if (!found) {
        return OAuthError::invalidClientId();
    }
    // Exactly one of the registered URLs: no port, path or case leeway, no RFC 8252 loopback exception.
    if (!found->callbackUrls.contains(request.redirectUri)) {
        return OAuthError::redirectUriMismatch();
    }
    return found;
}

OAuthResult<void> OAuthProvider::checkRequest(const AuthorizeRequest& request) const
{
    const ConnectedApp* client = app(request.clientId);
    if (request.responseType != QLatin1String("code")) {
        // The sandbox serves the web server flow only (the one a desktop app with PKCE uses).
        return OAuthError::make(
            QStringLiteral("unsupported_response_type"), QStringLiteral("response type not supported"));
    }
    if (!request.codeChallengeMethod.isEmpty() && request.codeChallengeMethod != QLatin1String("S256")) {
        return OAuthError::invalidRequest(QStringLiteral("unsupported code challenge method"));
    }
    if (request.codeChallenge.isEmpty() && client->requirePkce) {
        return OAuthError::invalidRequest(QStringLiteral("missing required code challenge"));
    }
    if (!request.codeChallenge.isEmpty() && !Pkce::isWellFormedChallenge(request.codeChallenge)) {
        return OAuthError::invalidRequest(QStringLiteral("invalid code challenge"));
    }
    for (const QString& scope : splitScopes(request.scope)) {
        if (!client->scopes.contains(scope)) {
            return OAuthError::make(
                QStringLiteral("invalid_scope"), QStringLiteral("the requested scope is not allowed"));
        }
    }
    return {};
}

QStringList OAuthProvider::grantedScopes(const AuthorizeRequest& request, const ConnectedApp& app) const
{
    const QStringList requested = splitScopes(request.scope);
    return requested.isEmpty() ? app.scopes : requested;
}

QUrl OAuthProvider::approve(const AuthorizeRequest& request, const QString& userId)
{
    const ConnectedApp* client = app(request.clientId);
    const QDateTime now = m_clock();
    m_tokens.removeCodesIssuedBefore(now.addSecs(-m_settings.codeLifetimeSeconds));
    AuthorizationCode issued;
    issued.clientId = request.clientId;
    issued.redirectUri = request.redirectUri;
    issued.codeChallenge = request.codeChallenge;
    issued.userId = userId;
    issued.scopes = grantedScopes(request, *client);
    issued.issuedAt = now;
    const AuthorizationCode& code = m_tokens.addCode(std::move(issued));
    return withParameters(request.redirectUri,
        { { QStringLiteral("code"), code.code }, { QStringLiteral("state"), request.state } });
}

QUrl OAuthProvider::deny(const AuthorizeRequest& request) const
{
    return errorRedirect(request,
        OAuthError::make(QStringLiteral("access_denied"), QStringLiteral("end-user denied authorization")));
}

QUrl OAuthProvider::errorRedirect(const AuthorizeRequest& request, const OAuthError& error) const
{
    return withParameters(request.redirectUri,
        { { QStringLiteral("error"), error.error },
            { QStringLiteral("error_description"), error.description },
            { QStringLiteral("state"), request.state } });
}

OAuthResult<const OAuthUser*> OAuthProvider::logIn(const QString& username, const QString& password) const
{
    for (const OAuthUser& user : m_users) {
        // Usernames are case-insensitive in Salesforce; passwords are not.
        if (user.username.compare(username, Qt::CaseInsensitive) == 0 && user.password == password) {
            if (!user.isActive) {
                return OAuthError::inactiveUser();
            }
            return &user;
        }
    }
    return OAuthError::authenticationFailure();
}

OAuthResult<TokenGrant> OAuthProvider::token(const QUrlQuery& form)
{
    const QString grantType = value(form, QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code")) {
        return authorizationCodeGrant(form);
    }
    if (grantType == QLatin1String("refresh_token")) {
        return refreshTokenGrant(form);
    }
    if (grantType == QLatin1String("password")) {
        return passwordGrant(form);
    }
    return OAuthError::unsupportedGrantType();
}

OAuthResult<const ConnectedApp*> OAuthProvider::authenticateClient(
    const QUrlQuery& form, bool secretRequired) const
{
    const ConnectedApp* client = app(value(form, QStringLiteral("client_id")));
    if (!client) {
        return OAuthError::invalidClientId();
    }
    const QString secret = value(form, QStringLiteral("client_secret"));
    if ((secretRequired && secret.isEmpty()) || (!secret.isEmpty() && secret != client->consumerSecret)) {
        return OAuthError::invalidClient();
    }
    return client;
}

OAuthResult<TokenGrant> OAuthProvider::authorizationCodeGrant(const QUrlQuery& form)
{
    const ConnectedApp* known = app(value(form, QStringLiteral("client_id")));
    OAuthResult<const ConnectedApp*> client
        = authenticateClient(form, known && known->requireSecretForWebServerFlow);
    if (!client) {
        return client.error();
    }
    AuthorizationCode* code = m_tokens.code(value(form, QStringLiteral("code")));
    if (!code || code->clientId != (*client)->consumerKey) {
        return OAuthError::invalidCode();
    }
    if (code->used) {
        // A code presented twice may have been stolen: what it gave is taken back.
        for (const QString& token : code->tokensIssued) {
            m_tokens.revokeRefreshToken(token);
            m_tokens.revokeAccessToken(token);
        }
        return OAuthError::invalidCode();
    }
    if (code->issuedAt.addSecs(m_settings.codeLifetimeSeconds) <= m_clock()) {
        return OAuthError::expiredCode();
    }
    if (value(form, QStringLiteral("redirect_uri")) != code->redirectUri) {
        return OAuthError::redirectUriMismatch();
    }
    const QString verifier = value(form, QStringLiteral("code_verifier"));
    if (code->codeChallenge.isEmpty() ? !verifier.isEmpty()
                                      : !Pkce::verifies(verifier, code->codeChallenge)) {
        return OAuthError::invalidVerifier();
    }
    code->used = true;
    TokenGrant granted = grant(**client, code->userId, code->scopes, grantsRefreshToken(code->scopes), {});
    code->tokensIssued = { granted.accessToken, granted.refreshToken };
    return granted;
}

OAuthResult<TokenGrant> OAuthProvider::refreshTokenGrant(const QUrlQuery& form)
{
    const ConnectedApp* known = app(value(form, QStringLiteral("client_id")));
    OAuthResult<const ConnectedApp*> client
        = authenticateClient(form, known && known->requireSecretForRefreshTokenFlow);
    if (!client) {
        return client.error();
    }
    const QString presented = value(form, QStringLiteral("refresh_token"));
    const RefreshToken* refresh = m_tokens.refreshToken(presented);
    if (!refresh || refresh->clientId != (*client)->consumerKey) {
        return OAuthError::expiredToken();
    }
    const QString userId = refresh->userId;
    const QStringList scopes = refresh->scopes;
    if ((*client)->rotateRefreshTokens) {
        m_tokens.retireRefreshToken(presented);
        return grant(**client, userId, scopes, true, {});
    }
    return grant(**client, userId, scopes, false, presented);
}

OAuthResult<TokenGrant> OAuthProvider::passwordGrant(const QUrlQuery& form)
{
    OAuthResult<const ConnectedApp*> client = authenticateClient(form, true);
    if (!client) {
        return client.error();
    }
    OAuthResult<const OAuthUser*> user
        = logIn(value(form, QStringLiteral("username")), value(form, QStringLiteral("password")));
    if (!user) {
        return user.error();
    }
    QStringList scopes = (*client)->scopes;
    scopes.removeAll(QStringLiteral("refresh_token")); // this flow never gives a refresh token
    return grant(**client, (*user)->id, scopes, false, {});
}

TokenGrant OAuthProvider::grant(const ConnectedApp& app, const QString& userId, const QStringList& scopes,
    bool withRefreshToken, const QString& existingRefreshToken)
{
    const QDateTime now = m_clock();
    m_tokens.removeSessionsUnusedSince(now.addSecs(-m_settings.sessionTimeoutSeconds));
    TokenGrant granted;
    granted.userId = userId;
    granted.scopes = scopes;
    granted.issuedAt = now;
    granted.consumerSecret = app.consumerSecret;
    QString refreshToken = existingRefreshToken;
    if (withRefreshToken) {
        refreshToken
            = m_tokens.issueRefreshToken(app.consumerKey, userId, scopes, app.maxRefreshTokensPerUser).token;
        granted.refreshToken = refreshToken;
    }
    granted.accessToken = m_tokens.issueAccessToken(app.consumerKey, userId, scopes, refreshToken, now).token;
    return granted;
}

bool OAuthProvider::revoke(const QString& token)
{
    if (m_tokens.refreshToken(token)) {
        m_tokens.revokeRefreshToken(token);
        return true;
    }
    if (m_tokens.accessToken(token)) {
        m_tokens.revokeAccessToken(token);
        return true;
    }
    return false;
}

std::optional<ApiSession> OAuthProvider::session(const QString& accessToken)
{
    AccessToken* access = m_tokens.accessToken(accessToken);
    if (!access) {
        return std::nullopt;
    }
    const QDateTime now = m_clock();
    if (access->lastUsed.addSecs(m_settings.sessionTimeoutSeconds) <= now) {
        m_tokens.revokeAccessToken(accessToken);
        return std::nullopt;
    }
    access->lastUsed = now;
    return ApiSession { access->userId, access->clientId, access->scopes };
}

void OAuthProvider::reset()
{
    m_tokens.clear();
}

QString OAuthProvider::signature(
    const QString& identityUrl, const QString& issuedAtMs, const QString& consumerSecret)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        (identityUrl + issuedAtMs).toUtf8(), consumerSecret.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toBase64());
}

} // namespace sia::sandbox::salesforce
