#include "salesforce/salesforcesession.h"

#include "connections/connectionsecrets.h"
#include "salesforce/salesforceerrors.h"
#include "salesforce/salesforcetokenendpoint.h"

#include <QPointer>

namespace sia {

SalesforceSession::SalesforceSession(
    SalesforceTokenEndpoint& endpoint, ConnectionSecrets& secrets, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_secrets(secrets)
{ }

void SalesforceSession::adopt(const SalesforceTokens& tokens, std::function<void(Result<void>)> done)
{
    if (tokens.refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done)]() { done(SalesforceErrors::noRefreshToken()); },
            Qt::QueuedConnection);
        return;
    }
    m_secrets.write(ConnectionSecret::SalesforceRefreshToken, tokens.refreshToken.toUtf8(),
        [self = QPointer<SalesforceSession>(this), tokens, done = std::move(done)](Result<void> stored) {
            if (!self) {
                return;
            }
            if (!stored) {
                done(stored.error());
                return;
            }
            self->use(tokens);
            done({});
        });
}

void SalesforceSession::accessToken(TokenDone done)
{
    if (!m_accessToken.isEmpty() && !m_refreshing) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), token = m_accessToken]() { done(token); }, Qt::QueuedConnection);
        return;
    }
    m_waiting.push_back(std::move(done));
    refresh();
}

void SalesforceSession::expired(const QString& token)
{
    if (!token.isEmpty() && token == m_accessToken) {
        m_accessToken.clear();
    }
}

void SalesforceSession::forget()
{
    m_accessToken.clear();
}

void SalesforceSession::refresh()
{
    if (m_refreshing) {
        return; // the one in flight answers every waiting caller
    }
    m_refreshing = true;
    ++m_refreshes;
    // Read each time: another admin's hand-over or a reconnect may have replaced it.
    m_secrets.read(ConnectionSecret::SalesforceRefreshToken,
        [self = QPointer<SalesforceSession>(this)](Result<QByteArray> stored) {
            if (!self) {
                return;
            }
            if (!stored) {
                self->finish(stored.error().kind == ErrorKind::NotFound ? SalesforceErrors::notConnected()
                                                                        : stored.error());
                return;
            }
            self->refreshWith(QString::fromUtf8(*stored));
        });
}

void SalesforceSession::refreshWith(const QString& refreshToken)
{
    m_endpoint.refresh(refreshToken,
        [self = QPointer<SalesforceSession>(this), refreshToken](Result<SalesforceTokens> tokens) {
            if (!self) {
                return;
            }
            if (!tokens) {
                self->finish(tokens.error());
                return;
            }
            if (tokens->refreshToken.isEmpty() || tokens->refreshToken == refreshToken) {
                self->use(*tokens);
                self->finish(tokens->accessToken);
                return;
            }
            // Rotation: the old refresh token is dead now. Keep the new one before anything uses the session.
            const SalesforceTokens rotated = *tokens;
            self->m_secrets.write(ConnectionSecret::SalesforceRefreshToken, rotated.refreshToken.toUtf8(),
                [self, rotated](Result<void> stored) {
                    if (!self) {
                        return;
                    }
                    if (!stored) {
                        self->finish(SalesforceErrors::refreshTokenNotStored(stored.error()));
                        return;
                    }
                    self->use(rotated);
                    self->finish(rotated.accessToken);
                });
        });
}

void SalesforceSession::use(const SalesforceTokens& tokens)
{
    m_accessToken = tokens.accessToken;
    // Read from every answer: an org's instance can move (API-NOTES).
    if (tokens.instanceUrl.isValid()) {
        m_instanceUrl = tokens.instanceUrl;
    }
    if (tokens.identityUrl.isValid()) {
        m_identityUrl = tokens.identityUrl;
    }
}

void SalesforceSession::finish(Result<QString> outcome)
{
    m_refreshing = false;
    if (outcome) {
        emit refreshed();
    } else {
        m_accessToken.clear();
    }
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (auto& done : waiting) {
        done(outcome);
    }
}

} // namespace sia
