// Carries an asynchronous answer from the thread that produced it (the GUI thread, where the Salesforce
// client lives) to a receiver on another thread (a sync's own), or nowhere once the receiver is gone.
#pragma once

#include "common/result.h"

#include <QMetaObject>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

namespace sia {

// Carries one answer to a receiver on the receiver's own thread, or nowhere once it is gone. Whether it
// is gone is decided under a lock that its destroyed() signal takes too: the answer is posted to a living
// object, and Qt drops what is posted to an object when it is destroyed.
template<typename T> class CrossThreadAnswer
{
public:
    using Done = std::function<void(Result<T>)>;

    CrossThreadAnswer(QObject* receiver, Done done)
        : m_state(std::make_shared<State>())
    {
        m_state->receiver = receiver;
        m_state->done = std::move(done);
        if (receiver) {
            m_state->connection = QObject::connect(receiver, &QObject::destroyed, [state = m_state]() {
                QMutexLocker lock(&state->mutex);
                state->receiver = nullptr;
            });
        }
    }

    void operator()(Result<T> outcome) const
    {
        QMutexLocker lock(&m_state->mutex);
        if (!m_state->receiver) {
            return;
        }
        QObject::disconnect(m_state->connection);
        QMetaObject::invokeMethod(
            m_state->receiver,
            [done = std::move(m_state->done), outcome = std::move(outcome)]() { done(outcome); },
            Qt::QueuedConnection);
        m_state->receiver = nullptr;
    }

private:
    struct State
    {
        QMutex mutex;
        QObject* receiver = nullptr;
        Done done;
        QMetaObject::Connection connection;
    };
    std::shared_ptr<State> m_state;
};

} // namespace sia
