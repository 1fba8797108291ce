// Where a service's store work runs: on the StoreWorker's thread in the window (the GUI thread never
// waits for the database), or on the store a command opened on its own thread (the command line waits
// anyway). Either way the result comes back later, from the event loop, on the caller's thread, and is
// dropped when the receiver is gone.
#pragma once

#include "common/result.h"
#include "store/store.h"
#include "store/storeworker.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace sia {

class StoreRunner
{
public:
    virtual ~StoreRunner() = default;

    template<typename T>
    void run(std::function<Result<T>(Store&)> job, QObject* receiver, std::function<void(Result<T>)> done)
    {
        auto outcome = std::make_shared<std::optional<Result<T>>>();
        post([job = std::move(job), outcome](Store& store) { outcome->emplace(job(store)); }, receiver,
            [outcome, done = std::move(done)] {
                if (!outcome->has_value()) { // the store could not be opened, so the job never ran
                    done(Error::environment(QStringLiteral("store.not-open"),
                        QCoreApplication::translate("sia::StoreRunner",
                            "The Actions database is not open, so nothing could be read or saved.")));
                    return;
                }
                done(std::move(**outcome));
            });
    }

protected:
    // Runs work with the store, then then() on receiver's thread unless receiver is gone.
    virtual void post(std::function<void(Store&)> work, QObject* receiver, std::function<void()> then) = 0;
};

class WorkerStoreRunner final : public StoreRunner
{
public:
    explicit WorkerStoreRunner(StoreWorker& worker)
        : m_worker(worker)
    { }

protected:
    void post(std::function<void(Store&)> work, QObject* receiver, std::function<void()> then) override
    {
        m_worker.run<bool>(
            [work = std::move(work)](Store& store) -> Result<bool> {
                work(store);
                return true;
            },
            receiver, [then = std::move(then)](Result<bool>) { then(); });
    }

private:
    StoreWorker& m_worker;
};

// The command line's: the store lives on this thread; the work runs at once, the answer from the loop.
class DirectStoreRunner final : public StoreRunner
{
public:
    explicit DirectStoreRunner(Store& store)
        : m_store(store)
    { }

protected:
    void post(std::function<void(Store&)> work, QObject* receiver, std::function<void()> then) override
    {
        work(m_store);
        QTimer::singleShot(0, receiver, std::move(then));
    }

private:
    Store& m_store;
};

} // namespace sia
