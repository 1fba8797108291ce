// Salesforce's instance_url is another host than its login host: the sandbox serves OAuth and identity on
// its main listener and the REST API on a listener of its own (another port), names that one in token
// answers, identity URLs and user info, and answers each on the wrong host with a not-found page.
#include "salesforcetestsession.h"

#include <QTcpServer>
#include <QtTest>

using namespace sia::sandbox;
using namespace salesforcetest;

namespace {

// A 404 with an HTML page, not JSON in either of Salesforce's shapes.
bool isNotFoundPage(const HttpResult& answer)
{
    return answer.status == 404 && answer.header("Content-Type").startsWith("text/html")
        && QJsonDocument::fromJson(answer.body).isNull();
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

class TestSalesforceInstanceHost : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theReadyLineNamesBothHosts();
    void tokenAnswersNameTheInstance();
    void theInstanceIsNamedWithTheHostTheClientNamed();
    void restOnTheLoginHostIsNotFound_data();
    void restOnTheLoginHostIsNotFound();
    void oauthAndIdentityOnTheInstanceAreNotFound_data();
    void oauthAndIdentityOnTheInstanceAreNotFound();
    void identityAndUserInfoUrlsPointAtTheInstance_data();
    void identityAndUserInfoUrlsPointAtTheInstance();
    void theInstancePortCanBeFixedButNotShared();

private:
    qint64 apiRequestsUsed();
    qint64 counter(const QString& name) const { return m_sandbox->counters().value(name); }

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_login; // the main listener only, as a client that ignored instance_url
    std::unique_ptr<SandboxClient> m_instance; // the instance only
};

void TestSalesforceInstanceHost::init()
{
    SandboxOptions options;
    options.people = 50;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_login = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
    m_login->network().setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_instance = std::make_unique<SandboxClient>(m_sandbox->salesforceInstanceUrl());
    m_instance->network().setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void TestSalesforceInstanceHost::cleanup()
{
    m_login.reset();
    m_instance.reset();
    m_sandbox.reset();
}

qint64 TestSalesforceInstanceHost::apiRequestsUsed()
{
    return m_login->control("GET", QStringLiteral("/sandbox/counters"))
        .value(QStringLiteral("salesforce"))
        .toObject()
        .value(QStringLiteral("dailyApiRequestsUsed"))
        .toInteger();
}

void TestSalesforceInstanceHost::theReadyLineNamesBothHosts()
{
    const QJsonObject salesforce = credentials(*m_sandbox);
    const QUrl login(text(salesforce, "loginUrl"));
    const QUrl instance(text(salesforce, "instanceUrl"));
    QCOMPARE(login, m_sandbox->baseUrl());
    QCOMPARE(instance, m_sandbox->salesforceInstanceUrl());
    QCOMPARE(instance.host(), login.host());
    QVERIFY(instance.port() > 0);
    QVERIFY(instance.port() != login.port());
    // Marketo and the control API stay on the main listener.
    QVERIFY(text(m_sandbox->readyInfo().value(QStringLiteral("marketo")).toObject(), "restUrl")
                .startsWith(login.toString() + QLatin1Char('/')));
}

void TestSalesforceInstanceHost::tokenAnswersNameTheInstance()
{
    const HttpResult granted = passwordGrant(*m_login, credentials(*m_sandbox));
    QCOMPARE(granted.status, 200);
    const QJsonObject token = granted.object();
    const QUrl instance(text(token, "instance_url"));
    QCOMPARE(instance, m_sandbox->salesforceInstanceUrl());
    QVERIFY(instance.port() != m_sandbox->baseUrl().port());
    // The identity URL stays on the login host.
    QCOMPARE(QUrl(text(token, "id")).port(), m_sandbox->baseUrl().port());

    const Session session = Session::fromTokenAnswer(*m_login, granted);
    const HttpResult leads = session.query(QStringLiteral("SELECT Id FROM Lead LIMIT 3"));
    QCOMPARE(leads.status, 200);
    QCOMPARE(leads.object().value(QStringLiteral("records")).toArray().size(), 3);
}

void TestSalesforceInstanceHost::theInstanceIsNamedWithTheHostTheClientNamed()
{
    QUrl named = m_sandbox->baseUrl();
    named.setHost(QStringLiteral("localhost"));
    SandboxClient client(named);
    const HttpResult granted = passwordGrant(client, credentials(*m_sandbox));
    QCOMPARE(granted.status, 200);
    QUrl expected = m_sandbox->salesforceInstanceUrl();
    expected.setHost(QStringLiteral("localhost"));
    QCOMPARE(QUrl(text(granted.object(), "instance_url")), expected);
    QCOMPARE(Session::fromTokenAnswer(client, granted).get(QStringLiteral("/limits")).status, 200);
}

void TestSalesforceInstanceHost::restOnTheLoginHostIsNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    const QString v = QStringLiteral("/services/data/") + apiVersion;
    QTest::newRow("versions") << QByteArray("GET") << QStringLiteral("/services/data/");
    QTest::newRow("versions without slash") << QByteArray("GET") << QStringLiteral("/services/data");
    QTest::newRow("resources") << QByteArray("GET") << v;
    QTest::newRow("limits") << QByteArray("GET") << QString(v + QStringLiteral("/limits"));
    QTest::newRow("query") << QByteArray("GET")
                           << QString(v + QStringLiteral("/query?q=SELECT+Id+FROM+Lead"));
    QTest::newRow("task create") << QByteArray("POST") << QString(v + QStringLiteral("/sobjects/Task"));
    QTest::newRow("unknown") << QByteArray("GET") << QString(v + QStringLiteral("/nothing/here"));
}

void TestSalesforceInstanceHost::restOnTheLoginHostIsNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const Session session = Session::open(*m_login, *m_sandbox);
    QVERIFY(!session.token().isEmpty());
    const qint64 used = apiRequestsUsed();
    const HttpResult answer = m_login->send(method, path, method == "POST" ? QByteArray("{}") : QByteArray(),
        session.headers({ { "Content-Type", "application/json" } }));
    QVERIFY2(isNotFoundPage(answer), answer.body.left(200).constData());
    QVERIFY(answer.header("Sforce-Limit-Info").isEmpty()); // not the REST API's answer
    QCOMPARE(apiRequestsUsed(), used); // nor one of its calls
    QCOMPARE(m_sandbox->counters().calls(QStringLiteral("salesforce.restOnLoginHost")), qint64(1));
    // The same call on the instance is the REST API's (here: served, or refused in its JSON shape).
    const HttpResult served
        = m_instance->send(method, path, method == "POST" ? QByteArray("{}") : QByteArray(),
            session.headers({ { "Content-Type", "application/json" } }));
    QVERIFY2(!QJsonDocument::fromJson(served.body).isNull(), served.body.left(200).constData());
}

void TestSalesforceInstanceHost::oauthAndIdentityOnTheInstanceAreNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // {identity}: the token's identity URL; {authorize}: the app's page
    QTest::addColumn<QByteArray>("body"); // {password grant}: the ready line's user and app
    QTest::newRow("token") << QByteArray("POST") << QStringLiteral("/services/oauth2/token")
                           << QByteArray("{password grant}");
    QTest::newRow("authorize page") << QByteArray("GET") << QStringLiteral("{authorize}") << QByteArray();
    QTest::newRow("revoke") << QByteArray("POST") << QStringLiteral("/services/oauth2/revoke")
                            << QByteArray("token=x");
    QTest::newRow("userinfo") << QByteArray("GET") << QStringLiteral("/services/oauth2/userinfo")
                              << QByteArray();
    QTest::newRow("identity") << QByteArray("GET") << QStringLiteral("{identity}") << QByteArray();
}

void TestSalesforceInstanceHost::oauthAndIdentityOnTheInstanceAreNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QJsonObject info = credentials(*m_sandbox);
    const HttpResult granted = passwordGrant(*m_login, info);
    const QJsonObject token = granted.object();
    if (path == u"{identity}") {
        path = QUrl(text(token, "id")).path();
    } else if (path == u"{authorize}") {
        path = QStringLiteral("/services/oauth2/authorize?")
            + QString::fromLatin1(form({ { QStringLiteral("response_type"), QStringLiteral("code") },
                { QStringLiteral("client_id"), text(info, "consumerKey") },
                { QStringLiteral("redirect_uri"), text(info, "callbackUrl") } }));
    }
    if (body == "{password grant}") {
        body = form({ { QStringLiteral("grant_type"), QStringLiteral("password") },
            { QStringLiteral("client_id"), text(info, "consumerKey") },
            { QStringLiteral("client_secret"), text(info, "consumerSecret") },
            { QStringLiteral("username"), text(info, "username") },
            { QStringLiteral("password"), text(info, "password") } });
    }
    const qint64 tokens = counter(QStringLiteral("salesforce.oauth.tokens"));
    const HttpResult answer = m_instance->send(method, path, body,
        { { "Content-Type", "application/x-www-form-urlencoded" },
            { "Authorization", "Bearer " + text(token, "access_token").toLatin1() } });
    QVERIFY2(isNotFoundPage(answer), answer.body.left(200).constData());
    QVERIFY(answer.header("Location").isEmpty()); // no redirect to the login host either
    QCOMPARE(counter(QStringLiteral("salesforce.oauth.tokens")), tokens); // nothing granted
    QCOMPARE(m_sandbox->counters().calls(QStringLiteral("salesforce.oauthOnInstance")), qint64(1));
    // The same call on the login host is served.
    QVERIFY(m_login
                ->send(method, path, body,
                    { { "Content-Type", "application/x-www-form-urlencoded" },
                        { "Authorization", "Bearer " + text(token, "access_token").toLatin1() } })
                .status
        != 404);
}

void TestSalesforceInstanceHost::identityAndUserInfoUrlsPointAtTheInstance_data()
{
    QTest::addColumn<QString>("resource");
    QTest::newRow("identity") << QStringLiteral("identity");
    QTest::newRow("userinfo") << QStringLiteral("/services/oauth2/userinfo");
}

void TestSalesforceInstanceHost::identityAndUserInfoUrlsPointAtTheInstance()
{
    QFETCH(QString, resource);
    const QJsonObject info = credentials(*m_sandbox);
    const QJsonObject token = passwordGrant(*m_login, info).object();
    const QString path = resource == u"identity" ? QUrl(text(token, "id")).path() : resource;
    const HttpResult answer
        = m_login->get(path, { { "Authorization", "Bearer " + text(token, "access_token").toLatin1() } });
    QCOMPARE(answer.status, 200);
    const QString instance = m_sandbox->salesforceInstanceUrl().toString();
    const QJsonObject urls = answer.object().value(QStringLiteral("urls")).toObject();
    for (const char* key : { "rest", "sobjects", "query", "search", "tooling_rest", "enterprise", "partner",
             "profile", "custom_domain" }) {
        QVERIFY2(text(urls, key) == instance || text(urls, key).startsWith(instance + QLatin1Char('/')),
            qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(key), text(urls, key))));
    }
    // The REST URL works where it points, with the version filled in as a client does.
    const QString rest = text(urls, "rest").replace(QStringLiteral("{version}"), apiVersion.mid(1));
    QCOMPARE(m_login
                 ->get(rest + QStringLiteral("limits"),
                     { { "Authorization", "Bearer " + text(token, "access_token").toLatin1() } })
                 .status,
        200);
    if (resource != u"identity") {
        QVERIFY(text(answer.object(), "profile").startsWith(instance + QLatin1Char('/')));
        QCOMPARE(text(answer.object(), "sub"), text(token, "id")); // the identity URL, on the login host
    }
}

void TestSalesforceInstanceHost::theInstancePortCanBeFixedButNotShared()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    SandboxOptions options;
    options.people = 50;
    options.salesforceInstancePort = port;
    const std::unique_ptr<Sandbox> fixed = startSandbox(options);
    QVERIFY(fixed);
    QCOMPARE(fixed->salesforceInstanceUrl().port(), int(port));
    QCOMPARE(QUrl(text(credentials(*fixed), "instanceUrl")).port(), int(port));

    options.port = port + 1 > 65535 ? port - 1 : port + 1;
    options.salesforceInstancePort = options.port;
    Sandbox shared(options);
    const sia::Result<void> started = shared.start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, QStringLiteral("sandbox.instancePort"));
}

QTEST_GUILESS_MAIN(TestSalesforceInstanceHost)
#include "testsalesforceinstancehost.moc"
