// What the sandbox's authorization server remembers: authorization codes, access tokens (sessions) and
// refresh tokens, with who they were issued to. Values are random and opaque, shaped like Salesforce's
// (an access token starts with the org's Id and '!'). The rules for using them live in OAuthProvider.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace sia::sandbox::salesforce {

struct AuthorizationCode
{
    QString code;
    QString clientId;
    QString redirectUri;
    QString codeChallenge; // empty when the authorize request had none
    QString userId;
    QStringList scopes;
    QDateTime issuedAt;
    bool used = false;
    QStringList tokensIssued; // revoked if the code is presented a second time (RFC 6749 §4.1.2)
};

struct AccessToken
{
    QString token;
    QString clientId;
    QString userId;
    QStringList scopes;
    QString refreshToken; // the refresh token it came with or from, if any
    QDateTime issuedAt;
    QDateTime lastUsed; // a session times out after a period without use
};

struct RefreshToken
{
    QString token;
    QString clientId;
    QString userId;
    QStringList scopes;
    quint64 sequence = 0; // issue order: the oldest goes first when a user holds too many
};

class OAuthTokenStore
{
public:
    explicit OAuthTokenStore(QString organizationId)
        : m_organizationId(std::move(organizationId))
    { }

    AuthorizationCode& addCode(AuthorizationCode code); // fills in code.code
    AuthorizationCode* code(const QString& code);
    void removeCodesIssuedBefore(const QDateTime& at);

    const AccessToken& issueAccessToken(const QString& clientId, const QString& userId,
        const QStringList& scopes, const QString& refreshToken, const QDateTime& now);
    // At most maxPerUser refresh tokens per user and client: the oldest beyond that are revoked (with
    // their sessions).
    const RefreshToken& issueRefreshToken(
        const QString& clientId, const QString& userId, const QStringList& scopes, int maxPerUser);
    AccessToken* accessToken(const QString& token);
    const RefreshToken* refreshToken(const QString& token) const;

    void revokeAccessToken(const QString& token);
    void revokeRefreshToken(const QString& token); // and every access token that came from it
    void retireRefreshToken(const QString& token); // rotation: the token goes, its sessions stay
    void removeSessionsUnusedSince(const QDateTime& at);
    void clear();
    // Keeps the refresh tokens in file as well, so that they outlive the process (sia-admin --sandbox runs a
    // sandbox per command): read now, written on every change, as SHA-256 hashes (a token read back is
    // found by the hash of the one presented). Codes and sessions stay in memory.
    void persistTo(const QString& file);

    qsizetype accessTokenCount() const { return m_accessTokens.size(); }
    qsizetype refreshTokenCount(const QString& clientId, const QString& userId) const;

private:
    static QString randomText(int length);
    static QString hashed(const QString& token);
    QString keyOf(const QString& token) const; // the key a presented refresh token is filed under
    void save() const;

    QString m_file;

    QString m_organizationId;
    QHash<QString, AuthorizationCode> m_codes;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
    quint64 m_refreshSequence = 0;
};

} // namespace sia::sandbox::salesforce
