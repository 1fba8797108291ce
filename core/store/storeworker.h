// Runs short store work on a thread of its own, so that the GUI thread never waits for the database. Jobs
// run in the order they were posted; each one's result comes back on this object's thread (the GUI thread),
// and is dropped if the receiver is gone by then. Work that takes long (a sync, an import) is a LongJob on a
// LongJobRunner instead, with its own thread and connection, so that these jobs never queue behind it.
#pragma once

#include "common/result.h"
#include "store/store.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace sia {

class StoreWorker : public QObject
{
    Q_OBJECT

public:
    explicit StoreWorker(StoreOptions options, QObject* parent = nullptr);
    // Drops the jobs still waiting (their callbacks never run), lets the one running finish, and closes the
    // store: quitting never waits for queued work. A job that polls QThread::isInterruptionRequested()
    // may stop early.
    ~StoreWorker() override;

    const StoreOptions& options() const { return m_options; }

    // Opens the store (creating or migrating it) on the worker thread; done gets the outcome.
    void open(QObject* receiver, std::function<void(Result<void>)> done);

    // Runs job(store) on the worker thread and hands its result to done on receiver's thread. A job
    // posted before open() finished waits for it; a job after a failed open gets the open's error.
    template<typename T>
    void run(std::function<Result<T>(Store&)> job, QObject* receiver, std::function<void(Result<T>)> done)
    {
        post([this, job = std::move(job), receiver = QPointer<QObject>(receiver), done = std::move(done)]() {
            Result<T> outcome = m_store ? job(*m_store) : Result<T>(m_openError);
            deliver(receiver, [done, outcome = std::move(outcome)]() { done(outcome); });
        });
    }

private:
    void post(std::function<void()> work);
    void deliver(const QPointer<QObject>& receiver, std::function<void()> callback);

    StoreOptions m_options;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread; jobs are posted to it
    std::unique_ptr<Store> m_store; // touched only on m_thread
    std::atomic<bool> m_stopping { false };
    Error m_openError { ErrorKind::Environment, QStringLiteral("store.not-open"), {} };
};

} // namespace sia
