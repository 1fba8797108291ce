// The sync health page on the offscreen platform, over the real SyncHealthService and a real database on
// both backends (runs and errors seeded through SyncRunRepository, as the syncs write them): each area's
// last runs; the error groups with the number of records each affects and what to do; selecting a group
// shows its records, and the filter narrows them; "Retry these" (only where the sync honours it, else the
// reason) marks exactly the group's tasks pending after the admin confirms; "Export CSV…" writes the group.
#include "banner.h"
#include "common/translations.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"
#include "sync/synchealthservice.h"
#include "sync/syncrunrepository.h"
#include "synchealthpage.h"
#include "tasks/taskorigin.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sia;
using namespace sia::test;

class TestSyncHealthPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEachAreasRuns();
    void showsTheGroupsWithTheirRecordCounts();
    void selectingAGroupShowsItsRecordsAndTheFilterNarrowsThem();
    void retryMarksTheGroupsTasksOnceConfirmed();
    void aGroupThatCannotBeRetriedSaysWhy();
    void exportWritesTheSelectedGroup();

private:
    QTreeWidgetItem* groupItem(const QString& code) const;
    bool selectAndWait(const SyncErrorGroupKey& key);
    QList<qint64> pendingTasks() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DirectStoreRunner> m_runner;
    std::unique_ptr<SyncHealthService> m_service;
    std::unique_ptr<SyncHealthPage> m_page;
    QList<qint64> m_tasks;
};

void TestSyncHealthPage::initTestCase()
{
    // The product's English catalogue, compiled into this test: the counts' plural forms as the admin reads
    // them.
    QCOMPARE(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("sia-admin_en.qm"));
}

void TestSyncHealthPage::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());

    m_tasks.clear();
    for (const char* subject : { "Call Ada", "Email Bob", "Untouched" }) {
        Result<QSqlQuery> inserted = m_store->exec(
            QStringLiteral("INSERT INTO tasks (origin, subject, created_at, updated_at, pending_push)"
                           " VALUES (:origin, :subject, :at, :at2, :pending) RETURNING id"),
            { { QStringLiteral("origin"), toKey(TaskOrigin::Actions) },
                { QStringLiteral("subject"), QString::fromLatin1(subject) },
                { QStringLiteral("at"), QStringLiteral("2026-12-01T10:00:00.000Z") },
                { QStringLiteral("at2"), QStringLiteral("2026-12-01T10:00:00.000Z") },
                { QStringLiteral("pending"), false } });
        QVERIFY(inserted.ok() && inserted->next());
        m_tasks << inserted->value(0).toLongLong();
    }
    SyncRunRepository runs(*m_store);
    SyncCounts counts;
    counts.created = 7;
    counts.updated = 4;
    counts.failed = 2;
    Result<SyncRun> people = runs.begin(SyncKind::PeopleInitial, QStringLiteral("alice"));
    QVERIFY(people.ok());
    for (int id = 1; id <= 3; ++id) {
        QVERIFY(runs.recordError(people->id, QStringLiteral("marketo:%1").arg(id), SyncErrorOutcome::Skipped,
                        QStringLiteral("people.no-sales-owner"), QStringLiteral("No owner"))
                    .ok());
    }
    QVERIFY(runs.finish(people->id, SyncRunState::Completed, counts).ok());
    Result<SyncRun> tasks = runs.begin(SyncKind::Tasks, QStringLiteral("alice"));
    QVERIFY(tasks.ok());
    const QString integrity = QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION");
    QVERIFY(runs.recordError(tasks->id, QStringLiteral("task:%1").arg(m_tasks.at(0)),
                    SyncErrorOutcome::Failed, integrity, QStringLiteral("Bad status value"))
                .ok());
    QVERIFY(runs.recordError(tasks->id, QStringLiteral("task:%1").arg(m_tasks.at(1)),
                    SyncErrorOutcome::Failed, integrity, QStringLiteral("Bad priority value"))
                .ok());
    QVERIFY(runs.finish(tasks->id, SyncRunState::Failed, counts, QStringLiteral("Salesforce refused")).ok());

    m_runner = std::make_unique<DirectStoreRunner>(*m_store);
    m_service = std::make_unique<SyncHealthService>(*m_runner, QStringLiteral("alice"));
    m_page = std::make_unique<SyncHealthPage>();
    m_page->resize(1200, 900);
    m_page->show();
    QSignalSpy refreshed(m_page.get(), &SyncHealthPage::refreshed);
    m_page->setService(m_service.get());
    QVERIFY(refreshed.wait());
}

void TestSyncHealthPage::cleanup()
{
    m_page.reset();
    m_service.reset();
    m_runner.reset();
    m_store.reset();
    m_database.reset();
}

QTreeWidgetItem* TestSyncHealthPage::groupItem(const QString& code) const
{
    QTreeWidget* groups = m_page->groupsView();
    for (int top = 0; top < groups->topLevelItemCount(); ++top) {
        for (int child = 0; child < groups->topLevelItem(top)->childCount(); ++child) {
            QTreeWidgetItem* item = groups->topLevelItem(top)->child(child);
            if (item->data(0, Qt::UserRole).toString().endsWith(QLatin1Char('/') + code)) {
                return item;
            }
        }
    }
    return nullptr;
}

bool TestSyncHealthPage::selectAndWait(const SyncErrorGroupKey& key)
{
    QSignalSpy shown(m_page.get(), &SyncHealthPage::recordsShown);
    if (!m_page->selectGroup(key)) {
        return false;
    }
    return shown.wait();
}

QList<qint64> TestSyncHealthPage::pendingTasks() const
{
    QList<qint64> ids;
    Result<QSqlQuery> query
        = m_store->exec(QStringLiteral("SELECT id FROM tasks WHERE pending_push = :p ORDER BY id"),
            { { QStringLiteral("p"), true } });
    while (query && query->next()) {
        ids << query->value(0).toLongLong();
    }
    return ids;
}

void TestSyncHealthPage::showsEachAreasRuns()
{
    QTableWidget* people = m_page->runsTable(SyncArea::People);
    QVERIFY(people);
    QCOMPARE(people->rowCount(), 1);
    QCOMPARE(people->item(0, 4)->text(), QStringLiteral("7")); // created
    QCOMPARE(people->item(0, 5)->text(), QStringLiteral("4")); // updated
    QCOMPARE(people->item(0, 6)->text(), QStringLiteral("2")); // failed
    QTableWidget* tasks = m_page->runsTable(SyncArea::Tasks);
    QCOMPARE(tasks->rowCount(), 1);
    QCOMPARE(tasks->item(0, 3)->text(), QStringLiteral("failed"));
    QCOMPARE(tasks->item(0, 3)->toolTip(), QStringLiteral("Salesforce refused"));
    QCOMPARE(m_page->runsTable(SyncArea::SalesActivities)->rowCount(), 0);
    QVERIFY(m_page->budgetLabel()->text().contains(QStringLiteral("Salesforce")));
}

void TestSyncHealthPage::showsTheGroupsWithTheirRecordCounts()
{
    QTreeWidgetItem* owner = groupItem(QStringLiteral("people.no-sales-owner"));
    QVERIFY(owner);
    QCOMPARE(owner->text(0), QStringLiteral("No sales owner"));
    QCOMPARE(owner->text(1), QStringLiteral("3"));
    QVERIFY(owner->text(2).contains(QStringLiteral("Assign an owner")));
    QTreeWidgetItem* integrity = groupItem(QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION"));
    QVERIFY(integrity);
    QCOMPARE(integrity->text(1), QStringLiteral("2"));
    QCOMPARE(m_page->groupsView()->topLevelItem(2)->child(0)->text(0),
        QStringLiteral("No errors in the recent runs"));
}

void TestSyncHealthPage::selectingAGroupShowsItsRecordsAndTheFilterNarrowsThem()
{
    QVERIFY(selectAndWait({ SyncArea::Tasks, QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION") }));
    QTableWidget* records = m_page->recordsTable();
    QCOMPARE(records->rowCount(), 2);
    QVERIFY2(m_page->explanationLabel()->text().contains(QStringLiteral("2 records affected")),
        qPrintable(m_page->explanationLabel()->text()));
    QSignalSpy shown(m_page.get(), &SyncHealthPage::recordsShown);
    m_page->filterEdit()->setText(QStringLiteral("PRIORITY"));
    QVERIFY(shown.wait());
    QCOMPARE(records->rowCount(), 1);
    QCOMPARE(records->item(0, 0)->text(), QStringLiteral("task:%1").arg(m_tasks.at(1)));
    QCOMPARE(records->item(0, 3)->text(), QStringLiteral("Bad priority value"));
    // SIA_TOUR_DIR=DIR keeps a picture of the page with a group selected.
    if (const QString dir = qEnvironmentVariable("SIA_TOUR_DIR"); !dir.isEmpty()) {
        m_page->grab().save(QDir(dir).filePath(QStringLiteral("sync-health.png")));
    }
}

void TestSyncHealthPage::retryMarksTheGroupsTasksOnceConfirmed()
{
    QVERIFY(selectAndWait({ SyncArea::Tasks, QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION") }));
    QVERIFY(m_page->retryButton()->isVisible());
    QVERIFY(!m_page->retryReasonLabel()->isVisible());
    QString asked;
    bool answer = false;
    m_page->setConfirmation([&](const QString& question) {
        asked = question;
        return answer;
    });
    QTest::mouseClick(m_page->retryButton(), Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("2 failed records")), qPrintable(asked));
    QCoreApplication::processEvents(); // a declined retry posts nothing; let anything posted arrive
    QVERIFY(pendingTasks().isEmpty());

    answer = true;
    QSignalSpy retried(m_service.get(), &SyncHealthService::retried);
    QTest::mouseClick(m_page->retryButton(), Qt::LeftButton);
    QVERIFY(retried.wait());
    QCOMPARE(retried.at(0).at(1).toLongLong(), 2);
    QCOMPARE(pendingTasks(), (QList<qint64> { m_tasks.at(0), m_tasks.at(1) }));
    QTRY_VERIFY(m_page->messageBanner()->isVisible());
    QVERIFY(m_page->messageBanner()->text().contains(QStringLiteral("2 records will be taken again")));
}

void TestSyncHealthPage::aGroupThatCannotBeRetriedSaysWhy()
{
    QVERIFY(selectAndWait({ SyncArea::People, QStringLiteral("people.no-sales-owner") }));
    QCOMPARE(m_page->recordsTable()->rowCount(), 3);
    QVERIFY(!m_page->retryButton()->isVisible());
    QVERIFY(m_page->retryReasonLabel()->isVisible());
    QVERIFY2(m_page->retryReasonLabel()->text().contains(QStringLiteral("left out on purpose")),
        qPrintable(m_page->retryReasonLabel()->text()));
}

void TestSyncHealthPage::exportWritesTheSelectedGroup()
{
    QVERIFY(selectAndWait({ SyncArea::Tasks, QStringLiteral("salesforce.FIELD_INTEGRITY_EXCEPTION") }));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("errors.csv"));
    QString suggested;
    m_page->setFileChooser([&](const QString& name) {
        suggested = name;
        return path;
    });
    QSignalSpy exported(m_service.get(), &SyncHealthService::exported);
    QTest::mouseClick(m_page->exportButton(), Qt::LeftButton);
    QVERIFY(exported.wait());
    QCOMPARE(exported.at(0).at(1).toLongLong(), 2);
    QCOMPARE(suggested, QStringLiteral("sync-errors-tasks-salesforce.FIELD_INTEGRITY_EXCEPTION.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count("\r\n"), 3);
    QVERIFY(bytes.contains("Bad status value"));
    QVERIFY(!bytes.contains("marketo:1"));
}

QTEST_MAIN(TestSyncHealthPage)
#include "testsynchealthpage.moc"
