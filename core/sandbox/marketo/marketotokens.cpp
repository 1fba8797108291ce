#include "sandbox/marketo/marketotokens.h"

#include "sandbox/sandboxclock.h"

#include <QUuid>

namespace sia::sandbox::marketo {

MarketoTokens::MarketoTokens(const SandboxClock& clock, int lifetimeSeconds)
    : m_clock(clock)
    , m_lifetimeSeconds(lifetimeSeconds)
{ }

MarketoTokens::Issued MarketoTokens::issue()
{
    const qint64 now = m_clock.nowMs();
    // The same token until less than a second is left: a client that asks again is not given a new one.
    if (m_current.isEmpty() || m_currentExpiresAtMs - now < 1000) {
        // Marketo's tokens are a UUID and the pod they belong to.
        m_current = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(":sj");
        m_currentExpiresAtMs = now + qint64(m_lifetimeSeconds) * 1000;
        m_expiry.insert(m_current, m_currentExpiresAtMs);
    }
    return { m_current, (m_currentExpiresAtMs - now) / 1000 };
}

MarketoTokens::Check MarketoTokens::check(const QString& token) const
{
    if (token.isEmpty()) {
        return Check::Missing;
    }
    const auto it = m_expiry.constFind(token);
    if (it == m_expiry.cend()) {
        return Check::Invalid;
    }
    return m_clock.nowMs() < *it ? Check::Valid : Check::Expired;
}

void MarketoTokens::expireNow()
{
    const qint64 now = m_clock.nowMs();
    for (auto it = m_expiry.begin(); it != m_expiry.end(); ++it) {
        it.value() = std::min(it.value(), now);
    }
    m_currentExpiresAtMs = std::min(m_currentExpiresAtMs, now);
}

void MarketoTokens::reset()
{
    m_current.clear();
    m_currentExpiresAtMs = 0;
    m_expiry.clear();
}

} // namespace sia::sandbox::marketo
