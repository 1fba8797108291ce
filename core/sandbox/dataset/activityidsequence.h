// The ids of a Marketo subscription's activity log, as the sandbox hands them out: they climb with gaps,
// because between two activities the sandbox serves the log holds others it does not (web visits, email
// sends), now a few, now a burst longer than one scan block (see marketo::ActivityLogPager). So a reader of
// the log meets short and empty pages, as on a real subscription. Deterministic from the seed; a copy is a
// point to come back to (the end of the generated history, where a reset starts again).
#pragma once

#include <QtGlobal>

namespace sia::sandbox {

class ActivityIdSequence
{
public:
    static constexpr qint64 shortestBurst = 1000; // the shortest burst of unserved activities

    explicit ActivityIdSequence(quint64 seed)
        : m_seed(seed)
    { }

    qint64 next();
    qint64 last() const { return m_last; } // the end of the log; 0 while empty

private:
    quint64 m_seed;
    quint64 m_draws = 0;
    qint64 m_last = 0;
};

} // namespace sia::sandbox
