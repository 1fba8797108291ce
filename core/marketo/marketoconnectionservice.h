// Step 3 without a window: connect to a Marketo subscription (check the URLs, run the named checks with
// the secret held in memory, and only when they pass put the client secret in the keychain and save the
// connection with its owner), test it again, disconnect it (the keychain entry and the record go), and
// list the subscription's admins for step 1. The window and the command line both use it; every answer
// is a Result, delivered later on this object's thread; the store work runs where StoreRunner puts it.
#pragma once

#include "common/result.h"
#include "connections/connectionrecord.h"
#include "connections/connectiontestreport.h"
#include "marketo/marketochecks.h"
#include "marketo/marketoconnection.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace sia {

class ApiBudgetControl;
class ApiBudgetGate;
class ConnectionCheckRunner;
class MarketoClient;
class SecretStore;
class StoreRunner;

// What the admin enters in step 3 (or `sia-admin connect marketo`).
struct MarketoCredentials
{
    QUrl restUrl;
    QUrl identityUrl;
    QString clientId;
    QByteArray clientSecret; // in memory only until the checks passed; then only in the keychain
};

// With --sandbox: where the sandbox serves this run, and its test credentials, which the step page and the
// connect command offer. The sandbox listens on a new port each run, so its endpoints also replace the
// stored ones when testing or listing admins.
struct MarketoSandboxEndpoints
{
    QUrl restUrl;
    QUrl identityUrl;
    QString clientId;
    QByteArray clientSecret;
    QList<QSslCertificate> extraCaCertificates; // the sandbox's --tls certificate
};

struct MarketoTestOutcome
{
    ConnectionTestReport report;
    MarketoCheckFindings findings;
    bool connected = false; // connect: the record was saved; test: a connection exists
    std::optional<ConnectionRecord> record; // as stored afterwards
};

// A Marketo user who holds the Admin role, or whose invitation is still pending (Marketo tells a pending
// user's roles only once it accepted).
struct MarketoAdmin
{
    QString userid; // the login, not always the email address
    QString email;
    QString firstName;
    QString lastName;
    bool pending = false;
    QStringList workspaces; // where the Admin role is held ("AllZones": every workspace)
};

class MarketoConnectionService : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(Result<T>)>;

    // instance: ConnectionSecrets::instanceOf the store; actor: who connects, tests and disconnects. The
    // store runner and the secret store must outlive this object.
    MarketoConnectionService(
        StoreRunner& store, SecretStore& secrets, QString instance, QString actor, QObject* parent = nullptr);
    ~MarketoConnectionService() override;

    void setSandbox(std::optional<MarketoSandboxEndpoints> sandbox) { m_sandbox = std::move(sandbox); }
    const std::optional<MarketoSandboxEndpoints>& sandbox() const { return m_sandbox; }
    const QString& actor() const { return m_actor; }

    // https, or http to this computer only (the sandbox); both absolute, with a host.
    static Result<void> checkUrls(const QUrl& restUrl, const QUrl& identityUrl);
    static Result<void> checkCredentials(const MarketoCredentials& credentials);

    bool isBusy() const { return m_busy; }
    // The budget every Marketo client of this instance asks before a call (the step page's card reads it).
    std::shared_ptr<ApiBudgetGate> budgetGate() const;
    // The step page's budget card works through it (the report, the cap's setting).
    ApiBudgetControl& budget();

    void load(Done<std::optional<ConnectionRecord>> done);
    // Runs the named checks with credentials; when all pass, stores the secret in the keychain and saves
    // the connection as actor's (refused up front when another admin owns it, unless actor started a
    // hand-over: then it completes, and the previous owner's secret is retired where this machine holds
    // it). Failed checks leave the previous connection and its secret untouched (outcome.connected false).
    void connectTo(MarketoCredentials credentials, Done<MarketoTestOutcome> done);
    // The stored connection's checks again, with the keychain's secret; the report is recorded.
    void test(Done<MarketoTestOutcome> done);
    // The keychain entry first, then the record (NotFound when not connected).
    void disconnect(Done<void> done);
    // Step 1: the subscription's Admin role holders and pending invitations (user management API).
    void admins(Done<QList<MarketoAdmin>> done);
    // The stored connection's client, for a feature that reads Marketo (the prerequisite check of the
    // Marketo-Salesforce sync): NotFound when not connected. The client stays valid until this service's
    // next connect, test, disconnect, admins or withClient. While other work of the service is under way,
    // it waits for that work to end rather than failing.
    void withClient(Done<MarketoClient*> done);

signals:
    void checksListed(const QList<QPair<QString, QString>>& keysAndNames);
    void checkStarted(const QString& key);
    void checkFinished(const sia::NamedCheck& check);
    void busyChanged(bool busy);

public:
    using ChecksDone = std::function<void(ConnectionTestReport, MarketoCheckFindings)>;

private:
    MarketoConnection connectionFor(
        const QUrl& rest, const QUrl& identity, const QString& clientId, const QByteArray& secret) const;
    void runChecks(MarketoConnection connection, ChecksDone done);
    // The stored record and its secret, as a client connection.
    void storedConnection(Done<std::pair<ConnectionRecord, MarketoConnection>> done);
    void saveConnected(const MarketoCredentials& credentials, ConnectionTestReport report,
        MarketoCheckFindings findings, Done<MarketoTestOutcome> done);
    void recordTest(
        ConnectionTestReport report, MarketoCheckFindings findings, Done<MarketoTestOutcome> done);
    void replaceClient(MarketoConnection connection);
    void setBusy(bool busy);
    Error busyError() const;

    StoreRunner& m_store;
    SecretStore& m_secrets;
    QString m_instance;
    QString m_actor;
    std::optional<MarketoSandboxEndpoints> m_sandbox;
    QPointer<MarketoClient> m_client;
    QPointer<ConnectionCheckRunner> m_runner;
    QPointer<ApiBudgetControl> m_budget;
    bool m_busy = false;
};

} // namespace sia
