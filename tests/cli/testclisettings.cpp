// sia-admin settings on both backends (PostgreSQL: tests/with-postgres.sh): show lists the sync settings with
// where each value comes from (text and JSON), for the instance or one user; set prints the change and
// records it in the audit log, refuses a bad value or a key of the wrong scope with what to do, and a user's
// own value is removed again by unset; export writes a file without the product's own state that import reads
// back, showing the changes and asking (no: nothing changes), or applying them with --yes; a file from a
// newer version is refused.
#include "settings/settingsrepository.h"
#include "sialauncher.h"
#include "store/auditlog.h"
#include "store/store.h"
#include "storetesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sia;

namespace {

const QString seller = QStringLiteral("bo@acme.example");

QJsonObject entryOf(const SiaRun& run, const QString& key)
{
    for (const QJsonValue& entry : run.json().object().value(QStringLiteral("settings")).toArray()) {
        if (entry.toObject().value(QStringLiteral("key")).toString() == key) {
            return entry.toObject();
        }
    }
    return {};
}

} // namespace

class TestCliSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showListsDefaultsAndTheirSource();
    void setChangesAndAuditsIt();
    void setRefusesWhatDoesNotFit_data();
    void setRefusesWhatDoesNotFit();
    void userOverrideAndUnset();
    void turningTheTaskSyncOnSaysWhatHappensNext();
    void exportThenImportAsksAndApplies();
    void importRefusesANewerFile();

private:
    Result<std::unique_ptr<Store>> openStore() const;
    SiaRun run(const QStringList& arguments) const { return m_sia->run(arguments); }
    QString file(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TestDatabase> m_database; // PostgreSQL only
    std::unique_ptr<SiaLauncher> m_sia;
};

void TestCliSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (test::testBackend() == test::TestBackend::Postgres) {
        m_database = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_database->isValid(), m_database->problem().constData());
        m_sia = std::make_unique<SiaLauncher>();
        m_sia->setEnvironment(QStringLiteral("SIA_DATA_DIR"), m_dir->path());
        m_sia->setEnvironment(QStringLiteral("SIA_DATABASE_URL"), m_database->url());
    } else {
        m_sia = std::make_unique<SiaLauncher>(m_dir->path());
        m_sia->setEnvironment(QStringLiteral("SIA_DATABASE_URL"), QString());
    }
    m_sia->setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
    const SiaRun instance = run({ QStringLiteral("invite-admin"), QStringLiteral("--instance"),
        QStringLiteral("Acme"), QStringLiteral("ada@acme.example") });
    QVERIFY2(instance.exitCode == 0, qPrintable(instance.err));

    Result<std::unique_ptr<Store>> store = openStore();
    QVERIFY2(store.ok(), test::failureText(store).constData());
    Result<QSqlQuery> added = (*store)->exec(
        QStringLiteral("INSERT INTO users (email, created_at, created_by) VALUES (:email, :at, 'test')"),
        { { QStringLiteral("email"), seller },
            { QStringLiteral("at"), QStringLiteral("2026-12-01T10:00:00.000Z") } });
    QVERIFY2(added.ok(), test::failureText(added).constData());
}

void TestCliSettings::cleanup()
{
    m_sia.reset();
    m_database.reset();
    m_dir.reset();
}

Result<std::unique_ptr<Store>> TestCliSettings::openStore() const
{
    if (m_database) {
        return m_database->open();
    }
    StoreOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("actions.sqlite"));
    return Store::open(options);
}

void TestCliSettings::showListsDefaultsAndTheirSource()
{
    const SiaRun json = run({ QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json") });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject taskSync = entryOf(json, QStringLiteral("tasks.sync"));
    QCOMPARE(taskSync.value(QStringLiteral("value")).toString(), QStringLiteral("off"));
    QCOMPARE(taskSync.value(QStringLiteral("source")).toString(), QStringLiteral("default"));
    QVERIFY(taskSync.value(QStringLiteral("userMayOverride")).toBool());
    QVERIFY(entryOf(json, QStringLiteral("email.email-to-salesforce-address")).isEmpty()); // a user's only

    const SiaRun text = run({ QStringLiteral("settings") });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(QLatin1String("Do not sync to Salesforce tasks")), qPrintable(text.out));
    QVERIFY(text.out.contains(QLatin1String("email.log-via-bcc")));
    QVERIFY(text.out.contains(QLatin1String("default")));
}

void TestCliSettings::setChangesAndAuditsIt()
{
    const SiaRun set = run({ QStringLiteral("settings"), QStringLiteral("set"),
        QStringLiteral("email.log-via-bcc"), QStringLiteral("on") });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY2(set.out.contains(QStringLiteral("Log email by BCC (Email to Salesforce): off → on (instance)")),
        qPrintable(set.out));

    const SiaRun again = run({ QStringLiteral("settings"), QStringLiteral("set"),
        QStringLiteral("email.log-via-bcc"), QStringLiteral("true") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(again.out.contains(QLatin1String("Nothing changed")));

    Result<std::unique_ptr<Store>> store = openStore();
    QVERIFY2(store.ok(), test::failureText(store).constData());
    QCOMPARE(SettingsRepository(**store).value(SettingKey::EmailLogViaBcc).value(), QVariant(true));
    Result<QList<AuditEntry>> entries = AuditLog(**store).entries(1);
    QVERIFY(entries.ok() && !entries->isEmpty());
    QCOMPARE(entries->first().action, QStringLiteral("setting.changed"));
    QCOMPARE(entries->first().actor, QStringLiteral("alice@acme.example"));
}

void TestCliSettings::setRefusesWhatDoesNotFit_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    QTest::newRow("not a setting") << QStringList { QStringLiteral("email.shiny"), QStringLiteral("on") } << 2
                                   << QStringLiteral("tasks.sync");
    QTest::newRow("not on or off") << QStringList { QStringLiteral("email.log-via-bcc"),
        QStringLiteral("maybe") } << 2
                                   << QStringLiteral("on or off");
    QTest::newRow("not an option") << QStringList { QStringLiteral("tasks.sync"),
        QStringLiteral("sometimes") }
                                   << 2 << QStringLiteral("tasks.sync");
    QTest::newRow("a user's setting for the instance") << QStringList {
        QStringLiteral("email.email-to-salesforce-address"), QStringLiteral("x@e2s.salesforce.com")
    } << 2 << QStringLiteral("each user");
    QTest::newRow("an unknown user") << QStringList { QStringLiteral("email.log-via-bcc"),
        QStringLiteral("on"), QStringLiteral("--user"), QStringLiteral("nobody@acme.example") }
                                     << 2 << QStringLiteral("nobody@acme.example");
    QTest::newRow("the product's own state")
        << QStringList { QStringLiteral("tasks.sync-started-at"), QStringLiteral("2026-01-01T00:00:00Z") }
        << 2 << QStringLiteral("cannot be set");
}

void TestCliSettings::setRefusesWhatDoesNotFit()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const SiaRun set = run(QStringList { QStringLiteral("settings"), QStringLiteral("set") } + arguments);
    QCOMPARE(set.exitCode, exitCode);
    QVERIFY2(set.err.contains(says), qPrintable(set.err));

    Result<std::unique_ptr<Store>> store = openStore();
    QVERIFY2(store.ok(), test::failureText(store).constData());
    QCOMPARE(test::rowCount(**store, QStringLiteral("settings")), 0);
}

void TestCliSettings::userOverrideAndUnset()
{
    QCOMPARE(run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("email.log-via-api"),
                     QStringLiteral("on") })
                 .exitCode,
        0);
    const SiaRun own = run({ QStringLiteral("settings"), QStringLiteral("set"),
        QStringLiteral("email.log-via-api"), QStringLiteral("off"), QStringLiteral("--user"), seller });
    QVERIFY2(own.exitCode == 0, qPrintable(own.err));
    QVERIFY2(own.out.contains(seller), qPrintable(own.out));

    const SiaRun address = run({ QStringLiteral("settings"), QStringLiteral("set"),
        QStringLiteral("email.email-to-salesforce-address"), QStringLiteral("bo@acme.example"),
        QStringLiteral("--user"), seller });
    QVERIFY2(address.exitCode == 0, qPrintable(address.err));
    QVERIFY2(address.err.contains(QLatin1String("salesforce.com")), qPrintable(address.err)); // the warning

    const SiaRun shown = run({ QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--user"),
        seller, QStringLiteral("--json") });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QJsonObject api = entryOf(shown, QStringLiteral("email.log-via-api"));
    QCOMPARE(api.value(QStringLiteral("source")).toString(), QStringLiteral("user"));
    QCOMPARE(api.value(QStringLiteral("value")).toBool(), false);
    QCOMPARE(api.value(QStringLiteral("instanceValue")).toBool(), true);
    QVERIFY(
        entryOf(shown, QStringLiteral("email.check-marketo-unsubscribe")).isEmpty()); // the instance's only

    const SiaRun unset = run({ QStringLiteral("settings"), QStringLiteral("unset"),
        QStringLiteral("email.log-via-api"), QStringLiteral("--user"), seller });
    QVERIFY2(unset.exitCode == 0, qPrintable(unset.err));
    QVERIFY2(unset.out.contains(QLatin1String("the instance's value")), qPrintable(unset.out));
    const SiaRun after = run({ QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--user"),
        seller, QStringLiteral("--json") });
    QCOMPARE(entryOf(after, QStringLiteral("email.log-via-api")).value(QStringLiteral("source")).toString(),
        QStringLiteral("instance"));

    const SiaRun withoutUser
        = run({ QStringLiteral("settings"), QStringLiteral("unset"), QStringLiteral("email.log-via-api") });
    QCOMPARE(withoutUser.exitCode, 2);
}

void TestCliSettings::turningTheTaskSyncOnSaysWhatHappensNext()
{
    const SiaRun on = run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("tasks.sync"),
        QStringLiteral("tasks-and-reminders"), QStringLiteral("--json") });
    QVERIFY2(on.exitCode == 0, qPrintable(on.err));
    QVERIFY(on.json().object().value(QStringLiteral("taskSyncTurnedOn")).toBool());
    // Salesforce is not connected here: the setting is saved, the run waits for the connection.
    QCOMPARE(on.json().object().value(QStringLiteral("taskSyncRun")).toString(),
        QStringLiteral("salesforce-not-connected"));

    Result<std::unique_ptr<Store>> store = openStore();
    QVERIFY2(store.ok(), test::failureText(store).constData());
    const QDateTime startedAt
        = SettingsRepository(**store).value(SettingKey::TaskSyncStartedAt).value().toDateTime();
    QVERIFY(startedAt.isValid());
    QVERIFY(qAbs(startedAt.secsTo(QDateTime::currentDateTimeUtc())) < 300);
}

void TestCliSettings::exportThenImportAsksAndApplies()
{
    QCOMPARE(run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("email.log-via-bcc"),
                     QStringLiteral("on") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("tasks.sync"),
                     QStringLiteral("tasks-and-reminders") })
                 .exitCode,
        0);
    const SiaRun exported = run(
        { QStringLiteral("settings"), QStringLiteral("export"), file(QStringLiteral("settings.json")) });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile written(file(QStringLiteral("settings.json")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.contains("email.log-via-bcc"));
    QVERIFY(!bytes.contains("sync-started-at"));

    // Change both back, then bring the file in again.
    QCOMPARE(run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("email.log-via-bcc"),
                     QStringLiteral("off") })
                 .exitCode,
        0);
    QCOMPARE(run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("tasks.sync"),
                     QStringLiteral("off") })
                 .exitCode,
        0);

    std::unique_ptr<QProcess> declined = m_sia->start(
        { QStringLiteral("settings"), QStringLiteral("import"), file(QStringLiteral("settings.json")) });
    declined->write("n\n");
    declined->closeWriteChannel();
    const SiaRun no = SiaLauncher::finish(*declined);
    QCOMPARE(no.exitCode, 1);
    QVERIFY2(no.out.contains(QLatin1String("2 changes")), qPrintable(no.out));
    QVERIFY2(no.out.contains(QStringLiteral("Log email by BCC (Email to Salesforce): off → on (instance)")),
        qPrintable(no.out));
    QVERIFY(no.err.contains(QLatin1String("Nothing was changed")));
    {
        Result<std::unique_ptr<Store>> store = openStore();
        QVERIFY2(store.ok(), test::failureText(store).constData());
        QCOMPARE(SettingsRepository(**store).value(SettingKey::EmailLogViaBcc).value(), QVariant(false));
    }

    const SiaRun yes = run({ QStringLiteral("settings"), QStringLiteral("import"),
        file(QStringLiteral("settings.json")), QStringLiteral("--yes") });
    QVERIFY2(yes.exitCode == 0, qPrintable(yes.err));
    Result<std::unique_ptr<Store>> store = openStore();
    QVERIFY2(store.ok(), test::failureText(store).constData());
    SettingsRepository settings(**store);
    QCOMPARE(settings.value(SettingKey::EmailLogViaBcc).value(), QVariant(true));
    QCOMPARE(settings.value(SettingKey::TaskSync).value().toString(), QStringLiteral("tasks-and-reminders"));
}

void TestCliSettings::importRefusesANewerFile()
{
    QFile newer(file(QStringLiteral("newer.json")));
    QVERIFY(newer.open(QIODevice::WriteOnly));
    newer.write(R"({"format": "sia-admin-settings", "version": 7, "writtenBy": "9.0",
                    "instance": {"email.log-via-bcc": true}})");
    newer.close();
    const SiaRun read = run(
        { QStringLiteral("settings"), QStringLiteral("import"), newer.fileName(), QStringLiteral("--yes") });
    QCOMPARE(read.exitCode, 2);
    QVERIFY2(read.err.contains(QLatin1String("newer SIA Admin")), qPrintable(read.err));
    Result<std::unique_ptr<Store>> store = openStore();
    QVERIFY2(store.ok(), test::failureText(store).constData());
    QCOMPARE(test::rowCount(**store, QStringLiteral("settings")), 0);
}

QTEST_GUILESS_MAIN(TestCliSettings)
#include "testclisettings.moc"
