#include "sandbox/dataset/activityidsequence.h"

#include "sandbox/dataset/seedmix.h"

namespace sia::sandbox {

qint64 ActivityIdSequence::next()
{
    const quint64 d = seedMix(m_seed * 0x2545f4914f6cdd1dULL + ++m_draws);
    // One activity in four follows a burst (a list email, a campaign run); the others a few strays.
    const qint64 unserved
        = d % 4 == 0 ? shortestBurst + qint64((d >> 8) % quint64(2 * shortestBurst)) : qint64((d >> 8) % 8);
    m_last += unserved + 1;
    return m_last;
}

} // namespace sia::sandbox
