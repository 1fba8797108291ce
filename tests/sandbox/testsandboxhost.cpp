// The sandbox the app runs in-process (sia-admin --sandbox): on a thread of its own, answering the real
// protocols while the calling thread goes on, and gone once the host is.
#include "sandbox/sandboxhost.h"
#include "sandboxclient.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

using namespace sia::sandbox;

class TestSandboxHost : public QObject
{
    Q_OBJECT

private slots:
    void servesMarketoAndSalesforceFromItsOwnThread();
    void stopsListeningWhenDestroyed();
};

void TestSandboxHost::servesMarketoAndSalesforceFromItsOwnThread()
{
    SandboxHost host { SandboxOptions {} };
    const sia::Result<void> started = host.start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));

    const QJsonObject ready = host.readyInfo();
    const QJsonObject marketo = ready.value(QStringLiteral("marketo")).toObject();
    const QUrl base(ready.value(QStringLiteral("baseUrl")).toString());
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));

    SandboxClient client(base);
    QUrlQuery token;
    token.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    token.addQueryItem(QStringLiteral("client_id"), marketo.value(QStringLiteral("clientId")).toString());
    token.addQueryItem(
        QStringLiteral("client_secret"), marketo.value(QStringLiteral("clientSecret")).toString());
    const HttpResult answer
        = client.get(QStringLiteral("/identity/oauth/token?") + token.toString(QUrl::FullyEncoded));
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.object().value(QStringLiteral("access_token")).toString().isEmpty());

    // Salesforce: the login host and the instance are two listeners, and the host says where each is.
    QCOMPARE(host.marketoRestUrl().toString(), marketo.value(QStringLiteral("restUrl")).toString());
    QCOMPARE(host.salesforceLoginUrl(), base);
    QCOMPARE(host.salesforceInstanceUrl().host(), base.host());
    QVERIFY(host.salesforceInstanceUrl().port() != base.port());
    QCOMPARE(client.get(QStringLiteral("/services/data/")).status, 404);
    const HttpResult versions
        = SandboxClient(host.salesforceInstanceUrl()).get(QStringLiteral("/services/data/"));
    QCOMPARE(versions.status, 200);
    QVERIFY(!versions.array().isEmpty());
}

void TestSandboxHost::stopsListeningWhenDestroyed()
{
    QUrl login;
    QUrl instance;
    {
        SandboxHost host { SandboxOptions {} };
        QVERIFY(host.start().ok());
        login = host.salesforceLoginUrl();
        instance = host.salesforceInstanceUrl();
    }
    for (const QUrl& base : { login, instance }) {
        const HttpResult answer = SandboxClient(base).get(QStringLiteral("/services/data/"));
        QCOMPARE(answer.status, 0);
        QCOMPARE(answer.error, QNetworkReply::ConnectionRefusedError);
    }
}

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "testsandboxhost.moc"
