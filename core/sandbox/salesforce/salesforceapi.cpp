#include "sandbox/salesforce/salesforceapi.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/salesforce/apiversions.h"
#include "sandbox/salesforce/describeendpoints.h"
#include "sandbox/salesforce/emailoptoutwrites.h"
#include "sandbox/salesforce/restresponses.h"
#include "sandbox/salesforce/salesforceguard.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxrouter.h"

#include <QJsonArray>

namespace sia::sandbox::salesforce {

namespace {

SandboxResponse methodNotAllowed(const SandboxRequest& request)
{
    return RestResponses::error(SalesforceError::methodNotAllowed(request.method));
}

// The REST API asked of the login host, or OAuth and identity asked of the instance: a not-found page,
// not JSON (README, "Where the vendors are uncertain"), which no client can take for an answer of the
// API it meant, nor for an expired session worth a refresh.
SandboxResponse notOnThisHost(const SandboxRequest&)
{
    return SandboxResponse::html("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
                                 "<p>The requested URL was not found on this server.</p></body></html>",
        404);
}

} // namespace

SalesforceApi::SalesforceApi(const SandboxContext& context, SalesforceSettings settings)
    : m_org(context, std::move(settings))
    , m_oauth(m_org, context.options.autoApprove)
    , m_identity(m_org)
    , m_query(m_org)
    , m_sobjects(m_org)
    , m_collections(m_org)
{ }

SandboxHandler SalesforceApi::data(std::function<SandboxResponse(const SandboxRequest&)> handler)
{
    return [this, handler = std::move(handler)](const SandboxRequest& request) {
        SandboxResponse response = ApiVersions::isSupported(request.pathParameter(QStringLiteral("version")))
            ? handler(request)
            : RestResponses::error(SalesforceError::notFound());
        response.setHeader("Sforce-Limit-Info", m_org.usage().limitInfoHeader());
        return response;
    };
}

void SalesforceApi::registerRoutes(SandboxRouter& router)
{
    // The main listener is the login host: OAuth and identity, never the REST API.
    registerOAuthRoutes(router);
    router.addFallback(
        QStringLiteral("/services/data"), QStringLiteral("salesforce.restOnLoginHost"), notOnThisHost);
}

void SalesforceApi::registerInstanceRoutes(SandboxRouter& router)
{
    // The instance serves the REST API only: the token, authorize and identity URLs are the login host's.
    registerDataRoutes(router);
    router.addFallback(
        QStringLiteral("/services/oauth2/"), QStringLiteral("salesforce.oauthOnInstance"), notOnThisHost);
    router.addFallback(QStringLiteral("/id/"), QStringLiteral("salesforce.oauthOnInstance"), notOnThisHost);
}

void SalesforceApi::registerOAuthRoutes(SandboxRouter& router)
{
    const QString oauth = QStringLiteral("/services/oauth2/");
    router.add({ "GET", "POST" }, oauth + QStringLiteral("authorize"), QStringLiteral("salesforce.authorize"),
        [this](const SandboxRequest& r) { return m_oauth.authorize(r); });
    router.add("POST", oauth + QStringLiteral("token"), QStringLiteral("salesforce.token"),
        [this](const SandboxRequest& r) { return m_oauth.token(r); });
    router.add({ "GET", "POST" }, oauth + QStringLiteral("revoke"), QStringLiteral("salesforce.revoke"),
        [this](const SandboxRequest& r) { return m_oauth.revoke(r); });
    router.add({ "GET", "POST" }, oauth + QStringLiteral("userinfo"), QStringLiteral("salesforce.userinfo"),
        [this](const SandboxRequest& r) { return m_identity.userInfo(r); });
    router.add({ "GET", "POST" }, QStringLiteral("/id/{orgId}/{userId}"),
        QStringLiteral("salesforce.identity"),
        [this](const SandboxRequest& r) { return m_identity.identity(r); });
    router.addFallback(oauth, QStringLiteral("salesforce.oauthUnknown"),
        [](const SandboxRequest&) { return SandboxResponse::text("Not Found", 404); });
    router.addFallback(QStringLiteral("/id/"), QStringLiteral("salesforce.identityUnknown"),
        [](const SandboxRequest&) { return SandboxResponse::text("Bad_Id", 404); });
}

void SalesforceApi::registerDataRoutes(SandboxRouter& router)
{
    router.addGuard(QStringLiteral("/services/data/"), std::make_shared<SalesforceGuard>(m_org));
    for (const QString& path : { QStringLiteral("/services/data"), QStringLiteral("/services/data/") }) {
        router.add("GET", path, QStringLiteral("salesforce.versions"),
            [this](const SandboxRequest& r) { return versions(r); });
    }
    const QString v = QStringLiteral("/services/data/{version}");
    router.add("GET", v, QStringLiteral("salesforce.resources"),
        data([this](const SandboxRequest& r) { return resources(r); }));
    router.add("GET", v + QStringLiteral("/limits"), QStringLiteral("salesforce.limits"),
        data([this](const SandboxRequest& r) { return limits(r); }));

    // query, queryAll and the Tooling API's query; each with its nextRecordsUrl form.
    struct QueryRoute
    {
        QString path;
        QString endpoint;
        bool all;
        bool tooling;
    };
    for (const QueryRoute& route :
        { QueryRoute { QStringLiteral("/query"), QStringLiteral("salesforce.query"), false, false },
            QueryRoute { QStringLiteral("/queryAll"), QStringLiteral("salesforce.queryAll"), true, false },
            QueryRoute { QStringLiteral("/tooling/query"), QStringLiteral("salesforce.toolingQuery"), false,
                true } }) {
        const bool all = route.all;
        const bool tooling = route.tooling;
        router.add("GET", v + route.path, route.endpoint,
            data([this, all, tooling](const SandboxRequest& r) { return m_query.query(r, all, tooling); }));
        router.add("GET", v + route.path + QStringLiteral("/"), route.endpoint,
            data([this, all, tooling](const SandboxRequest& r) { return m_query.query(r, all, tooling); }));
        router.add("GET", v + route.path + QStringLiteral("/{locator}"),
            route.endpoint + QStringLiteral("More"),
            data([this, tooling](const SandboxRequest& r) { return m_query.nextPage(r, tooling); }));
    }

    // Describe (before the routes with an {id}, which would take "describe" for one).
    // The pairs are of QString: deduced, they would hold a QStringBuilder over temporaries gone by the loop.
    using DescribeRoute = std::pair<QString, DescribeEndpoints::Api>;
    for (const auto& [prefix, api] :
        { DescribeRoute { v + QStringLiteral("/sobjects"), DescribeEndpoints::Api::Data },
            DescribeRoute { v + QStringLiteral("/tooling/sobjects"), DescribeEndpoints::Api::Tooling } }) {
        const QString name = api == DescribeEndpoints::Api::Tooling
            ? QStringLiteral("salesforce.toolingDescribe")
            : QStringLiteral("salesforce.describe");
        for (const QString& suffix : { QString(), QStringLiteral("/") }) {
            // The users' object permissions are the Data API's; the Tooling API's objects have none here.
            const ObjectAccess* access = api == DescribeEndpoints::Api::Data ? &m_org.access() : nullptr;
            // A copy to capture: Clang before 16 cannot capture a structured binding.
            const DescribeEndpoints::Api which = api;
            router.add("GET", prefix + suffix, name + QStringLiteral("Global"),
                data([which, access](
                         const SandboxRequest& r) { return DescribeEndpoints::global(r, which, access); }));
            router.add("GET", prefix + QStringLiteral("/{object}") + suffix, name + QStringLiteral("Basic"),
                data([which, access](const SandboxRequest& r) {
                    return DescribeEndpoints::basicInfo(r, which, access);
                }));
            router.add("GET", prefix + QStringLiteral("/{object}/describe") + suffix, name,
                data([which, access](
                         const SandboxRequest& r) { return DescribeEndpoints::describe(r, which, access); }));
        }
    }

    const QString sobject = v + QStringLiteral("/sobjects/{object}");
    for (const QString& suffix : { QStringLiteral("/updated"), QStringLiteral("/updated/") }) {
        router.add("GET", sobject + suffix, QStringLiteral("salesforce.updated"),
            data([this](const SandboxRequest& r) { return m_sobjects.updated(r); }));
    }
    for (const QString& suffix : { QStringLiteral("/deleted"), QStringLiteral("/deleted/") }) {
        router.add("GET", sobject + suffix, QStringLiteral("salesforce.deleted"),
            data([this](const SandboxRequest& r) { return m_sobjects.deleted(r); }));
    }
    router.add(
        "POST", sobject, QStringLiteral("salesforce.sobjectCreate"), data([this](const SandboxRequest& r) {
            return writable(r, false, [&] { return m_sobjects.create(r); });
        }));
    router.add("GET", sobject + QStringLiteral("/{id}"), QStringLiteral("salesforce.sobjectRead"),
        data([this](const SandboxRequest& r) { return m_sobjects.read(r); }));
    router.add("PATCH", sobject + QStringLiteral("/{id}"), QStringLiteral("salesforce.sobjectUpdate"),
        data([this](const SandboxRequest& r) {
            return writable(r, true, [&] { return m_sobjects.update(r); });
        }));
    router.add("DELETE", sobject + QStringLiteral("/{id}"), QStringLiteral("salesforce.sobjectDelete"),
        data([this](const SandboxRequest& r) { return m_sobjects.remove(r); }));
    router.add("*", sobject + QStringLiteral("/{id}"), QStringLiteral("salesforce.sobjectOther"),
        data(methodNotAllowed));

    const QString collections = v + QStringLiteral("/composite/sobjects");
    router.add("POST", collections, QStringLiteral("salesforce.collectionsCreate"),
        data([this](const SandboxRequest& r) {
            return writable(r, false, [&] { return m_collections.create(r); });
        }));
    router.add("PATCH", collections, QStringLiteral("salesforce.collectionsUpdate"),
        data([this](const SandboxRequest& r) {
            return writable(r, true, [&] { return m_collections.update(r); });
        }));
    router.add("DELETE", collections, QStringLiteral("salesforce.collectionsDelete"),
        data([this](const SandboxRequest& r) { return m_collections.remove(r); }));
    router.add("*", collections, QStringLiteral("salesforce.collectionsOther"), data(methodNotAllowed));

    // Everything else under /services/data: Salesforce's 404, never an HTML page.
    router.addFallback(QStringLiteral("/services/data/"), QStringLiteral("salesforce.unknown"),
        [this](const SandboxRequest&) {
            SandboxResponse response = RestResponses::error(SalesforceError::notFound());
            response.setHeader("Sforce-Limit-Info", m_org.usage().limitInfoHeader());
            return response;
        });
}

SandboxResponse SalesforceApi::versions(const SandboxRequest& request)
{
    Q_UNUSED(request)
    return SandboxResponse::json(ApiVersions::list());
}

SandboxResponse SalesforceApi::resources(const SandboxRequest& request)
{
    const QString base = QStringLiteral("/services/data/") + request.pathParameter(QStringLiteral("version"));
    QJsonObject links;
    for (const char* name : { "tooling", "query", "queryAll", "sobjects", "limits", "composite" }) {
        links.insert(QString::fromLatin1(name), QString(base + QLatin1Char('/') + QString::fromLatin1(name)));
    }
    return SandboxResponse::json(links);
}

SandboxResponse SalesforceApi::limits(const SandboxRequest& request)
{
    Q_UNUSED(request)
    // Only the allowance the sandbox enforces; Salesforce lists many more, which no client here reads.
    return SandboxResponse::json(QJsonObject { { QStringLiteral("DailyApiRequests"),
        QJsonObject { { QStringLiteral("Max"), m_org.usage().maximum() },
            { QStringLiteral("Remaining"), m_org.usage().remaining() } } } });
}

QStringList SalesforceApi::faultCodes() const
{
    return { QStringLiteral("401"), QStringLiteral("INVALID_SESSION_REST"),
        QStringLiteral("REQUEST_LIMIT_EXCEEDED"), QStringLiteral("invalid_grant"),
        QStringLiteral("invalid_client"), QStringLiteral("unsupported_grant_type") };
}

std::optional<SandboxResponse> SalesforceApi::faultResponse(
    const Fault& fault, const SandboxRequest& request) const
{
    if (fault.kind == Fault::Kind::VendorError
        && (fault.code.front().isLower() || request.path.startsWith(QLatin1String("/services/oauth2/")))) {
        // The authorization server speaks OAuth, never the REST API's error array: its own codes as
        // they are, and a REST code on it as the refusal of the grant (which a client must handle anyway).
        if (fault.code == QLatin1String("invalid_client")) {
            return OAuthEndpoints::oauthError(OAuthError::invalidClient());
        }
        if (fault.code == QLatin1String("unsupported_grant_type")) {
            return OAuthEndpoints::oauthError(OAuthError::unsupportedGrantType());
        }
        return OAuthEndpoints::oauthError(OAuthError::expiredToken());
    }
    std::optional<SalesforceError> error;
    if (fault.kind == Fault::Kind::VendorError) {
        if (fault.code == QLatin1String("401")) {
            error = SalesforceError::invalidSession();
        } else if (fault.code == QLatin1String("INVALID_SESSION_REST")) {
            // Not an expired session: a refresh does not cure it (a client must not loop on it).
            error = SalesforceError::sessionNotValidForRest();
        } else {
            error = SalesforceError::requestLimitExceeded();
        }
    } else if (fault.kind == Fault::Kind::HttpStatus
        && request.path.startsWith(QLatin1String("/services/data/"))) {
        if (fault.code == QLatin1String("503")) {
            error = SalesforceError::make(
                503, QStringLiteral("SERVER_UNAVAILABLE"), QStringLiteral("Server temporarily unavailable"));
        } else if (fault.code == QLatin1String("500")) {
            error = SalesforceError::make(500, QStringLiteral("UNKNOWN_EXCEPTION"),
                QStringLiteral("An unexpected error occurred. Please include this ErrorId if you contact "
                               "support: 0000000000-00000 (0)"));
        }
    }
    if (!error) {
        return std::nullopt;
    }
    SandboxResponse response = RestResponses::error(*error);
    response.setHeader("Sforce-Limit-Info", m_org.usage().limitInfoHeader());
    return response;
}

SandboxResponse SalesforceApi::writable(
    const SandboxRequest& request, bool edit, const std::function<SandboxResponse()>& write)
{
    // Task is the only object the sandbox writes (sObject Collections name it per record, the sObject
    // routes in the path): without the users' Create or Edit on it, the write is refused whole.
    const QString object = request.pathParameter(QStringLiteral("object"));
    const QString target = object.isEmpty() ? QStringLiteral("Task") : object;
    if (target == u"Task" && !(edit ? m_org.access().canEdit(target) : m_org.access().canCreate(target))) {
        return RestResponses::error(
            SalesforceError::withFields(400, QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"),
                QStringLiteral("insufficient access rights on object id"), {}));
    }
    return write();
}

std::optional<SandboxResponse> SalesforceApi::control(
    const QByteArray& method, const QString& name, const QJsonObject& arguments)
{
    if (name != u"permissions") {
        return std::nullopt;
    }
    if (method == "DELETE") {
        m_org.access().reset();
    } else if (method == "POST") {
        if (const QString problem = m_org.access().apply(arguments); !problem.isEmpty()) {
            return SandboxResponse::json(QJsonObject { { QStringLiteral("error"), problem } }, 400);
        }
    }
    return SandboxResponse::json(QJsonObject { { QStringLiteral("taken"), m_org.access().toJson() } });
}

void SalesforceApi::reset()
{
    m_org.reset();
    m_mutations = 0;
}

std::optional<QJsonObject> SalesforceApi::mutate(const QString& kind, qint64 count)
{
    const bool tasks = kind == QLatin1String("tasks") || kind == QLatin1String("deletedTasks");
    const bool optOuts = kind == QLatin1String("emailOptOuts") || kind == QLatin1String("emailOptIns");
    if (!tasks && !optOuts) {
        return std::nullopt;
    }
    const quint64 draw = m_org.context().dataset.seed() * 1000003ULL + ++m_mutations;
    if (tasks) {
        const QStringList changed = m_org.tasks().mutate(
            count, kind == QLatin1String("deletedTasks"), m_org.records().integrationUserId(), draw);
        return QJsonObject { { QStringLiteral("changed"), qint64(changed.size()) } };
    }
    QJsonArray ids;
    QJsonArray salesforceIds;
    for (const EmailOptOutWrites::Changed& changed :
        EmailOptOutWrites(m_org).mutate(count, kind == QLatin1String("emailOptOuts"), draw)) {
        ids.append(changed.marketoId);
        salesforceIds.append(changed.salesforceId);
    }
    return QJsonObject { { QStringLiteral("changed"), qint64(ids.size()) }, { QStringLiteral("ids"), ids },
        { QStringLiteral("salesforceIds"), salesforceIds } };
}

QJsonObject SalesforceApi::counters() const
{
    return { { QStringLiteral("dailyApiRequestsUsed"), m_org.usage().used() },
        { QStringLiteral("dailyApiRequestsMax"), m_org.usage().maximum() },
        { QStringLiteral("openQueryCursors"), qint64(m_org.cursors().count()) },
        { QStringLiteral("tasks"), m_org.tasks().liveCount() } };
}

QJsonObject SalesforceApi::readyInfo(const QUrl& baseUrl) const
{
    const QString login = baseUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery);
    const QString instance
        = m_org.context().listeners.salesforceInstanceUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery);
    const SalesforceSettings& settings = m_org.settings();
    const QList<SalesforceUser>& users = m_org.context().dataset.salesforceUsers();
    return { { QStringLiteral("loginUrl"), login }, { QStringLiteral("instanceUrl"), instance },
        { QStringLiteral("apiVersion"), QStringLiteral("v%1.0").arg(ApiVersions::newest) },
        { QStringLiteral("consumerKey"), settings.consumerKey },
        { QStringLiteral("consumerSecret"), settings.consumerSecret },
        { QStringLiteral("callbackUrl"), settings.callbackUrl },
        { QStringLiteral("callbackUrls"), QJsonArray::fromStringList(m_org.callbackUrls()) },
        { QStringLiteral("requireSecret"), m_org.context().options.salesforceRequireSecret },
        { QStringLiteral("username"), users.isEmpty() ? QString() : users.first().username },
        { QStringLiteral("password"), settings.password },
        { QStringLiteral("organizationId"), m_org.context().dataset.organization().id } };
}

} // namespace sia::sandbox::salesforce
