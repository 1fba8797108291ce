// The authorization server's rules: where authorize errors go (page or callback), the exact callback
// match, codes bound to client, callback and PKCE challenge, single use and short life; the refresh-token
// grant with and without rotation; the username-password grant; revocation; session timeout.
#include "sandbox/salesforce/oauthprovider.h"
#include "sandbox/salesforce/pkce.h"

#include <QTest>
#include <QTimeZone>

using namespace sia::sandbox::salesforce;

namespace {

const QString callback = QStringLiteral("http://localhost:1717/OauthRedirect");
const QString verifier = QStringLiteral("a-verifier-of-more-than-forty-three-characters-0123456789");

QString field(const QUrl& url, const QString& key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

struct Harness
{
    QDateTime now = QDateTime(QDate(2024, 5, 10), QTime(9, 0), QTimeZone::utc());
    OAuthProvider provider { OAuthSettings { QStringLiteral("00D5g0000000001AAA"), 7200, 900 }, [this] {
                                return now;
                            } };

    Harness(bool rotate = false, bool requireSecret = false, const QStringList& moreCallbacks = {})
    {
        ConnectedApp app;
        app.consumerKey = QStringLiteral("3MVG-sia");
        app.consumerSecret = QStringLiteral("s3cret");
        app.callbackUrls = QStringList { callback } + moreCallbacks;
        app.rotateRefreshTokens = rotate;
        app.requireSecretForWebServerFlow = requireSecret;
        app.requireSecretForRefreshTokenFlow = requireSecret;
        provider.registerApp(app);
        ConnectedApp other = app;
        other.consumerKey = QStringLiteral("3MVG-other");
        provider.registerApp(other);
        provider.setUsers(
            { { QStringLiteral("005A"), QStringLiteral("admin@sandbox.example"), QStringLiteral("pw"), true },
                { QStringLiteral("005B"), QStringLiteral("gone@sandbox.example"), QStringLiteral("pw"),
                    false } });
    }

    AuthorizeRequest request() const
    {
        AuthorizeRequest request;
        request.responseType = QStringLiteral("code");
        request.clientId = QStringLiteral("3MVG-sia");
        request.redirectUri = callback;
        request.scope = QStringLiteral("api refresh_token");
        request.state = QStringLiteral("st&te=1 2");
        request.codeChallenge = Pkce::challengeFor(verifier);
        request.codeChallengeMethod = QStringLiteral("S256");
        return request;
    }

    QString code()
    {
        return field(provider.approve(request(), QStringLiteral("005A")), QStringLiteral("code"));
    }

    static QUrlQuery exchangeForm(const QString& code)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("3MVG-sia"));
        form.addQueryItem(QStringLiteral("redirect_uri"), callback);
        form.addQueryItem(QStringLiteral("code_verifier"), verifier);
        return form;
    }

    OAuthResult<TokenGrant> refresh(const QString& token)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), token);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("3MVG-sia"));
        return provider.token(form);
    }
};

void replace(QUrlQuery& form, const QString& key, const QString& value)
{
    form.removeAllQueryItems(key);
    if (!value.isNull()) {
        form.addQueryItem(key, value);
    }
}

} // namespace

class TestOAuthProvider : public QObject
{
    Q_OBJECT

private slots:
    void acceptsOnlyTheExactCallback_data()
    {
        QTest::addColumn<QString>("redirectUri");
        QTest::addColumn<QString>("error");
        QTest::newRow("exact") << callback << "";
        QTest::newRow("other port") << "http://localhost:1718/OauthRedirect"
                                    << "redirect_uri_mismatch";
        QTest::newRow("no port") << "http://localhost/OauthRedirect"
                                 << "redirect_uri_mismatch";
        QTest::newRow("loopback address") << "http://127.0.0.1:1717/OauthRedirect"
                                          << "redirect_uri_mismatch";
        QTest::newRow("path case") << "http://localhost:1717/oauthredirect"
                                   << "redirect_uri_mismatch";
        QTest::newRow("trailing slash") << "http://localhost:1717/OauthRedirect/"
                                        << "redirect_uri_mismatch";
        QTest::newRow("extra query") << "http://localhost:1717/OauthRedirect?x=1"
                                     << "redirect_uri_mismatch";
        QTest::newRow("https") << "https://localhost:1717/OauthRedirect"
                               << "redirect_uri_mismatch";
        QTest::newRow("missing") << ""
                                 << "redirect_uri_mismatch";
    }
    void acceptsOnlyTheExactCallback()
    {
        QFETCH(QString, redirectUri);
        QFETCH(QString, error);
        Harness harness;
        AuthorizeRequest request = harness.request();
        request.redirectUri = redirectUri;
        const OAuthResult<const ConnectedApp*> checked = harness.provider.checkClient(request);
        QCOMPARE(checked.ok() ? QString() : checked.error().error, error);
        if (!checked.ok()) {
            QCOMPARE(checked.error().description, QStringLiteral("redirect_uri must match configuration"));
        }
    }

    // Several registered callbacks (tools register a few fixed ports): each one exactly, nothing between.
    void acceptsEachOfSeveralRegisteredCallbacks_data()
    {
        QTest::addColumn<QString>("redirectUri");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("first") << callback << true;
        QTest::newRow("second") << "http://localhost:1718/OauthRedirect" << true;
        QTest::newRow("third") << "http://[::1]:1719/cb" << true;
        QTest::newRow("a port not registered") << "http://localhost:1720/OauthRedirect" << false;
        QTest::newRow("second, other path") << "http://localhost:1718/cb" << false;
    }
    void acceptsEachOfSeveralRegisteredCallbacks()
    {
        QFETCH(QString, redirectUri);
        QFETCH(bool, accepted);
        Harness harness(false, false,
            { QStringLiteral("http://localhost:1718/OauthRedirect"),
                QStringLiteral("http://[::1]:1719/cb") });
        AuthorizeRequest request = harness.request();
        request.redirectUri = redirectUri;
        QCOMPARE(harness.provider.checkClient(request).ok(), accepted);
        if (!accepted) {
            return;
        }
        // The code is bound to the callback it was issued for.
        const QString code
            = field(harness.provider.approve(request, QStringLiteral("005A")), QStringLiteral("code"));
        QUrlQuery form = Harness::exchangeForm(code);
        replace(form, QStringLiteral("redirect_uri"), redirectUri);
        QVERIFY(harness.provider.token(form).ok());
    }

    // "Require Secret for Web Server Flow" / "… for Refresh Token Flow": without the secret, invalid_client.
    void aRequiredSecretMustBeSent_data()
    {
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("error");
        QTest::newRow("not required, none") << false << QString() << "";
        QTest::newRow("not required, wrong") << false << "nope"
                                             << "invalid_client";
        QTest::newRow("required, none") << true << QString() << "invalid_client";
        QTest::newRow("required, empty") << true << ""
                                         << "invalid_client";
        QTest::newRow("required, wrong") << true << "nope"
                                         << "invalid_client";
        QTest::newRow("required, right") << true << "s3cret"
                                         << "";
    }
    void aRequiredSecretMustBeSent()
    {
        QFETCH(bool, required);
        QFETCH(QString, secret);
        QFETCH(QString, error);
        Harness harness(false, required);
        QUrlQuery exchange = Harness::exchangeForm(harness.code());
        replace(exchange, QStringLiteral("client_secret"), secret);
        const OAuthResult<TokenGrant> exchanged = harness.provider.token(exchange);
        QCOMPARE(exchanged.ok() ? QString() : exchanged.error().error, error);

        // The refresh flow, with a refresh token from a grant that did send the secret.
        QUrlQuery withSecret = Harness::exchangeForm(harness.code());
        replace(withSecret, QStringLiteral("client_secret"), QStringLiteral("s3cret"));
        const OAuthResult<TokenGrant> granted = harness.provider.token(withSecret);
        QVERIFY(granted.ok());
        QUrlQuery refresh;
        refresh.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        refresh.addQueryItem(QStringLiteral("refresh_token"), granted->refreshToken);
        refresh.addQueryItem(QStringLiteral("client_id"), QStringLiteral("3MVG-sia"));
        replace(refresh, QStringLiteral("client_secret"), secret);
        const OAuthResult<TokenGrant> refreshed = harness.provider.token(refresh);
        QCOMPARE(refreshed.ok() ? QString() : refreshed.error().error, error);
        if (!error.isEmpty()) {
            QCOMPARE(refreshed.error().description, QStringLiteral("invalid client credentials"));
        }
    }

    // A user holds at most 5 approvals (refresh tokens) per app: the sixth revokes the oldest and its
    // sessions; another user's and another app's tokens are untouched.
    void aSixthRefreshTokenRevokesTheOldest()
    {
        Harness harness;
        QList<TokenGrant> grants;
        for (int i = 0; i < 6; ++i) {
            const OAuthResult<TokenGrant> granted
                = harness.provider.token(Harness::exchangeForm(harness.code()));
            QVERIFY(granted.ok());
            grants.append(*granted);
            harness.now = harness.now.addSecs(1);
        }
        QVERIFY(!harness.provider.session(grants[0].accessToken));
        const OAuthResult<TokenGrant> oldest = harness.refresh(grants[0].refreshToken);
        QVERIFY(!oldest.ok());
        QCOMPARE(oldest.error().error, QStringLiteral("invalid_grant"));
        for (int i = 1; i < 6; ++i) {
            QVERIFY2(harness.provider.session(grants[i].accessToken), qPrintable(QString::number(i)));
            QVERIFY2(harness.refresh(grants[i].refreshToken).ok(), qPrintable(QString::number(i)));
        }
        // A seventh: now the second goes.
        QVERIFY(harness.provider.token(Harness::exchangeForm(harness.code())).ok());
        QVERIFY(!harness.refresh(grants[1].refreshToken).ok());
        QVERIFY(harness.refresh(grants[2].refreshToken).ok());
    }

    // Rotation replaces a token: it does not count as one more approval.
    void rotationKeepsTheApprovalCount()
    {
        Harness harness(true);
        QList<QString> tokens;
        for (int i = 0; i < 5; ++i) {
            const OAuthResult<TokenGrant> granted
                = harness.provider.token(Harness::exchangeForm(harness.code()));
            QVERIFY(granted.ok());
            tokens.append(granted->refreshToken);
        }
        for (int round = 0; round < 3; ++round) {
            const OAuthResult<TokenGrant> rotated = harness.refresh(tokens[0]);
            QVERIFY(rotated.ok());
            tokens[0] = rotated->refreshToken;
        }
        for (const QString& token : tokens) {
            QVERIFY(harness.refresh(token).ok());
        }
    }

    void refusesAnUnknownClientOnThePage()
    {
        Harness harness;
        AuthorizeRequest request = harness.request();
        request.clientId = QStringLiteral("nope");
        const auto checked = harness.provider.checkClient(request);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().error, QStringLiteral("invalid_client_id"));
        QCOMPARE(checked.error().description, QStringLiteral("client identifier invalid"));
    }

    void redirectsRequestErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::newRow("valid") << ""
                               << ""
                               << ""
                               << "";
        QTest::newRow("implicit flow") << "response_type"
                                       << "token"
                                       << "unsupported_response_type"
                                       << "response type not supported";
        QTest::newRow("plain method") << "code_challenge_method"
                                      << "plain"
                                      << "invalid_request"
                                      << "unsupported code challenge method";
        QTest::newRow("no challenge") << "code_challenge"
                                      << ""
                                      << "invalid_request"
                                      << "missing required code challenge";
        QTest::newRow("short challenge") << "code_challenge"
                                         << "abc"
                                         << "invalid_request"
                                         << "invalid code challenge";
        QTest::newRow("scope not allowed") << "scope"
                                           << "api web"
                                           << "invalid_scope"
                                           << "the requested scope is not allowed";
        QTest::newRow("no method means S256") << "code_challenge_method"
                                              << ""
                                              << ""
                                              << "";
    }
    void redirectsRequestErrors()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, error);
        QFETCH(QString, description);
        Harness harness;
        QUrlQuery query = harness.request().toQuery();
        if (!key.isEmpty()) {
            replace(query, key, value);
        }
        const AuthorizeRequest request = AuthorizeRequest::fromQuery(query);
        QVERIFY(harness.provider.checkClient(request).ok());
        const OAuthResult<void> checked = harness.provider.checkRequest(request);
        QCOMPARE(checked.ok() ? QString() : checked.error().error, error);
        if (!checked.ok()) {
            const QUrl redirect = harness.provider.errorRedirect(request, checked.error());
            QCOMPARE(field(redirect, QStringLiteral("error")), error);
            QCOMPARE(field(redirect, QStringLiteral("error_description")), description);
            QCOMPARE(field(redirect, QStringLiteral("state")), QStringLiteral("st&te=1 2"));
        }
    }

    void approvalRedirectsWithCodeAndState()
    {
        Harness harness;
        const QUrl redirect = harness.provider.approve(harness.request(), QStringLiteral("005A"));
        QCOMPARE(redirect.adjusted(QUrl::RemoveQuery).toString(), callback);
        QVERIFY(!field(redirect, QStringLiteral("code")).isEmpty());
        QCOMPARE(field(redirect, QStringLiteral("state")), QStringLiteral("st&te=1 2"));
    }

    void declineRedirectsAccessDenied()
    {
        Harness harness;
        const QUrl redirect = harness.provider.deny(harness.request());
        QCOMPARE(field(redirect, QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(field(redirect, QStringLiteral("error_description")),
            QStringLiteral("end-user denied authorization"));
        QCOMPARE(field(redirect, QStringLiteral("state")), QStringLiteral("st&te=1 2"));
        QVERIFY(field(redirect, QStringLiteral("code")).isEmpty());
    }

    void exchangesACodeForTokens()
    {
        Harness harness;
        const OAuthResult<TokenGrant> granted = harness.provider.token(Harness::exchangeForm(harness.code()));
        QVERIFY2(granted.ok(), granted.ok() ? "" : qPrintable(granted.error().description));
        QVERIFY(granted->accessToken.startsWith(QLatin1String("00D5g0000000001!")));
        QVERIFY(!granted->refreshToken.isEmpty());
        QCOMPARE(granted->userId, QStringLiteral("005A"));
        QCOMPARE(granted->scopes, QStringList({ QStringLiteral("api"), QStringLiteral("refresh_token") }));
        QVERIFY(harness.provider.session(granted->accessToken));
    }

    void refusesABadExchange_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::newRow("wrong verifier")
            << "code_verifier" << QString(verifier).replace(0, 1, QLatin1Char('b')) << "invalid_grant"
            << "invalid code verifier";
        QTest::newRow("no verifier") << "code_verifier" << QString() << "invalid_grant"
                                     << "invalid code verifier";
        QTest::newRow("other callback") << "redirect_uri"
                                        << "http://localhost:1718/OauthRedirect"
                                        << "redirect_uri_mismatch"
                                        << "redirect_uri must match configuration";
        QTest::newRow("no callback") << "redirect_uri" << QString() << "redirect_uri_mismatch"
                                     << "redirect_uri must match configuration";
        QTest::newRow("other client") << "client_id"
                                      << "3MVG-other"
                                      << "invalid_grant"
                                      << "invalid authorization code";
        QTest::newRow("unknown client") << "client_id"
                                        << "3MVG-nobody"
                                        << "invalid_client_id"
                                        << "client identifier invalid";
        QTest::newRow("wrong secret") << "client_secret"
                                      << "guess"
                                      << "invalid_client"
                                      << "invalid client credentials";
        QTest::newRow("unknown code") << "code"
                                      << "aPrxNothing"
                                      << "invalid_grant"
                                      << "invalid authorization code";
        QTest::newRow("unknown grant") << "grant_type"
                                       << "client_credentials"
                                       << "unsupported_grant_type"
                                       << "grant type not supported";
        QTest::newRow("no grant") << "grant_type" << QString() << "unsupported_grant_type"
                                  << "grant type not supported";
    }
    void refusesABadExchange()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, error);
        QFETCH(QString, description);
        Harness harness;
        QUrlQuery form = Harness::exchangeForm(harness.code());
        replace(form, key, value);
        const OAuthResult<TokenGrant> granted = harness.provider.token(form);
        QVERIFY(!granted.ok());
        QCOMPARE(granted.error().error, error);
        QCOMPARE(granted.error().description, description);
        QCOMPARE(granted.error().httpStatus, 400);
    }

    void codeExpiresAfterFifteenMinutes()
    {
        Harness harness;
        const QString code = harness.code();
        harness.now = harness.now.addSecs(15 * 60);
        const auto granted = harness.provider.token(Harness::exchangeForm(code));
        QVERIFY(!granted.ok());
        QCOMPARE(granted.error().description, QStringLiteral("expired authorization code"));
    }

    void codeWorksOnceAndItsReuseRevokesWhatItGave()
    {
        Harness harness;
        const QString code = harness.code();
        const auto first = harness.provider.token(Harness::exchangeForm(code));
        QVERIFY(first.ok());
        const auto second = harness.provider.token(Harness::exchangeForm(code));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().error, QStringLiteral("invalid_grant"));
        QVERIFY(!harness.provider.session(first->accessToken));
        QVERIFY(!harness.refresh(first->refreshToken).ok());
    }

    void refreshesWithoutRotation()
    {
        Harness harness;
        const auto first = harness.provider.token(Harness::exchangeForm(harness.code()));
        QVERIFY(first.ok());
        const auto refreshed = harness.refresh(first->refreshToken);
        QVERIFY(refreshed.ok());
        QVERIFY(refreshed->refreshToken.isEmpty()); // the answer carries no refresh_token
        QVERIFY(refreshed->accessToken != first->accessToken);
        QVERIFY(harness.provider.session(refreshed->accessToken));
        QVERIFY(harness.refresh(first->refreshToken).ok()); // the same refresh token keeps working
    }

    void refreshesWithRotation()
    {
        Harness harness(true);
        const auto first = harness.provider.token(Harness::exchangeForm(harness.code()));
        QVERIFY(first.ok());
        const auto refreshed = harness.refresh(first->refreshToken);
        QVERIFY(refreshed.ok());
        QVERIFY(!refreshed->refreshToken.isEmpty());
        QVERIFY(refreshed->refreshToken != first->refreshToken);
        const auto replayed = harness.refresh(first->refreshToken);
        QVERIFY(!replayed.ok());
        QCOMPARE(replayed.error().description, QStringLiteral("expired access/refresh token"));
        QVERIFY(harness.refresh(refreshed->refreshToken).ok());
    }

    void revokingARefreshTokenEndsItsSessions()
    {
        Harness harness;
        const auto first = harness.provider.token(Harness::exchangeForm(harness.code()));
        const auto refreshed = harness.refresh(first->refreshToken);
        QVERIFY(harness.provider.revoke(first->refreshToken));
        QVERIFY(!harness.provider.session(first->accessToken));
        QVERIFY(!harness.provider.session(refreshed->accessToken));
        const auto afterRevoke = harness.refresh(first->refreshToken);
        QVERIFY(!afterRevoke.ok());
        QCOMPARE(afterRevoke.error().error, QStringLiteral("invalid_grant"));
        QCOMPARE(afterRevoke.error().description, QStringLiteral("expired access/refresh token"));
    }

    void revokingAnAccessTokenEndsOnlyThatSession()
    {
        Harness harness;
        const auto first = harness.provider.token(Harness::exchangeForm(harness.code()));
        const auto refreshed = harness.refresh(first->refreshToken);
        QVERIFY(harness.provider.revoke(first->accessToken));
        QVERIFY(!harness.provider.session(first->accessToken));
        QVERIFY(harness.provider.session(refreshed->accessToken));
        QVERIFY(harness.refresh(first->refreshToken).ok());
        QVERIFY(!harness.provider.revoke(QStringLiteral("not-a-token")));
    }

    void sessionTimesOutWhenUnused()
    {
        Harness harness;
        const auto granted = harness.provider.token(Harness::exchangeForm(harness.code()));
        harness.now = harness.now.addSecs(7199);
        QVERIFY(harness.provider.session(granted->accessToken)); // used: the timeout starts again
        harness.now = harness.now.addSecs(7199);
        QVERIFY(harness.provider.session(granted->accessToken));
        harness.now = harness.now.addSecs(7200);
        QVERIFY(!harness.provider.session(granted->accessToken));
        QVERIFY(harness.refresh(granted->refreshToken).ok()); // the refresh token outlives the session
    }

    void passwordGrant_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::newRow("valid") << "admin@sandbox.example"
                               << "pw"
                               << "s3cret"
                               << ""
                               << "";
        QTest::newRow("username case") << "Admin@Sandbox.Example"
                                       << "pw"
                                       << "s3cret"
                                       << ""
                                       << "";
        QTest::newRow("wrong password") << "admin@sandbox.example"
                                        << "PW"
                                        << "s3cret"
                                        << "invalid_grant"
                                        << "authentication failure";
        QTest::newRow("unknown user") << "who@sandbox.example"
                                      << "pw"
                                      << "s3cret"
                                      << "invalid_grant"
                                      << "authentication failure";
        QTest::newRow("inactive user") << "gone@sandbox.example"
                                       << "pw"
                                       << "s3cret"
                                       << "invalid_grant"
                                       << "inactive user";
        QTest::newRow("no secret") << "admin@sandbox.example"
                                   << "pw"
                                   << ""
                                   << "invalid_client"
                                   << "invalid client credentials";
        QTest::newRow("wrong secret") << "admin@sandbox.example"
                                      << "pw"
                                      << "x"
                                      << "invalid_client"
                                      << "invalid client credentials";
    }
    void passwordGrant()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, secret);
        QFETCH(QString, error);
        QFETCH(QString, description);
        Harness harness;
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("3MVG-sia"));
        if (!secret.isEmpty()) {
            form.addQueryItem(QStringLiteral("client_secret"), secret);
        }
        form.addQueryItem(QStringLiteral("username"), username);
        form.addQueryItem(QStringLiteral("password"), password);
        const auto granted = harness.provider.token(form);
        QCOMPARE(granted.ok() ? QString() : granted.error().error, error);
        if (granted.ok()) {
            QVERIFY(granted->refreshToken.isEmpty());
            QCOMPARE(granted->userId, QStringLiteral("005A"));
        } else {
            QCOMPARE(granted.error().description, description);
        }
    }

    void signsTheIdentityUrlAndIssueTime()
    {
        // HMAC-SHA256 keyed with the consumer secret, base64: a client can check it with the secret alone.
        const QString signature = OAuthProvider::signature(QStringLiteral("https://login/id/00D/005"),
            QStringLiteral("1700000000000"), QStringLiteral("s3cret"));
        QCOMPARE(QByteArray::fromBase64(signature.toLatin1()).size(), 32);
        QVERIFY(signature
            != OAuthProvider::signature(QStringLiteral("https://login/id/00D/005"),
                QStringLiteral("1700000000001"), QStringLiteral("s3cret")));
    }
};

QTEST_GUILESS_MAIN(TestOAuthProvider)
#include "testoauthprovider.moc"
