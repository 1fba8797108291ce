// The admin's cap inside the Salesforce client, against a sandbox org with a small daily allowance: the
// client stops at its share of the rolling 24 hours (the request never reaches the org: its count of
// requests stays), says when its oldest request drops out, goes on by itself once it has (the sandbox's
// clock and the client's moved together), and learns the org's limit from Sforce-Limit-Info. Marketo's
// share and Salesforce's are separate settings and separate gates.
#include "connections/apibudgetgate.h"
#include "salesforce/salesforceclient.h"
#include "salesforcetestsupport.h"

using namespace sia;
using namespace salesforcetest;

class TestSalesforceBudget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void capStopsTheClientBeforeItSends();
    void resumesWhenTheOldestRequestLeavesTheWindow();
    void eachServiceHasItsOwnShare();

private:
    void setNow(const QDateTime& at);
    qint64 orgRequestsUsed();
    Result<SalesforceResponse> limits();

    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_control;
    std::unique_ptr<ClientFixture> m_fixture;
    std::shared_ptr<ApiBudgetGate> m_gate;
    QDateTime m_now;
};

void TestSalesforceBudget::init()
{
    sandbox::SandboxOptions options;
    options.limits = *sandbox::SandboxLimits::parse(QStringLiteral("sfDaily=40"));
    m_callbacks = { callbackAt(freePort()) };
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_control = std::make_unique<SandboxClient>(*m_sandbox);
    setNow(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    m_fixture = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
    m_gate = std::make_shared<ApiBudgetGate>(
        ConnectionService::Salesforce, ApiCallLedgerFile(), [this] { return m_now; });
    m_gate->setCapPercent(25); // 10 of the org's 40
    m_fixture->client->setBudgetGate(m_gate);
    const Result<SalesforceTokens> connected = m_fixture->connect();
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
}

void TestSalesforceBudget::cleanup()
{
    m_fixture.reset();
    m_gate.reset();
    m_control.reset();
    m_sandbox.reset();
}

void TestSalesforceBudget::setNow(const QDateTime& at)
{
    m_now = at;
    m_control->control("POST", QStringLiteral("/sandbox/clock"),
        { { QStringLiteral("set"), at.toString(Qt::ISODate) }, { QStringLiteral("frozen"), true } });
}

qint64 TestSalesforceBudget::orgRequestsUsed()
{
    return qint64(m_control->control("GET", QStringLiteral("/sandbox/counters"))
                      .value(QStringLiteral("salesforce"))
                      .toObject()
                      .value(QStringLiteral("dailyApiRequestsUsed"))
                      .toDouble());
}

Result<SalesforceResponse> TestSalesforceBudget::limits()
{
    return await<SalesforceResponse>([&](auto done) {
        m_fixture->client->send(
            SalesforceRequest::get(SalesforceRequest::Api::Data, QStringLiteral("/limits")), this, done);
    });
}

void TestSalesforceBudget::capStopsTheClientBeforeItSends()
{
    int answered = 0;
    Result<SalesforceResponse> last = limits();
    while (last.ok()) {
        ++answered;
        QVERIFY(answered <= 10);
        last = limits();
    }
    QCOMPARE(last.error().code, QStringLiteral("budget.cap-reached"));
    QVERIFY(answered > 0);
    QCOMPARE(m_gate->usage().usedByUs, 10); // the version discovery counted too
    QCOMPARE(m_gate->usage().dailyLimit, std::optional<qint64>(40)); // from Sforce-Limit-Info
    const qint64 used = orgRequestsUsed();
    QVERIFY(used <= 10);
    QVERIFY(!limits().ok());
    QCOMPARE(orgRequestsUsed(), used); // refused calls never reached the org
    QCOMPARE(m_gate->report().resumesAt, m_now.addSecs(24 * 60 * 60)); // all were made at the same instant
    QVERIFY2(last.error().message.contains(QStringLiteral("25 %")), qPrintable(last.error().message));
}

void TestSalesforceBudget::resumesWhenTheOldestRequestLeavesTheWindow()
{
    while (limits().ok()) { }
    setNow(m_now.addSecs(23 * 60 * 60)); // still inside the 24 hours
    QCOMPARE(limits().error().code, QStringLiteral("budget.cap-reached"));
    setNow(m_now.addSecs(60 * 60 + 60)); // 24 hours and a minute after the first requests
    const Result<SalesforceResponse> again = limits();
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QVERIFY(!m_gate->report().stopped);
}

void TestSalesforceBudget::eachServiceHasItsOwnShare()
{
    // Marketo's gate at its cap stops Marketo only (the caps are separate settings: testapibudget).
    ApiBudgetGate marketo(ConnectionService::Marketo, ApiCallLedgerFile(), [this] { return m_now; });
    marketo.setDailyLimit(4);
    marketo.setCapPercent(50);
    QVERIFY(marketo.admit().ok());
    QVERIFY(marketo.admit().ok());
    QCOMPARE(marketo.admit().error().code, QStringLiteral("budget.cap-reached"));
    QVERIFY2(limits().ok(), "Salesforce goes on while Marketo's share is used up");
}

QTEST_GUILESS_MAIN(TestSalesforceBudget)
#include "testsalesforcebudget.moc"
