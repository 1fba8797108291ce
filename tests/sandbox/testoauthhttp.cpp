// Salesforce's OAuth 2.0 endpoints over HTTP: the login and consent page, --auto-approve, the exact
// callback match (errors about the client or callback shown on the page, never redirected), the
// authorization code with PKCE, refresh and revoke, the username-password grant, session timeout on the
// sandbox clock, user info and the identity URL.
#include "salesforcetestsession.h"
#include "sandbox/salesforce/pkce.h"
#include "sandbox/sandboxclock.h"

#include <QMessageAuthenticationCode>
#include <QtTest>

using namespace sia::sandbox;
using namespace salesforcetest;

namespace {

const QString verifier = QStringLiteral("sandbox-test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz");

QUrl location(const HttpResult& result)
{
    return QUrl(QString::fromUtf8(result.header("Location")));
}

QString parameterOf(const QUrl& url, const QString& key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

class TestOAuthHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheLoginPage();
    void autoApproveRedirectsAtOnce();
    void allowingRedirectsWithACode();
    void decliningRedirectsAccessDenied();
    void aWrongPasswordShowsTheFormAgain();
    void refusesAnUntrustedClientOrCallbackOnThePage_data();
    void refusesAnUntrustedClientOrCallbackOnThePage();
    void redirectsOtherRequestErrors();
    void exchangesTheCodeWithItsVerifier();
    void refusesABadExchange_data();
    void refusesABadExchange();
    void aCodeWorksOnce();
    void refreshesThenRevokes();
    void revokingAnUnknownTokenIsRefused();
    void passwordGrant_data();
    void passwordGrant();
    void sessionTimesOutOnTheSandboxClock();
    void optionsSetTheCallbackTimeoutAndRotation();
    void userInfoNeedsTheOpenIdScope();
    void identityUrlDescribesTheUser();
    void severalCallbacksAndARequiredSecret();
    void tokenEndpointFaultsComeInTheOAuthShape_data();
    void tokenEndpointFaultsComeInTheOAuthShape();
    void aSessionWithoutTheApiScopeIsNotAnExpiredOne();

private:
    QList<QPair<QString, QString>> authorizeFields(
        const QString& scope = QStringLiteral("api refresh_token")) const;
    QString authorizePath(const QList<QPair<QString, QString>>& fields) const;
    QString codeFor(const QString& scope = QStringLiteral("api refresh_token"));
    HttpResult exchange(const QString& code, const QList<QPair<QString, QString>>& replaced = {});
    QString info(const char* key) const
    {
        return credentials(*m_sandbox).value(QLatin1String(key)).toString();
    }

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestOAuthHttp::init()
{
    SandboxOptions options;
    options.people = 50;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
    m_client->network().setRedirectPolicy(
        QNetworkRequest::ManualRedirectPolicy); // a test reads the Location itself
}

void TestOAuthHttp::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

QList<QPair<QString, QString>> TestOAuthHttp::authorizeFields(const QString& scope) const
{
    return { { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("client_id"), info("consumerKey") },
        { QStringLiteral("redirect_uri"), info("callbackUrl") }, { QStringLiteral("scope"), scope },
        { QStringLiteral("state"), QStringLiteral("s t&a=te") },
        { QStringLiteral("code_challenge"), sia::sandbox::salesforce::Pkce::challengeFor(verifier) },
        { QStringLiteral("code_challenge_method"), QStringLiteral("S256") } };
}

QString TestOAuthHttp::authorizePath(const QList<QPair<QString, QString>>& fields) const
{
    return QStringLiteral("/services/oauth2/authorize?") + QString::fromLatin1(form(fields));
}

QString TestOAuthHttp::codeFor(const QString& scope)
{
    auto fields = authorizeFields(scope);
    fields << std::pair(QStringLiteral("username"), info("username"))
           << std::pair(QStringLiteral("password"), info("password"))
           << std::pair(QStringLiteral("action"), QStringLiteral("allow"));
    const HttpResult answer = m_client->post(
        QStringLiteral("/services/oauth2/authorize"), form(fields), "application/x-www-form-urlencoded");
    return parameterOf(location(answer), QStringLiteral("code"));
}

HttpResult TestOAuthHttp::exchange(const QString& code, const QList<QPair<QString, QString>>& replaced)
{
    QList<QPair<QString, QString>> fields {
        { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
        { QStringLiteral("code"), code }, { QStringLiteral("client_id"), info("consumerKey") },
        { QStringLiteral("redirect_uri"), info("callbackUrl") }, { QStringLiteral("code_verifier"), verifier }
    };
    for (const auto& [key, value] : replaced) {
        for (auto& field : fields) {
            if (field.first == key) {
                field.second = value;
            }
        }
    }
    return m_client->post(
        QStringLiteral("/services/oauth2/token"), form(fields), "application/x-www-form-urlencoded");
}

void TestOAuthHttp::showsTheLoginPage()
{
    const HttpResult answer = m_client->get(authorizePath(authorizeFields()));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("Content-Type").startsWith("text/html"));
    QVERIFY(answer.body.contains("<form method=\"post\" action=\"/services/oauth2/authorize\">"));
    QVERIFY(answer.body.contains("name=\"code_challenge\""));
    QVERIFY(answer.body.contains("value=\"deny\""));
}

void TestOAuthHttp::autoApproveRedirectsAtOnce()
{
    SandboxOptions options;
    options.people = 50;
    options.autoApprove = true;
    const std::unique_ptr<Sandbox> approving = startSandbox(options);
    QVERIFY(approving);
    SandboxClient client(*approving);
    client.network().setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    const HttpResult answer = client.get(authorizePath(authorizeFields()));
    QCOMPARE(answer.status, 302);
    const QUrl redirect = location(answer);
    QCOMPARE(redirect.adjusted(QUrl::RemoveQuery).toString(), info("callbackUrl"));
    QVERIFY(!parameterOf(redirect, QStringLiteral("code")).isEmpty());
    QCOMPARE(parameterOf(redirect, QStringLiteral("state")), QStringLiteral("s t&a=te"));
}

void TestOAuthHttp::allowingRedirectsWithACode()
{
    QVERIFY(!codeFor().isEmpty());
}

void TestOAuthHttp::decliningRedirectsAccessDenied()
{
    auto fields = authorizeFields();
    fields << std::pair(QStringLiteral("action"), QStringLiteral("deny"));
    const HttpResult answer = m_client->post(
        QStringLiteral("/services/oauth2/authorize"), form(fields), "application/x-www-form-urlencoded");
    QCOMPARE(answer.status, 302);
    const QUrl redirect = location(answer);
    QCOMPARE(parameterOf(redirect, QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(parameterOf(redirect, QStringLiteral("error_description")),
        QStringLiteral("end-user denied authorization"));
    QCOMPARE(parameterOf(redirect, QStringLiteral("state")), QStringLiteral("s t&a=te"));
}

void TestOAuthHttp::aWrongPasswordShowsTheFormAgain()
{
    auto fields = authorizeFields();
    fields << std::pair(QStringLiteral("username"), info("username"))
           << std::pair(QStringLiteral("password"), QStringLiteral("wrong"))
           << std::pair(QStringLiteral("action"), QStringLiteral("allow"));
    const HttpResult answer = m_client->post(
        QStringLiteral("/services/oauth2/authorize"), form(fields), "application/x-www-form-urlencoded");
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("Please check your username and password."));
    QVERIFY(answer.header("Location").isEmpty());
}

void TestOAuthHttp::refusesAnUntrustedClientOrCallbackOnThePage_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown client") << "client_id"
                                    << "3MVG-unknown"
                                    << "invalid_client_id";
    QTest::newRow("other port") << "redirect_uri"
                                << "http://localhost:1718/OauthRedirect"
                                << "redirect_uri_mismatch";
    QTest::newRow("loopback address instead of localhost") << "redirect_uri"
                                                           << "http://127.0.0.1:1717/OauthRedirect"
                                                           << "redirect_uri_mismatch";
    QTest::newRow("other path") << "redirect_uri"
                                << "http://localhost:1717/callback"
                                << "redirect_uri_mismatch";
}

void TestOAuthHttp::refusesAnUntrustedClientOrCallbackOnThePage()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);
    auto fields = authorizeFields();
    for (auto& field : fields) {
        if (field.first == key) {
            field.second = value;
        }
    }
    const HttpResult answer = m_client->get(authorizePath(fields));
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.header("Location").isEmpty());
    QVERIFY2(answer.body.contains(QByteArray("error=" + error.toLatin1())), answer.body.constData());
}

void TestOAuthHttp::redirectsOtherRequestErrors()
{
    auto fields = authorizeFields();
    fields.removeIf(
        [](const auto& field) { return field.first.startsWith(QLatin1String("code_challenge")); });
    const HttpResult answer = m_client->get(authorizePath(fields));
    QCOMPARE(answer.status, 302);
    QCOMPARE(parameterOf(location(answer), QStringLiteral("error")), QStringLiteral("invalid_request"));
    QCOMPARE(parameterOf(location(answer), QStringLiteral("error_description")),
        QStringLiteral("missing required code challenge"));
}

void TestOAuthHttp::exchangesTheCodeWithItsVerifier()
{
    const HttpResult answer = exchange(codeFor());
    QCOMPARE(answer.status, 200);
    const QJsonObject token = answer.object();
    for (const char* key :
        { "access_token", "refresh_token", "instance_url", "id", "issued_at", "signature", "scope" }) {
        QVERIFY2(!token.value(QLatin1String(key)).toString().isEmpty(), key);
    }
    QCOMPARE(token.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(!token.contains(QStringLiteral("expires_in"))); // Salesforce tells no lifetime
    QCOMPARE(token.value(QStringLiteral("instance_url")).toString(),
        m_sandbox->salesforceInstanceUrl().toString());
    const QByteArray expectedSignature = QMessageAuthenticationCode::hash(
        (token.value(QStringLiteral("id")).toString() + token.value(QStringLiteral("issued_at")).toString())
            .toUtf8(),
        info("consumerSecret").toUtf8(), QCryptographicHash::Sha256)
                                             .toBase64();
    QCOMPARE(token.value(QStringLiteral("signature")).toString().toLatin1(), expectedSignature);
    const Session session(*m_client, token.value(QStringLiteral("access_token")).toString());
    QCOMPARE(session.get(QStringLiteral("/limits")).status, 200);
}

void TestOAuthHttp::refusesABadExchange_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::newRow("wrong verifier") << "code_verifier" << QString(verifier).replace(0, 1, QLatin1Char('x'))
                                    << "invalid_grant"
                                    << "invalid code verifier";
    QTest::newRow("other callback") << "redirect_uri"
                                    << "http://localhost:1718/OauthRedirect"
                                    << "redirect_uri_mismatch"
                                    << "redirect_uri must match configuration";
    QTest::newRow("unknown client") << "client_id"
                                    << "nobody"
                                    << "invalid_client_id"
                                    << "client identifier invalid";
    QTest::newRow("unknown code") << "code"
                                  << "aPrxNoSuchCode"
                                  << "invalid_grant"
                                  << "invalid authorization code";
    QTest::newRow("unknown grant") << "grant_type"
                                   << "implicit"
                                   << "unsupported_grant_type"
                                   << "grant type not supported";
}

void TestOAuthHttp::refusesABadExchange()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QFETCH(QString, description);
    const HttpResult answer = exchange(codeFor(), { { key, value } });
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.object().value(QStringLiteral("error")).toString(), error);
    QCOMPARE(answer.object().value(QStringLiteral("error_description")).toString(), description);
}

void TestOAuthHttp::aCodeWorksOnce()
{
    const QString code = codeFor();
    QCOMPARE(exchange(code).status, 200);
    const HttpResult again = exchange(code);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestOAuthHttp::refreshesThenRevokes()
{
    const QJsonObject first = exchange(codeFor()).object();
    const QString refreshToken = first.value(QStringLiteral("refresh_token")).toString();
    const QByteArray refreshForm = form({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
        { QStringLiteral("refresh_token"), refreshToken },
        { QStringLiteral("client_id"), info("consumerKey") } });
    const HttpResult refreshed = m_client->post(
        QStringLiteral("/services/oauth2/token"), refreshForm, "application/x-www-form-urlencoded");
    QCOMPARE(refreshed.status, 200);
    QVERIFY(!refreshed.object().contains(QStringLiteral("refresh_token")));
    const Session session(*m_client, refreshed.object().value(QStringLiteral("access_token")).toString());
    QCOMPARE(session.get(QStringLiteral("/limits")).status, 200);

    const HttpResult revoked = m_client->post(QStringLiteral("/services/oauth2/revoke"),
        form({ { QStringLiteral("token"), refreshToken } }), "application/x-www-form-urlencoded");
    QCOMPARE(revoked.status, 200);
    const HttpResult afterRevoke = m_client->post(
        QStringLiteral("/services/oauth2/token"), refreshForm, "application/x-www-form-urlencoded");
    QCOMPARE(afterRevoke.status, 400);
    QCOMPARE(afterRevoke.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(afterRevoke.object().value(QStringLiteral("error_description")).toString(),
        QStringLiteral("expired access/refresh token"));
    const HttpResult call = session.get(QStringLiteral("/limits"));
    QCOMPARE(call.status, 401);
    QCOMPARE(errorCode(call), QStringLiteral("INVALID_SESSION_ID"));
}

void TestOAuthHttp::revokingAnUnknownTokenIsRefused()
{
    const HttpResult answer = m_client->post(QStringLiteral("/services/oauth2/revoke"),
        form({ { QStringLiteral("token"), QStringLiteral("nope") } }), "application/x-www-form-urlencoded");
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.body.startsWith("error=unsupported_token_type"));
}

void TestOAuthHttp::passwordGrant_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("right password") << "" << 200 << "";
    QTest::newRow("wrong password") << "wrong" << 400 << "invalid_grant";
}

void TestOAuthHttp::passwordGrant()
{
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResult answer = salesforcetest::passwordGrant(*m_client, credentials(*m_sandbox), password);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.object().value(QStringLiteral("error")).toString(), error);
    if (status == 200) {
        QVERIFY(!answer.object().contains(QStringLiteral("refresh_token")));
    } else {
        QCOMPARE(answer.object().value(QStringLiteral("error_description")).toString(),
            QStringLiteral("authentication failure"));
    }
}

void TestOAuthHttp::sessionTimesOutOnTheSandboxClock()
{
    const QJsonObject token = exchange(codeFor()).object();
    const Session session(*m_client, token.value(QStringLiteral("access_token")).toString());
    QCOMPARE(session.get(QStringLiteral("/limits")).status, 200);
    m_sandbox->clock().advance(2LL * 3600 * 1000 - 1000);
    QCOMPARE(session.get(QStringLiteral("/limits")).status, 200); // used just in time: it lives on
    m_sandbox->clock().advance(2LL * 3600 * 1000 + 1000);
    const HttpResult expired = session.get(QStringLiteral("/limits"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(errorCode(expired), QStringLiteral("INVALID_SESSION_ID"));
    QCOMPARE(errorMessage(expired), QStringLiteral("Session expired or invalid"));
    const HttpResult refreshed = m_client->post(QStringLiteral("/services/oauth2/token"),
        form({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("refresh_token"), token.value(QStringLiteral("refresh_token")).toString() },
            { QStringLiteral("client_id"), info("consumerKey") } }),
        "application/x-www-form-urlencoded");
    QCOMPARE(refreshed.status, 200);
}

// SandboxOptions (sia-sandbox's --sf-callback, --sf-session-timeout, --sf-rotate-refresh) reach the org.
void TestOAuthHttp::optionsSetTheCallbackTimeoutAndRotation()
{
    SandboxOptions options;
    options.people = 50;
    options.salesforceCallbackUrl = QStringLiteral("https://sia.example.test/oauth/callback");
    options.salesforceSessionTimeoutSeconds = 900;
    options.salesforceRotateRefreshTokens = true;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
    m_client->network().setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QCOMPARE(info("callbackUrl"), options.salesforceCallbackUrl);

    const QJsonObject token = exchange(codeFor()).object();
    const QString firstRefresh = token.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!firstRefresh.isEmpty());
    const Session session(*m_client, token.value(QStringLiteral("access_token")).toString());
    m_sandbox->clock().advance(899LL * 1000);
    QCOMPARE(session.get(QStringLiteral("/limits")).status, 200);
    m_sandbox->clock().advance(900LL * 1000);
    QCOMPARE(session.get(QStringLiteral("/limits")).status, 401);

    const auto refresh = [this](const QString& refreshToken) {
        return m_client->post(QStringLiteral("/services/oauth2/token"),
            form({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                { QStringLiteral("refresh_token"), refreshToken },
                { QStringLiteral("client_id"), info("consumerKey") } }),
            "application/x-www-form-urlencoded");
    };
    const HttpResult rotated = refresh(firstRefresh);
    QCOMPARE(rotated.status, 200);
    const QString secondRefresh = rotated.object().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!secondRefresh.isEmpty());
    QVERIFY(secondRefresh != firstRefresh);
    QCOMPARE(refresh(firstRefresh).status, 400); // retired by the rotation
    QCOMPARE(refresh(secondRefresh).status, 200);
}

void TestOAuthHttp::userInfoNeedsTheOpenIdScope()
{
    const QString withOpenId = exchange(codeFor(QStringLiteral("api refresh_token openid")))
                                   .object()
                                   .value(QStringLiteral("access_token"))
                                   .toString();
    const HttpResult info = m_client->get(QStringLiteral("/services/oauth2/userinfo"),
        { { "Authorization", "Bearer " + withOpenId.toLatin1() } });
    QCOMPARE(info.status, 200);
    QCOMPARE(info.object().value(QStringLiteral("preferred_username")).toString(), this->info("username"));
    QVERIFY(info.object().value(QStringLiteral("user_id")).toString().startsWith(QLatin1String("005")));
    QCOMPARE(info.object().value(QStringLiteral("organization_id")).toString(), this->info("organizationId"));

    const QString apiOnly = exchange(codeFor()).object().value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_client
                 ->get(QStringLiteral("/services/oauth2/userinfo"),
                     { { "Authorization", "Bearer " + apiOnly.toLatin1() } })
                 .status,
        403);
    const HttpResult bad
        = m_client->get(QStringLiteral("/services/oauth2/userinfo"), { { "Authorization", "Bearer nope" } });
    QCOMPARE(bad.status, 403);
    QCOMPARE(bad.body, QByteArray("Bad_OAuth_Token"));
}

void TestOAuthHttp::identityUrlDescribesTheUser()
{
    const QJsonObject token = exchange(codeFor(QStringLiteral("api openid"))).object();
    const QUrl identity(token.value(QStringLiteral("id")).toString());
    QCOMPARE(identity.host(), m_sandbox->baseUrl().host());
    const HttpResult answer = m_client->get(identity.path(),
        { { "Authorization",
            "Bearer " + token.value(QStringLiteral("access_token")).toString().toLatin1() } });
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("username")).toString(), info("username"));
    QCOMPARE(
        answer.object().value(QStringLiteral("urls")).toObject().value(QStringLiteral("rest")).toString(),
        m_sandbox->salesforceInstanceUrl().toString() + QStringLiteral("/services/data/v{version}/"));
}

// --sf-callback given several times registers each URL; --sf-require-secret makes the web-server and
// refresh flows answer invalid_client without client_secret.
void TestOAuthHttp::severalCallbacksAndARequiredSecret()
{
    SandboxOptions options;
    options.people = 50;
    options.salesforceMoreCallbackUrls = { QStringLiteral("http://localhost:1718/OauthRedirect") };
    options.salesforceRequireSecret = true;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
    m_client->network().setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    const QJsonObject ready = credentials(*m_sandbox);
    QCOMPARE(ready.value(QStringLiteral("callbackUrls")).toArray(),
        QJsonArray({ options.salesforceCallbackUrl, QStringLiteral("http://localhost:1718/OauthRedirect") }));
    QCOMPARE(ready.value(QStringLiteral("requireSecret")).toBool(), true);

    const QString second = QStringLiteral("http://localhost:1718/OauthRedirect");
    auto fields = authorizeFields();
    for (auto& field : fields) {
        if (field.first == u"redirect_uri") {
            field.second = second;
        }
    }
    fields << std::pair(QStringLiteral("username"), info("username"))
           << std::pair(QStringLiteral("password"), info("password"))
           << std::pair(QStringLiteral("action"), QStringLiteral("allow"));
    const HttpResult approved = m_client->post(
        QStringLiteral("/services/oauth2/authorize"), form(fields), "application/x-www-form-urlencoded");
    QCOMPARE(location(approved).adjusted(QUrl::RemoveQuery).toString(), second);
    const QString code = parameterOf(location(approved), QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    const HttpResult noSecret = exchange(code, { { QStringLiteral("redirect_uri"), second } });
    QCOMPARE(noSecret.status, 400);
    QCOMPARE(noSecret.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));

    // The refused exchange did not spend the code.
    QList<QPair<QString, QString>> withSecret { { QStringLiteral("grant_type"),
                                                    QStringLiteral("authorization_code") },
        { QStringLiteral("code"), code }, { QStringLiteral("client_id"), info("consumerKey") },
        { QStringLiteral("client_secret"), info("consumerSecret") },
        { QStringLiteral("redirect_uri"), second }, { QStringLiteral("code_verifier"), verifier } };
    const HttpResult granted = m_client->post(
        QStringLiteral("/services/oauth2/token"), form(withSecret), "application/x-www-form-urlencoded");
    QCOMPARE(granted.status, 200);
    const QString refreshToken = granted.object().value(QStringLiteral("refresh_token")).toString();

    const auto refresh = [&](const QString& secret) {
        QList<QPair<QString, QString>> fields { { QStringLiteral("grant_type"),
                                                    QStringLiteral("refresh_token") },
            { QStringLiteral("refresh_token"), refreshToken },
            { QStringLiteral("client_id"), info("consumerKey") } };
        if (!secret.isNull()) {
            fields.append({ QStringLiteral("client_secret"), secret });
        }
        return m_client->post(
            QStringLiteral("/services/oauth2/token"), form(fields), "application/x-www-form-urlencoded");
    };
    const HttpResult refusedRefresh = refresh(QString());
    QCOMPARE(refusedRefresh.status, 400);
    QCOMPARE(
        refusedRefresh.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    QCOMPARE(refresh(info("consumerSecret")).status, 200);
}

// The token endpoint's failures, injected: always {"error", "error_description"}, never a REST array,
// also when a REST code's rule reaches it.
void TestOAuthHttp::tokenEndpointFaultsComeInTheOAuthShape_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::newRow("invalid_grant") << "invalid_grant"
                                   << "invalid_grant"
                                   << "expired access/refresh token";
    QTest::newRow("invalid_client") << "invalid_client"
                                    << "invalid_client"
                                    << "invalid client credentials";
    QTest::newRow("unsupported_grant_type") << "unsupported_grant_type"
                                            << "unsupported_grant_type"
                                            << "grant type not supported";
    QTest::newRow("a REST 401") << "401"
                                << "invalid_grant"
                                << "expired access/refresh token";
    QTest::newRow("a REST limit") << "REQUEST_LIMIT_EXCEEDED"
                                  << "invalid_grant"
                                  << "expired access/refresh token";
}

void TestOAuthHttp::tokenEndpointFaultsComeInTheOAuthShape()
{
    QFETCH(QString, fault);
    QFETCH(QString, error);
    QFETCH(QString, description);
    const QJsonObject token = exchange(codeFor()).object();
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("salesforce.token=%1@1").arg(fault)).ok());
    const auto refresh = [&] {
        return m_client->post(QStringLiteral("/services/oauth2/token"),
            form({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                { QStringLiteral("refresh_token"), token.value(QStringLiteral("refresh_token")).toString() },
                { QStringLiteral("client_id"), info("consumerKey") } }),
            "application/x-www-form-urlencoded");
    };
    const HttpResult faulted = refresh();
    QCOMPARE(faulted.status, 400);
    QVERIFY(faulted.header("Content-Type").startsWith("application/json"));
    QVERIFY(QJsonDocument::fromJson(faulted.body).isObject());
    QCOMPARE(faulted.object().value(QStringLiteral("error")).toString(), error);
    QCOMPARE(faulted.object().value(QStringLiteral("error_description")).toString(), description);
    QCOMPARE(refresh().status, 200); // only the first call
}

// A 401 that a refresh does not cure: a session without the "api" scope is "not valid for use with the
// REST API", before and after a refresh, while an expired one says "Session expired or invalid".
void TestOAuthHttp::aSessionWithoutTheApiScopeIsNotAnExpiredOne()
{
    const QJsonObject token = exchange(codeFor(QStringLiteral("refresh_token openid"))).object();
    const Session session(*m_client, token.value(QStringLiteral("access_token")).toString());
    const HttpResult refused = session.get(QStringLiteral("/limits"));
    QCOMPARE(refused.status, 401);
    QCOMPARE(errorCode(refused), QStringLiteral("INVALID_SESSION_ID"));
    QCOMPARE(errorMessage(refused), QStringLiteral("This session is not valid for use with the REST API"));

    const HttpResult refreshed = m_client->post(QStringLiteral("/services/oauth2/token"),
        form({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("refresh_token"), token.value(QStringLiteral("refresh_token")).toString() },
            { QStringLiteral("client_id"), info("consumerKey") } }),
        "application/x-www-form-urlencoded");
    QCOMPARE(refreshed.status, 200);
    const Session renewed(*m_client, refreshed.object().value(QStringLiteral("access_token")).toString());
    QCOMPARE(errorMessage(renewed.get(QStringLiteral("/limits"))),
        QStringLiteral("This session is not valid for use with the REST API"));

    const Session unknown(*m_client, QStringLiteral("00D000000000001!nope"));
    QCOMPARE(
        errorMessage(unknown.get(QStringLiteral("/limits"))), QStringLiteral("Session expired or invalid"));
}

QTEST_GUILESS_MAIN(TestOAuthHttp)
#include "testoauthhttp.moc"
