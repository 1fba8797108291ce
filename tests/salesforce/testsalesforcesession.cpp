// The Salesforce session: an expired session refreshed exactly once for any number of concurrent callers,
// a refresh that does not cure it reported, a 401 that is not an expired session never refreshed, a
// rotated refresh token in the keychain before the new access token is used (and a failed write reported,
// the token unused), invalid_grant asking to connect again, a connected app that requires its secret, and
// disconnecting (revoked at Salesforce, gone from the keychain).
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforcesession.h"
#include "salesforcetestsupport.h"

using namespace sia;
using namespace salesforcetest;

namespace {

// The in-memory keychain, except that writes wait while `hold` is set, so a test can see what happens
// between Salesforce's answer and the keychain's.
class GatedSecretStore : public SecretStore
{
public:
    bool hold = false;
    bool failWrites = false;
    MemorySecretStore inner;
    QList<std::function<void()>> held;

    void write(const SecretKey& key, const QByteArray& secret, WriteDone done) override
    {
        if (failWrites) {
            inner.setUnavailable(true);
            inner.write(key, secret, [this, done = std::move(done)](Result<void> written) {
                inner.setUnavailable(false);
                done(written);
            });
            return;
        }
        if (hold) {
            held.append([this, key, secret, done = std::move(done)]() { inner.write(key, secret, done); });
            return;
        }
        inner.write(key, secret, std::move(done));
    }
    void read(const SecretKey& key, ReadDone done) override { inner.read(key, std::move(done)); }
    void remove(const SecretKey& key, WriteDone done) override { inner.remove(key, std::move(done)); }
    QString backendName() const override { return QStringLiteral("gated memory"); }
    void release()
    {
        hold = false;
        const auto pending = std::exchange(held, {});
        for (const auto& write : pending) {
            write();
        }
    }
};

const QString orgQuery = QStringLiteral("SELECT Id FROM Organization");

// A client whose keychain is the gated one.
struct GatedClient
{
    GatedSecretStore store;
    ConnectionSecrets secrets { store, QStringLiteral("/tmp/rotation/actions.sqlite") };
    SalesforceClient client;

    explicit GatedClient(SalesforceConnection connection)
        : client(std::move(connection), secrets)
    { }
};

} // namespace

class TestSalesforceSession : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void refreshesOnceForConcurrentCallers();
    void reportsASessionThatARefreshDoesNotCure();
    void neverRefreshesASessionNotValidForRest();
    void storesARotatedRefreshTokenBeforeUsingIt();
    void aRotatedTokenTheKeychainRefusesIsNotUsed();
    void invalidGrantAsksToConnectAgain();
    void aConnectedAppThatRequiresTheSecret();
    void disconnectRevokesAndForgets();

private:
    void start(sandbox::SandboxOptions options = {});
    void expireSessions();
    void inject(const QString& spec);
    Result<SalesforceQueryResult> query(SalesforceClient& client);
    // An org that rotates refresh tokens and a client connected to it, its session used once.
    std::unique_ptr<GatedClient> connectRotating(QString* refreshToken);

    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_control;
    std::unique_ptr<ClientFixture> m_fixture;
};

void TestSalesforceSession::start(sandbox::SandboxOptions options)
{
    m_callbacks = callbacksOnFreePorts();
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_control = std::make_unique<SandboxClient>(*m_sandbox);
    m_fixture = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
}

void TestSalesforceSession::cleanup()
{
    m_fixture.reset();
    m_control.reset();
    m_sandbox.reset();
}

void TestSalesforceSession::expireSessions()
{
    // Past the org's session timeout (2 hours without a call) on the sandbox's clock.
    m_control->control(
        "POST", QStringLiteral("/sandbox/clock"), { { QStringLiteral("advanceSeconds"), 7300 } });
}

void TestSalesforceSession::inject(const QString& spec)
{
    m_control->control("POST", QStringLiteral("/sandbox/faults"), { { QStringLiteral("spec"), spec } });
}

Result<SalesforceQueryResult> TestSalesforceSession::query(SalesforceClient& client)
{
    return await<SalesforceQueryResult>(
        [&](auto done) { SalesforceApi(client).query(orgQuery, this, done); });
}

std::unique_ptr<GatedClient> TestSalesforceSession::connectRotating(QString* refreshToken)
{
    sandbox::SandboxOptions options;
    options.salesforceRotateRefreshTokens = true;
    start(options);
    if (!m_sandbox) {
        return nullptr;
    }
    auto rotating = std::make_unique<GatedClient>(connectionTo(*m_sandbox, m_callbacks));
    SalesforceAuthorization authorization(rotating->client, m_fixture->browser);
    const Result<SalesforceTokens> connected
        = await<SalesforceTokens>([&](auto done) { authorization.start(done); });
    if (!connected.ok() || !query(rotating->client).ok()) {
        return nullptr;
    }
    if (refreshToken) {
        *refreshToken = connected->refreshToken;
    }
    return rotating;
}

void TestSalesforceSession::refreshesOnceForConcurrentCallers()
{
    start();
    QVERIFY(m_fixture->connect().ok());
    QVERIFY(query(*m_fixture->client).ok()); // the API version is known, the session used
    expireSessions();
    std::vector<Result<SalesforceQueryResult>> outcomes;
    for (int i = 0; i < 6; ++i) {
        SalesforceApi(*m_fixture->client).query(orgQuery, this, [&outcomes](Result<SalesforceQueryResult> r) {
            outcomes.push_back(std::move(r));
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(int(outcomes.size()), 6, 20000);
    for (const auto& outcome : outcomes) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    }
    QCOMPARE(m_fixture->client->session().refreshesStarted(), 1);
    QCOMPARE(callsOf(*m_control, "salesforce.token"), 2); // the code exchange and one refresh
}

void TestSalesforceSession::reportsASessionThatARefreshDoesNotCure()
{
    start();
    QVERIFY(m_fixture->connect().ok());
    QVERIFY(query(*m_fixture->client).ok());
    inject(QStringLiteral("salesforce.query=401"));
    const qint64 before = callsOf(*m_control, "salesforce.query");
    const Result<SalesforceQueryResult> answer = query(*m_fixture->client);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, QStringLiteral("salesforce.INVALID_SESSION_ID"));
    QVERIFY(answer.error().message.contains(QLatin1String("Connect to Salesforce again")));
    QCOMPARE(m_fixture->client->session().refreshesStarted(), 1);
    QCOMPARE(callsOf(*m_control, "salesforce.query") - before, 2); // once, then once more after the refresh
}

void TestSalesforceSession::neverRefreshesASessionNotValidForRest()
{
    start();
    QVERIFY(m_fixture->connect().ok());
    QVERIFY(query(*m_fixture->client).ok());
    inject(QStringLiteral("salesforce.query=INVALID_SESSION_REST"));
    const qint64 before = callsOf(*m_control, "salesforce.query");
    const Result<SalesforceQueryResult> answer = query(*m_fixture->client);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, QStringLiteral("salesforce.session-not-for-rest"));
    QVERIFY(answer.error().message.contains(QLatin1String("\"api\"")));
    QCOMPARE(m_fixture->client->session().refreshesStarted(), 0);
    QCOMPARE(callsOf(*m_control, "salesforce.query") - before, 1);
}

void TestSalesforceSession::storesARotatedRefreshTokenBeforeUsingIt()
{
    QString firstRefreshToken;
    const auto rotating = connectRotating(&firstRefreshToken);
    QVERIFY(rotating);
    GatedSecretStore& store = rotating->store;
    SalesforceClient& client = rotating->client;
    expireSessions();
    store.hold = true;
    const qint64 before = callsOf(*m_control, "salesforce.query");
    std::optional<Result<SalesforceQueryResult>> outcome;
    SalesforceApi(client).query(
        orgQuery, this, [&outcome](Result<SalesforceQueryResult> r) { outcome = std::move(r); });
    QTRY_COMPARE_WITH_TIMEOUT(store.held.size(), 1, 20000); // Salesforce answered the refresh, rotated
    // Only the attempt that met the expired session has reached Salesforce: the new access token waits.
    QCOMPARE(callsOf(*m_control, "salesforce.query") - before, 1);
    QVERIFY(!outcome.has_value());
    store.release();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY(outcome->ok());
    QCOMPARE(callsOf(*m_control, "salesforce.query") - before, 2);
    const Result<QByteArray> stored = readAndWaitFor(rotating->secrets);
    QVERIFY(stored.ok());
    QVERIFY(QString::fromUtf8(*stored) != firstRefreshToken); // the rotated one
    // And it is the one that works: the next refresh presents it.
    expireSessions();
    QVERIFY(query(client).ok());
    QCOMPARE(client.session().refreshesStarted(), 2);
}

void TestSalesforceSession::aRotatedTokenTheKeychainRefusesIsNotUsed()
{
    const auto rotating = connectRotating(nullptr);
    QVERIFY(rotating);
    GatedSecretStore& store = rotating->store;
    SalesforceClient& client = rotating->client;
    expireSessions();
    store.failWrites = true;
    const qint64 before = callsOf(*m_control, "salesforce.query");
    const Result<SalesforceQueryResult> answer = query(client);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, QStringLiteral("salesforce.refresh-token-not-stored"));
    QCOMPARE(callsOf(*m_control, "salesforce.query") - before, 1); // the new access token was never used
    QVERIFY(client.session().currentAccessToken().isEmpty());
}

void TestSalesforceSession::invalidGrantAsksToConnectAgain()
{
    start();
    QVERIFY(m_fixture->connect().ok());
    QVERIFY(query(*m_fixture->client).ok());
    inject(QStringLiteral("salesforce.token=invalid_grant"));
    expireSessions();
    const Result<SalesforceQueryResult> answer = query(*m_fixture->client);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, QStringLiteral("salesforce.oauth.invalid_grant"));
    QVERIFY(answer.error().message.contains(QLatin1String("Connect to Salesforce again")));
    QCOMPARE(m_fixture->client->session().refreshesStarted(), 1);
}

void TestSalesforceSession::aConnectedAppThatRequiresTheSecret()
{
    sandbox::SandboxOptions options;
    options.salesforceRequireSecret = true;
    start(options);
    const Result<SalesforceTokens> withoutSecret = m_fixture->connect();
    QVERIFY(!withoutSecret.ok());
    QCOMPARE(withoutSecret.error().code, QStringLiteral("salesforce.oauth.invalid_client"));
    QVERIFY(withoutSecret.error().message.contains(QLatin1String("consumer secret")));
    QCOMPARE(m_fixture->storedRefreshToken().error().kind, ErrorKind::NotFound);
    const Result<QString> none
        = await<QString>([&](auto done) { SalesforceClient::readConsumerSecret(m_fixture->secrets, done); });
    QVERIFY(none.ok() && none->isEmpty()); // none stored: the app is taken not to require one

    // The admin entered the secret; it is kept in the keychain and read from there.
    MemorySecretStore store;
    ConnectionSecrets secrets(store, QStringLiteral("/tmp/secret/actions.sqlite"));
    QVERIFY(await<void>([&](auto done) {
        secrets.write(
            ConnectionSecret::SalesforceConsumerSecret, info(*m_sandbox, "consumerSecret").toUtf8(), done);
    }).ok());
    const Result<QString> secret
        = await<QString>([&](auto done) { SalesforceClient::readConsumerSecret(secrets, done); });
    QVERIFY(secret.ok());
    SalesforceConnection connection = connectionTo(*m_sandbox, m_callbacks);
    connection.consumerSecret = *secret;
    ClientFixture withSecret(*m_sandbox, connection);
    QVERIFY(withSecret.connect().ok());
    QVERIFY(query(*withSecret.client).ok());
    expireSessions();
    QVERIFY(query(*withSecret.client).ok()); // the refresh sends it too
    QCOMPARE(withSecret.client->session().refreshesStarted(), 1);
}

void TestSalesforceSession::disconnectRevokesAndForgets()
{
    start();
    const Result<SalesforceTokens> connected = m_fixture->connect();
    QVERIFY(connected.ok());
    QVERIFY(await<void>([&](auto done) { m_fixture->client->disconnectOrg(this, done); }).ok());
    QCOMPARE(m_fixture->storedRefreshToken().error().kind, ErrorKind::NotFound);
    const Result<SalesforceQueryResult> answer = query(*m_fixture->client);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, QStringLiteral("salesforce.not-connected"));
    // Revoked at Salesforce: the old refresh token no longer works anywhere.
    const HttpResult refreshed = m_control->post(QStringLiteral("/services/oauth2/token"),
        QByteArray("grant_type=refresh_token&client_id=")
            + QUrl::toPercentEncoding(info(*m_sandbox, "consumerKey"))
            + "&refresh_token=" + QUrl::toPercentEncoding(connected->refreshToken),
        "application/x-www-form-urlencoded");
    QCOMPARE(refreshed.status, 400);
}

QTEST_GUILESS_MAIN(TestSalesforceSession)
#include "testsalesforcesession.moc"
