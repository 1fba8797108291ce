// The rate of a running sync over a sliding window, and an ETA only once it can be trusted: at least 10 s
// of work, at least 5 % of the total done, and a rate that is steady (the window's halves within a third
// of each other). An early ETA jumps around and misleads the admin more than none.
#pragma once

#include <QList>
#include <QPair>

#include <optional>

namespace sia {

class ThroughputMeter
{
public:
    static constexpr qint64 windowMs = 20'000; // the rate is taken over the last 20 s
    static constexpr qint64 trustAfterMs = 10'000;
    static constexpr double trustAfterShare = 0.05;
    static constexpr double steadyWithin = 1.0 / 3.0;

    // done: processed so far (monotonic); atMs: a monotonic clock's milliseconds.
    void record(qint64 atMs, qint64 done);
    // Restarts the window (a resumed run: its first minutes say nothing of the paused time).
    void reset();

    double perSecond() const; // 0 until two samples lie apart
    std::optional<qint64> etaSeconds(qint64 total) const;

private:
    double rateBetween(qint64 fromMs, qint64 toMs) const;

    QList<QPair<qint64, qint64>> m_samples; // (atMs, done), oldest first, within the window
    qint64 m_firstMs = -1;
    qint64 m_firstDone = 0;
};

} // namespace sia
