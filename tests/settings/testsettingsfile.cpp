// `settings export` / `import`: every stored setting (the instance's and each user's, by email) in a
// versioned JSON file with no secret and none of the product's own state (when the task sync was turned
// on); read back as the changes it would make, with what could not be used named (unknown keys, unknown
// users, values of the wrong kind), and a file of a newer format or no settings file at all refused.
#include "settings/settingsfile.h"
#include "settings/settingsrepository.h"
#include "settings/syncsettings.h"
#include "storetesthelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

const QString actor = QStringLiteral("ana@example.com");
const QString seller = QStringLiteral("bo@example.com");

qint64 addUser(Store& store, const QString& email)
{
    Result<QSqlQuery> added = store.exec(
        QStringLiteral("INSERT INTO users (email, created_at, created_by) VALUES (:email, :at, 'test')"
                       " RETURNING id"),
        { { QStringLiteral("email"), email },
            { QStringLiteral("at"), QStringLiteral("2026-11-30T08:00:00Z") } });
    if (!added || !added->next()) {
        qWarning() << failureText(added);
        return 0;
    }
    return added->value(0).toLongLong();
}

QByteArray fileWith(const QJsonObject& instance, const QJsonObject& users = {}, int version = 1)
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("format"), QStringLiteral("sia-admin-settings") },
            { QStringLiteral("version"), version }, { QStringLiteral("writtenBy"), QStringLiteral("9.9") },
            { QStringLiteral("instance"), instance }, { QStringLiteral("users"), users } })
        .toJson();
}

} // namespace

class TestSettingsFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripsIntoAnotherDatabase();
    void leavesOutTheProductsOwnState();
    void readingChangesNothing();
    void namesUnknownKeysUsersAndWrongValues();
    void refusesAFileOfANewerFormat();
    void refusesWhatIsNoSettingsFile_data();
    void refusesWhatIsNoSettingsFile();

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    qint64 m_user = 0;
};

void TestSettingsFile::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    m_user = addUser(*m_store, seller);
    QVERIFY(m_user != 0);
}

void TestSettingsFile::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestSettingsFile::roundTripsIntoAnotherDatabase()
{
    SettingsRepository settings(*m_store);
    QVERIFY(settings.set(SettingKey::EmailLogViaBcc, true, actor).ok());
    QVERIFY(settings.set(SettingKey::TaskSync, QStringLiteral("tasks-and-reminders"), actor).ok());
    QVERIFY(settings.set(SettingKey::TaskSyncIntervalMinutes, qlonglong(20), actor).ok());
    QVERIFY(settings.set(SettingKey::EmailLogViaBcc, false, actor, m_user).ok());
    QVERIFY(settings
                .set(SettingKey::EmailToSalesforceAddress, QStringLiteral("e2s@abc.le.salesforce.com"), actor,
                    m_user)
                .ok());
    Result<QByteArray> written = SettingsFile::write(*m_store);
    QVERIFY2(written.ok(), failureText(written).constData());

    TestDatabase other;
    QVERIFY2(other.isValid(), other.problem().constData());
    Result<std::unique_ptr<Store>> opened = other.open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    Store& target = **opened;
    const qint64 user = addUser(target, seller);
    Result<SettingsFileContents> read = SettingsFile::read(target, *written);
    QVERIFY2(read.ok(), failureText(read).constData());
    QVERIFY(read->unknownKeys.isEmpty());
    QVERIFY(read->unknownUsers.isEmpty());
    QVERIFY(read->problems.isEmpty());
    QCOMPARE(read->changes.size(), 2); // the instance's, then the seller's
    for (const SettingsChange& change : read->changes) {
        Result<AppliedSettings> applied = change.apply(target, actor);
        QVERIFY2(applied.ok(), failureText(applied).constData());
    }

    for (qint64 whose : { qint64(0), user }) {
        Result<QList<EffectiveSetting>> there = SyncSettings::read(target, whose);
        Result<QList<EffectiveSetting>> here = SyncSettings::read(*m_store, whose == 0 ? 0 : m_user);
        QVERIFY(there.ok() && here.ok());
        QCOMPARE(there->size(), here->size());
        for (int i = 0; i < here->size(); ++i) {
            QCOMPARE(there->at(i).value, here->at(i).value);
            QCOMPARE(there->at(i).source, here->at(i).source);
        }
    }
}

void TestSettingsFile::leavesOutTheProductsOwnState()
{
    QVERIFY(
        SettingsRepository(*m_store)
            .set(SettingKey::TaskSyncStartedAt, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC), actor)
            .ok());
    Result<QByteArray> written = SettingsFile::write(*m_store);
    QVERIFY2(written.ok(), failureText(written).constData());
    QVERIFY(!written->contains("tasks.sync-started-at"));

    // Nor is it taken from a file that has it.
    Result<SettingsFileContents> read = SettingsFile::read(*m_store,
        fileWith({ { QStringLiteral("tasks.sync-started-at"), QStringLiteral("2020-01-01T00:00:00Z") } }));
    QVERIFY2(read.ok(), failureText(read).constData());
    QCOMPARE(read->unknownKeys, QStringList { QStringLiteral("instance: tasks.sync-started-at") });
    QVERIFY(read->changes.first().isEmpty());
}

void TestSettingsFile::readingChangesNothing()
{
    Result<SettingsFileContents> read
        = SettingsFile::read(*m_store, fileWith({ { QStringLiteral("email.log-via-bcc"), true } }));
    QVERIFY2(read.ok(), failureText(read).constData());
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);

    Result<QList<SettingChangeLine>> lines = read->changes.first().summary(*m_store);
    QVERIFY2(lines.ok(), failureText(lines).constData());
    QCOMPARE(lines->size(), 1);
    QCOMPARE(lines->first().key, SettingKey::EmailLogViaBcc);
}

void TestSettingsFile::namesUnknownKeysUsersAndWrongValues()
{
    const QByteArray bytes = fileWith(
        { { QStringLiteral("email.log-via-bcc"), true }, { QStringLiteral("email.shiny-new-thing"), 3 },
            { QStringLiteral("tasks.sync"), QStringLiteral("sometimes") },
            { QStringLiteral("tasks.sync-interval-minutes"), QStringLiteral("ten") } },
        { { seller, QJsonObject { { QStringLiteral("email.log-via-api"), true } } },
            { QStringLiteral("gone@example.com"),
                QJsonObject { { QStringLiteral("email.log-via-api"), true } } } });

    Result<SettingsFileContents> read = SettingsFile::read(*m_store, bytes);
    QVERIFY2(read.ok(), failureText(read).constData());
    QCOMPARE(read->unknownKeys, QStringList { QStringLiteral("instance: email.shiny-new-thing") });
    QCOMPARE(read->unknownUsers, QStringList { QStringLiteral("gone@example.com") });
    QCOMPARE(read->problems.size(), 2);
    QVERIFY2(read->problems.join(u'\n').contains(QLatin1String("tasks.sync-interval-minutes")),
        qPrintable(read->problems.join(u'\n')));
    QVERIFY2(read->problems.join(u'\n').contains(QLatin1String("tasks.sync")),
        qPrintable(read->problems.join(u'\n')));
    // What could be used still is: the BCC switch, and the known user's own value.
    QCOMPARE(read->changes.size(), 2);
    Result<QList<SettingChangeLine>> instance = read->changes.at(0).summary(*m_store);
    QVERIFY(instance.ok());
    QCOMPARE(instance->size(), 1);
    QCOMPARE(read->changes.at(1).userId(), m_user);
}

void TestSettingsFile::refusesAFileOfANewerFormat()
{
    Result<SettingsFileContents> read
        = SettingsFile::read(*m_store, fileWith({ { QStringLiteral("email.log-via-bcc"), true } }, {}, 2));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("settings.file-newer"));
    QVERIFY2(
        read.error().message.contains(QLatin1String("Update SIA Admin")), qPrintable(read.error().message));
}

void TestSettingsFile::refusesWhatIsNoSettingsFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");

    QTest::newRow("cut off") << fileWith({}).left(30) << QStringLiteral("settings.file-malformed");
    QTest::newRow("a JSON array") << QByteArray("[1, 2]") << QStringLiteral("settings.file-malformed");
    QTest::newRow("another program's JSON")
        << QByteArray(R"({"name": "x", "version": 1})") << QStringLiteral("settings.file-not-settings");
    QTest::newRow("no version") << QByteArray(R"({"format": "sia-admin-settings", "instance": {}})")
                                << QStringLiteral("settings.file-malformed");
}

void TestSettingsFile::refusesWhatIsNoSettingsFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    Result<SettingsFileContents> read = SettingsFile::read(*m_store, bytes);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, code);
    QVERIFY(read.error().message.contains(QLatin1String("Nothing was changed")));
}

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "testsettingsfile.moc"
