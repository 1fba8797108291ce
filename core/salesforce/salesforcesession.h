// The session of one Salesforce connection: the access token in memory, the refresh token in the keychain
// (ConnectionSecrets' salesforce.refresh-token). An expired session is refreshed once, in one flight,
// however many calls wait for it; a rotated refresh token is stored in the keychain before the new access
// token is handed to anyone, so a crash or a failed write never leaves the product on a token the
// keychain does not hold.
#pragma once

#include "common/result.h"
#include "salesforce/salesforcetokens.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <vector>

namespace sia {

class ConnectionSecrets;
class SalesforceTokenEndpoint;

class SalesforceSession : public QObject
{
    Q_OBJECT

public:
    using TokenDone = std::function<void(Result<QString>)>;

    SalesforceSession(
        SalesforceTokenEndpoint& endpoint, ConnectionSecrets& secrets, QObject* parent = nullptr);

    // A new login (the browser flow): its refresh token goes to the keychain first, then the session uses
    // the access token. A failed write leaves the previous session as it was.
    void adopt(const SalesforceTokens& tokens, std::function<void(Result<void>)> done);
    // done gets a usable access token (later, from the event loop), refreshing first when there is none.
    void accessToken(TokenDone done);
    // A call sent with `token` met an expired session: the next accessToken() refreshes, unless the token
    // has been refreshed meanwhile (the call then just uses the newer one).
    void expired(const QString& token);
    void forget(); // drop the access token (disconnect)

    QUrl instanceUrl() const { return m_instanceUrl; }
    QUrl identityUrl() const { return m_identityUrl; }
    QString currentAccessToken() const { return m_accessToken; }
    int refreshesStarted() const { return m_refreshes; }

signals:
    void refreshed(); // a refresh brought a new access token

private:
    void refresh();
    void refreshWith(const QString& refreshToken);
    void use(const SalesforceTokens& tokens);
    void finish(Result<QString> outcome);

    SalesforceTokenEndpoint& m_endpoint;
    ConnectionSecrets& m_secrets;
    QString m_accessToken;
    QUrl m_instanceUrl;
    QUrl m_identityUrl;
    bool m_refreshing = false;
    std::vector<TokenDone> m_waiting;
    int m_refreshes = 0;
};

} // namespace sia
