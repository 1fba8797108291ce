// Everything Marketo checks before it serves a REST, bulk or user management call: a body over 1 MB
// (HTTP 413), the retired access_token parameter (600), the access token (600/601/602), 100 calls per
// sliding 20 seconds (606), the daily quota (607) and 10 calls in flight (615), in that order. The limits are
// the subscription's, shared by every caller. A refused call does not count against the window or the quota.
#pragma once

#include "sandbox/marketo/marketotokens.h"
#include "sandbox/marketo/marketousage.h"
#include "sandbox/sandboxguard.h"
#include "sandbox/sandboxlimits.h"

#include <QDate>

#include <deque>

namespace sia::sandbox {
class SandboxClock;
class SandboxCounters;
} // namespace sia::sandbox

namespace sia::sandbox::marketo {

class MarketoGuard : public SandboxGuard
{
public:
    // "1 MB": the stricter reading, 10^6 bytes rather than 2^20.
    static constexpr qsizetype maxBodyBytes = 1000 * 1000;

    MarketoGuard(const SandboxClock& clock, SandboxCounters& counters, const SandboxLimits& limits,
        const MarketoTokens& tokens, MarketoUsage& usage, const QString& apiUser);

    std::optional<SandboxResponse> admit(const SandboxRequest& request) override;
    void release(const SandboxRequest& request) override;

    int inFlight() const { return m_inFlight; }
    qint64 callsInWindow() const { return qint64(m_window.size()); }
    void reset();

private:
    std::optional<SandboxResponse> refuse(
        const SandboxRequest& request, const QString& code, const QString& message = {});

    const SandboxClock& m_clock;
    SandboxCounters& m_counters;
    const SandboxLimits& m_limits;
    const MarketoTokens& m_tokens;
    MarketoUsage& m_usage;
    QString m_apiUser;
    std::deque<qint64> m_window; // admission times (sandbox clock, ms) within the last window
    QDate m_day;
    qint64 m_callsToday = 0;
    int m_inFlight = 0;
};

bool isUserService(const SandboxRequest& request);
// The token in the query string or in a form body: the retired way, refused.
bool carriesTokenInQuery(const SandboxRequest& request);

} // namespace sia::sandbox::marketo
