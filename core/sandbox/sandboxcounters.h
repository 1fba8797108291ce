// What the sandbox has seen, for tests to compare with what the product did: calls per endpoint name,
// answers per endpoint and outcome, and named tallies ("marketo.rateLimit.606", "marketo.bulk.bytes").
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace sia::sandbox {

class SandboxCounters
{
public:
    void recordCall(const QString& endpoint);
    void increment(const QString& name, qint64 by = 1);

    qint64 calls(const QString& endpoint) const { return m_calls.value(endpoint); }
    qint64 totalCalls() const;
    qint64 value(const QString& name) const { return m_values.value(name); }

    // {"calls": {"marketo.leads": 3, …}, "totalCalls": n, "values": {…}}
    QJsonObject toJson() const;
    void reset();

private:
    QHash<QString, qint64> m_calls;
    QHash<QString, qint64> m_values;
};

} // namespace sia::sandbox
