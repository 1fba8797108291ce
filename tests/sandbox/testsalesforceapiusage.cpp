// The org's daily API allowance: counted per call over a rolling 24 hours, refused (and not counted)
// once used up, and reported as Sforce-Limit-Info.
#include "sandbox/salesforce/apiusagemeter.h"

#include <QTest>
#include <QTimeZone>

using namespace sia::sandbox::salesforce;

class TestSalesforceApiUsage : public QObject
{
    Q_OBJECT

private slots:
    void refusesCallsOverTheMaximum()
    {
        QDateTime now(QDate(2024, 5, 10), QTime(9, 0), QTimeZone::utc());
        ApiUsageMeter meter(3, [&] { return now; });
        QCOMPARE(meter.limitInfoHeader(), QByteArray("api-usage=0/3"));
        QVERIFY(meter.tryCount());
        QVERIFY(meter.tryCount());
        QVERIFY(meter.tryCount());
        QVERIFY(!meter.tryCount());
        QCOMPARE(meter.used(), qint64(3));
        QCOMPARE(meter.remaining(), qint64(0));
        QCOMPARE(meter.limitInfoHeader(), QByteArray("api-usage=3/3"));
    }

    void forgetsCallsOlderThanADay_data()
    {
        QTest::addColumn<int>("minutesLater");
        QTest::addColumn<qint64>("used");
        QTest::newRow("same minute") << 0 << qint64(3);
        QTest::newRow("an hour later") << 60 << qint64(3);
        QTest::newRow("a day less a minute") << 24 * 60 - 1 << qint64(3);
        QTest::newRow("first calls a day old") << 24 * 60 << qint64(1);
        QTest::newRow("all a day old") << 24 * 60 + 1 << qint64(0);
    }
    void forgetsCallsOlderThanADay()
    {
        QFETCH(int, minutesLater);
        QFETCH(qint64, used);
        QDateTime now(QDate(2024, 5, 10), QTime(9, 0), QTimeZone::utc());
        ApiUsageMeter meter(100, [&] { return now; });
        QVERIFY(meter.tryCount());
        QVERIFY(meter.tryCount());
        now = now.addSecs(60);
        QVERIFY(meter.tryCount());
        now = now.addSecs(60 * (minutesLater - 1));
        QCOMPARE(meter.used(), used);
    }

    void resetsToNothingUsed()
    {
        QDateTime now(QDate(2024, 5, 10), QTime(9, 0), QTimeZone::utc());
        ApiUsageMeter meter(1, [&] { return now; });
        QVERIFY(meter.tryCount());
        meter.reset();
        QVERIFY(meter.tryCount());
    }
};

QTEST_GUILESS_MAIN(TestSalesforceApiUsage)
#include "testsalesforceapiusage.moc"
