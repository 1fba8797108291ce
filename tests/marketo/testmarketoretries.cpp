// The Marketo client retries what a retry can fix (604, 606, 608, 611, 615, 713, 502 inside the envelope,
// HTTP 5xx, a connection reset) with backoff, and nothing else; every failure reaches the admin as a
// message with the raw code; a 607 stops every call until the quota resets.
#include "marketo/marketoclient.h"
#include "marketo/marketoratelimiter.h"
#include "marketo/marketorequest.h"
#include "marketo/marketotokensource.h"
#include "marketotestsupport.h"
#include "sandboxclient.h"

#include <QTcpServer>
#include <QtTest>

using namespace sia;
using namespace sia::sandbox;

class TestMarketoRetries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void retryableFailuresAreRetried_data();
    void retryableFailuresAreRetried();
    void retriesStopAfterThePolicysAttempts();
    void otherFailuresAreNotRetried_data();
    void otherFailuresAreNotRetried();
    void dailyQuotaStopsEveryCall();
    void htmlAnswerIsExplained();
    void slowAnswerTimesOutAndIsRetried();
    void unreachableHostIsExplained();
    void callIsAbandonedWhenItsReceiverGoes();

private:
    Result<MarketoResponse> describeOnce(MarketoClient& client);
    MarketoConnection connection() const;
    qint64 describeCalls() const { return m_sandbox->counters().calls(QStringLiteral("marketo.describe2")); }

    std::unique_ptr<Sandbox> m_sandbox;
};

void TestMarketoRetries::initTestCase()
{
    SandboxOptions options;
    options.people = 100;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
}

void TestMarketoRetries::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestMarketoRetries::init()
{
    m_sandbox->reset();
}

MarketoConnection TestMarketoRetries::connection() const
{
    MarketoConnection connection = sandboxConnection(*m_sandbox);
    connection.limits.window = std::chrono::milliseconds(200); // a 606 waits a quarter of the window
    return connection;
}

Result<MarketoResponse> TestMarketoRetries::describeOnce(MarketoClient& client)
{
    Outcomes<MarketoResponse> outcomes;
    client.send(MarketoRequest::get(MarketoRequest::Api::Rest, QStringLiteral("/v1/leads/describe2.json")),
        this, outcomes.callback());
    if (!QTest::qWaitFor([&outcomes]() { return outcomes.size() == 1; }, 30000)) {
        return Error::internal(QStringLiteral("test.timeout"), QStringLiteral("no answer within 30 s"));
    }
    return outcomes.first();
}

void TestMarketoRetries::retryableFailuresAreRetried_data()
{
    QTest::addColumn<QString>("fault");
    for (const char* code : { "604", "606", "608", "611", "615", "713", "502" }) {
        QTest::newRow(code) << QString::fromLatin1(code);
    }
    QTest::newRow("HTTP 500") << QStringLiteral("http500");
    QTest::newRow("HTTP 502") << QStringLiteral("http502");
    QTest::newRow("HTTP 503") << QStringLiteral("http503");
    QTest::newRow("HTTP 504") << QStringLiteral("http504");
    QTest::newRow("connection reset") << QStringLiteral("reset");
    QTest::newRow("HTML maintenance page (503)") << QStringLiteral("html");
}

void TestMarketoRetries::retryableFailuresAreRetried()
{
    QFETCH(QString, fault);
    // Fails twice, then answers: the third attempt succeeds.
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.describe2=%1@1-2").arg(fault)).ok());
    MarketoClient client(connection());
    const Result<MarketoResponse> outcome = describeOnce(client);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QCOMPARE(describeCalls(), 3);
}

void TestMarketoRetries::retriesStopAfterThePolicysAttempts()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.describe2=608")).ok());
    MarketoConnection connection = this->connection();
    connection.retry.maxAttempts = 4;
    MarketoClient client(connection);
    const Result<MarketoResponse> outcome = describeOnce(client);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, QStringLiteral("marketo.608"));
    QVERIFY(outcome.error().message.contains(QStringLiteral("608")));
    QCOMPARE(describeCalls(), 4);
}

void TestMarketoRetries::otherFailuresAreNotRetried_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("code");
    QTest::newRow("603 access denied") << QStringLiteral("603") << QStringLiteral("marketo.603");
    QTest::newRow("605 method") << QStringLiteral("605") << QStringLiteral("marketo.605");
    QTest::newRow("607 daily quota") << QStringLiteral("607") << QStringLiteral("marketo.607");
    QTest::newRow("610 not found") << QStringLiteral("610") << QStringLiteral("marketo.610");
    QTest::newRow("612 content type") << QStringLiteral("612") << QStringLiteral("marketo.612");
    QTest::newRow("1029 export queue") << QStringLiteral("1029") << QStringLiteral("marketo.1029");
    QTest::newRow("HTTP 413") << QStringLiteral("413") << QStringLiteral("marketo.http413");
    QTest::newRow("HTTP 404") << QStringLiteral("http404") << QStringLiteral("marketo.http404");
    QTest::newRow("malformed JSON") << QStringLiteral("malformed") << QStringLiteral("marketo.not-json");
}

void TestMarketoRetries::otherFailuresAreNotRetried()
{
    QFETCH(QString, fault);
    QFETCH(QString, code);
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.describe2=%1@1").arg(fault)).ok());
    MarketoClient client(connection());
    const Result<MarketoResponse> outcome = describeOnce(client);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, code);
    QVERIFY(!outcome.error().message.isEmpty());
    QCOMPARE(describeCalls(), 1);
}

void TestMarketoRetries::dailyQuotaStopsEveryCall()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.describe2=607@1")).ok());
    MarketoClient client(connection());
    QVERIFY(!describeOnce(client).ok());
    // Until midnight US Central nothing more goes out, though the sandbox would now answer.
    const Result<MarketoResponse> next = describeOnce(client);
    QVERIFY(!next.ok());
    QCOMPARE(next.error().code, QStringLiteral("marketo.quota"));
    QCOMPARE(describeCalls(), 1);
    QVERIFY(client.limiter().nextQuotaReset() > QDateTime::currentDateTimeUtc());
    QVERIFY(client.limiter().nextQuotaReset() <= QDateTime::currentDateTimeUtc().addDays(1));
}

void TestMarketoRetries::htmlAnswerIsExplained()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.describe2=html")).ok());
    MarketoConnection connection = this->connection();
    connection.retry.maxAttempts = 2;
    MarketoClient client(connection);
    const Result<MarketoResponse> outcome = describeOnce(client);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, QStringLiteral("marketo.http503"));
    QVERIFY(outcome.error().message.contains(QStringLiteral("web page")));
}

void TestMarketoRetries::slowAnswerTimesOutAndIsRetried()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.describe2=slow:2000@1")).ok());
    MarketoConnection connection = this->connection();
    connection.transferTimeout = std::chrono::milliseconds(300);
    MarketoClient client(connection);
    const Result<MarketoResponse> outcome = describeOnce(client);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QCOMPARE(describeCalls(), 2);
}

void TestMarketoRetries::unreachableHostIsExplained()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    MarketoConnection connection = this->connection();
    connection.restUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/rest").arg(port));
    connection.identityUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/identity").arg(port));
    connection.retry.maxAttempts = 3;
    MarketoClient client(connection);
    const Result<MarketoResponse> outcome = describeOnce(client);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code,
        QStringLiteral("marketo.network.%1").arg(int(QNetworkReply::ConnectionRefusedError)));
    QVERIFY(outcome.error().message.contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(client.tokens().renewalsStarted(), 3); // the token request, tried three times
}

void TestMarketoRetries::callIsAbandonedWhenItsReceiverGoes()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.describe2=slow:3000@1")).ok());
    MarketoClient client(connection());
    auto* receiver = new QObject;
    bool answered = false;
    client.send(MarketoRequest::get(MarketoRequest::Api::Rest, QStringLiteral("/v1/leads/describe2.json")),
        receiver, [&answered](Result<MarketoResponse>) { answered = true; });
    QTRY_COMPARE(m_sandbox->server().inFlight(), 1);
    QCOMPARE(client.limiter().inFlight(), 1);
    delete receiver;
    QTRY_COMPARE(client.limiter().inFlight(), 0); // the slot is given back at once, not after 3 s
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server().inFlight(), 0, 10000);
    QVERIFY(!answered);
    QCOMPARE(describeCalls(), 1);
}

QTEST_GUILESS_MAIN(TestMarketoRetries)
#include "testmarketoretries.moc"
