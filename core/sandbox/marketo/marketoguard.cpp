#include "sandbox/marketo/marketoguard.h"

#include "sandbox/marketo/marketoenvelope.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxcounters.h"

namespace sia::sandbox::marketo {

bool isUserService(const SandboxRequest& request)
{
    return request.path.startsWith(QStringLiteral("/userservice/"));
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
    QString token = request.bearerToken();
    if (token.isEmpty() && !isUserService(request)) {
        // Still accepted by the REST API (being retired); the user management API refuses it.
        token = request.queryValue(QStringLiteral("access_token"));
        if (!token.isEmpty()) {
            m_counters.increment(QStringLiteral("marketo.tokenInQuery"));
        }
    }
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
