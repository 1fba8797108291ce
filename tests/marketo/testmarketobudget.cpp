// The admin's cap inside the Marketo client, against a sandbox with a small daily quota: the client stops
// at its share (the call never reaches Marketo: the sandbox's count of today's calls stays), says the cap
// and when it resumes, goes on by itself once Marketo's day has turned at midnight in Chicago (the sandbox's
// clock and the client's moved together), counts other integrations' calls as stats/usage.json reports
// them, and keeps today's count across a restart (the ledger file).
#include "connections/apibudgetgate.h"
#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"
#include "marketotestsupport.h"
#include "sandboxclient.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sia;
using namespace sia::sandbox;

class TestMarketoBudget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void capStopsTheClientBeforeItSends();
    void resumesWhenMarketosDayTurns();
    void othersCallsReportedByMarketoCount();
    void todaysCountSurvivesARestart();

private:
    void setNow(const QDateTime& at);
    qint64 sandboxCallsToday();
    Result<MarketoResponse> describe(MarketoClient& client);
    std::unique_ptr<MarketoClient> client(int capPercent, ApiCallLedgerFile file = ApiCallLedgerFile());

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_control;
    QDateTime m_now;
};

void TestMarketoBudget::init()
{
    SandboxOptions options;
    options.people = 50;
    options.limits = *SandboxLimits::parse(QStringLiteral("daily=20"));
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_control = std::make_unique<SandboxClient>(*m_sandbox);
    // 18:00 in Chicago (winter: UTC-6), six hours before Marketo's day ends.
    setNow(QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC));
}

void TestMarketoBudget::cleanup()
{
    m_control.reset();
    m_sandbox.reset();
}

void TestMarketoBudget::setNow(const QDateTime& at)
{
    m_now = at;
    m_control->control("POST", QStringLiteral("/sandbox/clock"),
        { { QStringLiteral("set"), at.toString(Qt::ISODate) }, { QStringLiteral("frozen"), true } });
}

qint64 TestMarketoBudget::sandboxCallsToday()
{
    return qint64(m_control->control("GET", QStringLiteral("/sandbox/counters"))
                      .value(QStringLiteral("marketo"))
                      .toObject()
                      .value(QStringLiteral("callsToday"))
                      .toDouble());
}

std::unique_ptr<MarketoClient> TestMarketoBudget::client(int capPercent, ApiCallLedgerFile file)
{
    MarketoConnection connection = sandboxConnection(*m_sandbox);
    connection.limits.dailyCalls = 20; // the subscription's quota, as the sandbox enforces it
    auto made = std::make_unique<MarketoClient>(connection);
    auto gate = std::make_shared<ApiBudgetGate>(
        ConnectionService::Marketo, std::move(file), [this] { return m_now; });
    gate->setCapPercent(capPercent);
    made->setBudgetGate(gate);
    return made;
}

Result<MarketoResponse> TestMarketoBudget::describe(MarketoClient& client)
{
    Outcomes<MarketoResponse> outcome;
    client.send(MarketoRequest::get(MarketoRequest::Api::Rest, QStringLiteral("/v1/leads/describe2.json")),
        this, outcome.callback());
    if (!QTest::qWaitFor([&outcome] { return outcome.size() == 1; }, 10000)) {
        return Error::internal(QStringLiteral("test.no-answer"), QStringLiteral("no answer"));
    }
    return outcome.first();
}

void TestMarketoBudget::capStopsTheClientBeforeItSends()
{
    const auto marketo = client(50); // 10 of the 20
    for (int call = 0; call < 10; ++call) {
        const Result<MarketoResponse> answer = describe(*marketo);
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
    }
    const qint64 sent = sandboxCallsToday();
    QCOMPARE(marketo->budget().usage().usedByUs, 10);

    const Result<MarketoResponse> refused = describe(*marketo);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("budget.cap-reached"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("50 %")), qPrintable(refused.error().message));
    QCOMPARE(sandboxCallsToday(), sent); // never sent
    const ApiBudgetReport report = marketo->budget().report();
    QVERIFY(report.stopped);
    QCOMPARE(report.allowedToUs, 10);
    QCOMPARE(report.resumesAt, QDateTime(QDate(2026, 12, 2), QTime(6, 0), Qt::UTC)); // midnight in Chicago
}

void TestMarketoBudget::resumesWhenMarketosDayTurns()
{
    const auto marketo = client(25); // 5 of the 20
    for (int call = 0; call < 5; ++call) {
        QVERIFY(describe(*marketo).ok());
    }
    QCOMPARE(describe(*marketo).error().code, QStringLiteral("budget.cap-reached"));

    setNow(QDateTime(QDate(2026, 12, 2), QTime(5, 59), Qt::UTC)); // 23:59 in Chicago: still today
    QCOMPARE(describe(*marketo).error().code, QStringLiteral("budget.cap-reached"));

    setNow(QDateTime(QDate(2026, 12, 2), QTime(6, 1), Qt::UTC)); // 00:01 in Chicago: a new day
    const qint64 attemptsBefore = marketo->attempts();
    const Result<MarketoResponse> again = describe(*marketo);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    // Only the new day's calls count (the token, six hours older, may have cost a renewal and a resend).
    QCOMPARE(marketo->budget().usage().usedByUs, marketo->attempts() - attemptsBefore);
    QVERIFY(!marketo->budget().report().stopped);
}

void TestMarketoBudget::othersCallsReportedByMarketoCount()
{
    // Another integration of the subscription has made 15 of the day's 20 calls.
    m_control->setMarketoCredentials(
        sandboxConnection(*m_sandbox).clientId, sandboxConnection(*m_sandbox).clientSecret);
    for (int call = 0; call < 15; ++call) {
        QCOMPARE(m_control->marketoGet(QStringLiteral("/rest/v1/leads/describe2.json")).status, 200);
    }
    const auto marketo = client(90); // 18 of the 20: others leave less than that
    Outcomes<MarketoUsageDay> usage;
    MarketoApi(*marketo).usageToday(this, usage.callback());
    QTRY_COMPARE(usage.size(), 1);
    QVERIFY(usage.first().ok());
    const qint64 reported = usage.first()->total;
    QVERIFY2(reported >= 16, qPrintable(QString::number(reported)));
    QCOMPARE(marketo->budget().usage().usedByAll, reported);

    int allowed = 0;
    while (describe(*marketo).ok()) {
        ++allowed;
        QVERIFY(allowed <= 20);
    }
    QCOMPARE(allowed, 20 - reported);
    // The gate refuses on Marketo's count (the limiter, seeded by the same report, may say it first).
    const ApiBudgetDecision decision = marketo->budget().decision();
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.refusal->code, QStringLiteral("budget.quota-exhausted"));
    // Stopped by the budget, not by Marketo: no call was refused with 607.
    QCOMPARE(m_sandbox->counters().value(QStringLiteral("marketo.refused.607")), 0);
}

void TestMarketoBudget::todaysCountSurvivesARestart()
{
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("marketo.log"));
    {
        const auto before = client(20, ApiCallLedgerFile(ledger)); // 4 of the 20
        for (int call = 0; call < 3; ++call) {
            QVERIFY(describe(*before).ok());
        }
    }
    const auto after = client(20, ApiCallLedgerFile(ledger));
    QCOMPARE(after->budget().usage().usedByUs, 3);
    QVERIFY(describe(*after).ok());
    QCOMPARE(describe(*after).error().code, QStringLiteral("budget.cap-reached"));
}

QTEST_GUILESS_MAIN(TestMarketoBudget)
#include "testmarketobudget.moc"
