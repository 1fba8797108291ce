// One request's way through the Salesforce client, from the first attempt to its result: know the API
// version, take the access token, send to the instance, read the answer, then retry (backoff with
// jitter), refresh an expired session once, or report. A 401 that is not an expired session is reported
// at once, never refreshed. It deletes itself when done and gives up (aborting what is on the wire) when
// its receiver is destroyed. Internal to the client.
#pragma once

#include "common/result.h"
#include "network/calldelivery.h"
#include "salesforce/salesforcerequest.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace sia {

class SalesforceClient;

class SalesforceCall : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<SalesforceResponse>)>;
    SalesforceCall(SalesforceClient& client, SalesforceRequest request, QObject* receiver, Done done);
    ~SalesforceCall() override;

    void start();

private:
    void attempt();
    void sendWith(const QString& version, const QString& token);
    void finished(const QString& token);
    Result<SalesforceResponse> readAnswer(QNetworkReply* reply);
    void handleFailure(const Error& error, const QString& token);
    void deliver(Result<SalesforceResponse> outcome);

    SalesforceClient& m_client;
    SalesforceRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_backoff;
    CallDelivery<SalesforceResponse> m_delivery;
    int m_attempt = 0; // retries so far
    bool m_refreshed = false;
};

} // namespace sia
