// Step 2 without a window: connect to a Salesforce org in the system browser (SalesforceAuthorization with
// PKCE on a loopback callback), run the named checks with the new login's refresh token held in memory, and
// only when they pass put that token in the keychain and save the connection with its owner; cancel a login
// at any time; test the connection again; disconnect it (revoke at Salesforce, the keychain entry, then the
// record); start, cancel and complete a hand-over (the previous owner's refresh token is read before the
// new one is stored, and revoked afterwards). It is the SalesforceClientSource of the features that work on
// the connected org. The window and the command line both use it; every answer is a Result delivered later
// on this object's thread; store work runs where StoreRunner puts it.
#pragma once

#include "common/result.h"
#include "connections/connectionhandover.h"
#include "connections/connectionrecord.h"
#include "connections/connectiontestreport.h"
#include "salesforce/salesforcechecks.h"
#include "salesforce/salesforceclientsource.h"
#include "salesforce/salesforceconnection.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sia {

class ApiBudgetControl;
class ApiBudgetGate;
class BrowserLauncher;
class ConnectionCheckRunner;
class ConnectionSecrets;
class PendingSecretStore;
class SalesforceAuthorization;
class SalesforceClient;
class SecretStore;
class StoreRunner;

// What the admin chooses in step 2 (or `sia-admin connect salesforce`).
struct SalesforceConnectRequest
{
    QUrl loginUrl; // SalesforceConnectionService::loginUrlFor
    QString consumerKey; // the connected app's (or external client app's)
    QByteArray consumerSecret; // only for an app that requires it; kept in the keychain once connected
};

// With --sandbox: where the sandbox serves Salesforce this run and its connected app's consumer key. It
// listens on new ports each run, so its hosts also replace the stored ones when testing.
struct SalesforceSandboxEndpoints
{
    QUrl loginUrl;
    QUrl instanceUrl;
    QString consumerKey;
    QList<QUrl> callbackUrls; // its connected app's, used instead of the setting salesforce.callback-urls
    QList<QSslCertificate> extraCaCertificates; // the sandbox's --tls certificate
};

struct SalesforceTestOutcome
{
    ConnectionTestReport report;
    SalesforceCheckFindings findings;
    bool connected = false; // connect: the record was saved; test: a connection exists
    std::optional<ConnectionRecord> record; // as stored afterwards
};

struct SalesforceDisconnectOutcome
{
    // The token is gone from the keychain and the record from the instance either way; a revocation that
    // failed is said here (the admin can revoke it in Salesforce, Setup, Connected Apps OAuth Usage).
    std::optional<Error> revokeFailure;
};

// The Salesforce CredentialRetirement: revokes the previous owner's refresh token, read from this machine's
// keychain before the new owner's replaced it; from another machine it cannot, and says so.
class SalesforceCredentialRetirement final : public CredentialRetirement
{
    Q_DECLARE_TR_FUNCTIONS(sia::SalesforceCredentialRetirement)

public:
    // client: whose token endpoint revokes (the login host); must outlive every call.
    SalesforceCredentialRetirement(SalesforceClient& client, std::optional<QByteArray> previousToken)
        : m_client(client)
        , m_previousToken(std::move(previousToken))
    { }
    void revokePrevious(const ConnectionRecord& previous, Done done) override;

private:
    SalesforceClient& m_client;
    std::optional<QByteArray> m_previousToken; // empty: this machine's keychain held none
};

class SalesforceConnectionService : public QObject, public SalesforceClientSource
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(Result<T>)>;

    // instance: ConnectionSecrets::instanceOf the store; actor: who connects, tests and disconnects;
    // browser: opens the login page. All must outlive this object.
    SalesforceConnectionService(StoreRunner& store, SecretStore& secrets, QString instance, QString actor,
        BrowserLauncher& browser, QObject* parent = nullptr);
    ~SalesforceConnectionService() override;

    void setSandbox(std::optional<SalesforceSandboxEndpoints> sandbox) { m_sandbox = std::move(sandbox); }
    const std::optional<SalesforceSandboxEndpoints>& sandbox() const { return m_sandbox; }
    const QString& actor() const { return m_actor; }
    // The login waits this long for the browser (default 5 minutes); tests shorten it.
    void setAuthorizationTimeout(std::chrono::milliseconds timeout) { m_authorizationTimeout = timeout; }

    // "production" or login.salesforce.com, "sandbox" or test.salesforce.com, or a My Domain ("acme",
    // "acme.my.salesforce.com", "https://acme--uat.sandbox.my.salesforce.com"). Any other host is refused:
    // it is not Salesforce's. With --sandbox the sandbox's login URL is also accepted.
    Result<QUrl> loginUrlFor(const QString& text) const;
    Result<void> checkRequest(const SalesforceConnectRequest& request) const;

    bool isBusy() const { return m_busy; }
    bool isWaitingForBrowser() const;
    // The link the browser was sent to (the *copy login link* fallback); empty when no login runs.
    QUrl loginLink() const;

    void load(Done<std::optional<ConnectionRecord>> done);
    // The browser login, then the named checks with the new refresh token in memory; when all pass, the
    // token goes to the keychain and the connection is saved as actor's (refused up front when another
    // admin owns it, unless actor started a hand-over: then it completes, and the previous owner's token
    // is revoked). A failed login or failed checks leave the previous connection and its token untouched.
    void connectTo(SalesforceConnectRequest request, Done<SalesforceTestOutcome> done);
    // Stops a login that waits for the browser (its done gets salesforce.authorize.cancelled).
    void cancel();
    // The stored connection's checks again, with the keychain's refresh token; the report is recorded.
    void test(Done<SalesforceTestOutcome> done);
    void disconnect(Done<SalesforceDisconnectOutcome> done);
    void startHandOver(Done<ConnectionRecord> done);
    void cancelHandOver(Done<ConnectionRecord> done);

    // SalesforceClientSource: the stored connection's client, built once and kept until the connection
    // changes.
    void withClient(QObject* receiver, std::function<void(Result<SalesforceClient*>)> done) override;

    // The budget every Salesforce client of this instance asks before a call (budget.salesforce-percent of
    // the org's daily API requests); the step page's budget card works through budget().
    std::shared_ptr<ApiBudgetGate> budgetGate() const;
    ApiBudgetControl& budget();

signals:
    void waitingForBrowser(const QUrl& loginLink);
    void exchangingCode();
    void checksListed(const QList<QPair<QString, QString>>& keysAndNames);
    void checkStarted(const QString& key);
    void checkFinished(const sia::NamedCheck& check);
    void busyChanged(bool busy);
    void connectionChanged(); // connected, disconnected or handed over: clients from withClient are gone

public:
    using ChecksDone = std::function<void(ConnectionTestReport, SalesforceCheckFindings)>;

private:
    struct Settings;
    struct Login;
    void readSettings(Done<Settings> done);
    void runChecks(SalesforceClient& client, ConnectionSecrets& secrets, const Settings& settings,
        const QUrl& instanceUrl, const QString& knownEdition, ChecksDone done);
    void afterLogin(std::shared_ptr<Login> login, Done<SalesforceTestOutcome> done);
    void keepLogin(std::shared_ptr<Login> login, ConnectionTestReport report,
        SalesforceCheckFindings findings, Done<SalesforceTestOutcome> done);
    void saveRecord(std::shared_ptr<Login> login, ConnectionTestReport report,
        SalesforceCheckFindings findings, Done<SalesforceTestOutcome> done);
    void discardLogin(std::shared_ptr<Login> login);
    void forgetDiscarded(Login* login);
    void dropLater(std::shared_ptr<Login> login);
    void storedClient(Done<ConnectionRecord> done);
    void recordTest(
        ConnectionTestReport report, SalesforceCheckFindings findings, Done<SalesforceTestOutcome> done);
    SalesforceConnection connectionFor(const QUrl& loginUrl, const QString& consumerKey,
        const QString& consumerSecret, const Settings& settings) const;
    void replaceClient(SalesforceClient* client);
    void setBusy(bool busy);
    Error busyError() const;

    StoreRunner& m_store;
    SecretStore& m_secrets;
    QString m_instance;
    QString m_actor;
    BrowserLauncher& m_browser;
    std::unique_ptr<ConnectionSecrets> m_keychain;
    std::optional<SalesforceSandboxEndpoints> m_sandbox;
    std::chrono::milliseconds m_authorizationTimeout { 5 * 60'000 };
    QPointer<SalesforceClient> m_client; // the stored connection's, for withClient and test
    QPointer<ConnectionCheckRunner> m_runner;
    QPointer<ApiBudgetControl> m_budget;
    std::shared_ptr<Login> m_login; // the browser login running, if any
    std::vector<std::shared_ptr<Login>> m_discarding; // failed logins whose token is being revoked
    std::vector<std::shared_ptr<Login>> m_dropped; // ended logins, destroyed from the event loop
    bool m_closing = false;
    bool m_busy = false;
};

} // namespace sia
