// The sandbox's Salesforce: OAuth 2.0 (authorize page, token, revoke, user info, identity URL) and the
// REST API under /services/data (versions, limits, SOQL query and queryAll with paging, Tooling query,
// Task sObject and sObject Collections, get-updated / get-deleted), with Salesforce's errors, its daily
// API allowance and Sforce-Limit-Info. Sandbox builds it when this header exists.
#pragma once

#include "sandbox/salesforce/collectionsendpoint.h"
#include "sandbox/salesforce/identityendpoints.h"
#include "sandbox/salesforce/oauthendpoints.h"
#include "sandbox/salesforce/queryendpoint.h"
#include "sandbox/salesforce/salesforceorg.h"
#include "sandbox/salesforce/sobjectendpoints.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxrouter.h"

namespace sia::sandbox::salesforce {

class SalesforceApi : public SandboxApi
{
public:
    explicit SalesforceApi(const SandboxContext& context, SalesforceSettings settings = {});

    QString vendor() const override { return QStringLiteral("salesforce"); }
    void registerRoutes(SandboxRouter& router) override; // the login host
    void registerInstanceRoutes(SandboxRouter& router) override; // the instance: the REST API
    QStringList faultCodes() const override;
    std::optional<SandboxResponse> faultResponse(
        const Fault& fault, const SandboxRequest& request) const override;
    void reset() override;
    std::optional<QJsonObject> mutate(const QString& kind, qint64 count) override;
    std::optional<SandboxResponse> control(
        const QByteArray& method, const QString& name, const QJsonObject& arguments) override;
    QJsonObject counters() const override;
    QJsonObject readyInfo(const QUrl& baseUrl) const override;

    SalesforceOrg& org() { return m_org; } // for tests that tune the org (session timeout, rotation)

private:
    // A Task write, refused without the users' Create (or Edit) on Task.
    SandboxResponse writable(
        const SandboxRequest& request, bool edit, const std::function<SandboxResponse()>& write);
    // A /services/data/vXX.X handler: 404 for an unknown version, Sforce-Limit-Info on the answer.
    SandboxHandler data(std::function<SandboxResponse(const SandboxRequest&)> handler);
    SandboxResponse versions(const SandboxRequest& request);
    SandboxResponse resources(const SandboxRequest& request);
    SandboxResponse limits(const SandboxRequest& request);
    void registerOAuthRoutes(SandboxRouter& router);
    void registerDataRoutes(SandboxRouter& router);

    SalesforceOrg m_org;
    OAuthEndpoints m_oauth;
    IdentityEndpoints m_identity;
    QueryEndpoint m_query;
    SObjectEndpoints m_sobjects;
    CollectionsEndpoint m_collections;
    quint64 m_mutations = 0;
};

} // namespace sia::sandbox::salesforce

namespace sia::sandbox {
using salesforce::SalesforceApi; // Sandbox names the module as sia::sandbox::SalesforceApi
}
