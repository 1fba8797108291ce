#include "sandbox/salesforce/salesforceguard.h"

#include "sandbox/salesforce/restresponses.h"
#include "sandbox/salesforce/salesforceorg.h"
#include "sandbox/sandboxcounters.h"

namespace sia::sandbox::salesforce {

std::optional<SandboxResponse> SalesforceGuard::admit(const SandboxRequest& request)
{
    if (request.path == QLatin1String("/services/data") || request.path == QLatin1String("/services/data/")) {
        return std::nullopt;
    }
    const auto refuse = [this](const SalesforceError& error, const QString& counter) {
        m_org.context().counters.increment(QStringLiteral("salesforce.") + counter);
        SandboxResponse response = RestResponses::error(error);
        response.setHeader("Sforce-Limit-Info", m_org.usage().limitInfoHeader());
        return response;
    };
    const std::optional<ApiSession> session = m_org.session(request);
    if (!session) {
        return refuse(SalesforceError::invalidSession(), QStringLiteral("invalidSession"));
    }
    if (!session->hasScope(QStringLiteral("api"))) {
        return refuse(SalesforceError::sessionNotValidForRest(), QStringLiteral("invalidSession"));
    }
    if (!m_org.apiEnabled()) {
        return refuse(SalesforceError::apiDisabledForOrg(), QStringLiteral("apiDisabled"));
    }
    // A user without "API Enabled" gets the very same answer as an org without API access (Salesforce
    // does not say which): only the user's profile, read by another user, tells the two apart.
    if (!m_org.records().userApiEnabled(session->userId)) {
        return refuse(SalesforceError::apiDisabledForOrg(), QStringLiteral("apiDisabledForUser"));
    }
    if (!m_org.usage().tryCount()) {
        return refuse(SalesforceError::requestLimitExceeded(), QStringLiteral("requestLimitExceeded"));
    }
    return std::nullopt;
}

} // namespace sia::sandbox::salesforce
