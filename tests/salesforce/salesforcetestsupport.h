// What the Salesforce client tests share: an in-process sandbox whose connected app registers callbacks on
// ports chosen at run time, a connection to it, a browser that drives the sandbox's login page over HTTP
// as a real one would (GET authorize, the login form, POST the credentials, follow the redirect to the
// loopback listener), an in-memory keychain, and a way to connect a client through the whole flow.
#pragma once

#include "connections/connectionsecrets.h"
#include "memorysecretstore.h"
#include "salesforce/browserlauncher.h"
#include "salesforce/salesforceauthorization.h"
#include "salesforce/salesforceclient.h"
#include "sandboxclient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

#include <memory>
#include <optional>

namespace salesforcetest {

// A port free on 127.0.0.1 right now (the listener binds it again at once).
inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

inline QUrl callbackAt(quint16 port)
{
    return QUrl(QStringLiteral("http://localhost:%1/OauthRedirect").arg(port));
}

// Three callback URLs on ports free right now, as the product's default list has three: a test class keeps
// its list for all its functions, and between two logins another process of a parallel ctest run may take
// a port for a moment (an outgoing connection's own port); the listener then skips to the next, as it does
// for the admin.
inline QList<QUrl> callbacksOnFreePorts()
{
    QList<QUrl> callbacks;
    while (callbacks.size() < 3) {
        const QUrl url = callbackAt(freePort());
        if (url.port() > 0 && !callbacks.contains(url)) {
            callbacks.append(url);
        }
    }
    return callbacks;
}

// A sandbox whose connected app registers these callbacks (the first is the ready line's callbackUrl).
inline std::unique_ptr<sia::sandbox::Sandbox> startOrg(
    const QList<QUrl>& callbacks, sia::sandbox::SandboxOptions options = {})
{
    if (options.people == 10000) {
        options.people = 200;
    }
    options.salesforceCallbackUrl = callbacks.value(0).toString();
    options.salesforceMoreCallbackUrls.clear();
    for (qsizetype i = 1; i < callbacks.size(); ++i) {
        options.salesforceMoreCallbackUrls.append(callbacks.at(i).toString());
    }
    return startSandbox(options);
}

inline QString info(const sia::sandbox::Sandbox& sandbox, const char* key)
{
    return sandbox.readyInfo()
        .value(QStringLiteral("salesforce"))
        .toObject()
        .value(QLatin1String(key))
        .toString();
}

inline sia::SalesforceConnection connectionTo(
    const sia::sandbox::Sandbox& sandbox, const QList<QUrl>& callbacks)
{
    sia::SalesforceConnection connection;
    connection.loginUrl = QUrl(info(sandbox, "loginUrl"));
    connection.consumerKey = info(sandbox, "consumerKey");
    connection.callbackUrls = callbacks;
    connection.retry.initialDelay = std::chrono::milliseconds(5);
    connection.retry.maxDelay = std::chrono::milliseconds(50);
    return connection;
}

// The browser: follows the login link as a person would, with what the test tells it to do.
class ScriptedBrowser : public QObject, public sia::BrowserLauncher
{
    Q_OBJECT

public:
    enum class Act
    {
        Allow, // log in with the credentials and allow
        Deny, // press Deny
        Ignore, // never come back (the person walked away)
        WrongState, // come back to the listener with another state, as an old tab would
    };

    Act act = Act::Allow;
    QString username;
    QString password;
    QList<QUrl> opened;
    QList<QSslCertificate> trusted; // the sandbox's --tls certificate, as a browser would be told to trust it
    QByteArray lastPage; // what the loopback listener answered
    int lastStatus = 0;
    bool finished = false;

    void open(const QUrl& url) override
    {
        opened.append(url);
        if (act == Act::Ignore) {
            return;
        }
        get(url);
    }

    // Drives a login link as `open` does (the "copy login link" path: the person pastes it).
    void visit(const QUrl& url) { get(url); }

private:
    QNetworkRequest requestFor(const QUrl& url) const
    {
        QNetworkRequest request(url);
        if (!trusted.isEmpty()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setCaCertificates(ssl.caCertificates() + trusted);
            request.setSslConfiguration(ssl);
        }
        return request;
    }

    void get(const QUrl& url)
    {
        QNetworkRequest request = requestFor(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply]() { answered(reply); });
    }

    void answered(QNetworkReply* reply)
    {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 302) {
            QUrl next = reply->url().resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location"))));
            if (act == Act::WrongState && next.port() != reply->url().port()) {
                QUrlQuery query(next);
                query.removeAllQueryItems(QStringLiteral("state"));
                query.addQueryItem(QStringLiteral("state"), QStringLiteral("someone-elses-state"));
                next.setQuery(query);
            }
            get(next);
            return;
        }
        if (body.contains("<form method=\"post\"")) {
            submit(reply->url(), body);
            return;
        }
        lastStatus = status;
        lastPage = body;
        finished = true;
    }

    // Posts the login form back with its hidden fields, the credentials and the button pressed.
    void submit(const QUrl& page, const QByteArray& html)
    {
        static const QRegularExpression hidden(
            QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
        QUrlQuery form;
        const auto unescape = [](QString text) {
            return text.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        };
        auto field = [&form](const QString& key, const QString& value) {
            form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                QString::fromLatin1(QUrl::toPercentEncoding(value)));
        };
        for (const QRegularExpressionMatch& match : hidden.globalMatch(QString::fromUtf8(html))) {
            field(unescape(match.captured(1)), unescape(match.captured(2)));
        }
        field(QStringLiteral("username"), username);
        field(QStringLiteral("password"), password);
        field(QStringLiteral("action"), act == Act::Deny ? QStringLiteral("deny") : QStringLiteral("allow"));
        QNetworkRequest request
            = requestFor(page.resolved(QUrl(QStringLiteral("/services/oauth2/authorize"))));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toLatin1());
        connect(reply, &QNetworkReply::finished, this, [this, reply]() { answered(reply); });
    }

    QNetworkAccessManager m_network;
};

// A client of the sandbox's org with its own in-memory keychain.
struct ClientFixture
{
    sia::MemorySecretStore store;
    sia::ConnectionSecrets secrets { store, QStringLiteral("/tmp/salesforce-test/actions.sqlite") };
    std::unique_ptr<sia::SalesforceClient> client;
    ScriptedBrowser browser;

    ClientFixture(const sia::sandbox::Sandbox& sandbox, sia::SalesforceConnection connection)
        : client(std::make_unique<sia::SalesforceClient>(std::move(connection), secrets))
    {
        browser.username = info(sandbox, "username");
        browser.password = info(sandbox, "password");
    }

    // Runs the whole browser flow; the outcome, or a "test.no-answer" error.
    sia::Result<sia::SalesforceTokens> connect()
    {
        sia::SalesforceAuthorization authorization(*client, browser);
        std::optional<sia::Result<sia::SalesforceTokens>> outcome;
        authorization.start(
            [&outcome](sia::Result<sia::SalesforceTokens> result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000)) {
            return sia::Error::internal(QStringLiteral("test.no-answer"), QStringLiteral("no outcome"));
        }
        return std::move(*outcome);
    }

    sia::Result<QByteArray> storedRefreshToken();
};

inline sia::Result<QByteArray> readAndWaitFor(sia::ConnectionSecrets& secrets)
{
    std::optional<sia::Result<QByteArray>> outcome;
    secrets.read(sia::ConnectionSecret::SalesforceRefreshToken,
        [&outcome](sia::Result<QByteArray> result) { outcome = std::move(result); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 5000)) {
        return sia::Error::internal(QStringLiteral("test.no-answer"), QStringLiteral("no answer"));
    }
    return std::move(*outcome);
}

// Waits for one asynchronous result of the client's API.
template<typename T, typename Start> sia::Result<T> await(Start start, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<std::optional<sia::Result<T>>>();
    start([outcome](sia::Result<T> result) { *outcome = std::move(result); });
    if (!QTest::qWaitFor([&outcome] { return outcome->has_value(); }, timeoutMs)) {
        return sia::Error::internal(QStringLiteral("test.no-answer"), QStringLiteral("no answer in time"));
    }
    return std::move(**outcome);
}

inline qint64 callsOf(SandboxClient& control, const char* endpoint)
{
    return qint64(control.control("GET", QStringLiteral("/sandbox/counters"))
                      .value(QStringLiteral("calls"))
                      .toObject()
                      .value(QLatin1String(endpoint))
                      .toDouble());
}

inline sia::Result<QByteArray> ClientFixture::storedRefreshToken()
{
    return readAndWaitFor(secrets);
}

} // namespace salesforcetest
