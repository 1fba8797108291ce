// The command center page (issue 12) on the offscreen platform, over a real database on both backends (read
// and written on the store's worker thread, as in the window) and a fixed clock: today's and tomorrow's tasks
// in the owner's time zone (Taipei is already on the next day when Los Angeles is not), completed ones shown
// as such; New… through the dialog stores an audited task; Complete and Delete change the store, and Delete
// says when Salesforce follows; the status line when the sync is off and after a scripted service's run; a
// run started after a local change, or its refusal in the status line; a review has no change buttons.
// SIA_TOUR_DIR=DIR keeps a picture of the page.
#include "banner.h"
#include "commandcenterpage.h"
#include "settings/settingsrepository.h"
#include "store/auditlog.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"
#include "sync/tasksyncservice.h"
#include "taskeditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

const QString ana = QStringLiteral("ana@acme.example"); // in Taipei
const QString bob = QStringLiteral("bob@acme.example"); // in Los Angeles
// 01:30 on 16 June in Taipei, 10:30 on 15 June in Los Angeles.
const QDateTime instant(QDate(2026, 6, 15), QTime(17, 30), QTimeZone::utc());
// The day tables' columns: subject, related person, priority, status, owner.
constexpr int personColumn = 1;
constexpr int statusColumn = 3;

// A TaskSyncService whose status the test sets and whose start() is counted (or refused with the test's
// error); the test ends a run as the engine would.
class ScriptedTaskSyncService : public TaskSyncService
{
    Q_OBJECT

public:
    using TaskSyncService::TaskSyncService;

    TaskSyncStatus current;
    std::optional<Error> refusal;
    int starts = 0;

    Result<void> start() override
    {
        if (refusal) {
            return *refusal;
        }
        ++starts;
        current.running = true;
        emit runningChanged(true);
        return {};
    }
    void cancel() override { }
    bool isRunning() const override { return current.running; }
    void status(Done<TaskSyncStatus> done) override { done(current); }
    void history(int, Done<QList<SyncRun>> done) override { done(QList<SyncRun> {}); }

    void finish(const SyncRun& run)
    {
        current.running = false;
        current.lastRun = run;
        emit runningChanged(false);
        emit runFinished(run);
    }
};

QStringList subjects(const QTableWidget* table)
{
    QStringList result;
    for (int row = 0; row < table->rowCount(); ++row) {
        result << table->item(row, 0)->text();
    }
    return result;
}

} // namespace

class TestCommandCenterPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsTodayAndTomorrowInTheOwnersTimeZone();
    void completedTasksAreShownAsSuch();
    void theRelatedPersonIsShownAndTheirOptOut();
    void newThroughTheDialogStoresAnAuditedTask();
    void aTaskNeedsASubject();
    void completeAndReopenChangeTheStore();
    void deleteAsksFirstAndSaysWhenSalesforceFollows();
    void statusLineSaysWhenTheSyncIsOff();
    void statusLineShowsTheLastRun();
    void aLocalChangeStartsARunWhileTheSyncIsOn();
    void aRefusedRunIsSaidInTheStatusLine();
    void noRunWhileTheSyncIsOff();
    void aReviewHasNoChangeButtons();

private:
    qint64 addUser(const QString& email, const QString& first, const QString& zone);
    qint64 addTask(const QString& subject, const QDate& due, qint64 owner);
    // A page over the test's database for actor, its first read shown.
    std::unique_ptr<CommandCenterPage> openPage(
        const QString& actor = ana, TaskSyncService* sync = nullptr, bool readOnly = false);
    bool waitForChange(CommandCenterPage& page, QPushButton* button);
    void keepPicture(CommandCenterPage& page, const QString& name);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store; // the test's own connection, standing for another reader
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    ScriptedTaskSyncService m_sync;
    qint64 m_ana = 0;
    qint64 m_bob = 0;
};

void TestCommandCenterPage::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    m_sync.current = TaskSyncStatus {};
    m_sync.refusal.reset();
    m_sync.starts = 0;

    m_ana = addUser(ana, QStringLiteral("Ana"), QStringLiteral("Asia/Taipei"));
    m_bob = addUser(bob, QStringLiteral("Bob"), QStringLiteral("America/Los_Angeles"));
    QVERIFY(m_ana > 0 && m_bob > 0);
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    bool open = false;
    m_worker->open(this, [&open](Result<void> result) { open = result.ok(); });
    QTRY_VERIFY(open);
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
}

void TestCommandCenterPage::cleanup()
{
    m_runner.reset();
    m_worker.reset();
    m_store.reset();
    m_database.reset();
}

qint64 TestCommandCenterPage::addUser(const QString& email, const QString& first, const QString& zone)
{
    Result<QSqlQuery> added = m_store->exec(
        QStringLiteral(
            "INSERT INTO users (email, first_name, created_at, created_by) VALUES (:email, :first, "
            ":at, 'test') RETURNING id"),
        { { QStringLiteral("email"), email }, { QStringLiteral("first"), first },
            { QStringLiteral("at"), QStringLiteral("2026-06-01T08:00:00Z") } });
    if (!added || !added->next()) {
        qWarning() << failureText(added);
        return 0;
    }
    const qint64 id = added->value(0).toLongLong();
    added->finish(); // SQLite: the setting's transaction cannot begin while the insert's statement is open
    Result<void> set
        = SettingsRepository(*m_store).set(SettingKey::UserTimeZone, zone, QStringLiteral("seed"), id);
    if (!set) {
        qWarning() << failureText(set);
        return 0;
    }
    return id;
}

qint64 TestCommandCenterPage::addTask(const QString& subject, const QDate& due, qint64 owner)
{
    TaskDraft draft;
    draft.subject = subject;
    draft.dueDate = due;
    draft.ownerUserId = owner;
    Result<ActionsTask> created
        = TaskRepository(*m_store, [] { return instant; }).create(draft, QStringLiteral("seed"));
    if (!created) {
        qWarning() << failureText(created);
        return 0;
    }
    return created->id;
}

std::unique_ptr<CommandCenterPage> TestCommandCenterPage::openPage(
    const QString& actor, TaskSyncService* sync, bool readOnly)
{
    auto page = std::make_unique<CommandCenterPage>();
    page->resize(900, 700);
    page->setConfirmation([](const QString&) { return true; });
    page->setReadOnly(readOnly);
    page->setTaskSync(sync);
    QSignalSpy refreshed(page.get(), &CommandCenterPage::refreshed);
    page->setClock([] { return instant; });
    page->setStore(m_runner.get(), actor);
    page->show();
    // setStore() and show() each read; the earlier answer is dropped, the later one shown.
    if (!refreshed.wait(5000)) {
        qWarning() << "the page never showed its lists";
        return nullptr;
    }
    return page;
}

bool TestCommandCenterPage::waitForChange(CommandCenterPage& page, QPushButton* button)
{
    QSignalSpy changed(&page, &CommandCenterPage::changed);
    QSignalSpy refreshed(&page, &CommandCenterPage::refreshed);
    QTest::mouseClick(button, Qt::LeftButton);
    return changed.wait(5000) && (refreshed.count() > 0 || refreshed.wait(5000));
}

void TestCommandCenterPage::keepPicture(CommandCenterPage& page, const QString& name)
{
    if (const QString dir = qEnvironmentVariable("SIA_TOUR_DIR"); !dir.isEmpty()) {
        QVERIFY(page.grab().save(QDir(dir).filePath(name)));
    }
}

void TestCommandCenterPage::listsTodayAndTomorrowInTheOwnersTimeZone()
{
    QVERIFY(addTask(QStringLiteral("Ana's 15 June"), QDate(2026, 6, 15), m_ana));
    QVERIFY(addTask(QStringLiteral("Ana's 16 June"), QDate(2026, 6, 16), m_ana));
    QVERIFY(addTask(QStringLiteral("Ana's 17 June"), QDate(2026, 6, 17), m_ana));
    QVERIFY(addTask(QStringLiteral("Bob's 15 June"), QDate(2026, 6, 15), m_bob));
    QVERIFY(addTask(QStringLiteral("Bob's 16 June"), QDate(2026, 6, 16), m_bob));

    std::unique_ptr<CommandCenterPage> page = openPage(ana);
    QVERIFY(page);

    // The actor's own row is chosen; in Taipei it is already 16 June.
    QCOMPARE(page->ownerCombo()->currentData().toLongLong(), m_ana);
    QCOMPARE(subjects(page->table(CommandCenterPage::Day::Today)),
        QStringList { QStringLiteral("Ana's 16 June") });
    QCOMPARE(subjects(page->table(CommandCenterPage::Day::Tomorrow)),
        QStringList { QStringLiteral("Ana's 17 June") });
    QVERIFY(page->zoneLabel()->text().contains(QStringLiteral("Asia/Taipei")));
    QTRY_VERIFY(!page->statusLabel()->text().isEmpty());
    keepPicture(*page, QStringLiteral("command-center.png"));

    // Bob in Los Angeles is still on 15 June.
    QSignalSpy refreshed(page.get(), &CommandCenterPage::refreshed);
    page->ownerCombo()->setCurrentIndex(page->ownerCombo()->findData(m_bob));
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(subjects(page->table(CommandCenterPage::Day::Today)),
        QStringList { QStringLiteral("Bob's 15 June") });
    QCOMPARE(subjects(page->table(CommandCenterPage::Day::Tomorrow)),
        QStringList { QStringLiteral("Bob's 16 June") });
    QVERIFY(page->zoneLabel()->text().contains(QStringLiteral("America/Los_Angeles")));
}

void TestCommandCenterPage::completedTasksAreShownAsSuch()
{
    const qint64 done = addTask(QStringLiteral("Done already"), QDate(2026, 6, 16), m_ana);
    QVERIFY(addTask(QStringLiteral("Still open"), QDate(2026, 6, 16), m_ana));
    Result<ActionsTask> completed = TaskRepository(*m_store).complete(done, QStringLiteral("seed"));
    QVERIFY2(completed.ok(), failureText(completed).constData());

    std::unique_ptr<CommandCenterPage> page = openPage(ana);
    QVERIFY(page);

    const QTableWidget* today = page->table(CommandCenterPage::Day::Today);
    QCOMPARE(subjects(today), (QStringList { QStringLiteral("Still open"), QStringLiteral("Done already") }));
    QVERIFY(today->item(1, 0)->font().strikeOut());
    QVERIFY(!today->item(0, 0)->font().strikeOut());
    QVERIFY(today->item(1, statusColumn)->text().contains(completed->status));
    QVERIFY(today->item(1, statusColumn)->text().startsWith(QStringLiteral("✓")));
    QVERIFY(!today->item(0, statusColumn)->text().startsWith(QStringLiteral("✓")));
}

void TestCommandCenterPage::theRelatedPersonIsShownAndTheirOptOut()
{
    const qint64 related = addTask(QStringLiteral("Call back"), QDate(2026, 6, 16), m_ana);
    const qint64 optedOut = addTask(QStringLiteral("Send the deck"), QDate(2026, 6, 16), m_ana);
    const qint64 alone = addTask(QStringLiteral("Plan the week"), QDate(2026, 6, 16), m_ana);
    QVERIFY(related && optedOut && alone);
    const auto addPerson = [this](qint64 marketoId, const QString& first, const QString& email, bool out) {
        Result<QSqlQuery> added = m_store->exec(
            QStringLiteral(
                "INSERT INTO people (marketo_id, first_name, last_name, email, email_opt_out, synced_at)"
                " VALUES (:id, :first, 'Lind', :email, :out, '2026-06-01T00:00:00.000Z') RETURNING id"),
            { { QStringLiteral("id"), marketoId }, { QStringLiteral("first"), first },
                { QStringLiteral("email"), email }, { QStringLiteral("out"), out } });
        return added && added->next() ? added->value(0).toLongLong() : 0;
    };
    const qint64 maja = addPerson(7001, QStringLiteral("Maja"), QStringLiteral("maja@example.com"), false);
    const qint64 olle = addPerson(7002, QStringLiteral("Olle"), QStringLiteral("olle@example.com"), true);
    QVERIFY(maja && olle);
    for (const auto& [task, person] : { std::pair { related, maja }, std::pair { optedOut, olle } }) {
        QVERIFY(m_store->exec(QStringLiteral("UPDATE tasks SET person_id = :person WHERE id = :id"),
            { { QStringLiteral("id"), task }, { QStringLiteral("person"), person } }));
    }

    std::unique_ptr<CommandCenterPage> page = openPage(ana);
    QVERIFY(page);
    const QTableWidget* today = page->table(CommandCenterPage::Day::Today);
    QCOMPARE(today->horizontalHeaderItem(personColumn)->text(), QStringLiteral("Related to"));
    QHash<QString, QTableWidgetItem*> people;
    for (int row = 0; row < today->rowCount(); ++row) {
        people.insert(today->item(row, 0)->text(), today->item(row, personColumn));
    }
    QCOMPARE(people.value(QStringLiteral("Call back"))->text(), QStringLiteral("Maja Lind"));
    QCOMPARE(people.value(QStringLiteral("Call back"))->toolTip(), QStringLiteral("maja@example.com"));
    QCOMPARE(people.value(QStringLiteral("Send the deck"))->text(),
        QStringLiteral("Olle Lind (opted out of email)"));
    QCOMPARE(people.value(QStringLiteral("Plan the week"))->text(), QStringLiteral("—"));
    keepPicture(*page, QStringLiteral("command-center-related.png"));
}

void TestCommandCenterPage::newThroughTheDialogStoresAnAuditedTask()
{
    std::unique_ptr<CommandCenterPage> page = openPage(ana);
    QVERIFY(page);

    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    TaskEditDialog* dialog = page->editDialog();
    QVERIFY(dialog);
    // A new task is due today in the owner's zone, theirs, with the org's default priority.
    QCOMPARE(dialog->dueEdit()->date(), QDate(2026, 6, 16));
    QVERIFY(dialog->dueCheck()->isChecked());
    QCOMPARE(dialog->ownerCombo()->currentData().toLongLong(), m_ana);
    QCOMPARE(dialog->priorityCombo()->currentText(), QStringLiteral("Normal"));
    QTest::keyClicks(dialog->subjectEdit(), QStringLiteral("Call Bob about the renewal"));
    dialog->priorityCombo()->setCurrentIndex(dialog->priorityCombo()->findText(QStringLiteral("High")));
    QVERIFY(dialog->priorityCombo()->currentIndex() >= 0);
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("He asked for the new prices."));

    QVERIFY(waitForChange(*page, dialog->okButton()));

    Result<QList<ActionsTask>> stored = TaskRepository(*m_store).dueOn(QDate(2026, 6, 16), m_ana);
    QVERIFY2(stored.ok(), failureText(stored).constData());
    QCOMPARE(stored->size(), 1);
    const ActionsTask& task = stored->first();
    QCOMPARE(task.subject, QStringLiteral("Call Bob about the renewal"));
    QCOMPARE(task.priority, QStringLiteral("High"));
    QCOMPARE(task.description, QStringLiteral("He asked for the new prices."));
    QVERIFY(!task.waitsForSalesforce); // the task sync is off: it stays in Actions (rule 1)
    Result<QList<AuditEntry>> audit = AuditLog(*m_store).entries();
    QVERIFY2(audit.ok(), failureText(audit).constData());
    QVERIFY(std::any_of(audit->cbegin(), audit->cend(),
        [](const AuditEntry& entry) { return entry.action == u"task.created" && entry.actor == ana; }));
    QCOMPARE(subjects(page->table(CommandCenterPage::Day::Today)),
        QStringList { QStringLiteral("Call Bob about the renewal") });
    QCOMPARE(page->selectedTask()->id, task.id);
}

void TestCommandCenterPage::aTaskNeedsASubject()
{
    std::unique_ptr<CommandCenterPage> page = openPage(ana);
    QVERIFY(page);
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    TaskEditDialog* dialog = page->editDialog();
    QVERIFY(dialog);

    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->subjectEdit(), QStringLiteral("   "));
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->subjectEdit(), QStringLiteral("Call"));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->reject();
}

void TestCommandCenterPage::completeAndReopenChangeTheStore()
{
    const qint64 id = addTask(QStringLiteral("Send the quote"), QDate(2026, 6, 17), m_ana);
    std::unique_ptr<CommandCenterPage> page = openPage(ana);
    QVERIFY(page);
    QVERIFY(page->selectTask(id));
    QVERIFY(page->completeButton()->isEnabled());
    QVERIFY(!page->reopenButton()->isEnabled());

    QVERIFY(waitForChange(*page, page->completeButton()));

    Result<ActionsTask> stored = TaskRepository(*m_store).find(id);
    QVERIFY2(stored.ok(), failureText(stored).constData());
    QVERIFY(stored->isClosed);
    QVERIFY(page->table(CommandCenterPage::Day::Tomorrow)->item(0, 0)->font().strikeOut());
    QCOMPARE(page->selectedTask()->id, id);
    QVERIFY(!page->completeButton()->isEnabled());
    QVERIFY(page->reopenButton()->isEnabled());

    QVERIFY(waitForChange(*page, page->reopenButton()));
    stored = TaskRepository(*m_store).find(id);
    QVERIFY2(stored.ok(), failureText(stored).constData());
    QVERIFY(!stored->isClosed);
}

void TestCommandCenterPage::deleteAsksFirstAndSaysWhenSalesforceFollows()
{
    const qint64 local = addTask(QStringLiteral("Only here"), QDate(2026, 6, 16), m_ana);
    const qint64 synced = addTask(QStringLiteral("Also in Salesforce"), QDate(2026, 6, 16), m_ana);
    Result<QSqlQuery> linked = m_store->exec(
        QStringLiteral(
            "UPDATE tasks SET sfdc_task_id = '00T000000000001AAA', pending_push = :pending WHERE id = :id"),
        { { QStringLiteral("id"), synced }, { QStringLiteral("pending"), false } });
    QVERIFY2(linked.ok(), failureText(linked).constData());
    std::unique_ptr<CommandCenterPage> page = openPage(ana);
    QVERIFY(page);

    // Declined: nothing changes.
    QStringList asked;
    page->setConfirmation([&asked](const QString& question) {
        asked << question;
        return false;
    });
    QVERIFY(page->selectTask(local));
    QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY(TaskRepository(*m_store).find(local).ok());

    page->setConfirmation([&asked](const QString& question) {
        asked << question;
        return true;
    });
    QVERIFY(waitForChange(*page, page->deleteButton()));
    QCOMPARE(TaskRepository(*m_store).find(local).error().code, QStringLiteral("task.not-found"));
    QVERIFY(!page->messageBanner()->isHidden());
    QVERIFY(!page->messageBanner()->text().contains(QStringLiteral("Salesforce")));

    QVERIFY(page->selectTask(synced));
    QVERIFY(waitForChange(*page, page->deleteButton()));
    QVERIFY(asked.last().contains(QStringLiteral("in Salesforce")));
    QCOMPARE(TaskRepository(*m_store).find(synced).error().code, QStringLiteral("task.not-found"));
    QVERIFY(
        page->messageBanner()->text().contains(QStringLiteral("next task sync deletes it in Salesforce")));
    QVERIFY(subjects(page->table(CommandCenterPage::Day::Today)).isEmpty());
}

void TestCommandCenterPage::statusLineSaysWhenTheSyncIsOff()
{
    // No service: the status as the store holds it; tasks.sync is off by default.
    std::unique_ptr<CommandCenterPage> page = openPage(ana);
    QVERIFY(page);
    QTRY_VERIFY(!page->statusLabel()->text().isEmpty());
    QCOMPARE(page->statusLabel()->text(),
        QStringLiteral("Task sync: off — turn it on in Salesforce sync settings."));
}

void TestCommandCenterPage::statusLineShowsTheLastRun()
{
    SyncRun run;
    run.id = 4;
    run.kind = SyncKind::Tasks;
    run.state = SyncRunState::Completed;
    run.startedAt = instant.addSecs(-120);
    run.finishedAt = instant.addSecs(-60);
    run.counts.created = 3;
    run.counts.updated = 2;
    run.counts.deleted = 1;
    m_sync.current.enabled = true;
    m_sync.current.lastRun = run;
    m_sync.current.waitingForSalesforce = 2;

    std::unique_ptr<CommandCenterPage> page = openPage(ana, &m_sync);
    QVERIFY(page);
    // 01:29 in Taipei, the owner's zone, on the same day: the time alone.
    const QString at = QLocale().toString(QTime(1, 29), QLocale::ShortFormat);
    const QString expected
        = QStringLiteral("Task sync: last ran %1, 3 created, 2 updated, 1 removed.").arg(at);
    QTRY_VERIFY2(page->statusLabel()->text().startsWith(expected),
        qPrintable(page->statusLabel()->text() + QStringLiteral(" ≠ ") + expected));
    QVERIFY(page->statusLabel()->text().contains(QStringLiteral("2 change")));
    QVERIFY(page->statusLabel()->text().contains(QStringLiteral("wait for Salesforce")));

    // A run's end is shown as soon as it comes.
    run.id = 5;
    run.counts.created = 9;
    QSignalSpy shown(page.get(), &CommandCenterPage::statusShown);
    m_sync.finish(run);
    QTRY_VERIFY(page->statusLabel()->text().contains(QStringLiteral("9 created")));
}

void TestCommandCenterPage::aLocalChangeStartsARunWhileTheSyncIsOn()
{
    const qint64 id = addTask(QStringLiteral("Send the quote"), QDate(2026, 6, 16), m_ana);
    m_sync.current.enabled = true;
    std::unique_ptr<CommandCenterPage> page = openPage(ana, &m_sync);
    QVERIFY(page);
    QCOMPARE(m_sync.starts, 0); // reading starts nothing

    QVERIFY(page->selectTask(id));
    QVERIFY(waitForChange(*page, page->completeButton()));
    QTRY_COMPARE(m_sync.starts, 1);
    QTRY_VERIFY(page->statusLabel()->text().contains(QStringLiteral("running now")));

    // Another change while it runs starts no second run.
    QVERIFY(waitForChange(*page, page->reopenButton()));
    QTest::qWait(50);
    QCOMPARE(m_sync.starts, 1);
}

void TestCommandCenterPage::aRefusedRunIsSaidInTheStatusLine()
{
    const qint64 id = addTask(QStringLiteral("Send the quote"), QDate(2026, 6, 16), m_ana);
    m_sync.current.enabled = true;
    m_sync.refusal = Error::notFound(QStringLiteral("salesforce.not-connected"),
        QStringLiteral("Salesforce is not connected: connect it in step 2."));
    std::unique_ptr<CommandCenterPage> page = openPage(ana, &m_sync);
    QVERIFY(page);

    QVERIFY(page->selectTask(id));
    QVERIFY(waitForChange(*page, page->completeButton()));
    QTRY_VERIFY(page->statusLabel()->text().contains(
        QStringLiteral("Salesforce is not connected: connect it in step 2.")));
    QCOMPARE(m_sync.starts, 0);
    QVERIFY(page->messageBanner()->isHidden()); // not a dialog nor an error of the change
}

void TestCommandCenterPage::noRunWhileTheSyncIsOff()
{
    const qint64 id = addTask(QStringLiteral("Send the quote"), QDate(2026, 6, 16), m_ana);
    std::unique_ptr<CommandCenterPage> page = openPage(ana, &m_sync);
    QVERIFY(page);

    QVERIFY(page->selectTask(id));
    QSignalSpy shown(page.get(), &CommandCenterPage::statusShown);
    QVERIFY(waitForChange(*page, page->completeButton()));
    QTRY_VERIFY(shown.count() >= 2);
    QCOMPARE(m_sync.starts, 0);
    QVERIFY(page->statusLabel()->text().contains(QStringLiteral("off")));
}

void TestCommandCenterPage::aReviewHasNoChangeButtons()
{
    const qint64 id = addTask(QStringLiteral("Send the quote"), QDate(2026, 6, 16), m_ana);
    std::unique_ptr<CommandCenterPage> page = openPage(ana, nullptr, true);
    QVERIFY(page);

    QCOMPARE(subjects(page->table(CommandCenterPage::Day::Today)),
        QStringList { QStringLiteral("Send the quote") });
    QVERIFY(page->selectTask(id));
    for (QPushButton* button : { page->newButton(), page->editButton(), page->completeButton(),
             page->reopenButton(), page->deleteButton() }) {
        QVERIFY2(!button->isVisible(), qPrintable(button->objectName()));
    }
    // Double-clicking a task opens nothing either.
    QTableWidget* today = page->table(CommandCenterPage::Day::Today);
    QTest::mouseDClick(
        today->viewport(), Qt::LeftButton, {}, today->visualItemRect(today->item(0, 0)).center());
    QVERIFY(!page->editDialog());
}

QTEST_MAIN(TestCommandCenterPage)
#include "testcommandcenterpage.moc"
