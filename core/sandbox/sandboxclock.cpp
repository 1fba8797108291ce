#include "sandbox/sandboxclock.h"

namespace sia::sandbox {

qint64 SandboxClock::nowMs() const
{
    return m_frozen ? m_frozenAtMs : QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

QDateTime SandboxClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

void SandboxClock::set(const QDateTime& at)
{
    const qint64 target = at.toMSecsSinceEpoch();
    m_frozenAtMs = target;
    m_offsetMs = target - QDateTime::currentMSecsSinceEpoch();
}

void SandboxClock::advance(qint64 milliseconds)
{
    m_frozenAtMs += milliseconds;
    m_offsetMs += milliseconds;
}

void SandboxClock::setFrozen(bool frozen)
{
    if (frozen == m_frozen) {
        return;
    }
    if (frozen) {
        m_frozenAtMs = nowMs();
    } else {
        m_offsetMs = m_frozenAtMs - QDateTime::currentMSecsSinceEpoch();
    }
    m_frozen = frozen;
}

qint64 SandboxClock::offsetMs() const
{
    return nowMs() - QDateTime::currentMSecsSinceEpoch();
}

void SandboxClock::reset()
{
    m_offsetMs = 0;
    m_frozen = false;
    m_frozenAtMs = 0;
}

} // namespace sia::sandbox
