// What Salesforce's token endpoint answers for one login or refresh: the access token (held in memory
// only), the refresh token (kept in the keychain, never elsewhere), where the org's REST API is
// (instance_url, another host than the login host) and the identity URL (on the login host).
#pragma once

#include <QString>
#include <QUrl>

namespace sia {

struct SalesforceTokens
{
    QString accessToken;
    QString refreshToken; // empty on a refresh without rotation
    QUrl instanceUrl;
    QUrl identityUrl; // https://login…/id/<org id>/<user id>
    QString scope;
    QString issuedAt; // milliseconds since the epoch, as Salesforce writes it
};

} // namespace sia
