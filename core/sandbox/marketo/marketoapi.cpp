#include "sandbox/marketo/marketoapi.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/marketo/marketoactivitytypes.h"
#include "sandbox/marketo/marketoenvelope.h"
#include "sandbox/marketo/marketofields.h"
#include "sandbox/marketo/marketoparameters.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxcounters.h"
#include "sandbox/sandboxoptions.h"

#include <QJsonDocument>

namespace sia::sandbox {

using namespace marketo;

namespace {

constexpr qsizetype maxUrlBytes = 8 * 1024; // Marketo refuses longer GET URLs: use POST with _method=GET

SandboxResponse oauthError(int status, const QString& error, const QString& description)
{
    return SandboxResponse::json(QJsonObject { { QStringLiteral("error"), error },
                                     { QStringLiteral("error_description"), description } },
        status);
}

} // namespace

MarketoApi::MarketoApi(const SandboxContext& context)
    : m_context(context)
    , m_tokens(context.clock, context.options.marketoTokenLifetimeSeconds)
    , m_guard(std::make_shared<MarketoGuard>(context.clock, context.counters, context.options.limits,
          m_tokens, m_usage, m_credentials.apiUserEmail))
    , m_leads(context.dataset, context.options.limits)
    , m_activities(context.dataset, context.clock, context.counters, context.options.limits)
    , m_bulk(context.dataset, context.clock, context.counters, context.options)
    , m_users(context.options.seed, context.options.marketoUserApiPermission, m_credentials.apiUserEmail)
{ }

SandboxHandler MarketoApi::wrap(Handler handler)
{
    return [this, handler = std::move(handler)](const SandboxRequest& request) {
        const QString requestId = Envelope::nextRequestId(m_context.clock.nowMs());
        if (request.method == "GET"
            && request.path.size() + request.query.toString(QUrl::FullyEncoded).size() > maxUrlBytes) {
            return SandboxResponse::text("Request-URI Too Long", 414);
        }
        SandboxResponse response = handler(request, requestId);
        recordError(response);
        return response;
    };
}

void MarketoApi::recordError(const SandboxResponse& response)
{
    // Only failures are parsed: the successful hot path stays untouched.
    // A failure envelope is small; a page of leads is not searched.
    const bool envelopeFailure = response.status() == 200 && !response.isStreamed()
        && response.body().size() < 4096 && response.body().contains("\"success\":false");
    if (!envelopeFailure && response.status() < 400) {
        return;
    }
    const QJsonArray errors
        = QJsonDocument::fromJson(response.body()).object().value(QStringLiteral("errors")).toArray();
    const QString code = errors.isEmpty()
        ? QString::number(response.status())
        : errors.first().toObject().value(QStringLiteral("code")).toString();
    m_usage.recordError(marketoDay(m_context.clock.now()), code);
    m_context.counters.increment(QStringLiteral("marketo.errors.") + code);
}

void MarketoApi::registerRoutes(SandboxRouter& router)
{
    router.add({ "GET", "POST" }, QStringLiteral("/identity/oauth/token"), QStringLiteral("marketo.identity"),
        [this](const SandboxRequest& r) { return identity(r); });
    router.addFallback(
        QStringLiteral("/identity/"), QStringLiteral("marketo.identityUnknown"), [](const SandboxRequest&) {
            return oauthError(404, QStringLiteral("not_found"), QStringLiteral("Not Found"));
        });

    for (const QString& prefix :
        { QStringLiteral("/rest/"), QStringLiteral("/bulk/"), QStringLiteral("/userservice/") }) {
        router.addGuard(prefix, m_guard);
    }

    const QString rest = QStringLiteral("/rest/v1/");
    router.add({ "GET", "POST" }, rest + QStringLiteral("leads.json"), QStringLiteral("marketo.leads"),
        wrap([this](const SandboxRequest& r, const QString& id) {
            if (!isReadCall(r)) {
                // Creating or updating people needs a role this API user does not have (README: the sandbox
                // is read-only here).
                return Envelope::failure(id, QString::fromLatin1(code::accessDenied),
                    QStringLiteral("Access denied: the API user's role lacks Read-Write Person"));
            }
            return m_leads.leads(r, id);
        }));
    router.add("GET", rest + QStringLiteral("leads/describe.json"), QStringLiteral("marketo.describe"),
        wrap([](const SandboxRequest&, const QString& id) {
            return Envelope::success(id, MarketoFields::describe());
        }));
    router.add("GET", rest + QStringLiteral("leads/describe2.json"), QStringLiteral("marketo.describe2"),
        wrap([](const SandboxRequest&, const QString& id) {
            return Envelope::success(id, MarketoFields::describe2());
        }));
    router.add("GET", rest + QStringLiteral("activities/types.json"), QStringLiteral("marketo.activityTypes"),
        wrap([](const SandboxRequest&, const QString& id) {
            return Envelope::success(id, MarketoActivityTypes::standardJson());
        }));
    router.add("GET", rest + QStringLiteral("activities/external/types.json"),
        QStringLiteral("marketo.customActivityTypes"), wrap([](const SandboxRequest&, const QString& id) {
            return Envelope::success(id, MarketoActivityTypes::customJson());
        }));
    router.add("GET", rest + QStringLiteral("activities/pagingtoken.json"),
        QStringLiteral("marketo.pagingToken"),
        wrap([this](const SandboxRequest& r, const QString& id) { return m_activities.pagingToken(r, id); }));
    router.add({ "GET", "POST" }, rest + QStringLiteral("activities/leadchanges.json"),
        QStringLiteral("marketo.leadChanges"), wrap([this](const SandboxRequest& r, const QString& id) {
            return isReadCall(r) ? m_activities.leadChanges(r, id)
                                 : Envelope::failure(id, QString::fromLatin1(code::notFound));
        }));
    router.add("GET", rest + QStringLiteral("activities/deletedleads.json"),
        QStringLiteral("marketo.deletedLeads"), wrap([this](const SandboxRequest& r, const QString& id) {
            return m_activities.deletedLeads(r, id);
        }));
    router.add({ "GET", "POST" }, rest + QStringLiteral("activities.json"),
        QStringLiteral("marketo.activities"), wrap([this](const SandboxRequest& r, const QString& id) {
            return isReadCall(r) ? m_activities.activities(r, id)
                                 : Envelope::failure(id, QString::fromLatin1(code::notFound));
        }));
    router.add("POST", rest + QStringLiteral("activities/external.json"),
        QStringLiteral("marketo.addActivities"),
        wrap([this](const SandboxRequest& r, const QString& id) { return m_activities.addExternal(r, id); }));
    router.add("GET", rest + QStringLiteral("stats/usage.json"), QStringLiteral("marketo.usage"),
        wrap([this](const SandboxRequest& r, const QString& id) { return usage(r, id, 1); }));
    router.add("GET", rest + QStringLiteral("stats/usage/last7days.json"),
        QStringLiteral("marketo.usageLast7Days"),
        wrap([this](const SandboxRequest& r, const QString& id) { return usage(r, id, 7); }));
    router.add("GET", rest + QStringLiteral("stats/errors.json"), QStringLiteral("marketo.errors"),
        wrap([this](const SandboxRequest&, const QString& id) { return errors(id, 1); }));
    router.add("GET", rest + QStringLiteral("stats/errors/last7days.json"),
        QStringLiteral("marketo.errorsLast7Days"),
        wrap([this](const SandboxRequest&, const QString& id) { return errors(id, 7); }));
    router.addFallback(QStringLiteral("/rest/"), QStringLiteral("marketo.unknown"),
        wrap([](const SandboxRequest&, const QString& id) {
            return Envelope::failure(id, QString::fromLatin1(code::notFound));
        }));

    const QString bulk = QStringLiteral("/bulk/v1/leads/export");
    router.add("POST", bulk + QStringLiteral("/create.json"), QStringLiteral("marketo.bulkCreate"),
        wrap([this](const SandboxRequest& r, const QString& id) { return m_bulk.create(r, id); }));
    router.add("POST", bulk + QStringLiteral("/{exportId}/enqueue.json"),
        QStringLiteral("marketo.bulkEnqueue"), wrap([this](const SandboxRequest& r, const QString& id) {
            return m_bulk.enqueue(r.pathParameter(QStringLiteral("exportId")), id);
        }));
    router.add("GET", bulk + QStringLiteral("/{exportId}/status.json"), QStringLiteral("marketo.bulkStatus"),
        wrap([this](const SandboxRequest& r, const QString& id) {
            return m_bulk.status(r.pathParameter(QStringLiteral("exportId")), id);
        }));
    router.add("GET", bulk + QStringLiteral("/{exportId}/file.json"), QStringLiteral("marketo.bulkFile"),
        wrap([this](const SandboxRequest& r, const QString& id) {
            return m_bulk.file(r, r.pathParameter(QStringLiteral("exportId")), id);
        }));
    router.add("POST", bulk + QStringLiteral("/{exportId}/cancel.json"), QStringLiteral("marketo.bulkCancel"),
        wrap([this](const SandboxRequest& r, const QString& id) {
            return m_bulk.cancel(r.pathParameter(QStringLiteral("exportId")), id);
        }));
    router.add("GET", bulk + QStringLiteral(".json"), QStringLiteral("marketo.bulkList"),
        wrap([this](const SandboxRequest& r, const QString& id) { return m_bulk.list(r, id); }));
    router.addFallback(QStringLiteral("/bulk/"), QStringLiteral("marketo.unknown"),
        wrap([](const SandboxRequest&, const QString& id) {
            return Envelope::failure(id, QString::fromLatin1(code::notFound));
        }));

    const QString users = QStringLiteral("/userservice/management/v1/users/");
    router.add("GET", users + QStringLiteral("allusers.json"), QStringLiteral("marketo.users"),
        wrap([this](const SandboxRequest& r, const QString& id) { return m_users.allUsers(r, id); }));
    router.add("GET", users + QStringLiteral("roles.json"), QStringLiteral("marketo.roles"),
        wrap([this](const SandboxRequest&, const QString& id) { return m_users.roles(id); }));
    router.add("GET", users + QStringLiteral("{userid}/user.json"), QStringLiteral("marketo.user"),
        wrap([this](const SandboxRequest& r, const QString& id) {
            return m_users.user(r.pathParameter(QStringLiteral("userid")), id);
        }));
    router.addFallback(QStringLiteral("/userservice/"), QStringLiteral("marketo.unknown"),
        wrap([](const SandboxRequest&, const QString& id) {
            return Envelope::userServiceFailure(id, 404, QString::fromLatin1(code::notFound));
        }));
}

SandboxResponse MarketoApi::identity(const SandboxRequest& request)
{
    const MarketoParameters params(request);
    const QString grantType = params.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("Missing grant type"));
    }
    if (grantType != u"client_credentials") {
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
            QStringLiteral("Unsupported grant type: %1").arg(grantType));
    }
    if (params.value(QStringLiteral("client_id")) != m_credentials.clientId
        || params.value(QStringLiteral("client_secret")) != m_credentials.clientSecret) {
        m_context.counters.increment(QStringLiteral("marketo.badClientCredentials"));
        return oauthError(401, QStringLiteral("unauthorized"), QStringLiteral("Bad client credentials"));
    }
    const MarketoTokens::Issued issued = m_tokens.issue();
    m_context.counters.increment(QStringLiteral("marketo.tokenRequests"));
    return SandboxResponse::json(QJsonObject { { QStringLiteral("access_token"), issued.token },
        { QStringLiteral("token_type"), QStringLiteral("bearer") },
        { QStringLiteral("expires_in"), issued.expiresInSeconds },
        { QStringLiteral("scope"), m_credentials.apiUserEmail } });
}

SandboxResponse MarketoApi::usage(const SandboxRequest& request, const QString& requestId, int days) const
{
    Q_UNUSED(request)
    const QDate today = marketoDay(m_context.clock.now());
    return Envelope::success(requestId, m_usage.usage(today.addDays(1 - days), today));
}

SandboxResponse MarketoApi::errors(const QString& requestId, int days) const
{
    const QDate today = marketoDay(m_context.clock.now());
    return Envelope::success(requestId, m_usage.errors(today.addDays(1 - days), today));
}

QStringList MarketoApi::faultCodes() const
{
    return { QStringLiteral("601"), QStringLiteral("602"), QStringLiteral("603"), QStringLiteral("604"),
        QStringLiteral("606"), QStringLiteral("607"), QStringLiteral("608"), QStringLiteral("610"),
        QStringLiteral("615"), QStringLiteral("713"), QStringLiteral("1029") };
}

std::optional<SandboxResponse> MarketoApi::faultResponse(
    const Fault& fault, const SandboxRequest& request) const
{
    if (fault.kind != Fault::Kind::VendorError) {
        return std::nullopt;
    }
    const QString requestId = Envelope::nextRequestId(m_context.clock.nowMs());
    if (isUserService(request)) {
        return Envelope::userServiceFailure(requestId,
            fault.code == u"603" ? 403 : (fault.code.startsWith(u"60") && fault.code < u"603" ? 401 : 503),
            fault.code);
    }
    if (fault.code == u"713") {
        return Envelope::failure(requestId, fault.code, QStringLiteral("Transient Error"));
    }
    return Envelope::failure(requestId, fault.code);
}

void MarketoApi::reset()
{
    m_tokens.reset();
    m_usage.reset();
    m_guard->reset();
    m_activities.reset();
    m_bulk.reset();
}

QJsonObject MarketoApi::counters() const
{
    const SandboxCounters& c = m_context.counters;
    const qint64 rateLimitHits = c.value(QStringLiteral("marketo.refused.606"))
        + c.value(QStringLiteral("marketo.refused.607")) + c.value(QStringLiteral("marketo.refused.615"));
    return { { QStringLiteral("rateLimitHits"), rateLimitHits },
        { QStringLiteral("rateLimit606"), c.value(QStringLiteral("marketo.refused.606")) },
        { QStringLiteral("dailyQuota607"), c.value(QStringLiteral("marketo.refused.607")) },
        { QStringLiteral("concurrency615"), c.value(QStringLiteral("marketo.refused.615")) },
        { QStringLiteral("inFlight"), m_guard->inFlight() },
        { QStringLiteral("callsInWindow"), m_guard->callsInWindow() },
        { QStringLiteral("callsToday"), m_usage.callsOn(marketoDay(m_context.clock.now())) },
        { QStringLiteral("bulkJobs"), m_bulk.jobCount() },
        { QStringLiteral("bulkBytesToday"), m_bulk.bytesExportedOn(marketoDay(m_context.clock.now())) },
        { QStringLiteral("salesActivities"), m_activities.logged().size() } };
}

QJsonObject MarketoApi::readyInfo(const QUrl& baseUrl) const
{
    const QString base = baseUrl.toString();
    return { { QStringLiteral("restUrl"), QString(base + QStringLiteral("/rest")) },
        { QStringLiteral("identityUrl"), QString(base + QStringLiteral("/identity")) },
        { QStringLiteral("bulkUrl"), QString(base + QStringLiteral("/bulk")) },
        { QStringLiteral("userServiceUrl"), QString(base + QStringLiteral("/userservice")) },
        { QStringLiteral("munchkinId"), m_credentials.munchkinId },
        { QStringLiteral("clientId"), m_credentials.clientId },
        { QStringLiteral("clientSecret"), m_credentials.clientSecret },
        { QStringLiteral("apiUser"), m_credentials.apiUserEmail },
        { QStringLiteral("tokenLifetimeSeconds"), m_context.options.marketoTokenLifetimeSeconds } };
}

} // namespace sia::sandbox
