// Salesforce's named checks for Test connection, in order: the proxy (applied, and which one), reachable
// (the login host and the org's instance answer), TLS (their certificates verified, the extra CA
// included), credentials accepted (the keychain's refresh token buys a fresh access token), API access (a
// harmless read of the org; API_DISABLED_FOR_ORG told apart as far as Salesforce lets: an edition without
// the API, or a user without "API Enabled"), the permissions the product needs (API Enabled; read Lead,
// Contact, Account, Opportunity, OpportunityContactRole; create and edit Task), and the daily API requests
// left against the admin's cap. The checks of one press share one SalesforceClient and what they learned
// (SalesforceCheckFindings), and run into ConnectionCheckRunner like Marketo's.
#pragma once

#include "common/result.h"
#include "connections/apibudget.h"
#include "connections/connectioncheck.h"
#include "network/proxychoice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace sia {

class ConnectionSecrets;
class SalesforceClient;

// One permission the product needs of the connected user, as the permissions check found it.
struct SalesforcePermission
{
    QString key; // "api-enabled", "read-Lead", …, "create-Task", "edit-Task"
    bool granted = false;
};

// What the checks learned that the step page and the connection record want besides the report.
struct SalesforceCheckFindings
{
    QString organizationId;
    QString organizationName;
    QString edition;
    std::optional<bool> isSandbox;
    QString instanceName;
    QUrl instanceUrl;
    QString userId;
    QString username;
    QString displayName;
    std::optional<bool> apiAvailable; // known once API access answered (or refused)
    QList<SalesforcePermission> permissions;
    std::optional<qint64> requestsUsed; // the org's daily API requests, by every integration
    qint64 requestsMax = 0;
    qint64 ourShare = 0; // what this product may use today under the admin's cap
    int capPercent = 0;
};

class SalesforceChecks
{
public:
    Q_DECLARE_TR_FUNCTIONS(sia::SalesforceChecks)

public:
    struct Inputs
    {
        SalesforceClient* client = nullptr; // must outlive the checks; its keychain holds the refresh token
        ConnectionSecrets* secrets = nullptr; // the proxy's password; must outlive the checks
        ProxyChoice proxy;
        ApiBudget budget { ConnectionService::Salesforce, 80 };
        QUrl instanceUrl; // the org's instance as last known (the token answer or the record); may be empty
        // The org's edition as an earlier connection recorded it, to tell an org without API access from a
        // user without "API Enabled" when Salesforce's refusal says neither.
        QString knownEdition;
    };

    static QStringList keys(); // the stable keys, in order
    static QString nameOf(const QString& key); // translated
    static ConnectionCheckList create(
        const Inputs& inputs, std::shared_ptr<SalesforceCheckFindings> findings);

    // The object permissions the product needs, read from a global describe (GET …/sobjects/) made as the
    // connected user: Salesforce answers each object's queryable / createable / updateable for that user,
    // and leaves out an object the user may not see at all.
    static QList<SalesforcePermission> objectPermissions(const QJsonObject& describeGlobal);
    static QString permissionName(const QString& key); // translated: "Read Lead", "Create Task", …
    static QString permissionFix(const QString& key); // translated: where in Salesforce to grant it

    // Whether an edition includes API access (Professional Edition only with the API add-on).
    static std::optional<bool> editionIncludesApi(const QString& edition);

    // What to do about a failure, by its stable code (the message says what happened).
    static QString fixFor(const Error& error);
};

} // namespace sia
