// The API budget card on the offscreen platform: it shows a report's calls (everyone's, SIA Admin's), the
// limit and the cap, and when stopped why and until when; a new cap applied with the spin box is stored in
// the setting through ApiBudgetControl and reaches the gate; a value the setting refuses shows its message
// and changes nothing.
#include "banner.h"
#include "connections/apibudgetcontrol.h"
#include "settings/settingsrepository.h"
#include "steps/apibudgetcard.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace sia;
using namespace sia::test;

class TestApiBudgetCard : public QObject
{
    Q_OBJECT

private slots:
    void showsTheCallsTheLimitAndTheCap();
    void stoppedSaysWhyAndUntilWhen();
    void appliedCapIsStoredAndReachesTheGate();
    void refusedCapShowsTheSettingsMessage();
};

void TestApiBudgetCard::showsTheCallsTheLimitAndTheCap()
{
    ApiBudgetCard card;
    ApiBudgetReport report;
    report.service = ConnectionService::Marketo;
    report.capPercent = 80;
    report.dailyLimit = 50000;
    report.usedByAll = 1234;
    report.usedByUs = 321;
    report.reportedAt = QDateTime::currentDateTimeUtc();
    report.allowedToUs = 40000;
    report.remaining = 38766;
    card.setReport(report);
    card.show();
    const QString usage = card.usageLabel()->text();
    QVERIFY2(usage.contains(QStringLiteral("1,234")) && usage.contains(QStringLiteral("50,000"))
            && usage.contains(QStringLiteral("321")),
        qPrintable(usage));
    QVERIFY2(card.capLabel()->text().contains(QStringLiteral("40,000")), qPrintable(card.capLabel()->text()));
    QCOMPARE(card.capSpin()->value(), 80);
    QVERIFY(!card.applyButton()->isEnabled());
    QVERIFY(card.stopBanner()->isHidden());

    report.service = ConnectionService::Salesforce; // the same card for the other service
    report.dailyLimit.reset();
    report.allowedToUs = -1;
    card.setReport(report);
    QVERIFY2(card.usageLabel()->text().contains(QStringLiteral("Salesforce")),
        qPrintable(card.usageLabel()->text()));
}

void TestApiBudgetCard::stoppedSaysWhyAndUntilWhen()
{
    const QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
    ApiBudgetGate gate(ConnectionService::Marketo, ApiCallLedgerFile(), [now] { return now; });
    gate.setDailyLimit(10);
    gate.setCapPercent(10);
    QVERIFY(gate.admit().ok());
    const Result<void> refused = gate.admit();
    QVERIFY(!refused.ok());
    ApiBudgetCard card;
    card.show();
    card.setReport(gate.report());
    QVERIFY(card.stopBanner()->isVisible());
    QCOMPARE(card.stopBanner()->text(), refused.error().message);
    const QString resumes = QLocale().toString(gate.report().resumesAt.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(card.stopBanner()->title().contains(resumes), qPrintable(card.stopBanner()->title()));
}

void TestApiBudgetCard::appliedCapIsStoredAndReachesTheGate()
{
    TestDatabase database;
    QVERIFY2(database.isValid(), database.problem().constData());
    Result<std::unique_ptr<Store>> store = database.open();
    QVERIFY2(store.ok(), failureText(store).constData());
    DirectStoreRunner runner(**store);
    auto gate = std::make_shared<ApiBudgetGate>(ConnectionService::Salesforce);
    ApiBudgetControl control(runner, gate, QStringLiteral("alice"));
    ApiBudgetCard card;
    card.show();
    card.follow(control);
    QSignalSpy reported(&control, &ApiBudgetControl::reportChanged);
    control.refresh();
    QTRY_VERIFY(reported.size() >= 1);
    QCOMPARE(card.capSpin()->value(), 80); // the setting's default

    card.capSpin()->setValue(35);
    QVERIFY(card.applyButton()->isEnabled());
    QTest::mouseClick(card.applyButton(), Qt::LeftButton);
    QTRY_COMPARE(gate->capPercent(), 35);
    QCOMPARE(*SettingsRepository(**store).get<qlonglong>(SettingKey::ApiBudgetSalesforcePercent), 35);
    QCOMPARE(*SettingsRepository(**store).get<qlonglong>(SettingKey::ApiBudgetMarketoPercent), 80);
    QTRY_COMPARE(card.capSpin()->value(), 35);
    QVERIFY(!card.applyButton()->isEnabled());
}

void TestApiBudgetCard::refusedCapShowsTheSettingsMessage()
{
    TestDatabase database;
    QVERIFY2(database.isValid(), database.problem().constData());
    Result<std::unique_ptr<Store>> store = database.open();
    QVERIFY2(store.ok(), failureText(store).constData());
    DirectStoreRunner runner(**store);
    auto gate = std::make_shared<ApiBudgetGate>(ConnectionService::Marketo);
    ApiBudgetControl control(runner, gate, QStringLiteral("alice"));
    ApiBudgetCard card;
    card.show();
    card.follow(control);
    QSignalSpy refused(&control, &ApiBudgetControl::capRefused);
    control.setCapPercent(0); // the spin box cannot say it, the command line or a script could
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY(card.errorBanner()->isVisible());
    QVERIFY(!card.errorBanner()->text().isEmpty());
    QCOMPARE(gate->capPercent(), 100);
    QCOMPARE(*SettingsRepository(**store).get<qlonglong>(SettingKey::ApiBudgetMarketoPercent), 80);
}

QTEST_MAIN(TestApiBudgetCard)
#include "testapibudgetcard.moc"
