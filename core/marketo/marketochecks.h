// Marketo's named checks for Test connection, in order: the proxy (applied, and which one), reachable (the
// host answers), TLS (its certificate verified, the extra CA included), credentials accepted (an access
// token; its scope names the API user), API access (a harmless read: describe2; 603 names the missing
// permission) and daily quota left (stats/usage.json against the quota and the admin's cap). The checks of
// one press share one MarketoClient and what they learned (MarketoCheckFindings).
#pragma once

#include "common/result.h"
#include "connections/apibudget.h"
#include "connections/connectioncheck.h"
#include "network/proxychoice.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>
#include <optional>

namespace sia {

class ConnectionSecrets;
class MarketoClient;

// What the checks learned that the step page and the connection record want besides the report.
struct MarketoCheckFindings
{
    QString apiUser; // the token's scope: the API user's email address
    std::optional<qint64> callsToday; // by every integration of the subscription, as Marketo reports
    qint64 dailyLimit = 0; // the subscription's daily quota
    qint64 ourShare = 0; // the calls this product may make today under the admin's cap
    int capPercent = 0;
};

class MarketoChecks
{
public:
    Q_DECLARE_TR_FUNCTIONS(sia::MarketoChecks)

public:
    struct Inputs
    {
        MarketoClient* client = nullptr; // must outlive the checks
        ConnectionSecrets* secrets = nullptr; // the proxy's password; must outlive the checks
        ProxyChoice proxy;
        ApiBudget budget { ConnectionService::Marketo, 80 };
    };

    // The stable keys, in order.
    static QStringList keys();
    static QString nameOf(const QString& key); // translated
    // findings is filled in as the checks answer.
    static ConnectionCheckList create(const Inputs& inputs, std::shared_ptr<MarketoCheckFindings> findings);

    // What to do about a failure, by its stable code (the message says what happened).
    static QString fixFor(const Error& error);
};

} // namespace sia
