// What Salesforce checks before any REST resource under /services/data/vXX.X runs, in its order: a valid
// session (401 INVALID_SESSION_ID, also for a session without the "api" scope), an org with API access
// (403 API_DISABLED_FOR_ORG), a user whose profile has "API Enabled" (the same answer), and the daily
// allowance (403 REQUEST_LIMIT_EXCEEDED; the call is then not counted). The version list (GET
// /services/data/) needs no session.
#pragma once

#include "sandbox/sandboxguard.h"

namespace sia::sandbox::salesforce {

class SalesforceOrg;

class SalesforceGuard : public SandboxGuard
{
public:
    explicit SalesforceGuard(SalesforceOrg& org)
        : m_org(org)
    { }

    std::optional<SandboxResponse> admit(const SandboxRequest& request) override;

private:
    SalesforceOrg& m_org;
};

} // namespace sia::sandbox::salesforce
