// The control API under /sandbox/: reset, mutate, the clock and the counters, as tests and demos drive them.
#include "sandboxclient.h"

#include <QtTest>

using namespace sia::sandbox;

class TestSandboxControl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mutatePeopleChangesThemNow();
    void deletePeopleThroughMutate();
    void mutateUnknownKindIsRefused();
    void clockIsSetAdvancedAndFrozen();
    void countersReportCallsRefusalsAndEligiblePeople();
    void controlCallsAreNotCountedOrFaulted();
    void resetGoesBackToTheStart();
    void infoRepeatsTheReadyLine();
    void unknownControlPathIs404();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxControl::init()
{
    SandboxOptions options;
    options.people = 3000;
    options.limits.marketoCallsPerWindow = 3;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void TestSandboxControl::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestSandboxControl::mutatePeopleChangesThemNow()
{
    m_client->control("POST", QStringLiteral("/sandbox/clock"),
        { { QStringLiteral("set"), QStringLiteral("2025-04-01T08:00:00Z") },
            { QStringLiteral("frozen"), true } });
    const QJsonObject answer = m_client->control("POST", QStringLiteral("/sandbox/mutate"),
        { { QStringLiteral("kind"), QStringLiteral("people") }, { QStringLiteral("count"), 7 } });
    QCOMPARE(answer.value(QStringLiteral("changed")).toInt(), 7);
    const QJsonArray ids = answer.value(QStringLiteral("ids")).toArray();
    QCOMPARE(ids.size(), 7);
    const Person p = *m_sandbox->dataset().person(ids.first().toInteger());
    QCOMPARE(p.updatedAt, QDateTime(QDate(2025, 4, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(m_sandbox->dataset().changes().size(), 7);
}

void TestSandboxControl::deletePeopleThroughMutate()
{
    const QJsonObject answer
        = m_client->control("POST", QStringLiteral("/sandbox/mutate?kind=deletedPeople&count=4"));
    QCOMPARE(answer.value(QStringLiteral("changed")).toInt(), 4);
    QVERIFY(!m_sandbox->dataset()
                 .person(answer.value(QStringLiteral("ids")).toArray().first().toInteger())
                 .has_value());
}

void TestSandboxControl::mutateUnknownKindIsRefused()
{
    QCOMPARE(
        m_client
            ->post(QStringLiteral("/sandbox/mutate"), R"({"kind":"unicorns","count":1})", "application/json")
            .status,
        400);
    QCOMPARE(
        m_client->post(
                    QStringLiteral("/sandbox/mutate"), R"({"kind":"people","count":0})", "application/json")
            .status,
        400);
}

void TestSandboxControl::clockIsSetAdvancedAndFrozen()
{
    QJsonObject clock = m_client->control("POST", QStringLiteral("/sandbox/clock"),
        { { QStringLiteral("set"), QStringLiteral("2025-04-01T08:00:00Z") },
            { QStringLiteral("frozen"), true } });
    QCOMPARE(clock.value(QStringLiteral("now")).toString(), QStringLiteral("2025-04-01T08:00:00.000Z"));
    clock = m_client->control(
        "POST", QStringLiteral("/sandbox/clock"), { { QStringLiteral("advanceSeconds"), 86400 } });
    QCOMPARE(clock.value(QStringLiteral("now")).toString(), QStringLiteral("2025-04-02T08:00:00.000Z"));
    QCOMPARE(
        m_client->control("GET", QStringLiteral("/sandbox/clock")).value(QStringLiteral("frozen")).toBool(),
        true);
    QCOMPARE(
        m_client->post(QStringLiteral("/sandbox/clock"), R"({"set":"yesterday"})", "application/json").status,
        400);
}

void TestSandboxControl::countersReportCallsRefusalsAndEligiblePeople()
{
    m_sandbox->clock().setFrozen(true);
    for (int call = 0; call < 4; ++call) {
        m_client->marketoGet(QStringLiteral("/rest/v1/leads/describe.json"));
    }
    const QJsonObject counters = m_client->control("GET", QStringLiteral("/sandbox/counters"));
    QCOMPARE(
        counters.value(QStringLiteral("calls")).toObject().value(QStringLiteral("marketo.describe")).toInt(),
        4);
    QCOMPARE(
        counters.value(QStringLiteral("calls")).toObject().value(QStringLiteral("marketo.identity")).toInt(),
        1);
    QCOMPARE(counters.value(QStringLiteral("values"))
                 .toObject()
                 .value(QStringLiteral("marketo.refused.606"))
                 .toInt(),
        1);
    QCOMPARE(counters.value(QStringLiteral("eligiblePeople")).toInteger(),
        m_sandbox->dataset().eligiblePeopleCount());
    QCOMPARE(counters.value(QStringLiteral("people")).toInteger(), 3000);
    QCOMPARE(
        counters.value(QStringLiteral("marketo")).toObject().value(QStringLiteral("rateLimitHits")).toInt(),
        1);
    QCOMPARE(
        counters.value(QStringLiteral("marketo")).toObject().value(QStringLiteral("callsInWindow")).toInt(),
        3);
}

void TestSandboxControl::controlCallsAreNotCountedOrFaulted()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("*=http500")).ok());
    const HttpResult counters = m_client->get(QStringLiteral("/sandbox/counters"));
    QCOMPARE(counters.status, 200);
    QCOMPARE(counters.object().value(QStringLiteral("totalCalls")).toInt(), 0);
    QCOMPARE(m_client->get(QStringLiteral("/identity/oauth/token?grant_type=client_credentials")).status,
        500); // while vendor calls fail
}

void TestSandboxControl::resetGoesBackToTheStart()
{
    const QString token = m_client->marketoToken();
    m_client->control("POST", QStringLiteral("/sandbox/mutate"), { { QStringLiteral("count"), 5 } });
    m_client->control(
        "POST", QStringLiteral("/sandbox/clock"), { { QStringLiteral("advanceSeconds"), 3600 } });
    QVERIFY(
        m_client->control("POST", QStringLiteral("/sandbox/reset")).value(QStringLiteral("reset")).toBool());
    QVERIFY(m_sandbox->dataset().changes().isEmpty());
    QCOMPARE(m_sandbox->clock().offsetMs() / 1000, 0);
    QCOMPARE(m_sandbox->counters().totalCalls(), 0);
    QCOMPARE(m_client
                 ->get(QStringLiteral("/rest/v1/leads/describe.json"),
                     { { "Authorization", "Bearer " + token.toLatin1() } })
                 .errorCode(),
        QStringLiteral("601"));
}

void TestSandboxControl::infoRepeatsTheReadyLine()
{
    const QJsonObject info = m_client->control("GET", QStringLiteral("/sandbox/info"));
    QCOMPARE(info.value(QStringLiteral("baseUrl")).toString(), m_sandbox->baseUrl().toString());
    QVERIFY(info.value(QStringLiteral("marketo")).toObject().contains(QStringLiteral("clientSecret")));
}

void TestSandboxControl::unknownControlPathIs404()
{
    QCOMPARE(m_client->get(QStringLiteral("/sandbox/teleport")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/nowhere")).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "testsandboxcontrol.moc"
