#include "store/storeworker.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace sia {

StoreWorker::StoreWorker(StoreOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("sia-store"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    // Emitted on the worker thread once its loop has stopped: the store is closed on the thread that opened
    // it, and the context goes with the jobs still posted to it (their functions are destroyed, not run).
    connect(
        &m_thread, &QThread::finished, m_context, [this]() { m_store.reset(); }, Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_openError.message = QCoreApplication::translate("sia::Store", "The database has not been opened.");
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    // The loop may still hand over the events already queued before it sees quit(): they return at once.
    m_stopping = true;
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void StoreWorker::open(QObject* receiver, std::function<void(Result<void>)> done)
{
    post([this, receiver = QPointer<QObject>(receiver), done = std::move(done)]() {
        Result<std::unique_ptr<Store>> opened = Store::open(m_options);
        Result<void> outcome;
        if (opened) {
            m_store = std::move(opened.value());
        } else {
            m_openError = opened.error();
            outcome = opened.error();
        }
        deliver(receiver, [done, outcome]() { done(outcome); });
    });
}

void StoreWorker::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, work = std::move(work)]() {
            if (!m_stopping) {
                work();
            }
        },
        Qt::QueuedConnection);
}

void StoreWorker::deliver(const QPointer<QObject>& receiver, std::function<void()> callback)
{
    // Posted to this object (on the thread that owns it); whether the receiver still exists is decided
    // there, where it cannot change under us.
    QMetaObject::invokeMethod(
        this,
        [receiver, callback = std::move(callback)]() {
            if (receiver) {
                callback();
            }
        },
        Qt::QueuedConnection);
}

} // namespace sia
