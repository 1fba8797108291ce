// sia-admin tasks on both backends: add, list --today/--tomorrow (the user's day), edit, complete with the
// org's closed status (Salesforce's default here), reopen, delete --yes; bad input is refused with exit 2
// and what to do; a task waits for Salesforce only when the sync will send it (made after it was turned on,
// rule 1); status says the sync is off and where to turn it on; tasks sync while off is refused
// with that advice (exit 3), as the other sync commands end.
#include "cliuserssupport.h"
#include "tasks/taskdays.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

class TestCliTasks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aTaskIsAddedListedEditedCompletedAndDeleted();
    void badInputIsRefusedWithWhatToDo_data();
    void badInputIsRefusedWithWhatToDo();
    void statusAndSyncSayTheSyncIsOff();
    void onlyATaskTheSyncWillSendWaitsForSalesforce();

private:
    std::unique_ptr<CliUsersFixture> m_fixture;
};

void TestCliTasks::init()
{
    m_fixture = std::make_unique<CliUsersFixture>();
    QVERIFY(m_fixture->setUp());
}

void TestCliTasks::cleanup()
{
    m_fixture.reset();
}

void TestCliTasks::aTaskIsAddedListedEditedCompletedAndDeleted()
{
    // ada has no time zone of her own: her day is this computer's.
    const sia::TaskDays days
        = sia::TaskDays::at(QDateTime::currentDateTimeUtc(), QTimeZone::systemTimeZone());
    const SiaRun added = m_fixture->run(
        { QStringLiteral("tasks"), QStringLiteral("add"), QStringLiteral("Call Bob"), QStringLiteral("--due"),
            days.tomorrow.toString(Qt::ISODate), QStringLiteral("--user"), QStringLiteral("ada@acme.example"),
            QStringLiteral("--priority"), QStringLiteral("High"), QStringLiteral("--json") });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject task = added.json().object();
    const qint64 id = task.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(task.value(QStringLiteral("status")).toString(), QStringLiteral("Not Started"));
    QCOMPARE(task.value(QStringLiteral("owner")).toString(), QStringLiteral("ada@acme.example"));
    // The task sync is off: this task stays in Actions, even once the sync is on (rule 1).
    QVERIFY(!task.value(QStringLiteral("waitingForSalesforce")).toBool());

    const auto listed = [this](const QString& day) {
        const SiaRun run = m_fixture->run({ QStringLiteral("tasks"), QStringLiteral("list"), day,
            QStringLiteral("--user"), QStringLiteral("ada@acme.example"), QStringLiteral("--json") });
        return run.json().object().value(QStringLiteral("tasks")).toArray();
    };
    QCOMPARE(listed(QStringLiteral("--today")).size(), 0);
    QCOMPARE(listed(QStringLiteral("--tomorrow")).size(), 1);
    const SiaRun text
        = m_fixture->run({ QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--tomorrow") });
    QVERIFY2(
        text.exitCode == 0 && text.out.contains(QStringLiteral("Call Bob")), qPrintable(text.out + text.err));

    const QString number = QString::number(id);
    const SiaRun edited = m_fixture->run(
        { QStringLiteral("tasks"), QStringLiteral("edit"), number, QStringLiteral("--subject"),
            QStringLiteral("Call Bob back"), QStringLiteral("--due"), days.today.toString(Qt::ISODate) });
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
    QVERIFY(edited.out.contains(QStringLiteral("Call Bob back")));
    QCOMPARE(listed(QStringLiteral("--today")).size(), 1);

    const SiaRun completed = m_fixture->run(
        { QStringLiteral("tasks"), QStringLiteral("complete"), number, QStringLiteral("--json") });
    QVERIFY2(completed.exitCode == 0, qPrintable(completed.err));
    QCOMPARE(
        completed.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QVERIFY(completed.json().object().value(QStringLiteral("closed")).toBool());
    const SiaRun again = m_fixture->run({ QStringLiteral("tasks"), QStringLiteral("complete"), number });
    QCOMPARE(again.exitCode, 1); // a rule: it is completed already
    QVERIFY(again.err.contains(QStringLiteral("already completed")));
    QCOMPARE(m_fixture->run({ QStringLiteral("tasks"), QStringLiteral("reopen"), number }).exitCode, 0);

    const SiaRun deleted = m_fixture->run(
        { QStringLiteral("tasks"), QStringLiteral("delete"), number, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    QVERIFY(deleted.out.contains(QStringLiteral("deleted")));
    QCOMPARE(listed(QStringLiteral("--today")).size(), 0);

    // Every change is in the audit log, in words.
    const SiaRun audit = m_fixture->run({ QStringLiteral("audit") });
    for (const char* title :
        { "Task created", "Task edited", "Task completed", "Task reopened", "Task deleted" }) {
        QVERIFY2(audit.out.contains(QLatin1String(title)), title);
    }
}

void TestCliTasks::badInputIsRefusedWithWhatToDo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said");
    QTest::newRow("no action") << QStringList {} << "needs what to do";
    QTest::newRow("unknown action") << QStringList { QStringLiteral("frobnicate") }
                                    << "is not something tasks does";
    QTest::newRow("list without a day") << QStringList { QStringLiteral("list") } << "--today or --tomorrow";
    QTest::newRow("add without a subject") << QStringList { QStringLiteral("add") } << "needs the subject";
    QTest::newRow("a date that is not one") << QStringList { QStringLiteral("add"), QStringLiteral("Call"),
        QStringLiteral("--due"), QStringLiteral("Friday") }
                                            << "YYYY-MM-DD";
    QTest::newRow("a priority the org does not have") << QStringList { QStringLiteral("add"),
        QStringLiteral("Call"), QStringLiteral("--priority"), QStringLiteral("Urgent") }
                                                      << "High, Normal, Low";
    QTest::newRow("an owner who is not a user") << QStringList { QStringLiteral("add"),
        QStringLiteral("Call"), QStringLiteral("--user"), QStringLiteral("nobody@acme.example") }
                                                << "is not an Actions user";
    QTest::newRow("no such task") << QStringList { QStringLiteral("complete"), QStringLiteral("4242") }
                                  << "no task 4242";
    QTest::newRow("not a number") << QStringList { QStringLiteral("delete"), QStringLiteral("first") }
                                  << "needs the task's number";
    QTest::newRow("an edit of nothing")
        << QStringList { QStringLiteral("edit"), QStringLiteral("1") } << "Nothing to change";
}

void TestCliTasks::badInputIsRefusedWithWhatToDo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    const SiaRun run = m_fixture->run(QStringList { QStringLiteral("tasks") } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
}

void TestCliTasks::statusAndSyncSayTheSyncIsOff()
{
    // A task made while the sync is off is not one it will send: nothing waits.
    QCOMPARE(
        m_fixture->run({ QStringLiteral("tasks"), QStringLiteral("add"), QStringLiteral("Call") }).exitCode,
        0);
    const SiaRun status
        = m_fixture->run({ QStringLiteral("tasks"), QStringLiteral("status"), QStringLiteral("--json") });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    const QJsonObject json = status.json().object();
    QVERIFY(!json.value(QStringLiteral("enabled")).toBool());
    QCOMPARE(json.value(QStringLiteral("waitingForSalesforce")).toInt(-1), 0);
    QVERIFY(json.value(QStringLiteral("text")).toArray().first().toString().contains(QStringLiteral("off")));
    const SiaRun sync = m_fixture->run({ QStringLiteral("tasks"), QStringLiteral("sync") });
    QCOMPARE(sync.exitCode, 3);
    QVERIFY2(sync.err.contains(QStringLiteral("tasks.sync tasks-and-reminders")), qPrintable(sync.err));
}

void TestCliTasks::onlyATaskTheSyncWillSendWaitsForSalesforce()
{
    const auto add = [this](const QString& subject) {
        const SiaRun run = m_fixture->run(
            { QStringLiteral("tasks"), QStringLiteral("add"), subject, QStringLiteral("--json") });
        return run.json().object();
    };
    const QJsonObject before = add(QStringLiteral("Before the sync"));
    QVERIFY(!before.value(QStringLiteral("waitingForSalesforce")).toBool());
    const SiaRun on = m_fixture->run({ QStringLiteral("settings"), QStringLiteral("set"),
        QStringLiteral("tasks.sync"), QStringLiteral("tasks-and-reminders"), QStringLiteral("--no-sync") });
    QVERIFY2(on.exitCode == 0, qPrintable(on.out + on.err));

    const QJsonObject after = add(QStringLiteral("After the sync"));
    QVERIFY(after.value(QStringLiteral("waitingForSalesforce")).toBool());
    const SiaRun text
        = m_fixture->run({ QStringLiteral("tasks"), QStringLiteral("add"), QStringLiteral("Also after") });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(
        text.out.contains(QStringLiteral("sends it to Salesforce on its next run")), qPrintable(text.out));
    // The older task still does not wait: editing it does not make it one the sync sends.
    const SiaRun edited = m_fixture->run({ QStringLiteral("tasks"), QStringLiteral("edit"),
        QString::number(before.value(QStringLiteral("id")).toInteger()), QStringLiteral("--subject"),
        QStringLiteral("Before, edited"), QStringLiteral("--json") });
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
    QVERIFY(!edited.json().object().value(QStringLiteral("waitingForSalesforce")).toBool());
    // The status counts the same two.
    const SiaRun status
        = m_fixture->run({ QStringLiteral("tasks"), QStringLiteral("status"), QStringLiteral("--json") });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QCOMPARE(status.json().object().value(QStringLiteral("waitingForSalesforce")).toInt(-1), 2);
}

QTEST_GUILESS_MAIN(TestCliTasks)
#include "testclitasks.moc"
