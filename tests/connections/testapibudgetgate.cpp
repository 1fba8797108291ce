// ApiBudgetGate without a network: the calls admitted are counted and kept in the ledger file (read back
// by a new gate, with the service's last report), a report of an earlier day no longer counts, the calls
// made since a report are added to it, one gate is shared per instance and service, and the card hears
// when a stop has ended without anyone calling.
#include "connections/apibudgetgate.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sia;

namespace {

QDateTime utc(const char* text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toUTC();
}

} // namespace

class TestApiBudgetGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void admitsUpToTheCapThenRefuses();
    void ledgerFileKeepsCallsAndTheLastReport();
    void reportOfAnEarlierDayNoLongerCounts();
    void callsSinceAReportAreAddedToIt();
    void oneGatePerInstanceAndService();
    void announcesTheEndOfAStop();
};

void TestApiBudgetGate::admitsUpToTheCapThenRefuses()
{
    const QDateTime now = utc("2026-12-02T12:00:00Z");
    ApiBudgetGate gate(ConnectionService::Marketo, ApiCallLedgerFile(), [now] { return now; });
    gate.setDailyLimit(100);
    gate.setCapPercent(3);
    for (int call = 0; call < 3; ++call) {
        QVERIFY(gate.admit().ok());
    }
    const Result<void> refused = gate.admit();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("budget.cap-reached"));
    const ApiBudgetReport report = gate.report();
    QCOMPARE(report.usedByUs, 3);
    QCOMPARE(report.allowedToUs, 3);
    QCOMPARE(report.remaining, 0);
    QVERIFY(report.stopped);
    QCOMPARE(report.resumesAt, utc("2026-12-03T06:00:00Z")); // midnight in Chicago
    QCOMPARE(report.stopMessage, refused.error().message);
    gate.setCapPercent(4); // the admin raised the cap: one more
    QVERIFY(gate.admit().ok());
}

void TestApiBudgetGate::ledgerFileKeepsCallsAndTheLastReport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger/salesforce.log"));
    QDateTime now = utc("2026-12-02T12:00:00Z");
    {
        ApiBudgetGate gate(ConnectionService::Salesforce, ApiCallLedgerFile(path), [&now] { return now; });
        QVERIFY(gate.admit().ok());
        now = now.addSecs(60);
        QVERIFY(gate.admit().ok());
        gate.serviceReported(1000, 400);
    }
    ApiBudgetGate again(ConnectionService::Salesforce, ApiCallLedgerFile(path), [&now] { return now; });
    const ApiUsage usage = again.usage();
    QCOMPARE(usage.usedByUs, 2);
    QCOMPARE(usage.dailyLimit, std::optional<qint64>(1000));
    QCOMPARE(usage.usedByAll, 400);
    QCOMPARE(usage.oldestOwnCall, utc("2026-12-02T12:00:00Z"));
}

void TestApiBudgetGate::reportOfAnEarlierDayNoLongerCounts()
{
    QDateTime now = utc("2026-12-02T05:00:00Z"); // 23:00 in Chicago
    ApiBudgetGate gate(ConnectionService::Marketo, ApiCallLedgerFile(), [&now] { return now; });
    gate.setDailyLimit(100);
    gate.serviceReported(std::nullopt, 100);
    QCOMPARE(gate.admit().error().code, QStringLiteral("budget.quota-exhausted"));
    now = utc("2026-12-02T06:00:01Z"); // Marketo's next day
    QVERIFY(gate.admit().ok());
    QCOMPARE(gate.usage().usedByAll, 1);
    QVERIFY(!gate.report().reportedAt.isValid());
}

void TestApiBudgetGate::callsSinceAReportAreAddedToIt()
{
    const QDateTime now = utc("2026-12-02T12:00:00Z");
    ApiBudgetGate gate(ConnectionService::Salesforce, ApiCallLedgerFile(), [now] { return now; });
    gate.serviceReported(50, 45); // the same instant as the calls below: still not in the report
    for (int call = 0; call < 5; ++call) {
        QVERIFY(gate.admit().ok());
    }
    QCOMPARE(gate.usage().usedByAll, 50);
    QCOMPARE(gate.admit().error().code, QStringLiteral("budget.quota-exhausted"));
}

void TestApiBudgetGate::oneGatePerInstanceAndService()
{
    const auto marketo = ApiBudgetGate::forInstance(ConnectionService::Marketo, QStringLiteral("/a.sqlite"));
    QCOMPARE(ApiBudgetGate::forInstance(ConnectionService::Marketo, QStringLiteral("/a.sqlite")), marketo);
    QVERIFY(
        ApiBudgetGate::forInstance(ConnectionService::Salesforce, QStringLiteral("/a.sqlite")) != marketo);
    QVERIFY(ApiBudgetGate::forInstance(ConnectionService::Marketo, QStringLiteral("/b.sqlite")) != marketo);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("actions.sqlite"));
    QCOMPARE(ApiBudgetGate::ledgerPathFor(ConnectionService::Salesforce, database),
        dir.filePath(QStringLiteral("actions.sqlite.api-calls-salesforce.log")));
    QVERIFY(
        ApiBudgetGate::ledgerPathFor(ConnectionService::Marketo, QStringLiteral("postgresql://db/actions"))
            .startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
}

void TestApiBudgetGate::announcesTheEndOfAStop()
{
    // A second before Marketo's midnight: the card is told when the day has turned.
    QDateTime now = utc("2026-12-02T05:59:59Z");
    ApiBudgetGate gate(ConnectionService::Marketo, ApiCallLedgerFile(), [&now] { return now; });
    gate.setDailyLimit(1);
    QVERIFY(gate.admit().ok());
    QSignalSpy changed(&gate, &ApiBudgetGate::changed);
    QTRY_COMPARE(changed.size(), 1); // the admitted call
    QVERIFY(!gate.admit().ok());
    now = now.addSecs(2); // the clock runs on as the timer waits
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
    QVERIFY(!gate.report().stopped);
}

QTEST_GUILESS_MAIN(TestApiBudgetGate)
#include "testapibudgetgate.moc"
