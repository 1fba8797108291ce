// The Salesforce login in the browser, driven as a browser would drive the sandbox's login page: the code
// with PKCE (S256) exchanged and the refresh token in the keychain; the copy-login-link path; a busy first
// callback port and none free; cancel, timeout, a redirect with a wrong state and denied consent, each
// with its own message and nothing stored.
#include "salesforce/pkce.h"
#include "salesforce/salesforcesession.h"
#include "salesforcetestsupport.h"

using namespace sia;
using namespace salesforcetest;

class TestSalesforceAuthorization : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pkceChallengeIsTheS256OfTheVerifier();
    void connectsThroughTheLoginPageWithPkce();
    void theCopiedLoginLinkWorksWithoutTheBrowser();
    void skipsABusyFirstCallbackPort();
    void namesTheSettingWhenNoCallbackPortIsFree();
    void refusesAWrongState();
    void deniedConsentSaysSo();
    void cancelStopsListeningAndStoresNothing();
    void timesOutAndSaysWhatHappened();
    void anAppWithoutTheRefreshScopeIsRefused();
    void verifiesTheCertificateAndTrustsAnExtraCa();
    void acceptsOnlyAMyDomainOfSalesforce_data();
    void acceptsOnlyAMyDomainOfSalesforce();

private:
    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ClientFixture> m_fixture;
};

void TestSalesforceAuthorization::init()
{
    m_callbacks = { callbackAt(freePort()), callbackAt(freePort()) };
    m_sandbox = startOrg(m_callbacks);
    QVERIFY(m_sandbox);
    m_fixture = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
}

void TestSalesforceAuthorization::cleanup()
{
    m_fixture.reset();
    m_sandbox.reset();
}

void TestSalesforceAuthorization::pkceChallengeIsTheS256OfTheVerifier()
{
    // RFC 7636, appendix B.
    QCOMPARE(Pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
        QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const Pkce fresh = Pkce::generate();
    QCOMPARE(fresh.verifier.size(), 43);
    QVERIFY(fresh.verifier != Pkce::generate().verifier);
}

void TestSalesforceAuthorization::connectsThroughTheLoginPageWithPkce()
{
    const Result<SalesforceTokens> connected = m_fixture->connect();
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
    QCOMPARE(m_fixture->browser.opened.size(), 1);
    const QUrlQuery link(m_fixture->browser.opened.constFirst());
    QCOMPARE(link.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(link.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(link.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
        QStringLiteral("api refresh_token"));
    QCOMPARE(link.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
        m_callbacks.first().toString());
    // The REST API is on the instance, not the login host.
    QCOMPARE(connected->instanceUrl, m_sandbox->salesforceInstanceUrl());
    QVERIFY(connected->instanceUrl != QUrl(info(*m_sandbox, "loginUrl")));
    // The browser was told it can close the window.
    QTRY_VERIFY(m_fixture->browser.finished);
    QCOMPARE(m_fixture->browser.lastStatus, 200);
    QVERIFY(m_fixture->browser.lastPage.contains("You can close this window"));
    // The refresh token is in the keychain; the access token only in memory.
    const Result<QByteArray> stored = m_fixture->storedRefreshToken();
    QVERIFY(stored.ok());
    QCOMPARE(QString::fromUtf8(*stored), connected->refreshToken);
    QCOMPARE(m_fixture->client->session().currentAccessToken(), connected->accessToken);
}

void TestSalesforceAuthorization::theCopiedLoginLinkWorksWithoutTheBrowser()
{
    m_fixture->browser.act = ScriptedBrowser::Act::Ignore; // the browser did not open
    SalesforceAuthorization authorization(*m_fixture->client, m_fixture->browser);
    std::optional<Result<SalesforceTokens>> outcome;
    QSignalSpy waiting(&authorization, &SalesforceAuthorization::waitingForBrowser);
    authorization.start([&outcome](Result<SalesforceTokens> result) { outcome = std::move(result); });
    QCOMPARE(waiting.size(), 1);
    QVERIFY(authorization.loginLink().isValid());
    QCOMPARE(waiting.first().first().toUrl(), authorization.loginLink());
    // The admin pastes the link into a browser of their own.
    ScriptedBrowser pasted;
    pasted.username = info(*m_sandbox, "username");
    pasted.password = info(*m_sandbox, "password");
    pasted.visit(authorization.loginLink());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY(outcome->ok());
}

void TestSalesforceAuthorization::skipsABusyFirstCallbackPort()
{
    QTcpServer holder; // another program holds the first port
    QVERIFY(holder.listen(QHostAddress::LocalHost, quint16(m_callbacks.first().port())));
    SalesforceAuthorization authorization(*m_fixture->client, m_fixture->browser);
    std::optional<Result<SalesforceTokens>> outcome;
    authorization.start([&outcome](Result<SalesforceTokens> result) { outcome = std::move(result); });
    QCOMPARE(authorization.callbackUrl(), m_callbacks.at(1));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().message));
    QCOMPARE(QUrlQuery(m_fixture->browser.opened.constFirst())
                 .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
        m_callbacks.at(1).toString());
}

void TestSalesforceAuthorization::namesTheSettingWhenNoCallbackPortIsFree()
{
    QTcpServer first;
    QTcpServer second;
    QVERIFY(first.listen(QHostAddress::LocalHost, quint16(m_callbacks.at(0).port())));
    QVERIFY(second.listen(QHostAddress::LocalHost, quint16(m_callbacks.at(1).port())));
    const Result<SalesforceTokens> connected = m_fixture->connect();
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().code, QStringLiteral("salesforce.callback-busy"));
    QVERIFY(connected.error().message.contains(QLatin1String("salesforce.callback-urls")));
    QVERIFY(connected.error().message.contains(m_callbacks.at(1).toString()));
    QVERIFY(m_fixture->browser.opened.isEmpty()); // no browser opened for a login that cannot come back
}

void TestSalesforceAuthorization::refusesAWrongState()
{
    m_fixture->browser.act = ScriptedBrowser::Act::WrongState;
    const Result<SalesforceTokens> connected = m_fixture->connect();
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().code, QStringLiteral("salesforce.authorize.state"));
    QTRY_VERIFY(m_fixture->browser.finished);
    QVERIFY(m_fixture->browser.lastPage.contains("does not match"));
    QCOMPARE(m_fixture->storedRefreshToken().error().kind, ErrorKind::NotFound);
}

void TestSalesforceAuthorization::deniedConsentSaysSo()
{
    m_fixture->browser.act = ScriptedBrowser::Act::Deny;
    const Result<SalesforceTokens> connected = m_fixture->connect();
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().code, QStringLiteral("salesforce.authorize.access_denied"));
    QVERIFY(connected.error().message.contains(QLatin1String("denied")));
    QCOMPARE(m_fixture->storedRefreshToken().error().kind, ErrorKind::NotFound);
}

void TestSalesforceAuthorization::cancelStopsListeningAndStoresNothing()
{
    m_fixture->browser.act = ScriptedBrowser::Act::Ignore;
    SalesforceAuthorization authorization(*m_fixture->client, m_fixture->browser);
    std::optional<Result<SalesforceTokens>> outcome;
    authorization.start([&outcome](Result<SalesforceTokens> result) { outcome = std::move(result); });
    QVERIFY(authorization.running());
    authorization.cancel();
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code, QStringLiteral("salesforce.authorize.cancelled"));
    // The port is free again: a retry can listen there at once.
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, quint16(m_callbacks.first().port())));
    again.close();
    // A redirect that arrives after the cancel changes nothing.
    ScriptedBrowser late;
    late.username = info(*m_sandbox, "username");
    late.password = info(*m_sandbox, "password");
    late.visit(authorization.loginLink());
    QTRY_VERIFY_WITH_TIMEOUT(late.finished || late.lastStatus != 0, 20000);
    QCOMPARE(m_fixture->storedRefreshToken().error().kind, ErrorKind::NotFound);
}

void TestSalesforceAuthorization::timesOutAndSaysWhatHappened()
{
    SalesforceConnection connection = connectionTo(*m_sandbox, m_callbacks);
    connection.authorizationTimeout = std::chrono::milliseconds(200);
    ClientFixture fixture(*m_sandbox, connection);
    fixture.browser.act = ScriptedBrowser::Act::Ignore;
    const Result<SalesforceTokens> connected = fixture.connect();
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().code, QStringLiteral("salesforce.authorize.timeout"));
    QVERIFY(connected.error().message.contains(QLatin1String("copy the login link")));
}

void TestSalesforceAuthorization::anAppWithoutTheRefreshScopeIsRefused()
{
    SalesforceConnection connection = connectionTo(*m_sandbox, m_callbacks);
    connection.scopes = { QStringLiteral("api") }; // as an app that does not offer refresh_token grants
    ClientFixture fixture(*m_sandbox, connection);
    const Result<SalesforceTokens> connected = fixture.connect();
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().code, QStringLiteral("salesforce.no-refresh-token"));
    QVERIFY(connected.error().message.contains(QLatin1String("refresh_token")));
    QVERIFY(fixture.client->session().currentAccessToken().isEmpty());
}

void TestSalesforceAuthorization::verifiesTheCertificateAndTrustsAnExtraCa()
{
    sandbox::SandboxOptions options;
    options.tls = true;
    const std::unique_ptr<sandbox::Sandbox> secure = startOrg(m_callbacks, options);
    QVERIFY(secure);
    const QList<QSslCertificate> certificate = QSslCertificate::fromData(
        secure->readyInfo().value(QStringLiteral("certificatePem")).toString().toLatin1());
    QCOMPARE(certificate.size(), 1);
    SalesforceConnection connection = connectionTo(*secure, m_callbacks);
    QCOMPARE(connection.loginUrl.scheme(), QStringLiteral("https"));
    {
        ClientFixture untrusting(*secure, connection);
        untrusting.browser.trusted = certificate; // the browser got through; the product must not
        const Result<SalesforceTokens> refused = untrusting.connect();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("salesforce.tls"));
        QVERIFY(refused.error().message.contains(QLatin1String("extra trusted certificate")));
    }
    connection.extraCaCertificates = certificate;
    ClientFixture trusting(*secure, connection);
    trusting.browser.trusted = certificate;
    QVERIFY(trusting.connect().ok());
    const Result<QString> version
        = await<QString>([&](auto done) { trusting.client->apiVersion(this, done); });
    QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error().message));
}

void TestSalesforceAuthorization::acceptsOnlyAMyDomainOfSalesforce_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("loginUrl"); // empty: refused
    QTest::newRow("name") << "acme"
                          << "https://acme.my.salesforce.com";
    QTest::newRow("host") << "Acme.my.salesforce.com"
                          << "https://acme.my.salesforce.com";
    QTest::newRow("url") << "https://acme.my.salesforce.com/"
                         << "https://acme.my.salesforce.com";
    QTest::newRow("sandbox org") << "acme--uat.sandbox.my.salesforce.com"
                                 << "https://acme--uat.sandbox.my.salesforce.com";
    QTest::newRow("another host") << "login.example.com" << QString();
    QTest::newRow("look-alike") << "acme.my.salesforce.com.example.com" << QString();
    QTest::newRow("empty") << "" << QString();
}

void TestSalesforceAuthorization::acceptsOnlyAMyDomainOfSalesforce()
{
    QFETCH(QString, typed);
    QFETCH(QString, loginUrl);
    const Result<QUrl> host = SalesforceLoginHost::myDomain(typed);
    if (loginUrl.isEmpty()) {
        QVERIFY(!host.ok());
        QCOMPARE(host.error().code, QStringLiteral("salesforce.my-domain"));
        return;
    }
    QVERIFY(host.ok());
    QCOMPARE(host->toString(), loginUrl);
}

QTEST_GUILESS_MAIN(TestSalesforceAuthorization)
#include "testsalesforceauthorization.moc"
