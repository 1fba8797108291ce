// The open query cursors behind nextRecordsUrl: a locator per cursor, usable only by the user who opened
// it, gone after 15 minutes unused, and at most 10 per user (the oldest closes).
#include "sandbox/salesforce/querycursors.h"
#include "soqltestrecords.h"

#include <QTest>
#include <QTimeZone>

using namespace sia::sandbox::salesforce;
using namespace sia::sandbox::salesforce::test;

namespace {

std::shared_ptr<SoqlCursor> aCursor()
{
    Fixture fixture;
    auto plan = std::make_shared<const SoqlPlan>(
        *SoqlPlan::fromStatement(QStringLiteral("SELECT Id FROM Lead"), SoqlSchema::dataApi(), testToday()));
    return std::make_shared<SoqlCursor>(plan, fixture.leadSource, false);
}

} // namespace

class TestSoqlQueryCursors : public QObject
{
    Q_OBJECT

private slots:
    void findsACursorByItsLocatorForItsOwner()
    {
        QDateTime now(QDate(2024, 5, 10), QTime(9, 0), QTimeZone::utc());
        QueryCursors cursors([&] { return now; });
        const QString locator = cursors.open(aCursor(), QStringLiteral("005A"), false);
        QVERIFY(locator.startsWith(QLatin1String("01g")));
        QCOMPARE(locator.size(), 18);
        QVERIFY(cursors.find(locator, QStringLiteral("005A"), false));
        QVERIFY(!cursors.find(locator, QStringLiteral("005B"), false)); // someone else's
        QVERIFY(!cursors.find(locator, QStringLiteral("005A"), true)); // not a Tooling API cursor
        QVERIFY(!cursors.find(QStringLiteral("01g000000000000AAA"), QStringLiteral("005A"), false));
    }

    void closesACursorUnusedForFifteenMinutes_data()
    {
        QTest::addColumn<int>("idleSeconds");
        QTest::addColumn<bool>("alive");
        QTest::newRow("14:59") << 15 * 60 - 1 << true;
        QTest::newRow("15:00") << 15 * 60 << false;
    }
    void closesACursorUnusedForFifteenMinutes()
    {
        QFETCH(int, idleSeconds);
        QFETCH(bool, alive);
        QDateTime now(QDate(2024, 5, 10), QTime(9, 0), QTimeZone::utc());
        QueryCursors cursors([&] { return now; });
        const QString locator = cursors.open(aCursor(), QStringLiteral("005A"), false);
        now = now.addSecs(600);
        QVERIFY(cursors.find(locator, QStringLiteral("005A"), false)); // used: the idle time starts again
        now = now.addSecs(idleSeconds);
        QCOMPARE(cursors.find(locator, QStringLiteral("005A"), false) != nullptr, alive);
    }

    void keepsTenCursorsPerUser()
    {
        QDateTime now(QDate(2024, 5, 10), QTime(9, 0), QTimeZone::utc());
        QueryCursors cursors([&] { return now; });
        QStringList locators;
        for (int i = 0; i < 10; ++i) {
            locators << cursors.open(aCursor(), QStringLiteral("005A"), false);
        }
        const QString other = cursors.open(aCursor(), QStringLiteral("005B"), false);
        locators << cursors.open(aCursor(), QStringLiteral("005A"), false);
        QVERIFY(!cursors.find(locators.first(), QStringLiteral("005A"), false)); // the oldest closed
        for (int i = 1; i < locators.size(); ++i) {
            QVERIFY(cursors.find(locators.at(i), QStringLiteral("005A"), false));
        }
        QVERIFY(cursors.find(other, QStringLiteral("005B"), false));
        QCOMPARE(cursors.count(), qsizetype(11));
    }
};

QTEST_GUILESS_MAIN(TestSoqlQueryCursors)
#include "testsoqlquerycursors.moc"
