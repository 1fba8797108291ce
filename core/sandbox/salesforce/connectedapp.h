// A connected app as the Salesforce admin registers it: the consumer key and secret, the callback URLs it
// accepts (each compared exactly, port included: Salesforce does not apply RFC 8252's any-port rule to
// loopback redirects, so tools register several fixed ports), its OAuth scopes and its policies.
#pragma once

#include <QString>
#include <QStringList>

namespace sia::sandbox::salesforce {

struct ConnectedApp
{
    QString consumerKey;
    QString consumerSecret;
    QStringList callbackUrls;
    QStringList scopes { QStringLiteral("api"), QStringLiteral("refresh_token"), QStringLiteral("openid") };
    bool requirePkce = true; // "Require PKCE for supported authorization flows"
    bool requireSecretForWebServerFlow = false; // a desktop app with PKCE keeps no secret
    bool requireSecretForRefreshTokenFlow = false;
    bool rotateRefreshTokens = false; // each refresh answers a new refresh token and retires the old one
    // Salesforce keeps a limited number of approvals per user and app: issuing one more revokes the oldest.
    int maxRefreshTokensPerUser = 5;
};

} // namespace sia::sandbox::salesforce
