// What lets the sync health say which sync used how many API calls: a call admitted with a purpose (the
// sync kind its client was told) is counted for it in the ledger, kept in the ledger file across a
// restart, and read back from a file written before calls had purposes; SyncHealthBudget adds each
// area's kinds up and leaves the untagged calls to "other".
#include "connections/apibudgetgate.h"
#include "sync/synchealthbudget.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sia;

class TestApiCallPurpose : public QObject
{
    Q_OBJECT

private slots:
    void ledgerCountsEachPurpose();
    void theFileKeepsPurposesAndReadsOldLines();
    void theGateCountsAdmittedCallsPerPurposeAcrossARestart();
    void eachAreaGetsItsKindsCallsAndTheRestIsOther();
};

void TestApiCallPurpose::ledgerCountsEachPurpose()
{
    const QDateTime start(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);
    ApiCallLedger ledger;
    ledger.record(start.addSecs(10), QStringLiteral("tasks"));
    ledger.record(start.addSecs(5), QStringLiteral("people-initial")); // out of order: filed in order
    ledger.record(start.addSecs(20));
    ledger.record(start.addSecs(-60), QStringLiteral("tasks")); // before the day
    QCOMPARE(ledger.countSince(start), 3);
    QCOMPARE(ledger.countSince(start, QStringLiteral("tasks")), 1);
    QCOMPARE(ledger.countSince(start, QStringLiteral("people-initial")), 1);
    QCOMPARE(ledger.countSince(start, QString()), 1);
    ledger.forgetBefore(start.addSecs(6));
    QCOMPARE(ledger.countSince(start, QStringLiteral("people-initial")), 0);
    QCOMPARE(ledger.countSince(start, QStringLiteral("tasks")), 1);
}

void TestApiCallPurpose::theFileKeepsPurposesAndReadsOldLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("calls.log"));
    const QDateTime at(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray::number(at.toMSecsSinceEpoch()) + '\n'); // a line of an older SIA Admin
    }
    const ApiCallLedgerFile file(path);
    file.appendCall(at.addSecs(1), QStringLiteral("tasks"));
    file.appendCall(at.addSecs(2), QStringLiteral("sales activities")); // a space cannot split the line
    ApiCallLedger ledger;
    file.load(ledger, at.addSecs(-3600));
    QCOMPARE(ledger.countSince(at), 3);
    QCOMPARE(ledger.countSince(at, QStringLiteral("tasks")), 1);
    QCOMPARE(ledger.countSince(at, QStringLiteral("sales-activities")), 1);
    QCOMPARE(ledger.countSince(at, QString()), 1);
}

void TestApiCallPurpose::theGateCountsAdmittedCallsPerPurposeAcrossARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("calls.log"));
    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    const auto clock = [now] {
        return now;
    };
    {
        ApiBudgetGate gate(ConnectionService::Salesforce, ApiCallLedgerFile(path), clock);
        QVERIFY(gate.admit(QStringLiteral("tasks")).ok());
        QVERIFY(gate.admit(QStringLiteral("tasks")).ok());
        QVERIFY(gate.admit().ok());
        QCOMPARE(gate.usedByUsFor(QStringLiteral("tasks")), 2);
        QCOMPARE(gate.report().usedByUs, 3);
    }
    ApiBudgetGate restarted(ConnectionService::Salesforce, ApiCallLedgerFile(path), clock);
    QCOMPARE(restarted.usedByUsFor(QStringLiteral("tasks")), 2);
    QCOMPARE(restarted.usedByUsFor(QStringLiteral("people-initial")), 0);
    QCOMPARE(restarted.report().usedByUs, 3);
}

void TestApiCallPurpose::eachAreaGetsItsKindsCallsAndTheRestIsOther()
{
    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    ApiBudgetGate gate(ConnectionService::Salesforce, ApiCallLedgerFile(), [now] { return now; });
    for (const char* purpose : { "people-initial", "people-incremental", "people-incremental", "tasks",
             "sales-activities", "", "" }) {
        QVERIFY(gate.admit(QString::fromLatin1(purpose)).ok());
    }
    const SyncServiceBudget budget = SyncHealthBudget::attributed(gate);
    QCOMPARE(budget.report.usedByUs, 7);
    const QList<std::pair<SyncArea, qint64>> expected { { SyncArea::People, 3 }, { SyncArea::Tasks, 1 },
        { SyncArea::SalesActivities, 1 } };
    QCOMPARE(budget.callsByArea, expected);
    QCOMPARE(budget.unattributed, 2);
    QVERIFY2(SyncHealthBudget::breakdown(budget).contains(QStringLiteral("People sync: 3 calls")),
        qPrintable(SyncHealthBudget::breakdown(budget)));

    // Marketo is not called by the task sync: it has no figure there.
    ApiBudgetGate marketo(ConnectionService::Marketo, ApiCallLedgerFile(), [now] { return now; });
    QVERIFY(marketo.admit(QStringLiteral("people-initial")).ok());
    const SyncServiceBudget marketoBudget = SyncHealthBudget::attributed(marketo);
    QCOMPARE(marketoBudget.callsByArea.size(), 2);
    QCOMPARE(marketoBudget.callsByArea.at(0), (std::pair<SyncArea, qint64> { SyncArea::People, 1 }));
}

QTEST_GUILESS_MAIN(TestApiCallPurpose)
#include "testapicallpurpose.moc"
