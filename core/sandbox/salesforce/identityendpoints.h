// Who the token belongs to: GET /services/oauth2/userinfo (OpenID Connect claims) and the identity URL
// /id/<org>/<user> that every token answer names. Both need a valid access token with the openid (or
// id, profile, email, full) scope; Salesforce answers a bad one with 403 "Bad_OAuth_Token".
#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonObject>

#include <variant>

namespace sia::sandbox::salesforce {

class SalesforceOrg;

class IdentityEndpoints
{
public:
    explicit IdentityEndpoints(SalesforceOrg& org)
        : m_org(org)
    { }

    SandboxResponse userInfo(const SandboxRequest& request);
    SandboxResponse identity(const SandboxRequest& request);

private:
    // The token's user, or the refusal.
    std::variant<QString, SandboxResponse> authorizedUser(const SandboxRequest& request);
    // The user's URLs (REST, sObjects, query, profile…): all on the instance, none on the login host.
    QJsonObject urls(const SandboxRequest& request, const QString& userId) const;

    SalesforceOrg& m_org;
};

} // namespace sia::sandbox::salesforce
