// The Marketo client's access token: one renewal in flight however many calls wait for it, renewal once
// on 601/602 (never a loop), the token only in the Authorization header, and credentials Marketo refuses
// explained.
#include "marketo/marketoclient.h"
#include "marketo/marketorequest.h"
#include "marketo/marketotokensource.h"
#include "marketotestsupport.h"
#include "sandboxclient.h"

#include <QtTest>

using namespace sia;
using namespace sia::sandbox;

class TestMarketoTokens : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void concurrentCallersShareOneRenewal();
    void expiredTokenIsRenewedOnceForConcurrentCallers();
    void refusedTokenIsRenewedOnceThenTheCallSucceeds_data();
    void refusedTokenIsRenewedOnceThenTheCallSucceeds();
    void tokenRefusedAgainAfterRenewalIsReported();
    void tokenIsRenewedShortlyBeforeItExpires();
    void tokenNeverTravelsInTheUrl();
    void wrongSecretIsExplained();
    void identityEndpointFailuresAreRetried();

private:
    void describeMany(MarketoClient& client, Outcomes<MarketoResponse>& outcomes, int count);
    qint64 identityCalls() const { return m_sandbox->counters().calls(QStringLiteral("marketo.identity")); }

    std::unique_ptr<Sandbox> m_sandbox;
};

void TestMarketoTokens::init()
{
    SandboxOptions options;
    options.people = 100;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
}

void TestMarketoTokens::cleanup()
{
    m_sandbox.reset();
}

void TestMarketoTokens::describeMany(MarketoClient& client, Outcomes<MarketoResponse>& outcomes, int count)
{
    for (int call = 0; call < count; ++call) {
        client.send(
            MarketoRequest::get(MarketoRequest::Api::Rest, QStringLiteral("/v1/leads/describe2.json")), this,
            outcomes.callback());
    }
}

void TestMarketoTokens::concurrentCallersShareOneRenewal()
{
    MarketoClient client(sandboxConnection(*m_sandbox));
    Outcomes<MarketoResponse> outcomes;
    describeMany(client, outcomes, 30);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 30, 30000);
    for (const auto& outcome : outcomes.all()) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    }
    QCOMPARE(identityCalls(), 1);
    QCOMPARE(client.tokens().renewalsStarted(), 1);
}

void TestMarketoTokens::expiredTokenIsRenewedOnceForConcurrentCallers()
{
    MarketoClient client(sandboxConnection(*m_sandbox));
    Outcomes<MarketoResponse> first;
    describeMany(client, first, 1);
    QTRY_COMPARE(first.size(), 1);
    QVERIFY(first.first().ok());
    // The token expires behind the client's back (its own clock says it has an hour left): every call
    // in flight is refused with 602, and they must share one renewal.
    m_sandbox->clock().advance(3601LL * 1000);
    Outcomes<MarketoResponse> outcomes;
    describeMany(client, outcomes, 25);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 25, 30000);
    for (const auto& outcome : outcomes.all()) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    }
    QVERIFY(m_sandbox->counters().value(QStringLiteral("marketo.refused.602")) >= 1);
    QCOMPARE(identityCalls(), 2); // the first token and exactly one renewal
}

void TestMarketoTokens::refusedTokenIsRenewedOnceThenTheCallSucceeds_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("601 invalid") << QStringLiteral("601");
    QTest::newRow("602 expired") << QStringLiteral("602");
}

void TestMarketoTokens::refusedTokenIsRenewedOnceThenTheCallSucceeds()
{
    QFETCH(QString, code);
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.describe2=%1@1").arg(code)).ok());
    MarketoClient client(sandboxConnection(*m_sandbox));
    Outcomes<MarketoResponse> outcomes;
    describeMany(client, outcomes, 1);
    QTRY_COMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes.first().ok(),
        qPrintable(outcomes.first().ok() ? QString() : outcomes.first().error().message));
    QCOMPARE(identityCalls(), 2);
    QCOMPARE(m_sandbox->counters().calls(QStringLiteral("marketo.describe2")), 2);
}

void TestMarketoTokens::tokenRefusedAgainAfterRenewalIsReported()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.describe2=601")).ok());
    MarketoClient client(sandboxConnection(*m_sandbox));
    Outcomes<MarketoResponse> outcomes;
    describeMany(client, outcomes, 1);
    QTRY_COMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes.first().ok());
    QCOMPARE(outcomes.first().error().code, QStringLiteral("marketo.601"));
    QVERIFY(outcomes.first().error().message.contains(QStringLiteral("601")));
    QCOMPARE(identityCalls(), 2); // one renewal, no loop
    QCOMPARE(m_sandbox->counters().calls(QStringLiteral("marketo.describe2")), 2);
}

void TestMarketoTokens::tokenIsRenewedShortlyBeforeItExpires()
{
    MarketoConnection connection = sandboxConnection(*m_sandbox);
    connection.tokenRenewalMargin = std::chrono::milliseconds(60'000);
    MarketoClient client(connection);
    qint64 now = 0; // the client's clock, moved with the sandbox's
    client.tokens().setClock([&now]() { return now; });
    Outcomes<MarketoResponse> outcomes;
    describeMany(client, outcomes, 1);
    QTRY_COMPARE(outcomes.size(), 1);
    QCOMPARE(identityCalls(), 1);

    // 50 s before expiry: inside the margin, so the next call renews first. Marketo answers the same
    // token with 50 s left, which the client then uses to its end instead of asking on every call.
    now += 3550'000;
    m_sandbox->clock().advance(3550'000);
    describeMany(client, outcomes, 1);
    QTRY_COMPARE(outcomes.size(), 2);
    QVERIFY(outcomes.all().at(1).ok());
    QCOMPARE(identityCalls(), 2);
    describeMany(client, outcomes, 3);
    QTRY_COMPARE(outcomes.size(), 5);
    QCOMPARE(identityCalls(), 2);

    // Past the expiry the client renews before calling: a new token, and no call refused with 602.
    now += 51'000;
    m_sandbox->clock().advance(51'000);
    describeMany(client, outcomes, 1);
    QTRY_COMPARE(outcomes.size(), 6);
    QVERIFY(outcomes.all().at(5).ok());
    QCOMPARE(identityCalls(), 3);
    QCOMPARE(m_sandbox->counters().value(QStringLiteral("marketo.refused.602")), 0);
}

void TestMarketoTokens::tokenNeverTravelsInTheUrl()
{
    // The sandbox refuses the retired access_token parameter everywhere (600) and counts every attempt.
    MarketoClient client(sandboxConnection(*m_sandbox));
    QStringList urls;
    connect(&client.network(), &QNetworkAccessManager::finished, this,
        [&urls](QNetworkReply* reply) { urls.append(reply->url().toString()); });
    Outcomes<MarketoResponse> outcomes;
    describeMany(client, outcomes, 3);
    client.send(MarketoRequest::get(MarketoRequest::Api::UserService,
                    QStringLiteral("/userservice/management/v1/users/allusers.json")),
        this, outcomes.callback());
    QTRY_COMPARE(outcomes.size(), 4);
    for (const auto& outcome : outcomes.all()) {
        QVERIFY(outcome.ok());
    }
    QCOMPARE(m_sandbox->counters().value(QStringLiteral("marketo.tokenInQuery")), 0);
    QVERIFY(urls.size() >= 5);
    const QString clientSecret = client.connection().clientSecret;
    for (const QString& url : std::as_const(urls)) {
        QVERIFY2(!url.contains(QStringLiteral("access_token")), qPrintable(url));
        QVERIFY2(!url.contains(clientSecret), "the client secret travelled in a URL");
    }
}

void TestMarketoTokens::wrongSecretIsExplained()
{
    MarketoConnection connection = sandboxConnection(*m_sandbox);
    connection.clientSecret = QStringLiteral("not-the-secret");
    MarketoClient client(connection);
    Outcomes<MarketoResponse> outcomes;
    describeMany(client, outcomes, 1);
    QTRY_COMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes.first().ok());
    QCOMPARE(outcomes.first().error().code, QStringLiteral("marketo.credentials"));
    QVERIFY(outcomes.first().error().message.contains(QStringLiteral("Bad client credentials")));
    QCOMPARE(identityCalls(), 1); // a wrong secret is not retried
    QCOMPARE(m_sandbox->counters().calls(QStringLiteral("marketo.describe2")), 0);
    // The "credentials accepted" check says the same.
    Outcomes<void> check;
    client.authenticate(this, check.callback());
    QTRY_COMPARE(check.size(), 1);
    QVERIFY(!check.first().ok());
    QCOMPARE(check.first().error().code, QStringLiteral("marketo.credentials"));
}

void TestMarketoTokens::identityEndpointFailuresAreRetried()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.identity=http503@1-2")).ok());
    MarketoClient client(sandboxConnection(*m_sandbox));
    Outcomes<MarketoResponse> outcomes;
    describeMany(client, outcomes, 3);
    QTRY_COMPARE(outcomes.size(), 3);
    for (const auto& outcome : outcomes.all()) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    }
    QCOMPARE(identityCalls(), 3); // two failures, one success: never two requests at once
    QCOMPARE(m_sandbox->counters().calls(QStringLiteral("marketo.describe2")), 3);
}

QTEST_GUILESS_MAIN(TestMarketoTokens)
#include "testmarketotokens.moc"
