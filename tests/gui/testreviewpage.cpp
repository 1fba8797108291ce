// The review page lists everything the instance recorded (persona table, step history, audit log,
// settings), read-only, with a filter over the audit log; it is there in normal mode too. Its tables
// show a first page and fetch the rest as they scroll, and say how many records the database holds.
#include "guitestbase.h"
#include "recordtable.h"
#include "review/auditlogmodel.h"
#include "reviewpage.h"
#include "settings/settingdefinition.h"
#include "setup/plandefinition.h"
#include "storetesthelpers.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace sia;

class TestReviewPage : public GuiTestBase
{
    Q_OBJECT

private slots:
    void showsThePersonaTable();
    void showsTheStepHistory();
    void showsTheAuditLog();
    void showsTheSettings();
    void auditFilterNarrowsTheLog();
    void auditFilterIgnoresCase();
    void clearingTheFilterShowsEverything();
    void tablesCannotBeEdited();
    void saysSecretsAreNotStoredHere();
    void namesTheDatabase();
    void refreshesAfterAChange();
    void emptySettingsSayWhy();
    void auditEntriesReadInTheReadersWords();
    void countsSayWhatTheDatabaseHolds();
    void showsTheFirstPageOfALongLogOnly();
    void scrollingToTheEndFetchesTheNextPage();

private:
    bool seedAndShow();
    int rows(ReviewPage::Tab tab) const;
    bool seedAudit(int count);
};

bool TestReviewPage::seedAudit(int count)
{
    auto store = database().open();
    if (!store) {
        return false;
    }
    return (*store)
        ->transaction([&]() -> Result<void> {
            AuditLog log(**store);
            for (int i = 1; i <= count; ++i) {
                if (Result<void> appended
                    = log.append(QStringLiteral("bulk-admin"), QStringLiteral("step.start"),
                        { { QStringLiteral("step"), 1 + i % 7 },
                            { QStringLiteral("from"), QStringLiteral("not-started") },
                            { QStringLiteral("to"), QStringLiteral("in-progress") } });
                    !appended) {
                    return appended;
                }
            }
            return {};
        })
        .ok();
}

bool TestReviewPage::seedAndShow()
{
    return seedChanges({ QStringLiteral("prerequisite:actions-enabled"), QStringLiteral("1:start"),
               QStringLiteral("1:done"), QStringLiteral("3:block") })
        && seedSetting(
            settingDefinition(SettingKey::ProxyUrl).name, QStringLiteral("http://proxy.example.com:3128"))
        && reloadAndWait() && showReviewAndWait();
}

int TestReviewPage::rows(ReviewPage::Tab tab) const
{
    return reviewPage()->tableFor(tab)->model()->rowCount();
}

void TestReviewPage::showsThePersonaTable()
{
    QVERIFY(seedAndShow());
    QCOMPARE(rows(ReviewPage::Tab::PersonaTable), 7);
}

void TestReviewPage::showsTheStepHistory()
{
    QVERIFY(seedAndShow());
    QCOMPARE(rows(ReviewPage::Tab::StepHistory), 3);
}

void TestReviewPage::showsTheAuditLog()
{
    QVERIFY(seedAndShow());
    // A prerequisite, three step changes, one setting.
    QCOMPARE(rows(ReviewPage::Tab::AuditLog), 5);
}

void TestReviewPage::showsTheSettings()
{
    QVERIFY(seedAndShow());
    QCOMPARE(rows(ReviewPage::Tab::Settings), 1);
    QCOMPARE(reviewPage()->tableFor(ReviewPage::Tab::Settings)->model()->index(0, 1).data().toString(),
        settingDefinition(SettingKey::ProxyUrl).name);
}

void TestReviewPage::auditFilterNarrowsTheLog()
{
    QVERIFY(seedAndShow());
    reviewPage()->showTab(ReviewPage::Tab::AuditLog);
    QTest::keyClicks(reviewPage()->auditFilter(), QStringLiteral("prerequisite"));
    QTRY_COMPARE(rows(ReviewPage::Tab::AuditLog), 1);
    QTRY_COMPARE(
        reviewPage()->countLabel(ReviewPage::Tab::AuditLog)->text(), QStringLiteral("Matching: 1 of 5"));
}

void TestReviewPage::auditFilterIgnoresCase()
{
    QVERIFY(seedAndShow());
    reviewPage()->showTab(ReviewPage::Tab::AuditLog);
    QTest::keyClicks(reviewPage()->auditFilter(), QStringLiteral("STEP BLOCKED"));
    QTRY_COMPARE(rows(ReviewPage::Tab::AuditLog), 1);
    reviewPage()->auditFilter()->clear();
    QTest::keyClicks(reviewPage()->auditFilter(), QStringLiteral("STEP.BLOCK"));
    QTRY_COMPARE(rows(ReviewPage::Tab::AuditLog), 1);
}

void TestReviewPage::clearingTheFilterShowsEverything()
{
    QVERIFY(seedAndShow());
    reviewPage()->showTab(ReviewPage::Tab::AuditLog);
    QTest::keyClicks(reviewPage()->auditFilter(), QStringLiteral("no such thing"));
    QTRY_COMPARE(rows(ReviewPage::Tab::AuditLog), 0);
    reviewPage()->auditFilter()->clear();
    QTRY_COMPARE(rows(ReviewPage::Tab::AuditLog), 5);
}

void TestReviewPage::tablesCannotBeEdited()
{
    QVERIFY(seedAndShow());
    for (int tab = 0; tab < ReviewPage::tabCount; ++tab) {
        QTableView* view = reviewPage()->tableFor(ReviewPage::Tab(tab));
        QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
        const QModelIndex first = view->model()->index(0, 0);
        QVERIFY(!(view->model()->flags(first) & Qt::ItemIsEditable));
    }
}

void TestReviewPage::saysSecretsAreNotStoredHere()
{
    QVERIFY(showReviewAndWait());
    auto* note = reviewPage()->findChild<QLabel*>(QStringLiteral("secretsNote"));
    QVERIFY(note && note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Secrets are never stored here; they stay in the OS keychain."));
}

void TestReviewPage::namesTheDatabase()
{
    QVERIFY(showReviewAndWait());
    auto* source = reviewPage()->findChild<QLabel*>(QStringLiteral("reviewSource"));
    QVERIFY2(source->text().contains(QDir::toNativeSeparators(databasePath())), qPrintable(source->text()));
}

void TestReviewPage::refreshesAfterAChange()
{
    QVERIFY(seedAndShow());
    QVERIFY(seedChanges({ QStringLiteral("2:block") }));
    QSignalSpy reviewed(window(), &MainWindow::reviewLoaded);
    window()->reload();
    QVERIFY(reviewed.wait());
    QCOMPARE(rows(ReviewPage::Tab::AuditLog), 6);
}

void TestReviewPage::emptySettingsSayWhy()
{
    QVERIFY(showReviewAndWait());
    reviewPage()->showTab(ReviewPage::Tab::Settings);
    auto* table
        = qobject_cast<RecordTable*>(reviewPage()->tableFor(ReviewPage::Tab::Settings)->parentWidget());
    QVERIFY(table);
    QVERIFY(table->isShowingEmptyText());
}

void TestReviewPage::auditEntriesReadInTheReadersWords()
{
    QVERIFY(seedAndShow());
    QAbstractItemModel* model = reviewPage()->tableFor(ReviewPage::Tab::AuditLog)->model();
    // Newest first: the setting, then step 3's block.
    QCOMPARE(model->index(1, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Step blocked"));
    QCOMPARE(model->index(1, AuditLogModel::SubjectColumn).data().toString(),
        QStringLiteral("Step 3 · %1").arg(PlanDefinition::step(3)->title));
    QCOMPARE(model->index(1, AuditLogModel::DetailsColumn).data().toString(),
        QStringLiteral("From Not started to Blocked. Reason: seeded reason"));
}

void TestReviewPage::countsSayWhatTheDatabaseHolds()
{
    QVERIFY(seedAndShow());
    QCOMPARE(
        reviewPage()->countLabel(ReviewPage::Tab::StepHistory)->text(), QStringLiteral("Status changes: 3"));
    QCOMPARE(reviewPage()->countLabel(ReviewPage::Tab::AuditLog)->text(), QStringLiteral("Entries: 5"));
    QCOMPARE(reviewPage()->countLabel(ReviewPage::Tab::Settings)->text(), QStringLiteral("Settings: 1"));
}

void TestReviewPage::showsTheFirstPageOfALongLogOnly()
{
    QVERIFY(seedAudit(5000));
    QVERIFY(showReviewAndWait());
    AuditLogModel* model = reviewPage()->auditModel();
    QCOMPARE(model->rowCount(), reviewPageSize);
    QCOMPARE(model->totalCount(), qint64(5000));
    QCOMPARE(reviewPage()->countLabel(ReviewPage::Tab::AuditLog)->text(),
        QStringLiteral("Entries: %1").arg(QLocale().toString(5000)));
    QAbstractItemModel* shown = reviewPage()->tableFor(ReviewPage::Tab::AuditLog)->model();
    QVERIFY(shown->canFetchMore({}));
    QSignalSpy loaded(model, &PagedTableModel::pageLoaded);
    shown->fetchMore({});
    QVERIFY(loaded.wait());
    QCOMPARE(model->rowCount(), 2 * reviewPageSize);
}

void TestReviewPage::scrollingToTheEndFetchesTheNextPage()
{
    QVERIFY(seedAudit(1000));
    QVERIFY(showReviewAndWait());
    reviewPage()->showTab(ReviewPage::Tab::AuditLog);
    QTableView* view = reviewPage()->auditView();
    QCOMPARE(view->model()->rowCount(), reviewPageSize);
    view->scrollToBottom();
    QTRY_VERIFY(view->model()->rowCount() > reviewPageSize);
    QVERIFY(view->model()->rowCount() < 1000); // one page at a time, not the whole log
}

QTEST_MAIN(TestReviewPage)
#include "testreviewpage.moc"
