// One plan, one answer: given a snapshot, the persona table, the navigation, the overview's progress
// summary and the step's own page all show the same effective state (locked or not, the same words, the
// same icon), because each of them reads it from core instead of working it out.
#include "banner.h"
#include "navigationlist.h"
#include "overviewpage.h"
#include "pageregistry.h"
#include "personatableview.h"
#include "progresssummary.h"
#include "setup/personatablemodel.h"
#include "setup/plansnapshot.h"
#include "statusicon.h"
#include "steps/steppagebase.h"
#include "stepstatuspanel.h"

#include <QImage>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace sia;

namespace {

QList<StepState> statesFrom(const QString& plan)
{
    QList<StepState> states;
    for (int index = 0; index < plan.size(); ++index) {
        StepState state;
        state.step = index + 1;
        const char letter = plan.at(index).toLatin1();
        state.status = letter == 'P' ? StepStatus::InProgress
            : letter == 'D'          ? StepStatus::Done
            : letter == 'B'          ? StepStatus::Blocked
            : letter == 'S'          ? StepStatus::Skipped
                                     : StepStatus::NotStarted;
        state.reason = letter == 'B' || letter == 'S' ? QStringLiteral("a reason") : QString();
        states.append(state);
    }
    return states;
}

PlanSnapshot snapshotOf(const QString& plan)
{
    QList<PrerequisiteState> prerequisites;
    for (const PrerequisiteDefinition& definition : PlanDefinition::prerequisites()) {
        prerequisites.append({ definition, true, {}, {}, {} });
    }
    return PlanSnapshot::derive(statesFrom(plan), prerequisites, false);
}

QImage pictureOf(const QIcon& icon)
{
    return icon.pixmap(QSize(18, 18)).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestViewAgreement : public QObject
{
    Q_OBJECT

private slots:
    void everyViewShowsTheSameState_data();
    void everyViewShowsTheSameState();
    void progressSummaryShowsCoresFigures();
};

void TestViewAgreement::everyViewShowsTheSameState_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<QString>("statusText");
    // Step 1 reopened while step 3, which needs it, was in progress.
    QTest::newRow("locked step in progress") << "PNPNNNN" << 3 << true << "In progress (locked)";
    QTest::newRow("locked, not started") << "DNNNNNN" << 4 << true << "Not started (locked)";
    QTest::newRow("blocked and locked") << "DNNNNNB" << 7 << true << "Blocked (locked)";
    QTest::newRow("done, dependency reopened") << "PDNNNNN" << 2 << false << "Done";
    QTest::newRow("in progress, free") << "DPNNNNN" << 2 << false << "In progress";
}

void TestViewAgreement::everyViewShowsTheSameState()
{
    QFETCH(QString, plan);
    QFETCH(int, step);
    QFETCH(bool, locked);
    QFETCH(QString, statusText);
    const PlanSnapshot snapshot = snapshotOf(plan);
    const StepView& view = *snapshot.step(step);
    QCOMPARE(view.isLocked(), locked);
    QCOMPARE(view.statusText(), statusText);
    const QImage expectedIcon = pictureOf(StatusIcon::icon(view.state.status, locked));
    QVERIFY(expectedIcon != pictureOf(StatusIcon::icon(view.state.status, !locked)));

    // The persona table, as the overview shows it.
    OverviewPage overview;
    overview.setSnapshot(snapshot);
    QAbstractItemModel* table = overview.table()->model();
    const QModelIndex status = table->index(step - 1, PersonaTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), statusText);
    QCOMPARE(status.data(PersonaTableModel::LockedRole).toBool(), locked);
    QCOMPARE(status.data(PersonaTableModel::BlockingStepsRole).value<QList<int>>(), view.blockers.steps);
    QCOMPARE(pictureOf(status.data(Qt::DecorationRole).value<QIcon>()), expectedIcon);
    QVERIFY(status.data(Qt::AccessibleTextRole).toString().contains(statusText));

    // The navigation: its words and its icon.
    NavigationList navigation(PageRegistry::standard());
    navigation.setSnapshot(snapshot);
    QListWidgetItem* entry = navigation.itemFor(PageRegistry::stepKey(step));
    QVERIFY(entry);
    QVERIFY2(entry->data(Qt::AccessibleTextRole).toString().endsWith(statusText),
        qPrintable(entry->data(Qt::AccessibleTextRole).toString()));
    QCOMPARE(pictureOf(entry->icon()), expectedIcon);

    // The overview's progress summary counts the step as locked exactly when the others show it so.
    const QString lockedChip = QStringLiteral("%1 locked").arg(snapshot.progress.locked);
    QCOMPARE(overview.progress()->details().contains(lockedChip), snapshot.progress.locked > 0);

    // The step's own page: its status and its lock banner, with a way to each blocking step.
    std::unique_ptr<StepPageBase> page(
        PageRegistry::standard().find(PageRegistry::stepKey(step))->createStepPage(nullptr));
    page->setSnapshot(snapshot, {});
    QCOMPARE(page->statusPanel()->statusText(), statusText);
    QCOMPARE(page->lockBanner()->isVisibleTo(page.get()), locked);
    QCOMPARE(page->lockBanner()->buttons().size(), int(view.blockers.steps.size()));
    QCOMPARE(page->statusPanel()->button(StepAction::Start)->isEnabled(),
        view.allowedActions.contains(StepAction::Start));
    QCOMPARE(page->statusPanel()->button(StepAction::Done)->isEnabled(),
        view.allowedActions.contains(StepAction::Done));
}

void TestViewAgreement::progressSummaryShowsCoresFigures()
{
    const PlanSnapshot snapshot = snapshotOf(QStringLiteral("PNPNSNB"));
    ProgressSummary summary;

    summary.setSnapshot(snapshot);

    const PlanProgress& progress = snapshot.progress;
    QCOMPARE(summary.headline(),
        QStringLiteral("%1 of %2 steps done, %3 skipped")
            .arg(progress.done)
            .arg(progress.total)
            .arg(progress.skipped));
    QCOMPARE(summary.bar()->maximum(), progress.total);
    QCOMPARE(summary.bar()->value(), progress.finished);
    QCOMPARE(summary.details(),
        (QStringList { QStringLiteral("%1 in progress").arg(progress.inProgress),
            QStringLiteral("%1 blocked").arg(progress.blocked),
            QStringLiteral("%1 locked").arg(progress.locked) }));
}

QTEST_MAIN(TestViewAgreement)
#include "testviewagreement.moc"
