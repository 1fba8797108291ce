// Salesforce calls for a sync that runs on a thread of its own: the connected org's client lives on its
// source's thread (the GUI thread in the window), so a call is carried there, made there over
// SalesforceApi, and its answer carried back to the receiver's thread, or dropped once the receiver is
// gone (a cancelled run simply abandons a call in flight). Lives on the source's thread.
#pragma once

#include "common/crossthreadanswer.h"
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforceclientsource.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sia {

class SalesforceRelay : public QObject
{
public:
    explicit SalesforceRelay(SalesforceClientSource& source, QObject* parent = nullptr)
        : QObject(parent)
        , m_source(source)
    { }

    // work runs on this object's thread with the org's API and a context that lives until it answers;
    // done runs on receiver's thread.
    template<typename T>
    using Work = std::function<void(SalesforceApi&, QObject*, std::function<void(Result<T>)>)>;

    template<typename T> void call(QObject* receiver, std::function<void(Result<T>)> done, Work<T> work)
    {
        CrossThreadAnswer<T> answer(receiver, std::move(done));
        QMetaObject::invokeMethod(
            this,
            [this, answer, work = std::move(work)]() {
                auto* context = new QObject(this);
                m_source.withClient(context, [context, answer, work](Result<SalesforceClient*> client) {
                    if (!client) {
                        answer(client.error());
                        context->deleteLater();
                        return;
                    }
                    auto api = std::make_shared<SalesforceApi>(**client);
                    work(*api, context, [context, answer, api](Result<T> outcome) {
                        answer(std::move(outcome));
                        context->deleteLater();
                    });
                });
            },
            Qt::QueuedConnection);
    }

private:
    SalesforceClientSource& m_source;
};

} // namespace sia
