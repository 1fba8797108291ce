#include "store/longjobrunner.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QMutex>
#include <QThread>
#include <QtDebug>

#include <functional>

namespace sia {

// What the runner and its job's thread share. The runner may go (quitting) while the thread still ends:
// the thread then finds no runner and delivers nothing.
struct LongJobRunner::Shared
{
    CancelToken token;
    QMutex mutex;
    LongJobRunner* runner = nullptr; // guarded by mutex

    void post(std::function<void(LongJobRunner&)> delivery)
    {
        QMutexLocker lock(&mutex);
        if (runner) {
            // Queued to the runner's (GUI) thread; Qt drops it if the runner is deleted before it runs.
            QMetaObject::invokeMethod(
                runner, [target = runner, delivery = std::move(delivery)]() { delivery(*target); },
                Qt::QueuedConnection);
        }
    }
};

namespace {

// The job's side of the context, used on the job's thread only. Progress goes out at most once per
// interval; the report that was held back last is sent when the job ends, so the final figures always
// arrive.
class ThrottledJobContext final : public JobContext
{
public:
    using Send = std::function<void(const JobProgress&)>;

    ThrottledJobContext(CancelToken token, std::chrono::milliseconds interval, Send send)
        : m_token(std::move(token))
        , m_interval(interval)
        , m_send(std::move(send))
    { }

    bool isCancelled() const override { return m_token.isCancelled(); }

    void reportProgress(qint64 done, qint64 total, const QString& stage, const QJsonObject& detail) override
    {
        m_latest = JobProgress { done, total, stage, detail };
        m_held = true;
        if (!m_clock.isValid() || m_clock.elapsed() >= m_interval.count()) {
            sendLatest();
        }
    }

    void flush()
    {
        if (m_held) {
            sendLatest();
        }
    }

private:
    void sendLatest()
    {
        m_clock.start();
        m_held = false;
        m_send(m_latest);
    }

    CancelToken m_token;
    std::chrono::milliseconds m_interval;
    Send m_send;
    QElapsedTimer m_clock;
    JobProgress m_latest;
    bool m_held = false;
};

} // namespace

LongJobRunner::LongJobRunner(StoreOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

LongJobRunner::~LongJobRunner()
{
    if (!m_thread) {
        return;
    }
    m_shared->token.cancel();
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->runner = nullptr;
    }
    if (!m_thread->wait(QDeadlineTimer(quitWait))) {
        // Destroying a running QThread aborts the program; leave the thread to end by itself (its job was
        // cancelled and reaches its checkpoint late). Nothing it does can reach this runner any more.
        qWarning("sia: a long job did not stop within %lld ms of being cancelled; not waiting for it",
            static_cast<long long>(quitWait.count()));
        QThread* stillRunning = m_thread.release();
        connect(stillRunning, &QThread::finished, stillRunning, &QObject::deleteLater);
    }
}

Result<void> LongJobRunner::start(std::unique_ptr<LongJob> job)
{
    if (m_thread) {
        return Error::rule(QStringLiteral("job.already-running"),
            tr("Another long job (a sync or an import) is still running on this database. Wait for it to "
               "finish, or cancel it, and start this one again."));
    }
    m_shared = std::make_shared<Shared>();
    m_shared->runner = this;
    m_thread.reset(QThread::create([shared = m_shared, options = m_options, interval = m_progressInterval,
                                       job = std::move(job)]() mutable {
        ThrottledJobContext context(shared->token, interval, [shared](const JobProgress& reached) {
            shared->post([reached](LongJobRunner& runner) { emit runner.progress(reached); });
        });
        Result<JobEnding> outcome = [&]() -> Result<JobEnding> {
            Result<std::unique_ptr<Store>> store = Store::attach(options);
            if (!store) {
                return store.error();
            }
            return job->run(**store, context);
        }(); // the job's connection is closed here, on the thread that opened it
        job.reset();
        context.flush();
        shared->post([outcome](LongJobRunner& runner) { runner.jobEnded(outcome); });
    }));
    m_thread->setObjectName(QStringLiteral("sia-long-job"));
    m_thread->start();
    return {};
}

void LongJobRunner::cancel()
{
    if (m_shared) {
        m_shared->token.cancel();
    }
}

void LongJobRunner::jobEnded(const Result<JobEnding>& outcome)
{
    // Posted as the thread's last act: the wait is for its return, not for any work.
    m_thread->wait();
    m_thread.reset();
    m_shared.reset();
    emit finished(outcome);
}

} // namespace sia
