// The plan's effective state, derived without a store: for each step whether it is locked, what blocks
// it (steps and prerequisites, as data), what to do next and how its status reads, and the progress
// figures of the whole plan. Every view reads these; this table is where they are decided.
#include "setup/planjson.h"
#include "setup/plansnapshot.h"

#include <QTest>

using namespace sia;

Q_DECLARE_METATYPE(sia::NextMove)
Q_DECLARE_METATYPE(sia::PlanProgress)
Q_DECLARE_METATYPE(sia::PlanNext::Kind)

namespace {

const QString actionsEnabled = QStringLiteral("actions-enabled");
const QString marketoSalesforceSync = QStringLiteral("marketo-salesforce-sync");
const QStringList bothConfirmed { actionsEnabled, marketoSalesforceSync };

// One letter per step, step 1 first: N not started, P in progress, D done, B blocked, S skipped.
QList<StepState> statesFrom(const QString& plan)
{
    QList<StepState> states;
    for (int index = 0; index < plan.size(); ++index) {
        StepState state;
        state.step = index + 1;
        switch (plan.at(index).toLatin1()) {
        case 'P':
            state.status = StepStatus::InProgress;
            break;
        case 'D':
            state.status = StepStatus::Done;
            break;
        case 'B':
            state.status = StepStatus::Blocked;
            state.reason = QStringLiteral("waiting");
            break;
        case 'S':
            state.status = StepStatus::Skipped;
            state.reason = QStringLiteral("not needed");
            break;
        default:
            break;
        }
        states.append(state);
    }
    return states;
}

QList<PrerequisiteState> prerequisitesFrom(const QStringList& confirmed)
{
    QList<PrerequisiteState> result;
    for (const PrerequisiteDefinition& definition : PlanDefinition::prerequisites()) {
        PrerequisiteState state;
        state.definition = definition;
        state.confirmed = confirmed.contains(definition.key);
        result.append(state);
    }
    return result;
}

NextMove act(int step, StepAction action)
{
    return { NextMove::Kind::Act, action, step, {} };
}

NextMove openStep(int step)
{
    return { NextMove::Kind::OpenStep, StepAction::Start, step, {} };
}

NextMove confirm(const QString& key)
{
    return { NextMove::Kind::ConfirmPrerequisite, StepAction::Start, 0, key };
}

NextMove finished()
{
    return { NextMove::Kind::Finished, StepAction::Start, 0, {} };
}

PlanProgress figures(int done, int skipped, int inProgress, int blocked, int notStarted, int locked)
{
    PlanProgress progress;
    progress.total = 7;
    progress.done = done;
    progress.skipped = skipped;
    progress.inProgress = inProgress;
    progress.blocked = blocked;
    progress.notStarted = notStarted;
    progress.locked = locked;
    progress.finished = done + skipped;
    progress.open = 7 - progress.finished;
    progress.percent = progress.finished * 100 / 7;
    return progress;
}

} // namespace

class TestPlanSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void effectiveStateOfAStep_data();
    void effectiveStateOfAStep();
    void lockReasonsFollowTheBlockers();
    void reviewAllowsNothingAndSuggestsNoAction();
    void progressFigures_data();
    void progressFigures();
    void planSuggestsWhatComesNext_data();
    void planSuggestsWhatComesNext();
    void missingStatesReadAsNotStarted();
    void jsonCarriesTheEffectiveState();
};

void TestPlanSnapshot::effectiveStateOfAStep_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QStringList>("confirmed");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<QList<int>>("blockingSteps");
    QTest::addColumn<QStringList>("blockingPrerequisites");
    QTest::addColumn<NextMove>("next");
    QTest::addColumn<QString>("statusText");

    const QStringList none;
    const QList<int> noSteps;
    // Not started.
    QTest::newRow("free, not started") << "DNNNNNN" << bothConfirmed << 2 << false << noSteps << none
                                       << act(2, StepAction::Start) << "Not started";
    QTest::newRow("waits for a step") << "NNNNNNN" << bothConfirmed << 2 << true << QList<int> { 1 } << none
                                      << openStep(1) << "Not started (locked)";
    QTest::newRow("waits for two steps") << "DNNNNNN" << bothConfirmed << 4 << true << QList<int> { 2, 3 }
                                         << none << openStep(2) << "Not started (locked)";
    QTest::newRow("waits for a prerequisite")
        << "NNNNNNN" << QStringList { marketoSalesforceSync } << 1 << true << noSteps
        << QStringList { actionsEnabled } << confirm(actionsEnabled) << "Not started (locked)";
    QTest::newRow("waits for steps and a prerequisite")
        << "DNNNNNN" << QStringList { actionsEnabled } << 4 << true << QList<int> { 2, 3 }
        << QStringList { marketoSalesforceSync } << openStep(2) << "Not started (locked)";
    QTest::newRow("a prerequisite gates only its own steps")
        << "DNNNNNN" << QStringList { marketoSalesforceSync } << 3 << false << noSteps << none
        << act(3, StepAction::Start) << "Not started";
    // In progress: free, or locked again because a dependency was reopened.
    QTest::newRow("in progress, free") << "DPNNNNN" << bothConfirmed << 2 << false << noSteps << none
                                       << act(2, StepAction::Done) << "In progress";
    QTest::newRow("in progress, dependency reopened")
        << "PNPNNNN" << bothConfirmed << 3 << true << QList<int> { 1 } << none << openStep(1)
        << "In progress (locked)";
    QTest::newRow("in progress, prerequisite withdrawn")
        << "PNNNNNN" << QStringList { marketoSalesforceSync } << 1 << true << noSteps
        << QStringList { actionsEnabled } << confirm(actionsEnabled) << "In progress (locked)";
    // Blocked: taken up again with Reopen, unless it waits for something.
    QTest::newRow("blocked, free") << "DBNNNNN" << bothConfirmed << 2 << false << noSteps << none
                                   << act(2, StepAction::Reopen) << "Blocked";
    QTest::newRow("blocked and locked") << "DNNNNNB" << bothConfirmed << 7 << true << QList<int> { 2 } << none
                                        << openStep(2) << "Blocked (locked)";
    // Finished steps are never locked, whatever happened to their dependencies since.
    QTest::newRow("done") << "DDNNNNN" << bothConfirmed << 2 << false << noSteps << none << finished()
                          << "Done";
    QTest::newRow("done, dependency reopened")
        << "PDNNNNN" << bothConfirmed << 2 << false << noSteps << none << finished() << "Done";
    QTest::newRow("skipped, dependency reopened")
        << "PNNNSNN" << bothConfirmed << 5 << false << noSteps << none << finished() << "Skipped";
    QTest::newRow("done, prerequisite withdrawn")
        << "DNNNNNN" << QStringList() << 1 << false << noSteps << none << finished() << "Done";
}

void TestPlanSnapshot::effectiveStateOfAStep()
{
    QFETCH(QString, plan);
    QFETCH(QStringList, confirmed);
    QFETCH(int, step);
    QFETCH(bool, locked);
    QFETCH(QList<int>, blockingSteps);
    QFETCH(QStringList, blockingPrerequisites);
    QFETCH(NextMove, next);
    QFETCH(QString, statusText);

    const PlanSnapshot snapshot = PlanSnapshot::derive(statesFrom(plan), prerequisitesFrom(confirmed), false);

    const StepView* view = snapshot.step(step);
    QVERIFY(view);
    QCOMPARE(view->isLocked(), locked);
    QCOMPARE(view->blockers.steps, blockingSteps);
    QCOMPARE(view->blockers.prerequisites, blockingPrerequisites);
    QCOMPARE(view->lockReasons.size(), blockingSteps.size() + blockingPrerequisites.size());
    QCOMPARE(int(view->next.kind), int(next.kind));
    QCOMPARE(view->next, next);
    QCOMPARE(view->statusText(), statusText);
    // A locked step can never be started or marked done: the allowed actions say the same.
    if (locked) {
        QVERIFY(!view->allowedActions.contains(StepAction::Start));
        QVERIFY(!view->allowedActions.contains(StepAction::Done));
    }
    if (next.kind == NextMove::Kind::Act) {
        QVERIFY(view->allowedActions.contains(next.action));
    }
}

void TestPlanSnapshot::lockReasonsFollowTheBlockers()
{
    const PlanSnapshot snapshot = PlanSnapshot::derive(
        statesFrom(QStringLiteral("DPNNNNN")), prerequisitesFrom({ actionsEnabled }), false);

    const QStringList reasons = snapshot.step(4)->lockReasons;
    QCOMPARE(reasons, lockReasons(snapshot.step(4)->blockers));
    QCOMPARE(reasons.size(), 3);
    QVERIFY(reasons.at(0).contains(PlanDefinition::step(2)->title));
    QVERIFY(reasons.at(1).contains(PlanDefinition::step(3)->title));
    QVERIFY(reasons.at(2).contains(PlanDefinition::prerequisite(marketoSalesforceSync)->title));
}

void TestPlanSnapshot::reviewAllowsNothingAndSuggestsNoAction()
{
    const PlanSnapshot snapshot = PlanSnapshot::derive(
        statesFrom(QStringLiteral("DPNNNNN")), prerequisitesFrom({ actionsEnabled }), true);

    for (const StepView& view : snapshot.steps) {
        QVERIFY2(view.allowedActions.isEmpty(), qPrintable(QString::number(view.definition.number)));
        QVERIFY(view.next.kind != NextMove::Kind::Act);
    }
    // Reading a step is still suggested; confirming a prerequisite is not.
    QCOMPARE(snapshot.next, (PlanNext { PlanNext::Kind::WorkOnStep, 2 }));
    const PlanSnapshot fresh
        = PlanSnapshot::derive(statesFrom(QStringLiteral("NNNNNNN")), prerequisitesFrom({}), true);
    QCOMPARE(int(fresh.next.kind), int(PlanNext::Kind::Waiting));
}

void TestPlanSnapshot::progressFigures_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QStringList>("confirmed");
    QTest::addColumn<PlanProgress>("expected");
    //                                                     done skip prog block not locked
    QTest::newRow("fresh, nothing confirmed") << "NNNNNNN" << QStringList() << figures(0, 0, 0, 0, 7, 7);
    QTest::newRow("fresh, confirmed") << "NNNNNNN" << bothConfirmed << figures(0, 0, 0, 0, 7, 6);
    QTest::newRow("one done, one in progress") << "DPNNNNN" << bothConfirmed << figures(1, 0, 1, 0, 5, 3);
    QTest::newRow("done, skipped, blocked") << "DDBNSNN" << bothConfirmed << figures(2, 1, 0, 1, 3, 1);
    QTest::newRow("locked in progress") << "PNPNNNN" << bothConfirmed << figures(0, 0, 2, 0, 5, 6);
    QTest::newRow("all finished") << "DDDDSDD" << bothConfirmed << figures(6, 1, 0, 0, 0, 0);
    QTest::newRow("finished with a withdrawn prerequisite")
        << "DDDDSDD" << QStringList() << figures(6, 1, 0, 0, 0, 0);
}

void TestPlanSnapshot::progressFigures()
{
    QFETCH(QString, plan);
    QFETCH(QStringList, confirmed);
    QFETCH(PlanProgress, expected);

    const PlanSnapshot snapshot = PlanSnapshot::derive(statesFrom(plan), prerequisitesFrom(confirmed), false);

    const PlanProgress& progress = snapshot.progress;
    QCOMPARE(progress.total, expected.total);
    QCOMPARE(progress.done, expected.done);
    QCOMPARE(progress.skipped, expected.skipped);
    QCOMPARE(progress.inProgress, expected.inProgress);
    QCOMPARE(progress.blocked, expected.blocked);
    QCOMPARE(progress.notStarted, expected.notStarted);
    QCOMPARE(progress.locked, expected.locked);
    QCOMPARE(progress.finished, expected.finished);
    QCOMPARE(progress.open, expected.open);
    QCOMPARE(progress.percent, expected.percent);
    // The figures and the steps' own facts agree.
    int locked = 0;
    for (const StepView& view : snapshot.steps) {
        locked += view.isLocked() ? 1 : 0;
    }
    QCOMPARE(progress.locked, locked);
    QCOMPARE(progress.done, snapshot.countWithStatus(StepStatus::Done));
}

void TestPlanSnapshot::planSuggestsWhatComesNext_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QStringList>("confirmed");
    QTest::addColumn<PlanNext::Kind>("kind");
    QTest::addColumn<int>("step");
    QTest::newRow("first free step") << "DDNNNNN" << bothConfirmed << PlanNext::Kind::WorkOnStep << 3;
    QTest::newRow("an in-progress step counts")
        << "PNNNNNN" << bothConfirmed << PlanNext::Kind::WorkOnStep << 1;
    QTest::newRow("prerequisites first")
        << "NNNNNNN" << QStringList() << PlanNext::Kind::ConfirmPrerequisites << 0;
    QTest::newRow("a blocked step, to be reopened")
        << "BNNNNNN" << bothConfirmed << PlanNext::Kind::WorkOnStep << 1;
    QTest::newRow("a blocked step before a locked one")
        << "DDBNDSD" << bothConfirmed << PlanNext::Kind::WorkOnStep << 3;
    QTest::newRow("only a prerequisite holds the last step")
        << "DDDNDDD" << QStringList { actionsEnabled } << PlanNext::Kind::ConfirmPrerequisites << 0;
    QTest::newRow("finished") << "DDDDSDD" << bothConfirmed << PlanNext::Kind::Finished << 0;
}

void TestPlanSnapshot::planSuggestsWhatComesNext()
{
    QFETCH(QString, plan);
    QFETCH(QStringList, confirmed);
    QFETCH(PlanNext::Kind, kind);
    QFETCH(int, step);

    const PlanSnapshot snapshot = PlanSnapshot::derive(statesFrom(plan), prerequisitesFrom(confirmed), false);

    QCOMPARE(int(snapshot.next.kind), int(kind));
    QCOMPARE(snapshot.next.step, step);
    QCOMPARE(snapshot.suggestedStep(), step);
}

void TestPlanSnapshot::missingStatesReadAsNotStarted()
{
    StepState third;
    third.step = 3;
    third.status = StepStatus::InProgress;

    const PlanSnapshot snapshot = PlanSnapshot::derive({ third }, prerequisitesFrom(bothConfirmed), false);

    QCOMPARE(snapshot.steps.size(), PlanDefinition::stepCount);
    QCOMPARE(snapshot.step(1)->state.status, StepStatus::NotStarted);
    QCOMPARE(snapshot.step(3)->state.status, StepStatus::InProgress);
    QCOMPARE(snapshot.step(3)->state.step, 3);
    QVERIFY(snapshot.step(3)->isLocked());
}

void TestPlanSnapshot::jsonCarriesTheEffectiveState()
{
    const PlanSnapshot snapshot = PlanSnapshot::derive(
        statesFrom(QStringLiteral("PNPNNNN")), prerequisitesFrom({ actionsEnabled }), false);

    const QJsonObject json = toJson(snapshot);

    const QJsonObject third = json.value(QStringLiteral("steps")).toArray().at(2).toObject();
    QCOMPARE(third.value(QStringLiteral("locked")).toBool(), true);
    QCOMPARE(third.value(QStringLiteral("blockingSteps")).toArray(), QJsonArray { 1 });
    QCOMPARE(third.value(QStringLiteral("blockingPrerequisites")).toArray(), QJsonArray());
    QCOMPARE(third.value(QStringLiteral("nextAction")).isNull(), true);
    const QJsonObject first = json.value(QStringLiteral("steps")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("nextAction")).toString(), QStringLiteral("done"));
    const QJsonObject progress = json.value(QStringLiteral("progress")).toObject();
    QCOMPARE(progress.value(QStringLiteral("locked")).toInt(), snapshot.progress.locked);
    QCOMPARE(progress.value(QStringLiteral("open")).toInt(), 7);
    QCOMPARE(progress.value(QStringLiteral("percent")).toInt(), 0);
}

QTEST_APPLESS_MAIN(TestPlanSnapshot)
#include "testplansnapshot.moc"
