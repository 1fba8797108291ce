#include "sync/throughputmeter.h"

#include <cmath>

namespace sia {

void ThroughputMeter::reset()
{
    m_samples.clear();
    m_firstMs = -1;
    m_firstDone = 0;
}

void ThroughputMeter::record(qint64 atMs, qint64 done)
{
    if (m_firstMs < 0) {
        m_firstMs = atMs;
        m_firstDone = done;
    }
    if (!m_samples.isEmpty() && m_samples.constLast().first == atMs) {
        m_samples.last().second = done;
    } else {
        m_samples.append({ atMs, done });
    }
    // Keep one sample at or before the window's start, so the rate spans the whole window.
    while (m_samples.size() > 2 && m_samples.at(1).first <= atMs - windowMs) {
        m_samples.removeFirst();
    }
}

double ThroughputMeter::rateBetween(qint64 fromMs, qint64 toMs) const
{
    // The done count at a moment, interpolated between the samples around it.
    auto doneAt = [this](qint64 at) -> double {
        if (at <= m_samples.constFirst().first) {
            return double(m_samples.constFirst().second);
        }
        for (qsizetype i = 1; i < m_samples.size(); ++i) {
            const auto& [t1, d1] = m_samples.at(i);
            if (at <= t1) {
                const auto& [t0, d0] = m_samples.at(i - 1);
                return d0 + double(d1 - d0) * double(at - t0) / double(t1 - t0);
            }
        }
        return double(m_samples.constLast().second);
    };
    if (toMs <= fromMs) {
        return 0;
    }
    return (doneAt(toMs) - doneAt(fromMs)) * 1000.0 / double(toMs - fromMs);
}

double ThroughputMeter::perSecond() const
{
    if (m_samples.size() < 2) {
        return 0;
    }
    const qint64 end = m_samples.constLast().first;
    const qint64 start = std::max(m_samples.constFirst().first, end - windowMs);
    return rateBetween(start, end);
}

std::optional<qint64> ThroughputMeter::etaSeconds(qint64 total) const
{
    if (total <= 0 || m_samples.size() < 2) {
        return std::nullopt;
    }
    const auto& [lastMs, done] = m_samples.constLast();
    if (lastMs - m_firstMs < trustAfterMs || double(done - m_firstDone) < trustAfterShare * double(total)) {
        return std::nullopt;
    }
    const qint64 start = std::max(m_samples.constFirst().first, lastMs - windowMs);
    const qint64 middle = start + (lastMs - start) / 2;
    const double early = rateBetween(start, middle);
    const double late = rateBetween(middle, lastMs);
    const double rate = perSecond();
    if (rate <= 0 || early <= 0 || late <= 0
        || std::abs(early - late) > steadyWithin * std::max(early, late)) {
        return std::nullopt;
    }
    const qint64 left = std::max<qint64>(0, total - done);
    return qint64(std::ceil(double(left) / rate));
}

} // namespace sia
