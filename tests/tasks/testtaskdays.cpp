// The command center's today and tomorrow in the user's time zone: one instant is two different days across
// the date line (Asia/Taipei against America/Los_Angeles), a zone change at midnight moves the day, and the
// setting user.time-zone takes only a zone this system knows (empty: the machine's).
#include "settings/settingdefinition.h"
#include "settings/settingsrepository.h"
#include "storetesthelpers.h"
#include "tasks/taskdays.h"

#include <QSqlQuery>
#include <QtTest>

using namespace sia;
using namespace sia::test;

class TestTaskDays : public QObject
{
    Q_OBJECT

private slots:
    void daysAreTheUsersOwn_data();
    void daysAreTheUsersOwn();
    void anEmptyOrUnknownZoneIsTheMachines();
    void theSettingTakesOnlyAKnownZone_data();
    void theSettingTakesOnlyAKnownZone();
    void aUsersZoneIsReadFromTheirSetting();
};

void TestTaskDays::daysAreTheUsersOwn_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("today");
    // 2026-06-15 20:00 UTC: Tuesday 04:00 in Taipei (UTC+8), still Monday 13:00 in Los Angeles (UTC-7).
    const QDateTime evening(QDate(2026, 6, 15), QTime(20, 0), Qt::UTC);
    QTest::newRow("Taipei is on the next day") << evening << "Asia/Taipei" << QDate(2026, 6, 16);
    QTest::newRow("Los Angeles is not") << evening << "America/Los_Angeles" << QDate(2026, 6, 15);
    QTest::newRow("UTC itself") << evening << "UTC" << QDate(2026, 6, 15);
    // 2026-06-15 15:59:59 UTC is 23:59:59 in Taipei; a second later it is midnight there.
    QTest::newRow("a second before Taipei's midnight")
        << QDateTime(QDate(2026, 6, 15), QTime(15, 59, 59), Qt::UTC) << "Asia/Taipei" << QDate(2026, 6, 15);
    QTest::newRow("Taipei's midnight")
        << QDateTime(QDate(2026, 6, 15), QTime(16, 0), Qt::UTC) << "Asia/Taipei" << QDate(2026, 6, 16);
    // Across the date line the other way: Kiritimati (UTC+14) and Pago Pago (UTC-11) a whole day apart.
    const QDateTime noon(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    QTest::newRow("Kiritimati") << noon << "Pacific/Kiritimati" << QDate(2026, 1, 2);
    QTest::newRow("Pago Pago") << noon << "Pacific/Pago_Pago" << QDate(2026, 1, 1);
}

void TestTaskDays::daysAreTheUsersOwn()
{
    QFETCH(QDateTime, instant);
    QFETCH(QString, zone);
    QFETCH(QDate, today);
    const TaskDays days = TaskDays::at(instant, TaskDays::zoneOf(zone));
    QCOMPARE(days.today, today);
    QCOMPARE(days.tomorrow, today.addDays(1));
}

void TestTaskDays::anEmptyOrUnknownZoneIsTheMachines()
{
    QCOMPARE(TaskDays::zoneOf(QString()), QTimeZone::systemTimeZone());
    QCOMPARE(TaskDays::zoneOf(QStringLiteral("Mars/Olympus_Mons")), QTimeZone::systemTimeZone());
    QCOMPARE(TaskDays::zoneOf(QStringLiteral(" Asia/Taipei ")).id(), QByteArray("Asia/Taipei"));
}

void TestTaskDays::theSettingTakesOnlyAKnownZone_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty: the machine's") << QString() << true;
    QTest::newRow("Taipei") << "Asia/Taipei" << true;
    QTest::newRow("Los Angeles") << "America/Los_Angeles" << true;
    QTest::newRow("unknown") << "Mars/Olympus_Mons" << false;
    QTest::newRow("an offset is not a zone's name") << "+08:00 please" << false;
}

void TestTaskDays::theSettingTakesOnlyAKnownZone()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    const Result<QVariant> checked = SettingsRepository::checkValue(SettingKey::UserTimeZone, value, 7);
    QCOMPARE(checked.ok(), accepted);
    if (!accepted) {
        QCOMPARE(checked.error().code, QStringLiteral("settings.invalid-value"));
        QVERIFY(checked.error().message.contains(value));
    }
    // Each user's own: the instance holds none.
    QVERIFY(!SettingsRepository::checkValue(SettingKey::UserTimeZone, QStringLiteral("Asia/Taipei"), 0).ok());
}

void TestTaskDays::aUsersZoneIsReadFromTheirSetting()
{
    TestDatabase database;
    QVERIFY2(database.isValid(), database.problem().constData());
    Result<std::unique_ptr<Store>> store = database.open();
    QVERIFY2(store.ok(), failureText(store).constData());
    Result<QSqlQuery> user
        = (*store)->exec(QStringLiteral("INSERT INTO users (email, created_at, created_by) VALUES "
                                        "('bob@acme.example', '2026-06-15T00:00:00.000Z',"
                                        " 'test') RETURNING id"));
    QVERIFY(user.ok() && user->next());
    const qint64 bob = user->value(0).toLongLong();
    user->finish(); // done with it: an open statement would keep SQLite's write lock from us
    QCOMPARE(TaskDays::zoneOfUser(**store, bob).value(), QTimeZone::systemTimeZone());
    const Result<void> saved = SettingsRepository(**store).set(
        SettingKey::UserTimeZone, QStringLiteral("Asia/Taipei"), QStringLiteral("test"), bob);
    QVERIFY2(saved.ok(), failureText(saved).constData());
    QCOMPARE(TaskDays::zoneOfUser(**store, bob).value().id(), QByteArray("Asia/Taipei"));
    QCOMPARE(TaskDays::zoneOfUser(**store, 0).value(), QTimeZone::systemTimeZone());
}

QTEST_GUILESS_MAIN(TestTaskDays)
#include "testtaskdays.moc"
