// An asynchronous call awaited on a long job's thread (LongJob::run is synchronous): send starts the call
// with a receiver that lives until the answer or the end of the wait, and the wait spins the job thread's
// own event loop, so that the client's replies (on this thread, or carried here by SalesforceRelay) arrive.
// A cancel ends the wait at once and abandons the call (its answer is dropped with the receiver); a
// heartbeat runs meanwhile so that a long wait (a rate limit) does not look like a dead process.
#pragma once

#include "common/result.h"
#include "store/longjob.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace sia {

struct JobAwaitOptions
{
    std::chrono::milliseconds heartbeat { 10'000 };
    std::function<void()> onHeartbeat; // empty: none
};

// Empty when the job was cancelled before the answer came.
template<typename T>
std::optional<Result<T>> awaitOnJob(JobContext& context, const JobAwaitOptions& options,
    const std::function<void(QObject* receiver, std::function<void(Result<T>)> done)>& send)
{
    if (context.isCancelled()) {
        return std::nullopt;
    }
    std::optional<Result<T>> answer;
    QEventLoop loop;
    QObject receiver;
    send(&receiver, [&answer, &loop](Result<T> outcome) {
        answer.emplace(std::move(outcome));
        loop.quit();
    });
    if (answer) {
        return answer;
    }
    QTimer watch;
    watch.setInterval(100);
    QObject::connect(&watch, &QTimer::timeout, &loop, [&]() {
        if (context.isCancelled()) {
            loop.quit();
        }
    });
    QTimer heartbeat;
    heartbeat.setInterval(options.heartbeat);
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&]() {
        if (options.onHeartbeat) {
            options.onHeartbeat();
        }
    });
    watch.start();
    heartbeat.start();
    loop.exec();
    return answer;
}

} // namespace sia
