#include "sandbox/marketo/marketoguard.h"

#include "sandbox/marketo/marketoenvelope.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxcounters.h"

namespace sia::sandbox::marketo {

bool isUserService(const SandboxRequest& request)
{
    return request.path.startsWith(QStringLiteral("/userservice/"));
}

bool carriesTokenInQuery(const SandboxRequest& request)
{
    if (request.hasQueryItem(QStringLiteral("access_token"))) {
        return true;
    }
    // The form body of a POST (…?_method=GET) was the other place the retired parameter could go.
    return request.header("Content-Type").startsWith("application/x-www-form-urlencoded")
        && request.formBody().hasQueryItem(QStringLiteral("access_token"));
}

MarketoGuard::MarketoGuard(const SandboxClock& clock, SandboxCounters& counters, const SandboxLimits& limits,
    const MarketoTokens& tokens, MarketoUsage& usage, const QString& apiUser)
    : m_clock(clock)
    , m_counters(counters)
    , m_limits(limits)
    , m_tokens(tokens)
    , m_usage(usage)
    , m_apiUser(apiUser)
{ }

std::optional<SandboxResponse> MarketoGuard::refuse(
    const SandboxRequest& request, const QString& code, const QString& message)
{
    m_counters.increment(QStringLiteral("marketo.refused.") + code);
    m_usage.recordError(marketoDay(m_clock.now()), code);
    const QString requestId = Envelope::nextRequestId(m_clock.nowMs());
    if (isUserService(request)) {
        // No envelope there: the status says it failed. (Which status Marketo uses for each code is
        // not documented; these are the HTTP meanings of the codes.)
        const int status = code.startsWith(u"60") && code.size() == 3 && code.at(2) < u'3'
            ? 401
            : (code == u"603" ? 403 : 429);
        return Envelope::userServiceFailure(requestId, status, code, message);
    }
    return Envelope::failure(requestId, code, message);
}

std::optional<SandboxResponse> MarketoGuard::admit(const SandboxRequest& request)
{
    if (request.body.size() > maxBodyBytes) {
        // Refused by the front door, before the token is looked at (and not counted as a call).
        m_counters.increment(QStringLiteral("marketo.refused.413"));
        m_usage.recordError(marketoDay(m_clock.now()), QStringLiteral("413"));
        return SandboxResponse::text("Request Entity Too Large", 413);
    }
    if (carriesTokenInQuery(request)) {
        // The access_token parameter is retired (API-NOTES): refused everywhere, even beside a valid
        // Authorization header, with the answer a server that ignores it gives a call without a token.
        m_counters.increment(QStringLiteral("marketo.tokenInQuery"));
        return refuse(request, QString::fromLatin1(code::tokenMissing),
            QStringLiteral("Access token not specified: the access_token parameter is no longer supported, "
                           "send Authorization: Bearer <token>"));
    }
    const QString token = request.bearerToken();
    switch (m_tokens.check(token)) {
    case MarketoTokens::Check::Missing:
        return refuse(request, QString::fromLatin1(code::tokenMissing));
    case MarketoTokens::Check::Invalid:
        return refuse(request, QString::fromLatin1(code::tokenInvalid));
    case MarketoTokens::Check::Expired:
        return refuse(request, QString::fromLatin1(code::tokenExpired));
    case MarketoTokens::Check::Valid:
        break;
    }

    const qint64 now = m_clock.nowMs();
    const qint64 windowMs = qint64(m_limits.marketoWindowSeconds) * 1000;
    while (!m_window.empty() && m_window.front() <= now - windowMs) {
        m_window.pop_front();
    }
    if (qint64(m_window.size()) >= m_limits.marketoCallsPerWindow) {
        return refuse(request, QString::fromLatin1(code::rateLimit),
            QStringLiteral("Max rate limit '%1' exceeded with in '%2' secs")
                .arg(m_limits.marketoCallsPerWindow)
                .arg(m_limits.marketoWindowSeconds));
    }
    const QDate today = marketoDay(m_clock.now());
    if (today != m_day) {
        m_day = today;
        m_callsToday = 0;
    }
    if (m_callsToday >= m_limits.marketoDailyCalls) {
        return refuse(request, QString::fromLatin1(code::dailyQuota));
    }
    if (m_inFlight >= m_limits.marketoConcurrent) {
        return refuse(request, QString::fromLatin1(code::concurrentLimit));
    }
    m_window.push_back(now);
    ++m_callsToday;
    ++m_inFlight;
    m_usage.recordCall(today, m_apiUser);
    return std::nullopt;
}

void MarketoGuard::release(const SandboxRequest& request)
{
    Q_UNUSED(request)
    --m_inFlight;
}

void MarketoGuard::reset()
{
    m_window.clear();
    m_day = {};
    m_callsToday = 0;
    // m_inFlight stays: answers still on their way will release.
}

} // namespace sia::sandbox::marketo
