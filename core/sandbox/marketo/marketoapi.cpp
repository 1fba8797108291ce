#include "sandbox/marketo/marketoapi.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/marketo/marketoactivitytypes.h"
#include "sandbox/marketo/marketoenvelope.h"
#include "sandbox/marketo/marketofields.h"
#include "sandbox/marketo/marketoparameters.h"
#include "sandbox/marketo/marketopartitions.h"
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

// 612 unless the body is declared JSON ("application/json", parameters such as charset allowed).
std::optional<SandboxResponse> refuseUnlessJson(const SandboxRequest& request, const QString& requestId)
{
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (type == "application/json") {
        return std::nullopt;
    }
    return Envelope::failure(requestId, QString::fromLatin1(code::invalidContentType),
        QStringLiteral("Content type '%1' not supported: send the JSON body as application/json")
            .arg(QString::fromLatin1(request.header("Content-Type"))));
}

} // namespace

MarketoApi::MarketoApi(const SandboxContext& context)
    : m_context(context)
    , m_tokens(context.clock, context.options.marketoTokenLifetimeSeconds)
    , m_guard(std::make_shared<MarketoGuard>(context.clock, context.counters, context.options.limits,
          m_tokens, m_usage, m_credentials.apiUserEmail))
    , m_leads(context.dataset, context.options.limits)
    , m_activities(context.dataset, context.clock, context.counters, context.options.limits)
    , m_bulk(std::make_unique<MarketoBulkExport>(
          context.dataset, context.clock, context.counters, context.options))
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

void MarketoApi::route(SandboxRouter& router, const QByteArrayList& methods, const QString& path,
    const QString& endpoint, Handler handler)
{
    router.add(methods, path, endpoint, wrap(std::move(handler)));
    // Routes match in order: any other method on this path lands here.
    router.add(QByteArrayList { "*" }, path, endpoint, wrap([](const SandboxRequest& r, const QString& id) {
        const QString message
            = QStringLiteral("Request method '%1' not supported").arg(QString::fromLatin1(r.method));
        return isUserService(r)
            ? Envelope::userServiceFailure(id, 405, QString::fromLatin1(code::methodNotSupported), message)
            : Envelope::failure(id, QString::fromLatin1(code::methodNotSupported), message);
    }));
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
    route(router, { "GET", "POST" }, rest + QStringLiteral("leads.json"), QStringLiteral("marketo.leads"),
        [this](const SandboxRequest& r, const QString& id) {
            if (!isReadCall(r)) {
                if (auto refused = refuseUnlessJson(r, id)) {
                    return std::move(*refused);
                }
                // Creating or updating people needs a role this API user does not have (README: the sandbox
                // is read-only here).
                return Envelope::failure(id, QString::fromLatin1(code::accessDenied),
                    QStringLiteral("Access denied: the API user's role lacks Read-Write Person"));
            }
            return m_leads.leads(r, id);
        });
    route(router, { "GET" }, rest + QStringLiteral("leads/partitions.json"),
        QStringLiteral("marketo.leadPartitions"),
        [](const SandboxRequest&, const QString& id) { return MarketoPartitions::list(id); });
    route(router, { "GET" }, rest + QStringLiteral("leads/describe.json"), QStringLiteral("marketo.describe"),
        [](const SandboxRequest&, const QString& id) {
            return Envelope::success(id, MarketoFields::describe());
        });
    route(router, { "GET" }, rest + QStringLiteral("leads/describe2.json"),
        QStringLiteral("marketo.describe2"), [](const SandboxRequest&, const QString& id) {
            return Envelope::success(id, MarketoFields::describe2());
        });
    route(router, { "GET" }, rest + QStringLiteral("activities/types.json"),
        QStringLiteral("marketo.activityTypes"), [](const SandboxRequest&, const QString& id) {
            return Envelope::success(id, MarketoActivityTypes::standardJson());
        });
    route(router, { "GET" }, rest + QStringLiteral("activities/external/types.json"),
        QStringLiteral("marketo.customActivityTypes"), [](const SandboxRequest&, const QString& id) {
            return Envelope::success(id, MarketoActivityTypes::customJson());
        });
    route(router, { "GET" }, rest + QStringLiteral("activities/pagingtoken.json"),
        QStringLiteral("marketo.pagingToken"),
        [this](const SandboxRequest& r, const QString& id) { return m_activities.pagingToken(r, id); });
    route(router, { "GET", "POST" }, rest + QStringLiteral("activities/leadchanges.json"),
        QStringLiteral("marketo.leadChanges"), [this](const SandboxRequest& r, const QString& id) {
            return isReadCall(r) ? m_activities.leadChanges(r, id)
                                 : Envelope::failure(id, QString::fromLatin1(code::notFound));
        });
    route(router, { "GET" }, rest + QStringLiteral("activities/deletedleads.json"),
        QStringLiteral("marketo.deletedLeads"),
        [this](const SandboxRequest& r, const QString& id) { return m_activities.deletedLeads(r, id); });
    route(router, { "GET", "POST" }, rest + QStringLiteral("activities.json"),
        QStringLiteral("marketo.activities"), [this](const SandboxRequest& r, const QString& id) {
            return isReadCall(r) ? m_activities.activities(r, id)
                                 : Envelope::failure(id, QString::fromLatin1(code::notFound));
        });
    route(router, { "POST" }, rest + QStringLiteral("activities/external.json"),
        QStringLiteral("marketo.addActivities"), [this](const SandboxRequest& r, const QString& id) {
            if (auto refused = refuseUnlessJson(r, id)) {
                return std::move(*refused);
            }
            return m_activities.addExternal(r, id);
        });
    route(router, { "GET" }, rest + QStringLiteral("stats/usage.json"), QStringLiteral("marketo.usage"),
        [this](const SandboxRequest& r, const QString& id) { return usage(r, id, 1); });
    route(router, { "GET" }, rest + QStringLiteral("stats/usage/last7days.json"),
        QStringLiteral("marketo.usageLast7Days"),
        [this](const SandboxRequest& r, const QString& id) { return usage(r, id, 7); });
    route(router, { "GET" }, rest + QStringLiteral("stats/errors.json"), QStringLiteral("marketo.errors"),
        [this](const SandboxRequest&, const QString& id) { return errors(id, 1); });
    route(router, { "GET" }, rest + QStringLiteral("stats/errors/last7days.json"),
        QStringLiteral("marketo.errorsLast7Days"),
        [this](const SandboxRequest&, const QString& id) { return errors(id, 7); });
    router.addFallback(QStringLiteral("/rest/"), QStringLiteral("marketo.unknown"),
        wrap([](const SandboxRequest&, const QString& id) {
            return Envelope::failure(id, QString::fromLatin1(code::notFound));
        }));

    const QString bulk = QStringLiteral("/bulk/v1/leads/export");
    route(router, { "POST" }, bulk + QStringLiteral("/create.json"), QStringLiteral("marketo.bulkCreate"),
        [this](const SandboxRequest& r, const QString& id) {
            if (auto refused = refuseUnlessJson(r, id)) {
                return std::move(*refused);
            }
            return m_bulk->create(r, id);
        });
    route(router, { "POST" }, bulk + QStringLiteral("/{exportId}/enqueue.json"),
        QStringLiteral("marketo.bulkEnqueue"), [this](const SandboxRequest& r, const QString& id) {
            return m_bulk->enqueue(r.pathParameter(QStringLiteral("exportId")), id);
        });
    route(router, { "GET" }, bulk + QStringLiteral("/{exportId}/status.json"),
        QStringLiteral("marketo.bulkStatus"), [this](const SandboxRequest& r, const QString& id) {
            return m_bulk->status(r.pathParameter(QStringLiteral("exportId")), id);
        });
    route(router, { "GET" }, bulk + QStringLiteral("/{exportId}/file.json"),
        QStringLiteral("marketo.bulkFile"), [this](const SandboxRequest& r, const QString& id) {
            return m_bulk->file(r, r.pathParameter(QStringLiteral("exportId")), id);
        });
    route(router, { "POST" }, bulk + QStringLiteral("/{exportId}/cancel.json"),
        QStringLiteral("marketo.bulkCancel"), [this](const SandboxRequest& r, const QString& id) {
            return m_bulk->cancel(r.pathParameter(QStringLiteral("exportId")), id);
        });
    route(router, { "GET" }, bulk + QStringLiteral(".json"), QStringLiteral("marketo.bulkList"),
        [this](const SandboxRequest& r, const QString& id) { return m_bulk->list(r, id); });
    router.addFallback(QStringLiteral("/bulk/"), QStringLiteral("marketo.unknown"),
        wrap([](const SandboxRequest&, const QString& id) {
            return Envelope::failure(id, QString::fromLatin1(code::notFound));
        }));

    const QString users = QStringLiteral("/userservice/management/v1/users/");
    route(router, { "GET" }, users + QStringLiteral("allusers.json"), QStringLiteral("marketo.users"),
        [this](const SandboxRequest& r, const QString& id) { return m_users.allUsers(r, id); });
    route(router, { "GET" }, users + QStringLiteral("roles.json"), QStringLiteral("marketo.roles"),
        [this](const SandboxRequest&, const QString& id) { return m_users.roles(id); });
    route(router, { "GET" }, users + QStringLiteral("{userid}/user.json"), QStringLiteral("marketo.user"),
        [this](const SandboxRequest& r, const QString& id) {
            return m_users.user(r.pathParameter(QStringLiteral("userid")), id);
        });
    route(router, { "GET" }, users + QStringLiteral("workspaces.json"), QStringLiteral("marketo.workspaces"),
        [this](const SandboxRequest&, const QString& id) { return m_users.workspaces(id); });
    route(router, { "GET" }, users + QStringLiteral("{userid}/roles.json"),
        QStringLiteral("marketo.userRoles"), [this](const SandboxRequest& r, const QString& id) {
            return m_users.userRoles(r.pathParameter(QStringLiteral("userid")), id);
        });
    route(router, { "GET" }, users + QStringLiteral("{userid}/invite.json"),
        QStringLiteral("marketo.invitedUser"), [this](const SandboxRequest& r, const QString& id) {
            return m_users.invitedUser(r.pathParameter(QStringLiteral("userid")), id);
        });
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
    return { QStringLiteral("413"), QStringLiteral("502"), QStringLiteral("601"), QStringLiteral("602"),
        QStringLiteral("603"), QStringLiteral("604"), QStringLiteral("605"), QStringLiteral("606"),
        QStringLiteral("607"), QStringLiteral("608"), QStringLiteral("610"), QStringLiteral("611"),
        QStringLiteral("612"), QStringLiteral("615"), QStringLiteral("713"), QStringLiteral("1029"),
        QString::fromLatin1(jobFailedFault) };
}

std::optional<SandboxResponse> MarketoApi::faultResponse(
    const Fault& fault, const SandboxRequest& request) const
{
    if (fault.kind != Fault::Kind::VendorError) {
        return std::nullopt;
    }
    const QString requestId = Envelope::nextRequestId(m_context.clock.nowMs());
    if (fault.code == u"413") {
        return SandboxResponse::text("Request Entity Too Large", 413); // the front door's, as the guard's
    }
    if (fault.code == QLatin1String(jobFailedFault)) {
        // The job this call names ends Failed: at once if it is waiting or running, or, enqueued by this
        // call, when its processing would have finished. A call that names no job is a system error.
        const QString exportId = request.pathParameter(QStringLiteral("exportId"));
        if (request.endpoint == u"marketo.bulkEnqueue") {
            return m_bulk->enqueue(exportId, requestId, marketo::ExportJob::Outcome::Failed);
        }
        if (request.endpoint == u"marketo.bulkStatus") {
            m_bulk->failNow(exportId);
            return m_bulk->status(exportId, requestId);
        }
        return Envelope::failure(requestId, QString::fromLatin1(code::systemError));
    }
    if (isUserService(request)) {
        static const QHash<QString, int> statuses { { QStringLiteral("502"), 502 },
            { QStringLiteral("601"), 401 }, { QStringLiteral("602"), 401 }, { QStringLiteral("603"), 403 },
            { QStringLiteral("605"), 405 }, { QStringLiteral("611"), 500 }, { QStringLiteral("612"), 415 } };
        return Envelope::userServiceFailure(requestId, statuses.value(fault.code, 503), fault.code);
    }
    return Envelope::failure(requestId, fault.code);
}

void MarketoApi::reset()
{
    m_tokens.reset();
    m_usage.reset();
    m_guard->reset();
    m_activities.reset();
    m_bulk->reset();
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
        { QStringLiteral("bulkJobs"), m_bulk->jobCount() },
        { QStringLiteral("bulkBytesToday"), m_bulk->bytesExportedOn(marketoDay(m_context.clock.now())) },
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
