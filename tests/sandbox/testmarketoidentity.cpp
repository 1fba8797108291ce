// Marketo's identity service and token checks: client credentials by GET and POST, the same token with its
// remaining lifetime when asked again, 401 for bad credentials, 600/601/602 on REST calls, and the retired
// access_token parameter refused on REST, bulk and user management calls, even beside a valid header.
#include "sandbox/marketo/marketotokens.h"
#include "sandboxclient.h"

#include <QtTest>

using namespace sia::sandbox;

class TestMarketoIdentity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void issuesTokenByGet();
    void issuesTokenByPostForm();
    void givesTheSameTokenWithItsRemainingLifetime();
    void givesANewTokenAfterExpiry();
    void refusesBadClientCredentials();
    void refusesMissingOrUnknownGrant();
    void restCallWithoutTokenIs600();
    void restCallWithUnknownTokenIs601();
    void restCallWithExpiredTokenIs602();
    void tokenInQueryIsRefusedEverywhere_data();
    void tokenInQueryIsRefusedEverywhere();
    void tokenInAFormBodyIsRefused();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    QString tokenPath() const
    {
        const marketo::MarketoCredentials c;
        return QStringLiteral(
            "/identity/oauth/token?grant_type=client_credentials&client_id=%1&client_secret=%2")
            .arg(c.clientId, c.clientSecret);
    }
};

void TestMarketoIdentity::init()
{
    SandboxOptions options;
    options.people = 100;
    options.marketoTokenLifetimeSeconds = 600;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void TestMarketoIdentity::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestMarketoIdentity::issuesTokenByGet()
{
    const HttpResult answer = m_client->get(tokenPath());
    QCOMPARE(answer.status, 200);
    const QJsonObject token = answer.object();
    QVERIFY(!token.value(QStringLiteral("access_token")).toString().isEmpty());
    QCOMPARE(token.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(token.value(QStringLiteral("expires_in")).toInt(), 600);
    QCOMPARE(token.value(QStringLiteral("scope")).toString(), marketo::MarketoCredentials().apiUserEmail);
}

void TestMarketoIdentity::issuesTokenByPostForm()
{
    const marketo::MarketoCredentials c;
    const QByteArray form = "grant_type=client_credentials&client_id=" + c.clientId.toLatin1()
        + "&client_secret=" + c.clientSecret.toLatin1();
    const HttpResult answer
        = m_client->post(QStringLiteral("/identity/oauth/token"), form, "application/x-www-form-urlencoded");
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.object().value(QStringLiteral("access_token")).toString().isEmpty());
}

void TestMarketoIdentity::givesTheSameTokenWithItsRemainingLifetime()
{
    const QJsonObject first = m_client->get(tokenPath()).object();
    m_sandbox->clock().advance(200'000);
    const QJsonObject second = m_client->get(tokenPath()).object();
    QCOMPARE(second.value(QStringLiteral("access_token")), first.value(QStringLiteral("access_token")));
    const int remaining = second.value(QStringLiteral("expires_in")).toInt();
    QVERIFY2(remaining <= 400 && remaining >= 398, qPrintable(QString::number(remaining)));
}

void TestMarketoIdentity::givesANewTokenAfterExpiry()
{
    const QString first
        = m_client->get(tokenPath()).object().value(QStringLiteral("access_token")).toString();
    m_sandbox->clock().advance(601'000);
    const QJsonObject second = m_client->get(tokenPath()).object();
    QVERIFY(second.value(QStringLiteral("access_token")).toString() != first);
    QCOMPARE(second.value(QStringLiteral("expires_in")).toInt(), 600);
}

void TestMarketoIdentity::refusesBadClientCredentials()
{
    const HttpResult answer = m_client->get(QStringLiteral(
        "/identity/oauth/token?grant_type=client_credentials&client_id=nobody&client_secret=wrong"));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.object().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
    QCOMPARE(answer.object().value(QStringLiteral("error_description")).toString(),
        QStringLiteral("Bad client credentials"));
}

void TestMarketoIdentity::refusesMissingOrUnknownGrant()
{
    QCOMPARE(m_client->get(QStringLiteral("/identity/oauth/token")).status, 400);
    const HttpResult password = m_client->get(QStringLiteral("/identity/oauth/token?grant_type=password"));
    QCOMPARE(password.status, 400);
    QCOMPARE(password.object().value(QStringLiteral("error")).toString(),
        QStringLiteral("unsupported_grant_type"));
}

void TestMarketoIdentity::restCallWithoutTokenIs600()
{
    const HttpResult answer = m_client->get(QStringLiteral("/rest/v1/leads/describe.json"));
    QCOMPARE(answer.status, 200); // Marketo says it in the body, not in the status
    QCOMPARE(answer.object().value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(answer.errorCode(), QStringLiteral("600"));
}

void TestMarketoIdentity::restCallWithUnknownTokenIs601()
{
    const HttpResult answer = m_client->get(
        QStringLiteral("/rest/v1/leads/describe.json"), { { "Authorization", "Bearer not-a-token:sj" } });
    QCOMPARE(answer.errorCode(), QStringLiteral("601"));
}

void TestMarketoIdentity::restCallWithExpiredTokenIs602()
{
    const QByteArray token
        = m_client->get(tokenPath()).object().value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(
        m_client
            ->get(QStringLiteral("/rest/v1/leads/describe.json"), { { "Authorization", "Bearer " + token } })
            .success());
    m_sandbox->clock().advance(600'000);
    const HttpResult answer = m_client->get(
        QStringLiteral("/rest/v1/leads/describe.json"), { { "Authorization", "Bearer " + token } });
    QCOMPARE(answer.errorCode(), QStringLiteral("602"));
    QCOMPARE(answer.object()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString(),
        QStringLiteral("Access token expired"));
}

void TestMarketoIdentity::tokenInQueryIsRefusedEverywhere_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withHeaderToo");
    QTest::addColumn<int>("status");
    for (const bool header : { false, true }) {
        const QByteArray suffix = header ? " beside a header" : " alone";
        QTest::newRow(QByteArray("rest" + suffix).constData())
            << QStringLiteral("/rest/v1/leads/describe.json") << header << 200;
        QTest::newRow(QByteArray("bulk" + suffix).constData())
            << QStringLiteral("/bulk/v1/leads/export.json") << header << 200;
        QTest::newRow(QByteArray("user management" + suffix).constData())
            << QStringLiteral("/userservice/management/v1/users/allusers.json") << header << 401;
    }
}

void TestMarketoIdentity::tokenInQueryIsRefusedEverywhere()
{
    QFETCH(QString, path);
    QFETCH(bool, withHeaderToo);
    QFETCH(int, status);
    const QString token
        = m_client->get(tokenPath()).object().value(QStringLiteral("access_token")).toString();
    RawHeaders headers;
    if (withHeaderToo) {
        headers.append({ "Authorization", "Bearer " + token.toLatin1() });
    }
    const HttpResult answer = m_client->get(path + QStringLiteral("?access_token=") + token, headers);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), QStringLiteral("600"));
    QVERIFY(!answer.success());
    QCOMPARE(m_sandbox->counters().value(QStringLiteral("marketo.tokenInQuery")), 1);
    // The same call with the header only is served.
    const HttpResult served = m_client->get(path, { { "Authorization", "Bearer " + token.toLatin1() } });
    QCOMPARE(served.status, 200);
    QVERIFY2(served.errorCode().isEmpty(), served.body.constData());
}

void TestMarketoIdentity::tokenInAFormBodyIsRefused()
{
    const QString token
        = m_client->get(tokenPath()).object().value(QStringLiteral("access_token")).toString();
    const HttpResult answer = m_client->post(QStringLiteral("/rest/v1/leads.json?_method=GET"),
        "filterType=id&filterValues=1,2&access_token=" + token.toLatin1(),
        "application/x-www-form-urlencoded");
    QCOMPARE(answer.errorCode(), QStringLiteral("600"));
}

QTEST_GUILESS_MAIN(TestMarketoIdentity)
#include "testmarketoidentity.moc"
