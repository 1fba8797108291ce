#include "sandbox/salesforce/identityendpoints.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/salesforce/restresponses.h"
#include "sandbox/salesforce/salesforceorg.h"
#include "sandbox/salesforce/salesforcetime.h"

namespace sia::sandbox::salesforce {

namespace {

bool allowsIdentity(const ApiSession& session)
{
    for (const char* scope : { "openid", "id", "profile", "email", "full" }) {
        if (session.hasScope(QString::fromLatin1(scope))) {
            return true;
        }
    }
    return false;
}

} // namespace

std::variant<QString, SandboxResponse> IdentityEndpoints::authorizedUser(const SandboxRequest& request)
{
    QString token = RestResponses::accessToken(request);
    if (token.isEmpty()) {
        token = request.queryValue(
            QStringLiteral("access_token")); // the identity URL also takes it as a parameter
    }
    const std::optional<ApiSession> session = token.isEmpty() ? std::nullopt : m_org.oauth().session(token);
    if (!session) {
        return SandboxResponse::text("Bad_OAuth_Token", 403);
    }
    if (!allowsIdentity(*session)) {
        return SandboxResponse::text("Insufficient_Scope", 403);
    }
    return session->userId;
}

QJsonObject IdentityEndpoints::urls(const SandboxRequest& request, const QString& userId) const
{
    const QString instance = m_org.instanceUrl(request);
    const QString orgId = m_org.organizationId().left(15);
    // Salesforce leaves "{version}" in these for the client to fill in.
    const QString data = instance + QStringLiteral("/services/data/v{version}/");
    QJsonObject urls;
    urls.insert(QStringLiteral("enterprise"),
        QString(instance + QStringLiteral("/services/Soap/c/{version}/") + orgId));
    urls.insert(
        QStringLiteral("partner"), QString(instance + QStringLiteral("/services/Soap/u/{version}/") + orgId));
    urls.insert(QStringLiteral("rest"), data);
    urls.insert(QStringLiteral("sobjects"), QString(data + QStringLiteral("sobjects/")));
    urls.insert(QStringLiteral("search"), QString(data + QStringLiteral("search/")));
    urls.insert(QStringLiteral("query"), QString(data + QStringLiteral("query/")));
    urls.insert(QStringLiteral("tooling_rest"), QString(data + QStringLiteral("tooling/")));
    urls.insert(QStringLiteral("profile"), QString(instance + QLatin1Char('/') + userId));
    urls.insert(QStringLiteral("custom_domain"), instance);
    return urls;
}

SandboxResponse IdentityEndpoints::userInfo(const SandboxRequest& request)
{
    std::variant<QString, SandboxResponse> user = authorizedUser(request);
    if (auto* refusal = std::get_if<SandboxResponse>(&user)) {
        return std::move(*refusal);
    }
    const QString userId = std::get<QString>(user);
    const std::optional<SalesforceUser> found = m_org.context().dataset.salesforceUser(userId);
    if (!found) {
        return SandboxResponse::text("Bad_Id", 404);
    }
    const QString identity = m_org.identityUrl(request.baseUrl, userId);
    const QString instance = m_org.instanceUrl(request); // the profile is a page of the instance
    return SandboxResponse::json(QJsonObject { { QStringLiteral("sub"), identity },
        { QStringLiteral("user_id"), found->id },
        { QStringLiteral("organization_id"), m_org.organizationId() },
        { QStringLiteral("preferred_username"), found->username },
        { QStringLiteral("nickname"), found->username.section(QLatin1Char('@'), 0, 0) },
        { QStringLiteral("name"), found->name() }, { QStringLiteral("email"), found->email },
        { QStringLiteral("email_verified"), true }, { QStringLiteral("given_name"), found->firstName },
        { QStringLiteral("family_name"), found->lastName },
        { QStringLiteral("zoneinfo"), m_org.context().dataset.organization().timeZoneSidKey },
        { QStringLiteral("profile"), QString(instance + QLatin1Char('/') + found->id) },
        { QStringLiteral("active"), found->isActive },
        { QStringLiteral("user_type"), QStringLiteral("STANDARD") },
        { QStringLiteral("language"), QStringLiteral("en_US") },
        { QStringLiteral("locale"), QStringLiteral("en_US") }, { QStringLiteral("utcOffset"), 0 },
        { QStringLiteral("updated_at"), formatDateTime(found->createdDate) },
        { QStringLiteral("is_app_installed"), true }, { QStringLiteral("urls"), urls(request, found->id) } });
}

SandboxResponse IdentityEndpoints::identity(const SandboxRequest& request)
{
    std::variant<QString, SandboxResponse> user = authorizedUser(request);
    if (auto* refusal = std::get_if<SandboxResponse>(&user)) {
        return std::move(*refusal);
    }
    const QString orgId = request.pathParameter(QStringLiteral("orgId"));
    const QString userId = request.pathParameter(QStringLiteral("userId"));
    const std::optional<SalesforceUser> found = m_org.context().dataset.salesforceUser(userId);
    if (!found || (orgId != m_org.organizationId() && orgId != m_org.organizationId().left(15))) {
        return SandboxResponse::text("Bad_Id", 404);
    }
    return SandboxResponse::json(QJsonObject {
        { QStringLiteral("id"), m_org.identityUrl(request.baseUrl, found->id) },
        { QStringLiteral("asserted_user"), std::get<QString>(user) == found->id },
        { QStringLiteral("user_id"), found->id },
        { QStringLiteral("organization_id"), m_org.organizationId() },
        { QStringLiteral("username"), found->username },
        { QStringLiteral("nick_name"), found->username.section(QLatin1Char('@'), 0, 0) },
        { QStringLiteral("display_name"), found->name() }, { QStringLiteral("email"), found->email },
        { QStringLiteral("email_verified"), true }, { QStringLiteral("first_name"), found->firstName },
        { QStringLiteral("last_name"), found->lastName },
        { QStringLiteral("timezone"), m_org.context().dataset.organization().timeZoneSidKey },
        { QStringLiteral("active"), found->isActive },
        { QStringLiteral("user_type"), QStringLiteral("STANDARD") },
        { QStringLiteral("language"), QStringLiteral("en_US") },
        { QStringLiteral("locale"), QStringLiteral("en_US") }, { QStringLiteral("utcOffset"), 0 },
        { QStringLiteral("last_modified_date"), formatDateTime(found->createdDate) },
        { QStringLiteral("is_app_installed"), true }, { QStringLiteral("urls"), urls(request, found->id) } });
}

} // namespace sia::sandbox::salesforce
