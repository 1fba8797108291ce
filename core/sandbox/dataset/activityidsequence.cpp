#include "sandbox/dataset/activityidsequence.h"

namespace sia::sandbox {
namespace {

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

qint64 ActivityIdSequence::next()
{
    const quint64 d = mix(m_seed * 0x2545f4914f6cdd1dULL + ++m_draws);
    // One activity in four follows a burst (a list email, a campaign run); the others a few strays.
    const qint64 unserved
        = d % 4 == 0 ? shortestBurst + qint64((d >> 8) % quint64(2 * shortestBurst)) : qint64((d >> 8) % 8);
    m_last += unserved + 1;
    return m_last;
}

} // namespace sia::sandbox
