#include "sandbox/sandboxcounters.h"

namespace sia::sandbox {

void SandboxCounters::recordCall(const QString& endpoint)
{
    ++m_calls[endpoint];
}

void SandboxCounters::increment(const QString& name, qint64 by)
{
    m_values[name] += by;
}

qint64 SandboxCounters::totalCalls() const
{
    qint64 total = 0;
    for (const qint64 count : m_calls) {
        total += count;
    }
    return total;
}

QJsonObject SandboxCounters::toJson() const
{
    QJsonObject calls;
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it) {
        calls.insert(it.key(), it.value());
    }
    QJsonObject values;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        values.insert(it.key(), it.value());
    }
    return { { QStringLiteral("calls"), calls }, { QStringLiteral("totalCalls"), totalCalls() },
        { QStringLiteral("values"), values } };
}

void SandboxCounters::reset()
{
    m_calls.clear();
    m_values.clear();
}

} // namespace sia::sandbox
