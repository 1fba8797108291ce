// A connected app as the Salesforce admin registers it: the consumer key and secret, the one callback URL
// it accepts (compared exactly, port included: Salesforce does not apply RFC 8252's any-port rule to
// loopback redirects), its OAuth scopes and its policies.
#pragma once

#include <QString>
#include <QStringList>

namespace sia::sandbox::salesforce {

struct ConnectedApp
{
    QString consumerKey;
    QString consumerSecret;
    QString callbackUrl;
    QStringList scopes { QStringLiteral("api"), QStringLiteral("refresh_token"), QStringLiteral("openid") };
    bool requirePkce = true; // "Require PKCE for supported authorization flows"
    bool requireSecretForWebServerFlow = false; // a desktop app with PKCE keeps no secret
    bool requireSecretForRefreshTokenFlow = false;
    bool rotateRefreshTokens = false; // each refresh answers a new refresh token and retires the old one
};

} // namespace sia::sandbox::salesforce
