// One request's way through the client, from the first attempt to its result: wait for a slot, take the
// token, send, read the answer, then retry (backoff with jitter), renew the token once (601/602), stop
// every call until the quota resets (607), or report. It deletes itself when done, and gives up (aborting
// what is on the wire) when its receiver is destroyed: nobody waits for it any more. Internal to the client.
#pragma once

#include "common/result.h"
#include "marketo/marketoerrors.h"
#include "marketo/marketorequest.h"
#include "network/calldelivery.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace sia {

class MarketoClient;
class MarketoRateLimiter;

class MarketoCall : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<MarketoResponse>)>;
    MarketoCall(MarketoClient& client, MarketoRequest request, QObject* receiver, Done done);
    ~MarketoCall() override;

    void start();

private:
    void attempt();
    void sendWith(quint64 ticket, const QString& token);
    void finished(const QString& token);
    std::chrono::milliseconds retryDelay(const Error& error) const;
    Result<MarketoResponse> readAnswer();
    void handleFailure(const Error& error, const QString& token);
    void retryLater(const Error& error);
    void deliver(Result<MarketoResponse> outcome);
    QNetworkRequest buildRequest(const QString& token, QByteArray* method, QByteArray* body) const;

    MarketoClient& m_client;
    MarketoRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QPointer<MarketoRateLimiter> m_limiter;
    quint64 m_ticket = 0; // the limiter's slot while a reply is on its way
    QTimer m_backoff;
    CallDelivery<MarketoResponse> m_delivery;
    int m_attempt = 0; // attempts counted against the retry policy
    bool m_renewedToken = false;
    qint64 m_bytesWritten = 0;
    QByteArray m_fileErrorBody; // a file request answered JSON (an error) instead of the file
};

} // namespace sia
