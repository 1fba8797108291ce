// The one door to a Marketo subscription: every call goes through the rate limiter (window, concurrency,
// daily quota), gets the token from the token source (one renewal in flight), carries it only in the
// Authorization header, is retried with backoff and jitter when a retry can fix it, and ends in a
// Result whose error tells the admin what happened and what to do. Asynchronous throughout: results come
// back on the client's thread through callbacks, and are dropped when their receiver is gone.
#pragma once

#include "common/result.h"
#include "marketo/marketoconnection.h"
#include "marketo/marketorequest.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcMarketo)

namespace sia {

class ApiBudgetGate;
class MarketoRateLimiter;
class MarketoTokenSource;

class MarketoClient : public QObject
{
    Q_OBJECT

public:
    explicit MarketoClient(MarketoConnection connection, QObject* parent = nullptr);
    ~MarketoClient() override;

    const MarketoConnection& connection() const { return m_connection; }

    // Sends request; done runs on this client's thread unless receiver is destroyed first. Destroying the
    // client abandons the calls in progress (their callbacks never run).
    void send(MarketoRequest request, QObject* receiver, std::function<void(Result<MarketoResponse>)> done);
    // Fetches a token now (the "credentials accepted" check): done gets the API user's failure or success.
    void authenticate(QObject* receiver, std::function<void(Result<void>)> done);

    MarketoRateLimiter& limiter() { return *m_limiter; }
    // Asked before every call goes out (the admin's cap); the client's own until one is shared with it,
    // which then learns the connection's daily quota.
    ApiBudgetGate& budget() { return *m_budget; }
    void setBudgetGate(std::shared_ptr<ApiBudgetGate> gate);
    // What this client's calls are for, as the budget's ledger records them (a sync kind's key, so the
    // sync health can tell which sync used how many calls); empty: not said.
    void setCallPurpose(QString purpose) { m_callPurpose = std::move(purpose); }
    const QString& callPurpose() const { return m_callPurpose; }
    MarketoTokenSource& tokens() { return *m_tokens; }
    QNetworkAccessManager& network() { return m_network; }

    // Attempts made so far, retries included (for the checks' "time taken" and for tests).
    qint64 attempts() const { return m_attempts; }

private:
    friend class MarketoCall;
    QUrl urlFor(const MarketoRequest& request) const;

    MarketoConnection m_connection;
    QNetworkAccessManager m_network;
    MarketoRateLimiter* m_limiter;
    MarketoTokenSource* m_tokens;
    std::shared_ptr<ApiBudgetGate> m_budget;
    qint64 m_attempts = 0;
    QString m_callPurpose;
};

} // namespace sia
