// The sandbox's notion of "now": real time plus an offset that the control API sets or advances, so that
// tests cross a 20-second rate window, a 24-hour or 15-day time window, or a bulk job's processing time
// without sleeping. It can also be frozen at a point, for answers that must not depend on the wall clock.
#pragma once

#include <QDateTime>

namespace sia::sandbox {

class SandboxClock
{
public:
    QDateTime now() const; // UTC
    qint64 nowMs() const; // milliseconds since the epoch, UTC

    void set(const QDateTime& at); // time runs on from at (or stays at it while frozen)
    void advance(qint64 milliseconds);
    void setFrozen(bool frozen); // frozen: now() stays where it is until set or advanced
    bool isFrozen() const { return m_frozen; }
    qint64 offsetMs() const;
    void reset(); // back to real time, running

private:
    qint64 m_offsetMs = 0;
    bool m_frozen = false;
    qint64 m_frozenAtMs = 0;
};

} // namespace sia::sandbox
