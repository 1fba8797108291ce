// Marketo's limits, on the sandbox clock (no sleeping): 100 calls per sliding 20 s (606), the daily quota
// (607, turning over at midnight US Central), 10 calls in flight (615), the configurable batch limit, and
// what Marketo refuses in a request's shape: a body over 1 MB (HTTP 413), a method an endpoint does not
// take (605), a JSON body not declared application/json (612).
#include "sandbox/marketo/marketotokens.h"
#include "sandboxclient.h"

#include <QtTest>

using namespace sia::sandbox;

class TestMarketoLimits : public QObject
{
    Q_OBJECT

private slots:
    void call101Within20SecondsIs606();
    void theWindowSlides();
    void refusedCallsDoNotCount();
    void dailyQuotaIs607UntilMidnightCentral();
    void eleventhConcurrentCallIs615();
    void batchLimitFollowsTheOption();
    void bodyOver1MBIs413();
    void wrongMethodIs605_data();
    void wrongMethodIs605();
    void jsonBodyWithoutJsonContentTypeIs612_data();
    void jsonBodyWithoutJsonContentTypeIs612();

private:
    std::unique_ptr<Sandbox> start(const QString& limits = {});
    bool describeSucceeds(SandboxClient& client)
    {
        return client.marketoGet(QStringLiteral("/rest/v1/leads/describe2.json")).success();
    }
};

std::unique_ptr<Sandbox> TestMarketoLimits::start(const QString& limits)
{
    SandboxOptions options;
    options.people = 500;
    if (!limits.isEmpty()) {
        options.limits = *SandboxLimits::parse(limits);
    }
    auto sandbox = startSandbox(options);
    if (sandbox) {
        sandbox->clock().setFrozen(true); // every call at the same instant unless a test moves the clock
    }
    return sandbox;
}

void TestMarketoLimits::call101Within20SecondsIs606()
{
    const auto sandbox = start();
    QVERIFY(sandbox);
    SandboxClient client(sandbox->baseUrl());
    for (int call = 1; call <= 100; ++call) {
        QVERIFY2(describeSucceeds(client), qPrintable(QString::number(call)));
    }
    const HttpResult refused = client.marketoGet(QStringLiteral("/rest/v1/leads/describe2.json"));
    QCOMPARE(refused.status, 200);
    QCOMPARE(refused.errorCode(), QStringLiteral("606"));
    QCOMPARE(sandbox->counters().value(QStringLiteral("marketo.refused.606")), 1);
}

void TestMarketoLimits::theWindowSlides()
{
    const auto sandbox = start();
    QVERIFY(sandbox);
    SandboxClient client(sandbox->baseUrl());
    for (int call = 0; call < 50; ++call) {
        QVERIFY(describeSucceeds(client));
    }
    sandbox->clock().advance(10'000);
    for (int call = 0; call < 50; ++call) {
        QVERIFY(describeSucceeds(client));
    }
    QVERIFY(!describeSucceeds(client)); // 100 within the last 20 s
    sandbox->clock().advance(9'999);
    QVERIFY(!describeSucceeds(client)); // the first 50 are still 19.999 s old
    sandbox->clock().advance(2);
    for (int call = 0; call < 50; ++call) {
        QVERIFY2(
            describeSucceeds(client), qPrintable(QString::number(call))); // the first 50 have left the window
    }
    QVERIFY(!describeSucceeds(client));
}

void TestMarketoLimits::refusedCallsDoNotCount()
{
    const auto sandbox = start(QStringLiteral("calls=5/20s"));
    QVERIFY(sandbox);
    SandboxClient client(sandbox->baseUrl());
    for (int call = 0; call < 5; ++call) {
        QVERIFY(describeSucceeds(client));
    }
    sandbox->clock().advance(15'000);
    for (int call = 0; call < 10; ++call) {
        QVERIFY(!describeSucceeds(client)); // refused, and not added to the window
    }
    sandbox->clock().advance(5'001);
    for (int call = 0; call < 5; ++call) {
        QVERIFY(describeSucceeds(client));
    }
}

void TestMarketoLimits::dailyQuotaIs607UntilMidnightCentral()
{
    const auto sandbox = start(QStringLiteral("daily=5"));
    QVERIFY(sandbox);
    // 22:00 in Chicago (CST, UTC-6) on 15 January.
    sandbox->clock().set(QDateTime(QDate(2025, 1, 16), QTime(4, 0), Qt::UTC));
    SandboxClient client(sandbox->baseUrl());
    for (int call = 0; call < 5; ++call) {
        QVERIFY(describeSucceeds(client));
    }
    QCOMPARE(client.marketoGet(QStringLiteral("/rest/v1/leads/describe2.json")).errorCode(),
        QStringLiteral("607"));
    const marketo::MarketoCredentials credentials;
    sandbox->clock().set(QDateTime(QDate(2025, 1, 16), QTime(5, 59), Qt::UTC)); // 23:59 in Chicago: same day
    client.setMarketoCredentials(credentials.clientId, credentials.clientSecret); // the old token has expired
    QCOMPARE(client.marketoGet(QStringLiteral("/rest/v1/leads/describe2.json")).errorCode(),
        QStringLiteral("607"));
    sandbox->clock().set(QDateTime(QDate(2025, 1, 16), QTime(6, 0, 1), Qt::UTC)); // past midnight in Chicago
    QVERIFY(describeSucceeds(client));
}

void TestMarketoLimits::eleventhConcurrentCallIs615()
{
    const auto sandbox = start();
    QVERIFY(sandbox);
    QVERIFY(sandbox->configureFaults(QStringLiteral("marketo.describe2=slow:1500@1-10")).ok());
    SandboxClient setup(sandbox->baseUrl());
    const QByteArray bearer = "Bearer " + setup.marketoToken().toLatin1();
    // One QNetworkAccessManager opens at most 6 connections to a host: use two.
    QNetworkAccessManager first;
    QNetworkAccessManager second;
    QList<QNetworkReply*> slow;
    for (int call = 0; call < 10; ++call) {
        QNetworkRequest request(setup.url(QStringLiteral("/rest/v1/leads/describe2.json")));
        request.setRawHeader("Authorization", bearer);
        slow.append((call < 5 ? first : second).get(request));
    }
    QTRY_COMPARE_WITH_TIMEOUT(sandbox->server().inFlight(), 10, 5000);
    SandboxClient third(sandbox->baseUrl());
    third.setMarketoCredentials(
        marketo::MarketoCredentials().clientId, marketo::MarketoCredentials().clientSecret);
    const HttpResult refused
        = third.get(QStringLiteral("/rest/v1/leads/describe2.json"), { { "Authorization", bearer } });
    QCOMPARE(refused.errorCode(), QStringLiteral("615"));
    for (QNetworkReply* reply : slow) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
    }
    QTRY_COMPARE(sandbox->server().inFlight(), 0);
    QVERIFY(third.get(QStringLiteral("/rest/v1/leads/describe2.json"), { { "Authorization", bearer } })
                .success());
}

void TestMarketoLimits::batchLimitFollowsTheOption()
{
    const auto sandbox = start(QStringLiteral("batch=50"));
    QVERIFY(sandbox);
    SandboxClient client(sandbox->baseUrl());
    QCOMPARE(client
                 .marketoGet(QStringLiteral(
                     "/rest/v1/leads.json?filterType=leadPartitionId&filterValues=1&batchSize=51"))
                 .errorCode(),
        QStringLiteral("1003"));
    const HttpResult page
        = client.marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=leadPartitionId&filterValues=1"));
    QCOMPARE(page.result().size(), 50); // the default batch is the limit
}

void TestMarketoLimits::bodyOver1MBIs413()
{
    const auto sandbox = start();
    QVERIFY(sandbox);
    SandboxClient client(sandbox->baseUrl());
    QByteArray body = R"({"input":[{"activityDate":"2025-01-01T00:00:00Z","note":")";
    body += QByteArray(1000 * 1000, 'x') + R"("}]})";
    const HttpResult refused = client.marketoPost(QStringLiteral("/rest/v1/activities/external.json"), body);
    QCOMPARE(refused.status, 413);
    const HttpResult bulk = client.marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"), body);
    QCOMPARE(bulk.status, 413);
    QCOMPARE(sandbox->counters().value(QStringLiteral("marketo.refused.413")), 2);
    // At the limit (10^6 bytes) it reaches the endpoint, which answers in its envelope.
    const HttpResult under = client.marketoPost(
        QStringLiteral("/bulk/v1/leads/export/create.json"), QByteArray(1000 * 1000 - 2, ' ') + "{]");
    QCOMPARE(under.status, 200);
    QCOMPARE(under.errorCode(), QStringLiteral("609"));
}

void TestMarketoLimits::wrongMethodIs605_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("DELETE leads") << QByteArray("DELETE") << QStringLiteral("/rest/v1/leads.json") << 200;
    QTest::newRow("POST describe") << QByteArray("POST") << QStringLiteral("/rest/v1/leads/describe2.json")
                                   << 200;
    QTest::newRow("GET bulk create") << QByteArray("GET")
                                     << QStringLiteral("/bulk/v1/leads/export/create.json") << 200;
    QTest::newRow("PUT bulk enqueue")
        << QByteArray("PUT") << QStringLiteral("/bulk/v1/leads/export/x-1/enqueue.json") << 200;
    QTest::newRow("DELETE users") << QByteArray("DELETE")
                                  << QStringLiteral("/userservice/management/v1/users/allusers.json") << 405;
}

void TestMarketoLimits::wrongMethodIs605()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const auto sandbox = start();
    QVERIFY(sandbox);
    SandboxClient client(sandbox->baseUrl());
    const QByteArray bearer = "Bearer " + client.marketoToken().toLatin1();
    const HttpResult answer = client.send(method, path, {}, { { "Authorization", bearer } });
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), QStringLiteral("605"));
}

void TestMarketoLimits::jsonBodyWithoutJsonContentTypeIs612_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expected");
    const QString create = QStringLiteral("/bulk/v1/leads/export/create.json");
    const QString external = QStringLiteral("/rest/v1/activities/external.json");
    QTest::newRow("bulk create, text/plain") << create << QByteArray("text/plain") << QStringLiteral("612");
    QTest::newRow("bulk create, form")
        << create << QByteArray("application/x-www-form-urlencoded") << QStringLiteral("612");
    QTest::newRow("bulk create, none") << create << QByteArray() << QStringLiteral("612");
    QTest::newRow("bulk create, json; charset")
        << create << QByteArray("application/json; charset=utf-8") << QStringLiteral("1003");
    QTest::newRow("external activities, text/plain")
        << external << QByteArray("text/plain") << QStringLiteral("612");
    QTest::newRow("write leads, text/plain")
        << QStringLiteral("/rest/v1/leads.json") << QByteArray("text/plain") << QStringLiteral("612");
}

void TestMarketoLimits::jsonBodyWithoutJsonContentTypeIs612()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expected);
    const auto sandbox = start();
    QVERIFY(sandbox);
    SandboxClient client(sandbox->baseUrl());
    const QByteArray bearer = "Bearer " + client.marketoToken().toLatin1();
    RawHeaders headers { { "Authorization", bearer } };
    if (!contentType.isEmpty()) {
        headers.append({ "Content-Type", contentType });
    }
    // A JSON body that is otherwise wrong (no fields): with the right type it gets past the 612 check.
    const HttpResult answer = client.send("POST", path, R"({"input":[]})", headers);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.errorCode(), expected);
}

QTEST_GUILESS_MAIN(TestMarketoLimits)
#include "testmarketolimits.moc"
