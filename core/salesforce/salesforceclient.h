// The one door to a Salesforce org's REST API: every call takes the session's access token (refreshed
// once, in one flight, on an expired session), carries it only in the Authorization header, goes to the
// instance_url the token answer named, is retried with backoff and jitter when a retry can fix it, and
// ends in a Result whose error tells the admin what happened and what to do. The API version is
// discovered on the first call that needs one. Asynchronous throughout, like MarketoClient: results come
// back on the client's thread through callbacks, dropped when their receiver is gone.
#pragma once

#include "common/result.h"
#include "salesforce/salesforceconnection.h"
#include "salesforce/salesforcerequest.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcSalesforce)

namespace sia {

class ApiBudgetGate;
class ConnectionSecrets;
class SalesforceSession;
class SalesforceTokenEndpoint;

class SalesforceClient : public QObject
{
    Q_OBJECT

public:
    // The newest REST API version the product knows and the oldest it accepts (API-NOTES: v59.0 or later).
    static constexpr double newestSupportedVersion = 62.0;
    static constexpr double oldestSupportedVersion = 59.0;

    // secrets holds the refresh token (and must outlive the client).
    SalesforceClient(SalesforceConnection connection, ConnectionSecrets& secrets, QObject* parent = nullptr);
    ~SalesforceClient() override;

    const SalesforceConnection& connection() const { return m_connection; }

    // Sends request; done runs on this client's thread unless receiver is destroyed first.
    void send(
        SalesforceRequest request, QObject* receiver, std::function<void(Result<SalesforceResponse>)> done);
    // "v62.0": asks /services/data/ once (one flight) and keeps the newest version the product supports.
    void apiVersion(QObject* receiver, std::function<void(Result<QString>)> done);
    // The newest of the versions /services/data/ lists that the product supports.
    static Result<QString> pickApiVersion(const QJsonArray& offered);

    // The connected app's consumer secret from the keychain (salesforce.consumer-secret), for
    // SalesforceConnection::consumerSecret; empty when none is stored (an app that does not require it).
    static void readConsumerSecret(ConnectionSecrets& secrets, std::function<void(Result<QString>)> done);

    // Disconnect: revokes the refresh token at Salesforce, then removes it from the keychain (removed even
    // when the revocation fails, which done then reports).
    void disconnectOrg(QObject* receiver, std::function<void(Result<void>)> done);

    SalesforceSession& session() { return *m_session; }
    SalesforceTokenEndpoint& tokenEndpoint() { return *m_tokens; }
    QNetworkAccessManager& network() { return m_network; }
    ConnectionSecrets& secrets() { return m_secrets; }

    // Asked before every call goes out (the admin's cap), told every Sforce-Limit-Info; the client's own
    // until one is shared with it.
    ApiBudgetGate& budget() { return *m_budget; }
    void setBudgetGate(std::shared_ptr<ApiBudgetGate> gate) { m_budget = std::move(gate); }
    // What this client's calls are for, as the budget's ledger records them (a sync kind's key, so the
    // sync health can tell which sync used how many calls); empty: not said. A client shared by several
    // syncs says nothing.
    void setCallPurpose(QString purpose) { m_callPurpose = std::move(purpose); }
    const QString& callPurpose() const { return m_callPurpose; }

    // The last Sforce-Limit-Info seen (every REST answer carries one).
    std::optional<SalesforceApiUsage> lastApiUsage() const { return m_lastUsage; }
    qint64 attempts() const { return m_attempts; }

private:
    friend class SalesforceCall;
    QUrl urlFor(const SalesforceRequest& request) const;
    void versionKnown(Result<QString> version);

    SalesforceConnection m_connection;
    ConnectionSecrets& m_secrets;
    QNetworkAccessManager m_network;
    SalesforceTokenEndpoint* m_tokens;
    SalesforceSession* m_session;
    QString m_apiVersion;
    bool m_discovering = false;
    std::vector<std::function<void(Result<QString>)>> m_waitingForVersion;
    std::optional<SalesforceApiUsage> m_lastUsage;
    std::shared_ptr<ApiBudgetGate> m_budget;
    qint64 m_attempts = 0;
    QString m_callPurpose;
};

} // namespace sia
