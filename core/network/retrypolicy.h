// How the product's clients retry a call that a retry can fix: a bounded number of attempts with
// exponential backoff and jitter (so that many clients failing together do not retry together).
#pragma once

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>

namespace sia {

struct RetryPolicy
{
    int maxAttempts = 5; // the first call included
    std::chrono::milliseconds initialDelay { 1'000 };
    std::chrono::milliseconds maxDelay { 30'000 };
    double jitter = 0.5; // each delay is drawn from [delay * (1 - jitter), delay]

    // The wait before retry number `retry` (1 for the first retry): doubling from initialDelay up to
    // maxDelay, then cut by up to `jitter`.
    std::chrono::milliseconds delayBefore(int retry) const
    {
        const double exponential
            = double(initialDelay.count()) * double(qint64(1) << std::clamp(retry - 1, 0, 20));
        const double capped = std::min(exponential, double(maxDelay.count()));
        const double delay = capped * (1.0 - jitter * QRandomGenerator::global()->generateDouble());
        return std::chrono::milliseconds(qint64(std::max(0.0, delay)));
    }
};

} // namespace sia
