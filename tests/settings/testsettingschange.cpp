// The sync settings as the dialog, `settings set` and `settings import` change them: each value with where
// it comes from, a summary of what would change before anything is stored (no line for an edit that
// changes nothing), the changes applied all or none with the audit log, and turning the task sync on
// recording the moment it was turned on (SPEC 6, rule 1: only tasks created after it are pushed).
#include "settings/settingschange.h"
#include "settings/settingsrepository.h"
#include "settings/syncsettings.h"
#include "store/auditlog.h"
#include "storetesthelpers.h"

#include <QJsonObject>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

const QString actor = QStringLiteral("ana@example.com");
const QDateTime firstOn(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
const QDateTime secondOn(QDate(2026, 12, 3), QTime(16, 5), Qt::UTC);

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

const EffectiveSetting* find(const QList<EffectiveSetting>& settings, SettingKey key)
{
    for (const EffectiveSetting& setting : settings) {
        if (setting.key == key) {
            return &setting;
        }
    }
    return nullptr;
}

} // namespace

class TestSettingsChange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void instanceReadsDefaultsWithTheirSource();
    void userSeesOnlyWhatAUserMayHold();
    void userOverrideIsTheUsersOwnBesideTheInstanceValue();

    void summaryHasOneLinePerRealChange();
    void summaryStoresNothing();
    void preferencesSummaryNamesTheFieldsThatChange();
    void summaryRefusesABadValueNamingIt_data();
    void summaryRefusesABadValueNamingIt();
    void applyStoresEveryChangeWithTheAuditLog();
    void applyIsAllOrNothing();
    void unchangedEditAppliesNothing();

    void turningTaskSyncOnRecordsWhenOnlyFromOff();
    void useInstanceValueRemovesTheUsersOwn();
    void useInstanceValueIsRefusedForTheInstance();

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    qint64 m_user = 0;
};

void TestSettingsChange::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    m_user = addUser(*m_store, QStringLiteral("bo@example.com"));
    QVERIFY(m_user != 0);
}

void TestSettingsChange::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestSettingsChange::instanceReadsDefaultsWithTheirSource()
{
    Result<QList<EffectiveSetting>> read = SyncSettings::read(*m_store);
    QVERIFY2(read.ok(), failureText(read).constData());

    // Every instance key of the three tabs, none of a user's only (the Email-to-Salesforce address).
    QVERIFY(find(*read, SettingKey::EmailToSalesforceAddress) == nullptr);
    for (SettingKey key : { SettingKey::EmailLogViaApi, SettingKey::EmailApiPreferences,
             SettingKey::EmailLogViaBcc, SettingKey::EmailCheckMarketoUnsubscribe, SettingKey::TaskSync,
             SettingKey::TaskSyncIntervalMinutes }) {
        const EffectiveSetting* setting = find(*read, key);
        QVERIFY2(setting != nullptr, qPrintable(settingDefinition(key).name));
        QCOMPARE(setting->source, SettingSource::Default);
        QCOMPARE(setting->value, settingDefinition(key).defaultValue);
    }
    QCOMPARE(find(*read, SettingKey::TaskSync)->value.toString(), QStringLiteral("off")); // SPEC 6's default
    QVERIFY(find(*read, SettingKey::TaskSync)->userMayOverride);
    QVERIFY(!find(*read, SettingKey::EmailCheckMarketoUnsubscribe)->userMayOverride);
}

void TestSettingsChange::userSeesOnlyWhatAUserMayHold()
{
    Result<QList<EffectiveSetting>> read = SyncSettings::read(*m_store, m_user);
    QVERIFY2(read.ok(), failureText(read).constData());

    QVERIFY(find(*read, SettingKey::EmailToSalesforceAddress) != nullptr);
    QVERIFY(find(*read, SettingKey::EmailLogViaBcc) != nullptr);
    QVERIFY(find(*read, SettingKey::EmailCheckMarketoUnsubscribe) == nullptr); // the instance's alone
    QVERIFY(find(*read, SettingKey::TaskSyncIntervalMinutes) == nullptr);
    for (const EffectiveSetting& setting : *read) {
        QVERIFY(setting.userMayOverride);
    }
}

void TestSettingsChange::userOverrideIsTheUsersOwnBesideTheInstanceValue()
{
    SettingsRepository settings(*m_store);
    QVERIFY(settings.set(SettingKey::EmailLogViaBcc, true, actor).ok());

    Result<EffectiveSetting> inherited = SyncSettings::read(*m_store, SettingKey::EmailLogViaBcc, m_user);
    QVERIFY2(inherited.ok(), failureText(inherited).constData());
    QCOMPARE(inherited->source, SettingSource::Instance);
    QCOMPARE(inherited->value, QVariant(true));

    QVERIFY(settings.set(SettingKey::EmailLogViaBcc, false, actor, m_user).ok());
    Result<EffectiveSetting> own = SyncSettings::read(*m_store, SettingKey::EmailLogViaBcc, m_user);
    QVERIFY2(own.ok(), failureText(own).constData());
    QCOMPARE(own->source, SettingSource::User);
    QCOMPARE(own->value, QVariant(false));
    QCOMPARE(own->instanceValue, QVariant(true));
    QCOMPARE(SyncSettings::sourceText(own->source), QStringLiteral("your own"));

    // The instance's own reading does not see the user's.
    Result<EffectiveSetting> instance = SyncSettings::read(*m_store, SettingKey::EmailLogViaBcc, 0);
    QVERIFY2(instance.ok(), failureText(instance).constData());
    QCOMPARE(instance->value, QVariant(true));
}

void TestSettingsChange::summaryHasOneLinePerRealChange()
{
    SettingsChange change;
    change.set(SettingKey::EmailLogViaBcc, true);
    change.set(SettingKey::EmailLogViaApi, false); // the default already: no change
    change.set(SettingKey::TaskSync, QStringLiteral("tasks-and-reminders"));
    change.set(SettingKey::EmailLogViaBcc, true); // the same edit twice is one

    Result<QList<SettingChangeLine>> lines = change.summary(*m_store);
    QVERIFY2(lines.ok(), failureText(lines).constData());
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->at(0).key, SettingKey::EmailLogViaBcc);
    QCOMPARE(lines->at(0).from, QVariant(false));
    QCOMPARE(lines->at(0).to, QVariant(true));
    QCOMPARE(
        lines->at(0).text, QStringLiteral("Log email by BCC (Email to Salesforce): off → on (instance)"));
    QCOMPARE(lines->at(1).text,
        QStringLiteral(
            "Tasks and reminders → Salesforce tasks: Do not sync to Salesforce tasks → Sync tasks and "
            "reminders with Salesforce tasks (instance)"));
}

void TestSettingsChange::preferencesSummaryNamesTheFieldsThatChange()
{
    EmailApiPreferences preferences;
    preferences.logReplies = true;
    preferences.callSubject = QStringLiteral("Rang: {subject}");
    SettingsChange change;
    change.set(SettingKey::EmailApiPreferences, preferences.toJson());
    Result<QList<SettingChangeLine>> lines = change.summary(*m_store);
    QVERIFY2(lines.ok(), failureText(lines).constData());
    QCOMPARE(lines->size(), 1);
    QCOMPARE(lines->first().text,
        QStringLiteral(
            "Email logging preferences: replies logged: off → on; subject of calls: “Call: {subject}” → "
            "“Rang: {subject}” (instance)"));

    // The defaults written out in full are no change.
    SettingsChange same;
    same.set(SettingKey::EmailApiPreferences, EmailApiPreferences().toJson());
    Result<QList<SettingChangeLine>> none = same.summary(*m_store);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void TestSettingsChange::summaryStoresNothing()
{
    SettingsChange change;
    change.set(SettingKey::EmailLogViaBcc, true);
    QVERIFY(change.summary(*m_store).ok());

    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 0);
}

void TestSettingsChange::summaryRefusesABadValueNamingIt_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("forUser");
    QTest::addColumn<QString>("named");

    QTest::newRow("an option that does not exist")
        << int(SettingKey::TaskSync) << QVariant(QStringLiteral("sometimes")) << false
        << QStringLiteral("tasks.sync");
    QTest::newRow("a number out of range")
        << int(SettingKey::TaskSyncIntervalMinutes) << QVariant(qlonglong(5000)) << false
        << QStringLiteral("tasks.sync-interval-minutes");
    QTest::newRow("email preferences with a wrong field")
        << int(SettingKey::EmailApiPreferences)
        << QVariant(QJsonObject { { QStringLiteral("emailSubtype"), QStringLiteral("Fax") } }) << false
        << QStringLiteral("emailSubtype");
    QTest::newRow("a user's setting for the instance")
        << int(SettingKey::EmailToSalesforceAddress) << QVariant(QStringLiteral("x@y.salesforce.com"))
        << false << QStringLiteral("email.email-to-salesforce-address");
    QTest::newRow("the instance's setting for a user")
        << int(SettingKey::EmailCheckMarketoUnsubscribe) << QVariant(true) << true
        << QStringLiteral("email.check-marketo-unsubscribe");
}

void TestSettingsChange::summaryRefusesABadValueNamingIt()
{
    QFETCH(int, key);
    QFETCH(QVariant, value);
    QFETCH(bool, forUser);
    QFETCH(QString, named);
    SettingsChange change(forUser ? m_user : 0);
    change.set(SettingKey(key), value);

    Result<QList<SettingChangeLine>> lines = change.summary(*m_store);
    QVERIFY(!lines.ok());
    QCOMPARE(lines.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(lines.error().message.contains(named), qPrintable(lines.error().message));
}

void TestSettingsChange::applyStoresEveryChangeWithTheAuditLog()
{
    SettingsChange change;
    change.set(SettingKey::EmailLogViaBcc, true);
    change.set(SettingKey::TaskSyncIntervalMinutes, qlonglong(15));

    Result<AppliedSettings> applied = change.apply(*m_store, actor);
    QVERIFY2(applied.ok(), failureText(applied).constData());
    QCOMPARE(applied->lines.size(), 2);
    QVERIFY(!applied->taskSyncChanged);

    SettingsRepository settings(*m_store);
    QCOMPARE(settings.value(SettingKey::EmailLogViaBcc).value(), QVariant(true));
    QCOMPARE(settings.value(SettingKey::TaskSyncIntervalMinutes).value().toLongLong(), 15);
    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();
    QVERIFY2(entries.ok(), failureText(entries).constData());
    QCOMPARE(entries->size(), 2);
    for (const AuditEntry& entry : *entries) {
        QCOMPARE(entry.actor, actor);
        QCOMPARE(entry.action, QStringLiteral("setting.changed"));
    }
}

void TestSettingsChange::applyIsAllOrNothing()
{
    SettingsChange change;
    change.set(SettingKey::EmailLogViaBcc, true);
    change.set(SettingKey::TaskSync, QStringLiteral("sometimes"));

    Result<AppliedSettings> applied = change.apply(*m_store, actor);
    QVERIFY(!applied.ok());
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 0);
}

void TestSettingsChange::unchangedEditAppliesNothing()
{
    QVERIFY(SettingsRepository(*m_store).set(SettingKey::EmailLogViaBcc, true, actor).ok());
    SettingsChange change;
    change.set(SettingKey::EmailLogViaBcc, true);

    Result<AppliedSettings> applied = change.apply(*m_store, QStringLiteral("someone-else"));
    QVERIFY2(applied.ok(), failureText(applied).constData());
    QVERIFY(applied->lines.isEmpty());
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 1); // the first set only
}

void TestSettingsChange::turningTaskSyncOnRecordsWhenOnlyFromOff()
{
    SettingsRepository settings(*m_store);
    const auto turn = [this](const QString& option, const QDateTime& at) {
        SettingsChange change;
        change.set(SettingKey::TaskSync, option);
        return change.apply(*m_store, actor, [at] { return at; });
    };

    Result<AppliedSettings> on = turn(QStringLiteral("tasks-and-reminders"), firstOn);
    QVERIFY2(on.ok(), failureText(on).constData());
    QVERIFY(on->taskSyncChanged);
    QVERIFY(on->taskSyncTurnedOn);
    QVERIFY(on->taskSyncRuns); // rule 2
    QCOMPARE(settings.value(SettingKey::TaskSyncStartedAt).value().toDateTime(), firstOn);

    // Another setting saved while it is on keeps the boundary, and is not the task sync's own setting.
    SettingsChange interval;
    interval.set(SettingKey::TaskSyncIntervalMinutes, qlonglong(30));
    Result<AppliedSettings> intervalSaved = interval.apply(*m_store, actor, [] { return secondOn; });
    QVERIFY2(intervalSaved.ok(), failureText(intervalSaved).constData());
    QVERIFY(!intervalSaved->taskSyncRuns);
    QCOMPARE(settings.value(SettingKey::TaskSyncStartedAt).value().toDateTime(), firstOn);

    Result<AppliedSettings> off = turn(QStringLiteral("off"), secondOn);
    QVERIFY2(off.ok(), failureText(off).constData());
    QVERIFY(off->taskSyncChanged);
    QVERIFY(!off->taskSyncTurnedOn);
    QVERIFY(!off->taskSyncRuns); // nothing to run once it is off
    QCOMPARE(settings.value(SettingKey::TaskSyncStartedAt).value().toDateTime(), firstOn);

    // On again: only tasks created after this moment are pushed.
    QVERIFY(turn(QStringLiteral("tasks-and-reminders"), secondOn).ok());
    QCOMPARE(settings.value(SettingKey::TaskSyncStartedAt).value().toDateTime(), secondOn);
}

void TestSettingsChange::useInstanceValueRemovesTheUsersOwn()
{
    SettingsRepository settings(*m_store);
    QVERIFY(settings.set(SettingKey::EmailLogViaApi, true, actor).ok());
    QVERIFY(settings.set(SettingKey::EmailLogViaApi, false, actor, m_user).ok());

    SettingsChange change(m_user, QStringLiteral("bo@example.com"));
    change.useInstanceValue(SettingKey::EmailLogViaApi);
    change.useInstanceValue(SettingKey::EmailLogViaBcc); // nothing of the user's own: no line
    Result<QList<SettingChangeLine>> lines = change.summary(*m_store);
    QVERIFY2(lines.ok(), failureText(lines).constData());
    QCOMPARE(lines->size(), 1);
    QVERIFY(lines->first().backToInherited);
    QCOMPARE(lines->first().text,
        QStringLiteral(
            "Log email through the Salesforce API: off → the instance's value, on (bo@example.com)"));

    Result<AppliedSettings> applied = change.apply(*m_store, actor);
    QVERIFY2(applied.ok(), failureText(applied).constData());
    Result<EffectiveSetting> now = SyncSettings::read(*m_store, SettingKey::EmailLogViaApi, m_user);
    QVERIFY2(now.ok(), failureText(now).constData());
    QCOMPARE(now->source, SettingSource::Instance);
    QCOMPARE(now->value, QVariant(true));
}

void TestSettingsChange::useInstanceValueIsRefusedForTheInstance()
{
    SettingsChange change;
    change.useInstanceValue(SettingKey::EmailLogViaApi);
    Result<QList<SettingChangeLine>> lines = change.summary(*m_store);
    QVERIFY(!lines.ok());
    QCOMPARE(lines.error().code, QStringLiteral("settings.no-instance-to-inherit"));
}

QTEST_GUILESS_MAIN(TestSettingsChange)
#include "testsettingschange.moc"
