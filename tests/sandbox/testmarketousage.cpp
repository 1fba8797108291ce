// Marketo's usage statistics: today's calls per API user, the last seven days, and today's errors by code.
#include "sandbox/marketo/marketotokens.h"
#include "sandboxclient.h"

#include <QtTest>

using namespace sia::sandbox;

class TestMarketoUsage : public QObject
{
    Q_OBJECT

private slots:
    void countsTodaysCallsPerApiUser();
    void lastSevenDaysHasADayEach();
    void errorsAreCountedByCode();
};

void TestMarketoUsage::countsTodaysCallsPerApiUser()
{
    SandboxOptions options;
    options.people = 100;
    const auto sandbox = startSandbox(options);
    QVERIFY(sandbox);
    SandboxClient client(sandbox->baseUrl());
    for (int call = 0; call < 4; ++call) {
        client.marketoGet(QStringLiteral("/rest/v1/leads/describe.json"));
    }
    const QJsonObject today
        = client.marketoGet(QStringLiteral("/rest/v1/stats/usage.json")).result().first().toObject();
    QCOMPARE(today.value(QStringLiteral("total")).toInt(),
        5); // 4 describes and this call (the token call is not a REST call)
    const QJsonObject user = today.value(QStringLiteral("users")).toArray().first().toObject();
    QCOMPARE(user.value(QStringLiteral("userId")).toString(), marketo::MarketoCredentials().apiUserEmail);
}

void TestMarketoUsage::lastSevenDaysHasADayEach()
{
    SandboxOptions options;
    options.people = 100;
    options.marketoTokenLifetimeSeconds = 30 * 24 * 3600;
    const auto sandbox = startSandbox(options);
    QVERIFY(sandbox);
    sandbox->clock().set(QDateTime(QDate(2025, 5, 10), QTime(15, 0), Qt::UTC));
    SandboxClient client(sandbox->baseUrl());
    client.marketoGet(QStringLiteral("/rest/v1/leads/describe.json"));
    sandbox->clock().advance(2LL * 24 * 3600 * 1000);
    const QJsonArray days = client.marketoGet(QStringLiteral("/rest/v1/stats/usage/last7days.json")).result();
    QCOMPARE(days.size(), 7);
    QCOMPARE(days.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-05-12"));
    QCOMPARE(days.at(2).toObject().value(QStringLiteral("total")).toInt(), 1);
}

void TestMarketoUsage::errorsAreCountedByCode()
{
    SandboxOptions options;
    options.people = 100;
    const auto sandbox = startSandbox(options);
    QVERIFY(sandbox);
    SandboxClient client(sandbox->baseUrl());
    client.marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=shoeSize&filterValues=9"));
    client.marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=shoeSize&filterValues=9"));
    client.get(QStringLiteral("/rest/v1/leads/describe.json")); // no token: 600
    const QJsonObject today
        = client.marketoGet(QStringLiteral("/rest/v1/stats/errors.json")).result().first().toObject();
    QCOMPARE(today.value(QStringLiteral("total")).toInt(), 3);
    QHash<QString, int> byCode;
    for (const QJsonValue& error : today.value(QStringLiteral("errors")).toArray()) {
        byCode.insert(error.toObject().value(QStringLiteral("errorCode")).toString(),
            error.toObject().value(QStringLiteral("count")).toInt());
    }
    QCOMPARE(byCode.value(QStringLiteral("1003")), 2);
    QCOMPARE(byCode.value(QStringLiteral("600")), 1);
    QCOMPARE(client.marketoGet(QStringLiteral("/rest/v1/stats/errors/last7days.json")).result().size(), 7);
}

QTEST_GUILESS_MAIN(TestMarketoUsage)
#include "testmarketousage.moc"
