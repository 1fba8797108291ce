// The task sync run from the command line on the sandbox of each run (--sandbox), Salesforce connected
// through the printed login link with the real keychain (tests/with-keyring.sh), on both backends. Saving
// tasks.sync with the sync on runs it with its progress (SPEC 6, rule 2): text lines, or with --json the
// summary as the first JSON line and the run's progress one object a line; turning it off runs nothing;
// without Salesforce connected, or with --no-sync, the setting is saved and the command says how the sync
// will run. tasks sync --json-progress completes a run that imports the org's tasks; a run that fails keeps
// the saved setting and says so with a non-zero exit.
#include "clisalesforcelogin.h"
#include "storetesthelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace salesforcetest;

class TestCliTaskSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void savingTheSettingRunsTheSyncWithProgress();
    void jsonGivesTheSummaryThenTheRunALine();
    void withoutSalesforceOrWithNoSyncTheSettingIsSavedAndSaysHow();
    void tasksSyncCompletesARunThatImportsTheOrgsTasks();
    void aFailedRunKeepsTheSavedSetting();

private:
    SiaRun run(const QStringList& command, const QStringList& sandboxOptions = {}) const
    {
        return m_sia.run(sandboxArguments(sandboxOptions) + command);
    }
    QStringList sandboxArguments(const QStringList& options = {}) const;
    bool connectSalesforce();
    // The lines of standard output, each one JSON object.
    static QList<QJsonObject> jsonLines(const SiaRun& run);
    QJsonObject status() const;

    QString m_username;
    QString m_password;
    QUrl m_callback;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<sia::test::TestDatabase> m_database; // PostgreSQL only
    SiaLauncher m_sia;
};

void TestCliTaskSync::initTestCase()
{
    auto sandbox = startOrg({ callbackAt(freePort()) });
    QVERIFY(sandbox);
    m_username = info(*sandbox, "username");
    m_password = info(*sandbox, "password");
}

void TestCliTaskSync::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_callback = callbackAt(freePort());
    m_sia = SiaLauncher();
    m_sia.setEnvironment(QStringLiteral("XDG_DATA_HOME"), m_home->path());
    m_sia.setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
    m_sia.setEnvironment(QStringLiteral("SIA_DATABASE_URL"), QString());
    if (sia::test::testBackend() == sia::test::TestBackend::Postgres) {
        m_database = std::make_unique<sia::test::TestDatabase>();
        QVERIFY2(m_database->isValid(), m_database->problem().constData());
        m_sia.setEnvironment(QStringLiteral("SIA_DATABASE_URL"), m_database->url());
    }
}

void TestCliTaskSync::cleanup()
{
    m_database.reset();
    m_home.reset();
}

QStringList TestCliTaskSync::sandboxArguments(const QStringList& options) const
{
    // 40 generated tasks, some of them changed within the last day (rule 3 imports those).
    QStringList arguments { QStringLiteral("--sandbox"), QStringLiteral("--sandbox-option"),
        QStringLiteral("people=200"), QStringLiteral("--sandbox-option"), QStringLiteral("sf-tasks=40"),
        QStringLiteral("--sandbox-option"), QStringLiteral("sf-callback=") + m_callback.toString() };
    for (const QString& option : options) {
        arguments << QStringLiteral("--sandbox-option") << option;
    }
    return arguments;
}

bool TestCliTaskSync::connectSalesforce()
{
    ScriptedBrowser browser;
    browser.username = m_username;
    browser.password = m_password;
    const SiaRun connected = connectSalesforceFromCli(m_sia, sandboxArguments(), browser);
    if (connected.exitCode != 0) {
        qWarning("connect salesforce: %s %s", qPrintable(connected.err), qPrintable(connected.out));
    }
    return connected.exitCode == 0;
}

QList<QJsonObject> TestCliTaskSync::jsonLines(const SiaRun& run)
{
    QList<QJsonObject> objects;
    for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning("not one JSON object: %s", qPrintable(line));
            return {};
        }
        objects.append(document.object());
    }
    return objects;
}

QJsonObject TestCliTaskSync::status() const
{
    return run({ QStringLiteral("tasks"), QStringLiteral("status"), QStringLiteral("--json") })
        .json()
        .object();
}

void TestCliTaskSync::savingTheSettingRunsTheSyncWithProgress()
{
    QVERIFY(connectSalesforce());
    const SiaRun on = run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("tasks.sync"),
        QStringLiteral("tasks-and-reminders") });
    QVERIFY2(on.exitCode == 0, qPrintable(on.err + on.out));
    const QStringList lines = on.out.split(u'\n', Qt::SkipEmptyParts);
    // What changed, what turning it on means, then the run: started, its end with the counts.
    QVERIFY2(
        lines.value(0).contains(QStringLiteral("Do not sync to Salesforce tasks → ")), qPrintable(on.out));
    QVERIFY2(on.out.contains(QLatin1String("Only tasks created in Actions from now on")), qPrintable(on.out));
    QVERIFY2(on.out.contains(QLatin1String("Running the task sync now")), qPrintable(on.out));
    QVERIFY2(on.out.contains(QLatin1String("Task sync run 1 started.")), qPrintable(on.out));
    QVERIFY2(lines.last().startsWith(QLatin1String("Task sync run 1 completed")), qPrintable(on.out));

    const QJsonObject lastRun = status().value(QStringLiteral("lastRun")).toObject();
    QCOMPARE(lastRun.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QVERIFY2(lastRun.value(QStringLiteral("counts")).toObject().value(QStringLiteral("created")).toInt() > 0,
        QJsonDocument(lastRun).toJson().constData());

    // Saving the value that applies already changes nothing, and so runs nothing.
    const SiaRun again = run({ QStringLiteral("settings"), QStringLiteral("set"),
        QStringLiteral("tasks.sync"), QStringLiteral("tasks-and-reminders") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(!again.out.contains(QLatin1String("Task sync run")), qPrintable(again.out));
    QCOMPARE(status().value(QStringLiteral("lastRun")).toObject().value(QStringLiteral("id")).toInt(), 1);
}

void TestCliTaskSync::jsonGivesTheSummaryThenTheRunALine()
{
    QVERIFY(connectSalesforce());
    const SiaRun on = run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("tasks.sync"),
        QStringLiteral("tasks-and-reminders"), QStringLiteral("--json") });
    QVERIFY2(on.exitCode == 0, qPrintable(on.err + on.out));
    const QList<QJsonObject> objects = jsonLines(on);
    QVERIFY2(objects.size() >= 3, qPrintable(on.out)); // the summary, progress, the run
    const QJsonObject summary = objects.first();
    QCOMPARE(summary.value(QStringLiteral("changed")).toArray().size(), 1);
    QVERIFY(summary.value(QStringLiteral("taskSyncTurnedOn")).toBool());
    QCOMPARE(summary.value(QStringLiteral("taskSyncRun")).toString(), QStringLiteral("started"));
    for (qsizetype i = 1; i < objects.size() - 1; ++i) {
        QVERIFY2(objects.at(i).contains(QStringLiteral("phase")), qPrintable(on.out));
    }
    QCOMPARE(objects.last().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));

    // Off: the summary alone, nothing to run.
    const SiaRun off = run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("tasks.sync"),
        QStringLiteral("off"), QStringLiteral("--json") });
    QVERIFY2(off.exitCode == 0, qPrintable(off.err));
    const QList<QJsonObject> offLines = jsonLines(off);
    QCOMPARE(offLines.size(), 1);
    QVERIFY(offLines.first().value(QStringLiteral("taskSyncRun")).isNull());
    QCOMPARE(status().value(QStringLiteral("lastRun")).toObject().value(QStringLiteral("id")).toInt(), 1);
}

void TestCliTaskSync::withoutSalesforceOrWithNoSyncTheSettingIsSavedAndSaysHow()
{
    const SiaRun notConnected = run({ QStringLiteral("settings"), QStringLiteral("set"),
        QStringLiteral("tasks.sync"), QStringLiteral("tasks-and-reminders") });
    QVERIFY2(notConnected.exitCode == 0, qPrintable(notConnected.err));
    QVERIFY2(notConnected.out.contains(QLatin1String("sia-admin connect salesforce")),
        qPrintable(notConnected.out));
    QVERIFY(status().value(QStringLiteral("enabled")).toBool());
    QVERIFY(status().value(QStringLiteral("lastRun")).isNull());

    QVERIFY(connectSalesforce());
    QCOMPARE(run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("tasks.sync"),
                     QStringLiteral("off"), QStringLiteral("--no-sync") })
                 .exitCode,
        0);
    const SiaRun noSync
        = run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("tasks.sync"),
            QStringLiteral("tasks-and-reminders"), QStringLiteral("--no-sync"), QStringLiteral("--json") });
    QVERIFY2(noSync.exitCode == 0, qPrintable(noSync.err));
    QCOMPARE(
        noSync.json().object().value(QStringLiteral("taskSyncRun")).toString(), QStringLiteral("not-asked"));
    QVERIFY(status().value(QStringLiteral("enabled")).toBool());
    QVERIFY(status().value(QStringLiteral("lastRun")).isNull());
}

void TestCliTaskSync::tasksSyncCompletesARunThatImportsTheOrgsTasks()
{
    QVERIFY(connectSalesforce());
    QCOMPARE(run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("tasks.sync"),
                     QStringLiteral("tasks-and-reminders"), QStringLiteral("--no-sync") })
                 .exitCode,
        0);
    const SiaRun synced
        = run({ QStringLiteral("tasks"), QStringLiteral("sync"), QStringLiteral("--json-progress") });
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err + synced.out));
    const QList<QJsonObject> objects = jsonLines(synced);
    QVERIFY2(objects.size() >= 2, qPrintable(synced.out));
    const QJsonObject finished = objects.last();
    QCOMPARE(finished.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    const int created
        = finished.value(QStringLiteral("counts")).toObject().value(QStringLiteral("created")).toInt();
    QVERIFY2(created > 0, qPrintable(synced.out));

    // The imported tasks are Actions tasks now, each with its Salesforce Task ID, none waiting to be sent.
    const QJsonObject after = status();
    QCOMPARE(after.value(QStringLiteral("lastRun")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("completed"));
    QVERIFY2(after.value(QStringLiteral("waitingForSalesforce")).toInt(-1) == 0,
        QJsonDocument(after).toJson().constData());
}

void TestCliTaskSync::aFailedRunKeepsTheSavedSetting()
{
    QVERIFY(connectSalesforce());
    // Every query answers with a broken body: the run cannot read Salesforce's tasks.
    const SiaRun on = run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("tasks.sync"),
                              QStringLiteral("tasks-and-reminders") },
        { QStringLiteral("faults=salesforce.query=malformed") });
    QVERIFY2(on.exitCode != 0, qPrintable(on.out));
    QVERIFY2(on.out.contains(QStringLiteral("Do not sync to Salesforce tasks → ")),
        qPrintable(on.out)); // the change was printed first
    QVERIFY2(on.err.contains(QLatin1String("sia-admin tasks sync")), qPrintable(on.err)); // how to go on
    QVERIFY(status().value(QStringLiteral("enabled")).toBool());
    QCOMPARE(status().value(QStringLiteral("lastRun")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("failed"));
}

QTEST_GUILESS_MAIN(TestCliTaskSync)
#include "testclitasksync.moc"
