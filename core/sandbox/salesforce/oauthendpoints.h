// Salesforce's OAuth 2.0 endpoints over HTTP: /services/oauth2/authorize (GET shows the login page or,
// with --auto-approve, redirects at once; POST is the form's answer), /services/oauth2/token,
// /services/oauth2/revoke. The rules are OAuthProvider's; this turns them into pages, redirects and JSON.
#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

namespace sia::sandbox::salesforce {

class SalesforceOrg;
struct AuthorizeRequest;
struct OAuthError;

class OAuthEndpoints
{
public:
    OAuthEndpoints(SalesforceOrg& org, bool autoApprove)
        : m_org(org)
        , m_autoApprove(autoApprove)
    { }

    SandboxResponse authorize(const SandboxRequest& request);
    SandboxResponse token(const SandboxRequest& request);
    SandboxResponse revoke(const SandboxRequest& request);

    static SandboxResponse oauthError(const OAuthError& error);

private:
    SandboxResponse answerLoginForm(const AuthorizeRequest& authorize, const QUrlQuery& form);

    SalesforceOrg& m_org;
    bool m_autoApprove;
};

} // namespace sia::sandbox::salesforce
