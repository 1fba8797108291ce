// How a client's call (MarketoCall, SalesforceCall) hands over its one result: once, to a receiver that
// still lives, and then the call goes (deleteLater). A receiver destroyed first abandons the call: nobody
// waits for it any more, so it is deleted without a callback (its destructor aborts what is on the wire).
#pragma once

#include "common/result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace sia {

template<typename T> class CallDelivery
{
public:
    using Done = std::function<void(Result<T>)>;

    // call owns this object; abandoned (optional) runs when the receiver goes first.
    CallDelivery(QObject& call, QObject* receiver, Done done, std::function<void()> abandoned = {})
        : m_call(call)
        , m_receiver(receiver)
        , m_done(std::move(done))
    {
        if (receiver) {
            QObject::connect(
                receiver, &QObject::destroyed, &call, [this, abandoned = std::move(abandoned)]() {
                    m_delivered = true; // nobody to tell
                    if (abandoned) {
                        abandoned();
                    }
                    m_call.deleteLater();
                });
        }
    }

    bool delivered() const { return m_delivered; }

    void deliver(Result<T> outcome)
    {
        if (m_delivered) {
            return;
        }
        m_delivered = true;
        m_call.deleteLater();
        // The callback may destroy the client, and the call with it: nothing of it is used after.
        if (m_receiver) {
            Done done = std::move(m_done);
            done(std::move(outcome));
        }
    }

private:
    QObject& m_call;
    QPointer<QObject> m_receiver;
    Done m_done;
    bool m_delivered = false;
};

} // namespace sia
