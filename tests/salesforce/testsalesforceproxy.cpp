// The Salesforce client through the same proxy and certificate file as the Marketo client: with the
// settings' NetworkSettings applied (the proxy on the client's manager with its keychain password, the
// file's certificates in its connection), the token exchange to the login host and the REST calls to the
// instance go through a real HTTP CONNECT proxy on 127.0.0.1 to a sandbox served over TLS (--tls); a wrong
// proxy password fails with its own message, and without the certificate the call is refused and says why.
#include "connections/connectionsecrets.h"
#include "network/extracafile.h"
#include "network/networksettings.h"
#include "salesforce/salesforceclient.h"
#include "salesforcetestsupport.h"
#include "testhttpproxy.h"

#include <QFile>
#include <QTemporaryDir>

using namespace sia;
using namespace salesforcetest;

class TestSalesforceProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loginAndCallsGoThroughTheProxy();
    void wrongProxyPasswordHasItsOwnMessage();
    void withoutTheCertificateFileTheLoginIsRefused();

private:
    NetworkSettings settings(const QString& user, bool withCertificate);
    Result<void> apply(const NetworkSettings& network, ClientFixture& fixture);
    std::unique_ptr<ClientFixture> fixture(const NetworkSettings& network);

    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<test::TestHttpProxy> m_proxy;
    QList<QSslCertificate> m_certificate;
    QTemporaryDir m_dir;
};

void TestSalesforceProxy::init()
{
    sandbox::SandboxOptions options;
    options.tls = true;
    m_callbacks = { callbackAt(freePort()) };
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_certificate = QSslCertificate::fromData(m_sandbox->certificatePem(), QSsl::Pem);
    m_proxy = std::make_unique<test::TestHttpProxy>();
    QVERIFY(m_proxy->listen());
    m_proxy->route(
        QStringLiteral("localhost:%1").arg(m_sandbox->baseUrl().port()), m_sandbox->baseUrl().port());
    m_proxy->route(QStringLiteral("localhost:%1").arg(m_sandbox->salesforceInstanceUrl().port()),
        m_sandbox->salesforceInstanceUrl().port());
}

void TestSalesforceProxy::cleanup()
{
    m_proxy.reset();
    m_sandbox.reset();
}

NetworkSettings TestSalesforceProxy::settings(const QString& user, bool withCertificate)
{
    NetworkSettings network;
    const QString userPart = user.isEmpty() ? QString() : user + u'@';
    network.proxy = *ProxyChoice::fromSettingValues(QStringLiteral("manual"),
        QStringLiteral("http://") + userPart + QStringLiteral("127.0.0.1:%1").arg(m_proxy->port()));
    if (withCertificate) {
        network.extraCaFile = m_dir.filePath(QStringLiteral("sandbox-ca.pem"));
        QFile file(network.extraCaFile);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(m_sandbox->certificatePem());
        }
        file.close();
        network.extraCaCertificates
            = *ExtraCaFile::load(network.extraCaFile, QDateTime::currentDateTimeUtc());
    }
    return network;
}

std::unique_ptr<ClientFixture> TestSalesforceProxy::fixture(const NetworkSettings& network)
{
    SalesforceConnection connection = connectionTo(*m_sandbox, m_callbacks);
    connection.loginUrl.setHost(QStringLiteral("localhost")); // the name the certificate carries
    connection.extraCaCertificates += network.extraCaCertificates;
    connection.retry.maxAttempts = 1;
    auto made = std::make_unique<ClientFixture>(*m_sandbox, connection);
    made->browser.trusted = m_certificate; // the system browser is told apart: it trusts the sandbox
    return made;
}

Result<void> TestSalesforceProxy::apply(const NetworkSettings& network, ClientFixture& fixture)
{
    return await<void>(
        [&](auto done) { network.applyProxy(fixture.client->network(), fixture.secrets, done); });
}

void TestSalesforceProxy::loginAndCallsGoThroughTheProxy()
{
    const NetworkSettings network = settings({}, true);
    auto org = fixture(network);
    QVERIFY(apply(network, *org).ok());
    const Result<SalesforceTokens> connected = org->connect();
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
    const Result<SalesforceResponse> limits = await<SalesforceResponse>([&](auto done) {
        org->client->send(
            SalesforceRequest::get(SalesforceRequest::Api::Data, QStringLiteral("/limits")), this, done);
    });
    QVERIFY2(limits.ok(), qPrintable(limits.ok() ? QString() : limits.error().message));
    const QStringList through = m_proxy->forwardedHosts();
    QVERIFY2(through.contains(QStringLiteral("localhost:%1").arg(m_sandbox->baseUrl().port())),
        qPrintable(through.join(u' '))); // the token exchange
    QVERIFY2(through.contains(QStringLiteral("localhost:%1").arg(m_sandbox->salesforceInstanceUrl().port())),
        qPrintable(through.join(u' '))); // the REST calls
    QCOMPARE(NetworkProxy::describe(
                 NetworkProxy::proxyFor(org->client->network(), org->client->connection().loginUrl)),
        network.proxy.displayUrl());
}

void TestSalesforceProxy::wrongProxyPasswordHasItsOwnMessage()
{
    m_proxy->requireCredentials(QStringLiteral("alice"), QStringLiteral("the-right-one"));
    const NetworkSettings network = settings(QStringLiteral("alice"), true);
    auto org = fixture(network);
    QVERIFY(await<void>([&](auto done) {
        org->secrets.write(ConnectionSecret::ProxyPassword, "a-stale-one", done);
    }).ok());
    QVERIFY(apply(network, *org).ok());
    const Result<SalesforceTokens> refused = org->connect();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code,
        QStringLiteral("salesforce.network.%1").arg(int(QNetworkReply::ProxyAuthenticationRequiredError)));
    QVERIFY2(
        refused.error().message.contains(QStringLiteral("password")), qPrintable(refused.error().message));
    QVERIFY(m_proxy->refusedRequests() >= 1);
}

void TestSalesforceProxy::withoutTheCertificateFileTheLoginIsRefused()
{
    const NetworkSettings network = settings({}, false);
    auto org = fixture(network);
    QVERIFY(apply(network, *org).ok());
    const Result<SalesforceTokens> refused = org->connect();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("salesforce.tls"));
    QVERIFY(refused.error().message.contains(QStringLiteral("extra trusted certificate")));
}

QTEST_GUILESS_MAIN(TestSalesforceProxy)
#include "testsalesforceproxy.moc"
