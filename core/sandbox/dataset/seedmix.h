// SplitMix64's finaliser: the one way the sandbox turns (seed, number) into a well-spread draw, so that
// every generated value is a pure function of the seed and the record's number (nothing is stored).
#pragma once

#include <QtGlobal>

namespace sia::sandbox {

constexpr quint64 seedMix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace sia::sandbox
