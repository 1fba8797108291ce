// ApiBudget: the cap is a share of the reported daily limit, rounded down; a call is refused once our own
// calls reach it or everyone's reach the limit, with its own message and the moment it may resume:
// Marketo's next midnight in Chicago (daylight saving included), Salesforce's rolling 24 hours. The
// ledger counts our calls of the current day. And the budget reads its cap from the settings.
#include "connections/apibudget.h"
#include "connections/apicallledger.h"
#include "settings/settingsrepository.h"
#include "storetesthelpers.h"

#include <QTest>
#include <QTimeZone>

using namespace sia;
using namespace sia::test;

class TestApiBudget : public QObject
{
    Q_OBJECT

private slots:
    void chicagoIsKnown();
    void capIsAShareRoundedDown_data();
    void capIsAShareRoundedDown();
    void decides_data();
    void decides();
    void unknownLimitAllowsTheFirstCall();
    void marketoDayEndsAtMidnightInChicago_data();
    void marketoDayEndsAtMidnightInChicago();
    void marketoDayStartsAtTheLastMidnightInChicago();
    void salesforceResumesWhenOurOldestCallDropsOut();
    void salesforceExhaustedByOthersAsksAgainLater();
    void ledgerCountsTheCurrentDay();
    void capComesFromTheSettings();
    void settingRefusesOutOfRange_data();
    void settingRefusesOutOfRange();

private:
    static QDateTime utc(const char* text) { return QDateTime::fromString(QLatin1String(text), Qt::ISODate); }
};

void TestApiBudget::chicagoIsKnown()
{
    // Without it the budget falls back to UTC-6; this machine has the zone, so the tests below test Chicago.
    QVERIFY(QTimeZone(QByteArrayLiteral("America/Chicago")).isValid());
}

void TestApiBudget::capIsAShareRoundedDown_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("allowed");
    QTest::newRow("all of it") << 100 << qint64(50000) << qint64(50000);
    QTest::newRow("half") << 50 << qint64(50000) << qint64(25000);
    QTest::newRow("rounded down") << 33 << qint64(100) << qint64(33);
    QTest::newRow("one percent of a small limit") << 1 << qint64(99) << qint64(0);
    QTest::newRow("below 1 is clamped to 1") << 0 << qint64(1000) << qint64(10);
    QTest::newRow("above 100 is clamped to 100") << 150 << qint64(1000) << qint64(1000);
}

void TestApiBudget::capIsAShareRoundedDown()
{
    QFETCH(int, percent);
    QFETCH(qint64, limit);
    QFETCH(qint64, allowed);
    QCOMPARE(ApiBudget(ConnectionService::Marketo, percent).allowedOf(limit), allowed);
}

void TestApiBudget::decides_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("usedByAll");
    QTest::addColumn<qint64>("usedByUs");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<QString>("code");
    const int marketo = int(ConnectionService::Marketo);
    const int salesforce = int(ConnectionService::Salesforce);
    QTest::newRow("marketo well within")
        << marketo << 50 << qint64(50000) << qint64(100) << qint64(10) << true << qint64(24990) << QString();
    QTest::newRow("marketo one call left under the cap")
        << marketo << 50 << qint64(50000) << qint64(30000) << qint64(24999) << true << qint64(1) << QString();
    QTest::newRow("marketo cap reached") << marketo << 50 << qint64(50000) << qint64(25000) << qint64(25000)
                                         << false << qint64(0) << QStringLiteral("budget.cap-reached");
    QTest::newRow("marketo others used the quota")
        << marketo << 50 << qint64(50000) << qint64(50000) << qint64(10) << false << qint64(0)
        << QStringLiteral("budget.quota-exhausted");
    QTest::newRow("salesforce others leave fewer than our cap")
        << salesforce << 80 << qint64(100000) << qint64(99990) << qint64(5) << true << qint64(10)
        << QString();
    QTest::newRow("salesforce cap reached")
        << salesforce << 80 << qint64(100000) << qint64(90000) << qint64(80000) << false << qint64(0)
        << QStringLiteral("budget.cap-reached");
    QTest::newRow("salesforce past the limit")
        << salesforce << 100 << qint64(15000) << qint64(15010) << qint64(100) << false << qint64(0)
        << QStringLiteral("budget.quota-exhausted");
}

void TestApiBudget::decides()
{
    QFETCH(int, service);
    QFETCH(int, percent);
    QFETCH(qint64, limit);
    QFETCH(qint64, usedByAll);
    QFETCH(qint64, usedByUs);
    QFETCH(bool, allowed);
    QFETCH(qint64, remaining);
    QFETCH(QString, code);
    const QDateTime now = utc("2026-12-01T18:00:00Z");
    ApiUsage usage { limit, usedByAll, usedByUs, now.addSecs(-3600) };

    const ApiBudgetDecision decision = ApiBudget(ConnectionService(service), percent).decide(usage, now);

    QCOMPARE(decision.allowed, allowed);
    QCOMPARE(decision.remaining, remaining);
    QCOMPARE(decision.refusal.has_value(), !allowed);
    if (!allowed) {
        QCOMPARE(decision.refusal->code, code);
        QCOMPARE(decision.refusal->kind, ErrorKind::RuleViolation);
        QVERIFY(decision.resumesAt > now);
        QVERIFY2(decision.refusal->message.contains(QLocale().toString(limit)),
            qPrintable(decision.refusal->message));
    } else {
        QVERIFY(!decision.resumesAt.isValid());
    }
}

void TestApiBudget::unknownLimitAllowsTheFirstCall()
{
    const ApiBudgetDecision decision
        = ApiBudget(ConnectionService::Marketo, 10).decide({}, QDateTime::currentDateTimeUtc());
    QVERIFY(decision.allowed);
    QCOMPARE(decision.remaining, qint64(-1));
}

void TestApiBudget::marketoDayEndsAtMidnightInChicago_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("reset");
    QTest::newRow("winter: CST, UTC-6") << utc("2026-12-01T18:00:00Z") << utc("2026-12-02T06:00:00Z");
    QTest::newRow("a minute before midnight") << utc("2026-12-02T05:59:00Z") << utc("2026-12-02T06:00:00Z");
    QTest::newRow("at midnight the next day is a day away")
        << utc("2026-12-02T06:00:00Z") << utc("2026-12-03T06:00:00Z");
    QTest::newRow("summer: CDT, UTC-5") << utc("2026-07-01T12:00:00Z") << utc("2026-07-02T05:00:00Z");
    QTest::newRow("the day daylight saving starts")
        << utc("2026-03-08T12:00:00Z") << utc("2026-03-09T05:00:00Z");
    QTest::newRow("the day before it") << utc("2026-03-07T12:00:00Z") << utc("2026-03-08T06:00:00Z");
    QTest::newRow("the day it ends") << utc("2026-11-01T12:00:00Z") << utc("2026-11-02T06:00:00Z");
}

void TestApiBudget::marketoDayEndsAtMidnightInChicago()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, reset);
    QCOMPARE(ApiBudget::nextMarketoReset(now), reset);
    ApiUsage exhausted { 100, 100, 0, {} };
    QCOMPARE(ApiBudget(ConnectionService::Marketo, 100).decide(exhausted, now).resumesAt, reset);
}

void TestApiBudget::marketoDayStartsAtTheLastMidnightInChicago()
{
    QCOMPARE(ApiBudget::dayStart(ConnectionService::Marketo, utc("2026-12-02T05:59:00Z")),
        utc("2026-12-01T06:00:00Z"));
    QCOMPARE(ApiBudget::dayStart(ConnectionService::Salesforce, utc("2026-12-02T05:59:00Z")),
        utc("2026-12-01T05:59:00Z"));
}

void TestApiBudget::salesforceResumesWhenOurOldestCallDropsOut()
{
    const QDateTime now = utc("2026-12-01T18:00:00Z");
    const QDateTime oldest = utc("2026-12-01T02:30:00Z");
    ApiUsage usage { 1000, 500, 500, oldest };

    const ApiBudgetDecision decision = ApiBudget(ConnectionService::Salesforce, 50).decide(usage, now);

    QVERIFY(!decision.allowed);
    QCOMPARE(decision.resumesAt, oldest.addSecs(24 * 3600));
}

void TestApiBudget::salesforceExhaustedByOthersAsksAgainLater()
{
    const QDateTime now = utc("2026-12-01T18:00:00Z");
    ApiUsage usage { 1000, 1000, 3, utc("2026-12-01T02:30:00Z") };

    const ApiBudgetDecision decision = ApiBudget(ConnectionService::Salesforce, 50).decide(usage, now);

    QVERIFY(!decision.allowed);
    QCOMPARE(decision.refusal->code, QStringLiteral("budget.quota-exhausted"));
    QCOMPARE(decision.resumesAt, now.addSecs(ApiBudget::salesforceRecheckSeconds));
}

void TestApiBudget::ledgerCountsTheCurrentDay()
{
    ApiCallLedger ledger;
    ledger.record(utc("2026-12-01T05:00:00Z")); // 23:00 in Chicago the day before
    ledger.record(utc("2026-12-01T07:00:00Z"));
    ledger.record(utc("2026-12-01T06:30:00Z")); // out of order: filed in order
    const QDateTime now = utc("2026-12-01T18:00:00Z");

    const QDateTime marketoDay = ApiBudget::dayStart(ConnectionService::Marketo, now);
    QCOMPARE(ledger.countSince(marketoDay), qint64(2));
    QCOMPARE(ledger.oldestSince(marketoDay), utc("2026-12-01T06:30:00Z"));
    const QDateTime salesforceDay = ApiBudget::dayStart(ConnectionService::Salesforce, now);
    QCOMPARE(ledger.countSince(salesforceDay), qint64(3));
    ledger.forgetBefore(marketoDay);
    QCOMPARE(ledger.countSince(salesforceDay), qint64(2));
    QVERIFY(!ledger.oldestSince(utc("2026-12-02T00:00:00Z")).isValid());
}

void TestApiBudget::capComesFromTheSettings()
{
    TestDatabase database;
    QVERIFY2(database.isValid(), database.problem().constData());
    Result<std::unique_ptr<Store>> store = database.open();
    QVERIFY2(store.ok(), failureText(store).constData());
    SettingsRepository settings(**store);

    QCOMPARE(ApiBudget::fromSettings(settings, ConnectionService::Marketo)->capPercent(), 80);
    QVERIFY(settings.set(SettingKey::ApiBudgetMarketoPercent, 50, QStringLiteral("alice")).ok());

    QCOMPARE(ApiBudget::fromSettings(settings, ConnectionService::Marketo)->capPercent(), 50);
    QCOMPARE(ApiBudget::fromSettings(settings, ConnectionService::Salesforce)->capPercent(), 80);
}

void TestApiBudget::settingRefusesOutOfRange_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("100") << 100 << true;
    QTest::newRow("101") << 101 << false;
}

void TestApiBudget::settingRefusesOutOfRange()
{
    QFETCH(int, percent);
    QFETCH(bool, accepted);
    TestDatabase database;
    QVERIFY2(database.isValid(), database.problem().constData());
    Result<std::unique_ptr<Store>> store = database.open();
    QVERIFY2(store.ok(), failureText(store).constData());

    const Result<void> set = SettingsRepository(**store).set(
        SettingKey::ApiBudgetSalesforcePercent, percent, QStringLiteral("alice"));

    QCOMPARE(set.ok(), accepted);
    if (!accepted) {
        QCOMPARE(set.error().kind, ErrorKind::InvalidInput);
    }
}

QTEST_GUILESS_MAIN(TestApiBudget)
#include "testapibudget.moc"
