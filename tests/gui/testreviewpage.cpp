// The review page lists everything the instance recorded (persona table, step history, audit log,
// settings), read-only, with a filter over the audit log; it is there in normal mode too.
#include "guitestbase.h"
#include "recordtable.h"
#include "reviewpage.h"
#include "settings/settingdefinition.h"

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

private:
    bool seedAndShow();
    int rows(ReviewPage::Tab tab) const;
};

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
    QCOMPARE(rows(ReviewPage::Tab::AuditLog), 1);
}

void TestReviewPage::auditFilterIgnoresCase()
{
    QVERIFY(seedAndShow());
    reviewPage()->showTab(ReviewPage::Tab::AuditLog);
    QTest::keyClicks(reviewPage()->auditFilter(), QStringLiteral("STEP.BLOCK"));
    QCOMPARE(rows(ReviewPage::Tab::AuditLog), 1);
}

void TestReviewPage::clearingTheFilterShowsEverything()
{
    QVERIFY(seedAndShow());
    reviewPage()->showTab(ReviewPage::Tab::AuditLog);
    QTest::keyClicks(reviewPage()->auditFilter(), QStringLiteral("no such thing"));
    QCOMPARE(rows(ReviewPage::Tab::AuditLog), 0);
    reviewPage()->auditFilter()->clear();
    QCOMPARE(rows(ReviewPage::Tab::AuditLog), 5);
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

QTEST_MAIN(TestReviewPage)
#include "testreviewpage.moc"
