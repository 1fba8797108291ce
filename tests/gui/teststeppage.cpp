// A step page shows the step and forwards the admin's actions to core: its buttons are exactly the
// actions core allows, a change lands in the database and in the step's history, blocking asks for a
// reason, a locked step says why, and a refusal from core is shown, never swallowed.
#include "banner.h"
#include "guitestbase.h"
#include "overviewpage.h"
#include "prerequisitecard.h"
#include "reasondialog.h"
#include "recordtable.h"
#include "review/recordpage.h"
#include "review/stephistorymodel.h"
#include "steps/steppagebase.h"
#include "stepstatuspanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace sia;

Q_DECLARE_METATYPE(QList<sia::StepAction>)

class TestStepPage : public GuiTestBase
{
    Q_OBJECT

private slots:
    void buttonsMatchAllowedActions_data();
    void buttonsMatchAllowedActions();
    void startChangesTheStatusInTheDatabase();
    void startShowsTheNewStatusOnThePage();
    void historyListsTheChange();
    void longHistoryLoadsOlderChangesAsItScrolls();
    void blockAsksForAReason();
    void blockReasonDialogRefusesABlankReason();
    void blockWithAReasonRecordsIt();
    void cancelledReasonDialogChangesNothing();
    void lockedStepShowsItsReasons();
    void lockedStepDisablesStartAndDone();
    void lockBannerOpensTheBlockingStep();
    void lockBannerLeadsToThePrerequisites();
    void refusalFromCoreIsShownInTheMessageBar();

private:
    StepPageBase* openStep(int step);
    QPushButton* button(int step, StepAction action) const;
    ReasonDialog* clickAndWaitForReasonDialog(int step, StepAction action);
};

StepPageBase* TestStepPage::openStep(int step)
{
    QTest::keyClick(window(), Qt::Key(Qt::Key_0 + step), Qt::ControlModifier);
    return stepPage(step);
}

QPushButton* TestStepPage::button(int step, StepAction action) const
{
    return stepPage(step)->statusPanel()->button(action);
}

ReasonDialog* TestStepPage::clickAndWaitForReasonDialog(int step, StepAction action)
{
    QTest::mouseClick(button(step, action), Qt::LeftButton);
    ReasonDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&]() { return (dialog = stepPage(step)->findChild<ReasonDialog*>()) && dialog->isVisible(); });
    return shown ? dialog : nullptr;
}

void TestStepPage::buttonsMatchAllowedActions_data()
{
    QTest::addColumn<QStringList>("seed");
    QTest::addColumn<int>("step");
    const QString prerequisite = QStringLiteral("prerequisite:actions-enabled");
    QTest::newRow("fresh, locked") << QStringList() << 1;
    QTest::newRow("ready to start") << QStringList { prerequisite } << 1;
    QTest::newRow("in progress") << QStringList { prerequisite, QStringLiteral("1:start") } << 1;
    QTest::newRow("done") << QStringList { prerequisite, QStringLiteral("1:start"), QStringLiteral("1:done") }
                          << 1;
    QTest::newRow("blocked") << QStringList { prerequisite, QStringLiteral("1:block") } << 1;
    QTest::newRow("skippable leaf") << QStringList { prerequisite, QStringLiteral("1:start"),
        QStringLiteral("1:done") } << 5;
    QTest::newRow("skipped") << QStringList { prerequisite, QStringLiteral("1:start"),
        QStringLiteral("1:done"), QStringLiteral("5:skip") }
                             << 5;
    QTest::newRow("locked by a step") << QStringList { prerequisite } << 3;
}

void TestStepPage::buttonsMatchAllowedActions()
{
    QFETCH(QStringList, seed);
    QFETCH(int, step);
    QVERIFY(seedChanges(seed));
    QVERIFY(reloadAndWait());
    openStep(step);
    const QList<StepAction> allowed = storedPlan().step(step)->allowedActions;
    for (StepAction action : allActions()) {
        QVERIFY2(button(step, action)->isVisible(), qPrintable(actionKey(action)));
        QCOMPARE(button(step, action)->isEnabled(), allowed.contains(action));
    }
}

void TestStepPage::startChangesTheStatusInTheDatabase()
{
    QVERIFY(seedChanges({ QStringLiteral("prerequisite:actions-enabled") }));
    QVERIFY(reloadAndWait());
    openStep(1);
    QTest::mouseClick(button(1, StepAction::Start), Qt::LeftButton);
    QVERIFY(waitForSnapshot());
    const StepState state = storedPlan().step(1)->state;
    QCOMPARE(state.status, StepStatus::InProgress);
    QCOMPARE(state.changedBy, actor);
    QCOMPARE(state.owner, actor);
}

void TestStepPage::startShowsTheNewStatusOnThePage()
{
    QVERIFY(seedChanges({ QStringLiteral("prerequisite:actions-enabled") }));
    QVERIFY(reloadAndWait());
    openStep(1);
    QTest::mouseClick(button(1, StepAction::Start), Qt::LeftButton);
    QTRY_COMPARE(stepPage(1)->statusPanel()->statusText(), QStringLiteral("In progress"));
    QVERIFY(!button(1, StepAction::Start)->isEnabled());
    QVERIFY(button(1, StepAction::Done)->isEnabled());
}

void TestStepPage::historyListsTheChange()
{
    QVERIFY(seedChanges({ QStringLiteral("prerequisite:actions-enabled") }));
    QVERIFY(reloadAndWait());
    StepPageBase* page = openStep(1);
    QVERIFY(page->historyTable()->isShowingEmptyText());
    QTest::mouseClick(button(1, StepAction::Start), Qt::LeftButton);
    QTRY_COMPARE(page->historyModel()->rowCount(), 1);
    QVERIFY(!page->historyTable()->isShowingEmptyText());
    const QAbstractItemModel* shown = page->historyTable()->view()->model();
    QCOMPARE(shown->index(0, StepHistoryModel::FromColumn).data().toString(), QStringLiteral("Not started"));
    QCOMPARE(shown->index(0, StepHistoryModel::ToColumn).data().toString(), QStringLiteral("In progress"));
    QCOMPARE(shown->index(0, StepHistoryModel::ByColumn).data().toString(), actor);
}

// A step changed many times shows its newest changes at once and the older ones a page at a time, read on
// the worker: the window never reads the whole history for one page.
void TestStepPage::longHistoryLoadsOlderChangesAsItScrolls()
{
    QStringList changes { QStringLiteral("prerequisite:actions-enabled"), QStringLiteral("1:start") };
    const int rounds = stepHistoryPageSize; // done and reopened again: two changes a round
    for (int round = 0; round < rounds; ++round) {
        changes << QStringLiteral("1:done") << QStringLiteral("1:reopen");
    }
    const int changeCount = 1 + 2 * rounds;
    QVERIFY(seedChanges(changes));
    QVERIFY(reloadAndWait());
    StepPageBase* page = openStep(1);
    const StepHistoryModel* model = page->historyModel();

    QCOMPARE(model->rowCount(), stepHistoryPageSize);
    QCOMPARE(model->totalCount(), qint64(changeCount));
    QVERIFY(model->canFetchMore());
    const_cast<StepHistoryModel*>(model)->fetchMore();
    QTRY_COMPARE(model->rowCount(), 2 * stepHistoryPageSize);
    const_cast<StepHistoryModel*>(model)->fetchMore();
    QTRY_COMPARE(model->rowCount(), changeCount);
    QVERIFY(!model->canFetchMore());
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(
            model->index(row, StepHistoryModel::StepColumn).data(StepHistoryModel::StepNumberRole).toInt(),
            1);
    }
}

void TestStepPage::blockAsksForAReason()
{
    QVERIFY(seedChanges({ QStringLiteral("prerequisite:actions-enabled") }));
    QVERIFY(reloadAndWait());
    openStep(1);
    ReasonDialog* dialog = clickAndWaitForReasonDialog(1, StepAction::Block);
    QVERIFY(dialog);
    QCOMPARE(dialog->step(), 1);
    QCOMPARE(dialog->action(), StepAction::Block);
    QVERIFY(dialog->isModal());
    dialog->reject();
}

void TestStepPage::blockReasonDialogRefusesABlankReason()
{
    QVERIFY(seedChanges({ QStringLiteral("prerequisite:actions-enabled") }));
    QVERIFY(reloadAndWait());
    openStep(1);
    ReasonDialog* dialog = clickAndWaitForReasonDialog(1, StepAction::Block);
    QVERIFY(dialog);
    auto* editor = dialog->findChild<QPlainTextEdit*>();
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(editor, QStringLiteral("   "));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(editor, QStringLiteral("waiting for Adobe"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    editor->clear();
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->reject();
}

void TestStepPage::blockWithAReasonRecordsIt()
{
    QVERIFY(seedChanges({ QStringLiteral("prerequisite:actions-enabled") }));
    QVERIFY(reloadAndWait());
    openStep(1);
    ReasonDialog* dialog = clickAndWaitForReasonDialog(1, StepAction::Block);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(), QStringLiteral("  waiting for Adobe "));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(waitForSnapshot());
    const StepState state = storedPlan().step(1)->state;
    QCOMPARE(state.status, StepStatus::Blocked);
    QCOMPARE(state.reason, QStringLiteral("waiting for Adobe"));
}

void TestStepPage::cancelledReasonDialogChangesNothing()
{
    QVERIFY(seedChanges({ QStringLiteral("prerequisite:actions-enabled") }));
    QVERIFY(reloadAndWait());
    openStep(1);
    ReasonDialog* dialog = clickAndWaitForReasonDialog(1, StepAction::Block);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(), QStringLiteral("never mind"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!stepPage(1)->findChild<ReasonDialog*>());
    // A reading posted now comes back after anything the dialog might have sent.
    QVERIFY(reloadAndWait());
    QCOMPARE(storedPlan().step(1)->state.status, StepStatus::NotStarted);
    QVERIFY(storedAudit().constFirst().action != QStringLiteral("step.block"));
}

void TestStepPage::lockedStepShowsItsReasons()
{
    StepPageBase* page = openStep(4);
    const QStringList reasons = storedPlan().step(4)->lockReasons;
    QVERIFY(!reasons.isEmpty());
    QVERIFY(page->lockBanner()->isVisible());
    for (const QString& reason : reasons) {
        QVERIFY2(page->lockBanner()->text().contains(reason.toHtmlEscaped()), qPrintable(reason));
    }
}

void TestStepPage::lockedStepDisablesStartAndDone()
{
    openStep(4);
    QVERIFY(!button(4, StepAction::Start)->isEnabled());
    QVERIFY(!button(4, StepAction::Done)->isEnabled());
}

void TestStepPage::lockBannerOpensTheBlockingStep()
{
    QVERIFY(seedChanges({ QStringLiteral("prerequisite:actions-enabled") }));
    QVERIFY(reloadAndWait());
    StepPageBase* page = openStep(3);
    const QList<QPushButton*> buttons = page->lockBanner()->buttons();
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.constFirst()->text(), QStringLiteral("Open step 1"));
    QTest::mouseClick(buttons.constFirst(), Qt::LeftButton);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("step-1"));
}

void TestStepPage::lockBannerLeadsToThePrerequisites()
{
    StepPageBase* page = openStep(1);
    const QList<QPushButton*> buttons = page->lockBanner()->buttons();
    QCOMPARE(buttons.size(), 1);
    QTest::mouseClick(buttons.constFirst(), Qt::LeftButton);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("overview"));
    QTRY_COMPARE(QApplication::focusWidget(),
        overviewPage()->prerequisiteCard(QStringLiteral("actions-enabled"))->checkBox());
}

void TestStepPage::refusalFromCoreIsShownInTheMessageBar()
{
    QVERIFY(seedChanges({ QStringLiteral("prerequisite:actions-enabled") }));
    QVERIFY(reloadAndWait());
    openStep(1);
    // Another admin starts the step meanwhile; this window has not seen it yet, so Start is still offered.
    QVERIFY(seedChanges({ QStringLiteral("1:start") }));
    QVERIFY(button(1, StepAction::Start)->isEnabled());
    QTest::mouseClick(button(1, StepAction::Start), Qt::LeftButton);
    auto* bar = window()->findChild<Banner*>(QStringLiteral("messageBar"));
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("Step 1 is already in progress.")), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QStringLiteral("plan.already-in-progress")));
}

QTEST_MAIN(TestStepPage)
#include "teststeppage.moc"
