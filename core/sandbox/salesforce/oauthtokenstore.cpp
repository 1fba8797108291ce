#include "sandbox/salesforce/oauthtokenstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>

namespace sia::sandbox::salesforce {

QString OAuthTokenStore::randomText(int length)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._";
    QString text(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i) {
        text[i] = QLatin1Char(alphabet[QRandomGenerator::system()->bounded(64)]);
    }
    return text;
}

AuthorizationCode& OAuthTokenStore::addCode(AuthorizationCode code)
{
    code.code = QStringLiteral("aPrx") + randomText(60);
    const QString key = code.code;
    return *m_codes.insert(key, std::move(code));
}

AuthorizationCode* OAuthTokenStore::code(const QString& code)
{
    const auto it = m_codes.find(code);
    return it == m_codes.end() ? nullptr : &*it;
}

void OAuthTokenStore::removeCodesIssuedBefore(const QDateTime& at)
{
    m_codes.removeIf([&](const auto& entry) { return entry.value().issuedAt < at; });
}

const AccessToken& OAuthTokenStore::issueAccessToken(const QString& clientId, const QString& userId,
    const QStringList& scopes, const QString& refreshToken, const QDateTime& now)
{
    AccessToken access { m_organizationId.left(15) + QLatin1Char('!') + randomText(96), clientId, userId,
        scopes, refreshToken, now, now };
    const QString key = access.token;
    return *m_accessTokens.insert(key, std::move(access));
}

const RefreshToken& OAuthTokenStore::issueRefreshToken(
    const QString& clientId, const QString& userId, const QStringList& scopes, int maxPerUser)
{
    while (maxPerUser > 0 && refreshTokenCount(clientId, userId) >= maxPerUser) {
        const RefreshToken* oldest = nullptr;
        for (const RefreshToken& held : std::as_const(m_refreshTokens)) {
            if (held.clientId == clientId && held.userId == userId
                && (!oldest || held.sequence < oldest->sequence)) {
                oldest = &held;
            }
        }
        revokeRefreshToken(QString(oldest->token));
    }
    RefreshToken refresh { QStringLiteral("5Aep861") + randomText(80), clientId, userId, scopes,
        ++m_refreshSequence };
    const QString key = refresh.token;
    const RefreshToken& issued = *m_refreshTokens.insert(key, std::move(refresh));
    save();
    return issued;
}

AccessToken* OAuthTokenStore::accessToken(const QString& token)
{
    const auto it = m_accessTokens.find(token);
    return it == m_accessTokens.end() ? nullptr : &*it;
}

QString OAuthTokenStore::hashed(const QString& token)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString OAuthTokenStore::keyOf(const QString& token) const
{
    // A token read back from the file is filed under its hash (the file never holds the token itself).
    if (m_refreshTokens.contains(token) || token.startsWith(QStringLiteral("sha256:"))) {
        return token;
    }
    const QString hash = hashed(token);
    return m_refreshTokens.contains(hash) ? hash : token;
}

const RefreshToken* OAuthTokenStore::refreshToken(const QString& token) const
{
    const auto it = m_refreshTokens.constFind(keyOf(token));
    return it == m_refreshTokens.constEnd() ? nullptr : &*it;
}

qsizetype OAuthTokenStore::refreshTokenCount(const QString& clientId, const QString& userId) const
{
    return std::count_if(m_refreshTokens.cbegin(), m_refreshTokens.cend(),
        [&](const RefreshToken& held) { return held.clientId == clientId && held.userId == userId; });
}

void OAuthTokenStore::revokeAccessToken(const QString& token)
{
    m_accessTokens.remove(token);
}

void OAuthTokenStore::revokeRefreshToken(const QString& token)
{
    const QString key = keyOf(token);
    m_refreshTokens.remove(key);
    m_accessTokens.removeIf([&](const auto& entry) {
        const QString& from = entry.value().refreshToken;
        return from == token || (!from.isEmpty() && (from == key || hashed(from) == key));
    });
    save();
}

void OAuthTokenStore::retireRefreshToken(const QString& token)
{
    m_refreshTokens.remove(keyOf(token));
    save();
}

void OAuthTokenStore::removeSessionsUnusedSince(const QDateTime& at)
{
    m_accessTokens.removeIf([&](const auto& entry) { return entry.value().lastUsed < at; });
}

void OAuthTokenStore::clear()
{
    m_codes.clear();
    m_accessTokens.clear();
    m_refreshTokens.clear();
    save();
}

void OAuthTokenStore::persistTo(const QString& file)
{
    m_file = file;
    QFile stored(file);
    if (stored.open(QIODevice::ReadOnly)) {
        for (const QJsonValue& value : QJsonDocument::fromJson(stored.readAll()).array()) {
            const QJsonObject entry = value.toObject();
            RefreshToken refresh { entry.value(QStringLiteral("token")).toString(),
                entry.value(QStringLiteral("clientId")).toString(),
                entry.value(QStringLiteral("userId")).toString(),
                entry.value(QStringLiteral("scopes")).toVariant().toStringList(),
                quint64(entry.value(QStringLiteral("sequence")).toInteger()) };
            if (!refresh.token.isEmpty()) {
                m_refreshSequence = qMax(m_refreshSequence, refresh.sequence);
                const QString key = refresh.token;
                m_refreshTokens.insert(key, std::move(refresh));
            }
        }
    }
}

void OAuthTokenStore::save() const
{
    if (m_file.isEmpty()) {
        return;
    }
    QJsonArray tokens;
    for (const RefreshToken& held : m_refreshTokens) {
        // Its hash only: the file must not hold a secret (the product's secret scan reads every file).
        const QString stored
            = held.token.startsWith(QStringLiteral("sha256:")) ? held.token : hashed(held.token);
        tokens.append(QJsonObject { { QStringLiteral("token"), stored },
            { QStringLiteral("clientId"), held.clientId }, { QStringLiteral("userId"), held.userId },
            { QStringLiteral("scopes"), QJsonArray::fromStringList(held.scopes) },
            { QStringLiteral("sequence"), qint64(held.sequence) } });
    }
    QSaveFile file(m_file);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(tokens).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

} // namespace sia::sandbox::salesforce
