// Step 2 without a window, against an in-process sandbox whose login page a scripted browser follows as a
// person would: connecting runs the browser login and the named checks, keeps the refresh token (in the
// secret store only) and the record with its owner and the org's details; each fault of the issue gives
// its own message and leaves the previous good connection and its token untouched; test, disconnect
// (revoke, keychain, record), the hand-over's retirement of the previous owner's token, and the client
// handed to the features on the connected org. The store work runs on a StoreWorker thread, as in the
// window.
#include "connections/connectionrepository.h"
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforceconnectionservice.h"
#include "salesforce/salesforcesession.h"
#include "salesforcetestsupport.h"
#include "settings/settingsrepository.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace sia;
using namespace sia::test;
using namespace salesforcetest;

namespace {

const QString alice = QStringLiteral("alice@acme.example");
const QString bob = QStringLiteral("bob@acme.example");
const QString instanceName = QStringLiteral("test-instance");

} // namespace

class TestSalesforceConnectionService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectRunsEveryCheckAndSavesTheOrgAndOwner();
    void eachFaultHasItsOwnMessageAndKeepsThePreviousConnection_data();
    void eachFaultHasItsOwnMessageAndKeepsThePreviousConnection();
    void cancelWhileTheBrowserIsOpenKeepsThePreviousConnection();
    void anAppThatRequiresTheSecretIsRefusedWithoutItAndKeptWithIt();
    void aRevokedRefreshTokenFailsTheCredentialsCheck();
    void aUserWithoutApiIsToldFromAnOrgWithout();
    void anotherAdminsConnectIsRefusedBeforeTheBrowserOpens();
    void aHandOverRevokesThePreviousOwnersToken();
    void disconnectRevokesAndRemovesTokenAndRecord();
    void aFailedRevokeIsReportedAndTheTokenStillGoes();
    void withClientHandsOutTheStoredConnectionsClient();
    void loginHostsOtherThanSalesforceAreRefused_data();
    void loginHostsOtherThanSalesforceAreRefused();
    void aUserWithoutAnObjectPermissionIsToldWhichAndHow_data();
    void aUserWithoutAnObjectPermissionIsToldWhichAndHow();
    void missingObjectPermissionsAreEachNamed_data();
    void missingObjectPermissionsAreEachNamed();

private:
    void startOrgWith(sandbox::SandboxOptions options = {});
    std::unique_ptr<SalesforceConnectionService> serviceFor(const QString& actor);
    SalesforceConnectRequest request() const;
    Result<SalesforceTestOutcome> connectWith(
        SalesforceConnectionService& service, SalesforceConnectRequest request);
    Result<SalesforceTestOutcome> connect() { return connectWith(*m_service, request()); }
    std::optional<ConnectionRecord> stored();
    Result<QByteArray> storedToken();
    // Whether Salesforce still accepts a refresh token (a fresh client on it asks for an access token).
    bool refreshWorks(const QByteArray& token);
    void setFaults(const QString& spec);

    QList<QUrl> m_callbacks;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ScriptedBrowser> m_browser;
    std::unique_ptr<SalesforceConnectionService> m_service;
};

void TestSalesforceConnectionService::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    std::optional<Result<void>> opened;
    m_worker->open(this, [&opened](Result<void> outcome) { opened = outcome; });
    QTRY_VERIFY(opened.has_value());
    QVERIFY(opened->ok());
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_callbacks = { callbackAt(freePort()), callbackAt(freePort()) };
    // The product's callbacks are the ones the sandbox's connected app registers.
    QStringList urls;
    for (const QUrl& url : std::as_const(m_callbacks)) {
        urls << url.toString();
    }
    const Result<bool> set = await<bool>([this, urls](auto done) {
        m_runner->run<bool>(
            [urls](Store& store) -> Result<bool> {
                Result<void> written = SettingsRepository(store).set(
                    SettingKey::SalesforceCallbackUrls, urls.join(u' '), QStringLiteral("test"));
                if (!written) {
                    return written.error();
                }
                return true;
            },
            this, done);
    });
    QVERIFY2(set.ok(), failureText(set).constData());
    startOrgWith();
}

void TestSalesforceConnectionService::cleanup()
{
    m_service.reset();
    m_browser.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_worker.reset();
    m_secrets.reset();
    m_database.reset();
}

void TestSalesforceConnectionService::startOrgWith(sandbox::SandboxOptions options)
{
    m_service.reset();
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_browser = std::make_unique<ScriptedBrowser>();
    m_browser->username = info(*m_sandbox, "username");
    m_browser->password = info(*m_sandbox, "password");
    m_service = serviceFor(alice);
}

std::unique_ptr<SalesforceConnectionService> TestSalesforceConnectionService::serviceFor(const QString& actor)
{
    auto service = std::make_unique<SalesforceConnectionService>(
        *m_runner, *m_secrets, instanceName, actor, *m_browser);
    SalesforceSandboxEndpoints endpoints;
    endpoints.loginUrl = QUrl(info(*m_sandbox, "loginUrl"));
    endpoints.instanceUrl = m_sandbox->salesforceInstanceUrl();
    endpoints.consumerKey = info(*m_sandbox, "consumerKey");
    service->setSandbox(endpoints);
    return service;
}

SalesforceConnectRequest TestSalesforceConnectionService::request() const
{
    SalesforceConnectRequest request;
    request.loginUrl = QUrl(info(*m_sandbox, "loginUrl"));
    request.consumerKey = info(*m_sandbox, "consumerKey");
    return request;
}

Result<SalesforceTestOutcome> TestSalesforceConnectionService::connectWith(
    SalesforceConnectionService& service, SalesforceConnectRequest request)
{
    return await<SalesforceTestOutcome>(
        [&service, request](auto done) { service.connectTo(request, done); }, 30'000);
}

std::optional<ConnectionRecord> TestSalesforceConnectionService::stored()
{
    const Result<std::optional<ConnectionRecord>> record
        = await<std::optional<ConnectionRecord>>([this](auto done) { m_service->load(done); });
    return record ? *record : std::nullopt;
}

Result<QByteArray> TestSalesforceConnectionService::storedToken()
{
    ConnectionSecrets secrets(*m_secrets, instanceName);
    return readAndWaitFor(secrets);
}

bool TestSalesforceConnectionService::refreshWorks(const QByteArray& token)
{
    MemorySecretStore store;
    ConnectionSecrets secrets(store, instanceName);
    const Result<bool> written = await<bool>([&secrets, token](auto done) {
        secrets.write(ConnectionSecret::SalesforceRefreshToken, token, [done](Result<void> outcome) {
            done(outcome ? Result<bool>(true) : Result<bool>(outcome.error()));
        });
    });
    if (!written) {
        return false;
    }
    SalesforceClient client(connectionTo(*m_sandbox, m_callbacks), secrets);
    const Result<QString> access
        = await<QString>([&client](auto done) { client.session().accessToken(done); });
    return access.ok();
}

void TestSalesforceConnectionService::setFaults(const QString& spec)
{
    SandboxClient control(*m_sandbox);
    control.control(
        "POST", QStringLiteral("/sandbox/faults"), QJsonObject { { QStringLiteral("spec"), spec } });
}

void TestSalesforceConnectionService::connectRunsEveryCheckAndSavesTheOrgAndOwner()
{
    QSignalSpy waiting(m_service.get(), &SalesforceConnectionService::waitingForBrowser);
    QSignalSpy finished(m_service.get(), &SalesforceConnectionService::checkFinished);
    const Result<SalesforceTestOutcome> outcome = connect();
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QVERIFY2(outcome->connected, qPrintable(outcome->report.failedKeys().join(u',')));
    QCOMPARE(waiting.size(), 1);
    QStringList keys;
    for (const NamedCheck& check : outcome->report.checks) {
        keys << check.key;
        QCOMPARE(check.outcome, CheckOutcome::Passed);
        QVERIFY(!check.message.isEmpty());
    }
    QCOMPARE(keys, SalesforceChecks::keys());
    QCOMPARE(finished.size(), keys.size());

    const ConnectionRecord& record = *outcome->record;
    QCOMPARE(record.owner.connectedBy, alice);
    QCOMPARE(record.owner.remoteUser, info(*m_sandbox, "username"));
    QCOMPARE(record.owner.connectedFrom, ConnectionRepository::thisMachine());
    QVERIFY(record.accountId.startsWith(QStringLiteral("00D")));
    QVERIFY(!record.accountName.isEmpty());
    QCOMPARE(record.edition, QStringLiteral("Enterprise Edition"));
    QCOMPARE(record.apiEnabled, std::optional<bool>(true));
    QVERIFY(record.remoteUserId.startsWith(QStringLiteral("005")));
    QCOMPARE(QUrl(record.apiUrl), m_sandbox->salesforceInstanceUrl());
    QCOMPARE(record.authUrl, info(*m_sandbox, "loginUrl"));
    QVERIFY(record.lastCheck && record.lastCheck->passed());
    // Every permission the product needs, named; the day's requests against the 80 % cap.
    QCOMPARE(outcome->findings.permissions.size(), 8);
    QVERIFY(outcome->findings.requestsUsed.has_value());
    QCOMPARE(outcome->findings.capPercent, 80);
    QCOMPARE(outcome->findings.ourShare, outcome->findings.requestsMax * 80 / 100);
    // The token is in the keychain and works.
    const Result<QByteArray> token = storedToken();
    QVERIFY(token.ok());
    QVERIFY(refreshWorks(*token));
}

void TestSalesforceConnectionService::eachFaultHasItsOwnMessageAndKeepsThePreviousConnection_data()
{
    QTest::addColumn<int>("act");
    QTest::addColumn<QString>("faults");
    QTest::addColumn<bool>("holdPorts");
    QTest::addColumn<bool>("lockKeychain");
    QTest::addColumn<QString>("failedCheck"); // empty: the connect itself fails with code
    QTest::addColumn<QString>("code");

    const int allow = int(ScriptedBrowser::Act::Allow);
    QTest::newRow("denied consent") << int(ScriptedBrowser::Act::Deny) << QString() << false << false
                                    << QString() << "salesforce.authorize.access_denied";
    QTest::newRow("wrong state") << int(ScriptedBrowser::Act::WrongState) << QString() << false << false
                                 << QString() << "salesforce.authorize.state";
    QTest::newRow("timeout") << int(ScriptedBrowser::Act::Ignore) << QString() << false << false << QString()
                             << "salesforce.authorize.timeout";
    QTest::newRow("every callback port busy")
        << allow << QString() << true << false << QString() << "salesforce.callback-busy";
    QTest::newRow("locked keychain") << allow << QString() << false << true << QString()
                                     << "secrets.unavailable";
    QTest::newRow("code exchange refused") << allow << "salesforce.token=invalid_grant@1" << false << false
                                           << QString() << "salesforce.oauth.invalid_grant";
    QTest::newRow("token endpoint answers html")
        << allow << "salesforce.token=html@1" << false << false << QString() << "salesforce.http503";
    QTest::newRow("refresh refused") << allow << "salesforce.token=invalid_grant@2" << false << false
                                     << "credentials"
                                     << "salesforce.oauth.invalid_grant";
    QTest::newRow("query over the limit")
        << allow << "salesforce.query=REQUEST_LIMIT_EXCEEDED" << false << false << "api-access"
        << "salesforce.REQUEST_LIMIT_EXCEEDED";
    QTest::newRow("query resets") << allow << "salesforce.query=reset" << false << false << "api-access"
                                  << "salesforce.network.2";
    QTest::newRow("describe fails") << allow << "salesforce.describeGlobal=http500" << false << false
                                    << "permissions"
                                    << "salesforce.UNKNOWN_EXCEPTION";
    QTest::newRow("limits over the limit")
        << allow << "salesforce.limits=REQUEST_LIMIT_EXCEEDED" << false << false << "daily-requests"
        << "salesforce.REQUEST_LIMIT_EXCEEDED";
}

void TestSalesforceConnectionService::eachFaultHasItsOwnMessageAndKeepsThePreviousConnection()
{
    QFETCH(int, act);
    QFETCH(QString, faults);
    QFETCH(bool, holdPorts);
    QFETCH(bool, lockKeychain);
    QFETCH(QString, failedCheck);
    QFETCH(QString, code);
    const Result<SalesforceTestOutcome> first = connect();
    QVERIFY(first.ok() && first->connected);
    const QByteArray goodToken = *storedToken();
    const ConnectionRecord before = *stored();

    m_browser->act = ScriptedBrowser::Act(act);
    m_service->setAuthorizationTimeout(std::chrono::milliseconds(300));
    setFaults(faults);
    QTcpServer first_;
    QTcpServer second_;
    if (holdPorts) {
        QVERIFY(first_.listen(QHostAddress::LocalHost, quint16(m_callbacks.at(0).port())));
        QVERIFY(second_.listen(QHostAddress::LocalHost, quint16(m_callbacks.at(1).port())));
    }
    m_secrets->setUnavailable(lockKeychain);
    const Result<SalesforceTestOutcome> again = connect();
    m_secrets->setUnavailable(false);
    setFaults(QString());
    if (failedCheck.isEmpty()) {
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, code);
        QVERIFY(!again.error().message.isEmpty());
    } else {
        QVERIFY2(again.ok(), failureText(again).constData());
        QVERIFY(!again->connected);
        QCOMPARE(again->report.failedKeys(), QStringList { failedCheck });
        for (const NamedCheck& check : again->report.checks) {
            if (check.key == failedCheck) {
                QCOMPARE(check.code, code);
                QVERIFY(!check.fix.isEmpty());
            }
        }
    }
    QVERIFY(!m_service->isBusy());
    // The previous connection is as it was, and its token still works.
    QCOMPARE(*storedToken(), goodToken);
    const ConnectionRecord after = *stored();
    QCOMPARE(after.owner.connectedAt, before.owner.connectedAt);
    QCOMPARE(after.accountId, before.accountId);
    QVERIFY(after.lastCheck && after.lastCheck->passed());
    QVERIFY(refreshWorks(goodToken));
}

void TestSalesforceConnectionService::cancelWhileTheBrowserIsOpenKeepsThePreviousConnection()
{
    QVERIFY(connect()->connected);
    const QByteArray goodToken = *storedToken();
    m_browser->act = ScriptedBrowser::Act::Ignore;
    QSignalSpy waiting(m_service.get(), &SalesforceConnectionService::waitingForBrowser);
    std::optional<Result<SalesforceTestOutcome>> outcome;
    m_service->connectTo(request(), [&outcome](Result<SalesforceTestOutcome> result) { outcome = result; });
    QTRY_COMPARE(waiting.size(), 1);
    QVERIFY(m_service->isWaitingForBrowser());
    QCOMPARE(m_service->loginLink(), waiting.first().first().toUrl()); // the copy-login-link fallback
    m_service->cancel();
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->error().code, QStringLiteral("salesforce.authorize.cancelled"));
    QVERIFY(!m_service->isBusy());
    QVERIFY(m_service->loginLink().isEmpty());
    QCOMPARE(*storedToken(), goodToken);
    // And a retry works at once.
    m_browser->act = ScriptedBrowser::Act::Allow;
    QVERIFY(connect()->connected);
}

void TestSalesforceConnectionService::anAppThatRequiresTheSecretIsRefusedWithoutItAndKeptWithIt()
{
    sandbox::SandboxOptions options;
    options.salesforceRequireSecret = true;
    startOrgWith(options);
    const Result<SalesforceTestOutcome> without = connect();
    QVERIFY(!without.ok());
    QCOMPARE(without.error().code, QStringLiteral("salesforce.oauth.invalid_client"));
    QVERIFY(!stored().has_value());

    SalesforceConnectRequest withSecret = request();
    withSecret.consumerSecret = info(*m_sandbox, "consumerSecret").toUtf8();
    const Result<SalesforceTestOutcome> with = connectWith(*m_service, withSecret);
    QVERIFY2(with.ok(), failureText(with).constData());
    QVERIFY2(with->connected, qPrintable(with->report.failedKeys().join(u',')));
    // The secret is in the keychain, and a later test (a new client) refreshes with it.
    QVERIFY(m_secrets->contains(
        ConnectionSecrets(*m_secrets, instanceName).keyFor(ConnectionSecret::SalesforceConsumerSecret)));
    auto later = serviceFor(alice);
    const Result<SalesforceTestOutcome> tested
        = await<SalesforceTestOutcome>([&later](auto done) { later->test(done); });
    QVERIFY2(tested.ok(), failureText(tested).constData());
    QVERIFY(tested->report.passed());
}

void TestSalesforceConnectionService::aRevokedRefreshTokenFailsTheCredentialsCheck()
{
    QVERIFY(connect()->connected);
    const QByteArray token = *storedToken();
    SandboxClient control(*m_sandbox);
    const HttpResult revoked = control.post(QStringLiteral("/services/oauth2/revoke"),
        "token=" + QUrl::toPercentEncoding(QString::fromUtf8(token)), "application/x-www-form-urlencoded");
    QCOMPARE(revoked.status, 200);
    auto later = serviceFor(alice); // a new run: no access token in memory
    const Result<SalesforceTestOutcome> tested
        = await<SalesforceTestOutcome>([&later](auto done) { later->test(done); });
    QVERIFY2(tested.ok(), failureText(tested).constData());
    QCOMPARE(tested->report.failedKeys(), QStringList { QStringLiteral("credentials") });
    QCOMPARE(tested->report.checks.at(3).code, QStringLiteral("salesforce.oauth.invalid_grant"));
    QVERIFY(tested->report.checks.at(3).fix.contains(QStringLiteral("Connect to Salesforce again")));
    // Recorded; the connection itself stays until the admin reconnects or disconnects.
    QVERIFY(stored()->lastCheck && !stored()->lastCheck->passed());
}

void TestSalesforceConnectionService::aUserWithoutApiIsToldFromAnOrgWithout()
{
    // First connect: nothing known of the edition, so both causes are named.
    sandbox::SandboxOptions noUserApi;
    noUserApi.salesforceUserApiEnabled = false;
    startOrgWith(noUserApi);
    Result<SalesforceTestOutcome> outcome = connect();
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QCOMPARE(outcome->report.failedKeys(), QStringList { QStringLiteral("api-access") });
    QCOMPARE(outcome->report.checks.at(4).code, QStringLiteral("salesforce.API_DISABLED_FOR_ORG"));
    QCOMPARE(outcome->findings.apiAvailable, std::optional<bool>(false));

    // An earlier connection recorded an Enterprise Edition org: then it is the user who lacks the API.
    ConnectionRecord earlier;
    earlier.service = ConnectionService::Salesforce;
    earlier.authUrl = info(*m_sandbox, "loginUrl");
    earlier.edition = QStringLiteral("Enterprise Edition");
    const Result<bool> saved = await<bool>([this, earlier](auto done) {
        m_runner->run<bool>(
            [earlier](Store& store) -> Result<bool> {
                Result<ConnectionRecord> record = ConnectionRepository(store).saveConnected(earlier, alice);
                return record ? Result<bool>(true) : Result<bool>(record.error());
            },
            this, done);
    });
    QVERIFY(saved.ok());
    outcome = connect();
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    const NamedCheck& api = outcome->report.checks.at(4);
    QCOMPARE(api.code, QStringLiteral("salesforce.user-without-api"));
    QVERIFY(api.fix.contains(QStringLiteral("API Enabled")));

    // An org without the API answers the same to the first connect.
    sandbox::SandboxOptions noOrgApi;
    noOrgApi.salesforceApiEnabled = false;
    startOrgWith(noOrgApi);
    outcome = connect();
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QCOMPARE(outcome->report.failedKeys(), QStringList { QStringLiteral("api-access") });
}

void TestSalesforceConnectionService::anotherAdminsConnectIsRefusedBeforeTheBrowserOpens()
{
    QVERIFY(connect()->connected);
    const qsizetype opened = m_browser->opened.size();
    auto bobs = serviceFor(bob);
    const Result<SalesforceTestOutcome> refused = connectWith(*bobs, request());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("connection.owned-by-another"));
    QCOMPARE(m_browser->opened.size(), opened);
}

void TestSalesforceConnectionService::aHandOverRevokesThePreviousOwnersToken()
{
    QVERIFY(connect()->connected);
    const QByteArray alicesToken = *storedToken();
    auto bobs = serviceFor(bob);
    const Result<ConnectionRecord> started
        = await<ConnectionRecord>([&bobs](auto done) { bobs->startHandOver(done); });
    QVERIFY2(started.ok(), failureText(started).constData());
    QCOMPARE(started->handOver.state, HandOverState::Pending);
    const Result<SalesforceTestOutcome> taken = connectWith(*bobs, request());
    QVERIFY2(taken.ok(), failureText(taken).constData());
    QVERIFY(taken->connected);
    const ConnectionRecord& record = *taken->record;
    QCOMPARE(record.owner.connectedBy, bob);
    QCOMPARE(record.handOver.state, HandOverState::Completed);
    QCOMPARE(record.handOver.handedOverFrom, alice);
    QVERIFY(record.handOver.previousRetired);
    // Alice's token no longer works; Bob's, now in the keychain, does.
    const QByteArray bobsToken = *storedToken();
    QVERIFY(bobsToken != alicesToken);
    QVERIFY(!refreshWorks(alicesToken));
    QVERIFY(refreshWorks(bobsToken));
}

void TestSalesforceConnectionService::disconnectRevokesAndRemovesTokenAndRecord()
{
    QVERIFY(connect()->connected);
    const QByteArray token = *storedToken();
    const Result<SalesforceDisconnectOutcome> gone
        = await<SalesforceDisconnectOutcome>([this](auto done) { m_service->disconnect(done); });
    QVERIFY2(gone.ok(), failureText(gone).constData());
    QVERIFY(!gone->revokeFailure);
    QCOMPARE(storedToken().error().kind, ErrorKind::NotFound);
    QVERIFY(!stored().has_value());
    QVERIFY(!refreshWorks(token));
}

void TestSalesforceConnectionService::aFailedRevokeIsReportedAndTheTokenStillGoes()
{
    QVERIFY(connect()->connected);
    setFaults(QStringLiteral("salesforce.revoke=http503"));
    const Result<SalesforceDisconnectOutcome> gone
        = await<SalesforceDisconnectOutcome>([this](auto done) { m_service->disconnect(done); });
    QVERIFY2(gone.ok(), failureText(gone).constData());
    QVERIFY(gone->revokeFailure.has_value());
    QCOMPARE(gone->revokeFailure->code, QStringLiteral("salesforce.http503"));
    QCOMPARE(storedToken().error().kind, ErrorKind::NotFound);
    QVERIFY(!stored().has_value());
}

void TestSalesforceConnectionService::withClientHandsOutTheStoredConnectionsClient()
{
    const Result<SalesforceClient*> none
        = await<SalesforceClient*>([this](auto done) { m_service->withClient(this, done); });
    QCOMPARE(none.error().code, QStringLiteral("salesforce.not-connected"));
    QVERIFY(connect()->connected);
    auto later = serviceFor(alice); // as after a restart: built from the record and the keychain
    const Result<SalesforceClient*> client
        = await<SalesforceClient*>([this, &later](auto done) { later->withClient(this, done); });
    QVERIFY2(client.ok(), failureText(client).constData());
    const Result<SalesforceOrganization> org = await<SalesforceOrganization>(
        [this, &client](auto done) { SalesforceApi(**client).organization(this, done); });
    QVERIFY2(org.ok(), failureText(org).constData());
    QCOMPARE(org->id, stored()->accountId);
    // The same client again, until the connection changes.
    const Result<SalesforceClient*> again
        = await<SalesforceClient*>([this, &later](auto done) { later->withClient(this, done); });
    QCOMPARE(*again, *client);
}

void TestSalesforceConnectionService::loginHostsOtherThanSalesforceAreRefused_data()
{
    QTest::addColumn<QString>("entered");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("production") << "production"
                                << "https://login.salesforce.com";
    QTest::newRow("login host") << "login.salesforce.com"
                                << "https://login.salesforce.com";
    QTest::newRow("sandbox") << "sandbox"
                             << "https://test.salesforce.com";
    QTest::newRow("test host") << "https://test.salesforce.com"
                               << "https://test.salesforce.com";
    QTest::newRow("my domain") << "acme"
                               << "https://acme.my.salesforce.com";
    QTest::newRow("sandbox my domain") << "acme--uat.sandbox.my.salesforce.com"
                                       << "https://acme--uat.sandbox.my.salesforce.com";
    QTest::newRow("another host") << "login.example.com" << QString();
    QTest::newRow("look-alike") << "acme.my.salesforce.com.example.net" << QString();
    QTest::newRow("http") << "http://acme.my.salesforce.com" << QString();
}

void TestSalesforceConnectionService::loginHostsOtherThanSalesforceAreRefused()
{
    QFETCH(QString, entered);
    QFETCH(QString, expected);
    SalesforceConnectionService service(*m_runner, *m_secrets, instanceName, alice, *m_browser);
    const Result<QUrl> url = service.loginUrlFor(entered);
    if (expected.isEmpty()) {
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code, QStringLiteral("salesforce.my-domain"));
        return;
    }
    QVERIFY2(url.ok(), failureText(url).constData());
    QCOMPARE(url->toString(), expected);
}

void TestSalesforceConnectionService::aUserWithoutAnObjectPermissionIsToldWhichAndHow_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("permission"); // read, create or edit
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QString>("named");
    QTest::newRow("read Lead") << "Lead"
                               << "read" << QStringList { QStringLiteral("read-Lead") } << "Read Lead";
    QTest::newRow("read contact roles")
        << "OpportunityContactRole"
        << "read" << QStringList { QStringLiteral("read-OpportunityContactRole") }
        << "Read Opportunity Contact Role";
    QTest::newRow("create Task") << "Task"
                                 << "create" << QStringList { QStringLiteral("create-Task") }
                                 << "Create Task";
    QTest::newRow("edit Task") << "Task"
                               << "edit" << QStringList { QStringLiteral("edit-Task") } << "Edit Task";
    QTest::newRow("read Task") << "Task"
                               << "read"
                               << QStringList { QStringLiteral("create-Task"), QStringLiteral("edit-Task") }
                               << "Create Task, Edit Task";
}

void TestSalesforceConnectionService::aUserWithoutAnObjectPermissionIsToldWhichAndHow()
{
    QFETCH(QString, object);
    QFETCH(QString, permission);
    QFETCH(QStringList, missing);
    QFETCH(QString, named);
    // As a Salesforce admin would take it from the user's profile.
    SandboxClient control(*m_sandbox);
    control.control("POST", QStringLiteral("/sandbox/permissions"),
        QJsonObject { { QStringLiteral("object"), object }, { permission, false } });
    const Result<SalesforceTestOutcome> outcome = connect();
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QVERIFY(!outcome->connected);
    QCOMPARE(outcome->report.failedKeys(), QStringList { QStringLiteral("permissions") });
    const NamedCheck& check = outcome->report.checks.at(5);
    QCOMPARE(check.code, QStringLiteral("salesforce.permissions-missing"));
    QVERIFY2(check.message.contains(named), qPrintable(check.message));
    QVERIFY2(check.fix.contains(QStringLiteral("Salesforce Setup")), qPrintable(check.fix));
    QStringList notGranted;
    for (const SalesforcePermission& found : outcome->findings.permissions) {
        if (!found.granted) {
            notGranted << found.key;
        }
    }
    QCOMPARE(notGranted, missing);
    QVERIFY(!stored().has_value());
    QCOMPARE(storedToken().error().kind, ErrorKind::NotFound);
}

void TestSalesforceConnectionService::missingObjectPermissionsAreEachNamed_data()
{
    QTest::addColumn<QStringList>("hidden"); // objects left out of the describe
    QTest::addColumn<bool>("taskWritable");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("everything") << QStringList() << true << QStringList();
    QTest::newRow("no lead") << QStringList { QStringLiteral("Lead") } << true
                             << QStringList { QStringLiteral("read-Lead") };
    QTest::newRow("no contact roles") << QStringList { QStringLiteral("OpportunityContactRole") } << true
                                      << QStringList { QStringLiteral("read-OpportunityContactRole") };
    QTest::newRow("read-only tasks") << QStringList() << false
                                     << QStringList { QStringLiteral("create-Task"),
                                            QStringLiteral("edit-Task") };
}

void TestSalesforceConnectionService::missingObjectPermissionsAreEachNamed()
{
    QFETCH(QStringList, hidden);
    QFETCH(bool, taskWritable);
    QFETCH(QStringList, missing);
    QJsonArray objects;
    for (const QString& name : { QStringLiteral("Lead"), QStringLiteral("Contact"), QStringLiteral("Account"),
             QStringLiteral("Opportunity"), QStringLiteral("OpportunityContactRole"),
             QStringLiteral("Task") }) {
        if (hidden.contains(name)) {
            continue;
        }
        const bool task = name == u"Task";
        objects.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("queryable"), true },
            { QStringLiteral("createable"), task && taskWritable },
            { QStringLiteral("updateable"), task && taskWritable } });
    }
    QStringList found;
    for (const SalesforcePermission& permission :
        SalesforceChecks::objectPermissions(QJsonObject { { QStringLiteral("sobjects"), objects } })) {
        if (!permission.granted) {
            found << permission.key;
            QVERIFY(!SalesforceChecks::permissionName(permission.key).isEmpty());
            QVERIFY(
                SalesforceChecks::permissionFix(permission.key).contains(QStringLiteral("Salesforce Setup")));
        }
    }
    QCOMPARE(found, missing);
}

QTEST_MAIN(TestSalesforceConnectionService)
#include "testsalesforceconnectionservice.moc"
