// Each step of the plan has its own state class: the registry lists the seven in plan order, each knows
// its definition, and each applies its own rule (a caution about the plan as it stands) on top of the
// plan's generic ones. The cautions reach the snapshot that the pages show.
#include "setup/plansnapshot.h"
#include "setup/setupplan.h"
#include "setup/steps/accountsetupstep.h"
#include "setup/steps/marketoconnectionstep.h"
#include "setup/steps/peoplesyncstep.h"
#include "setup/steps/salesforceconnectionstep.h"
#include "setup/steps/salesforcepackageconfigstep.h"
#include "setup/steps/salesforcepackagestep.h"
#include "setup/steps/stepregistry.h"
#include "setup/steps/usersstep.h"

#include <QSet>
#include <QTest>

using namespace sia;

namespace {

// One letter per step, step 1 first: N not started, P in progress, D done, B blocked, S skipped.
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
        states.append(state);
    }
    return states;
}

QStringList cautionKeys(const QList<StepCaution>& cautions)
{
    QStringList keys;
    for (const StepCaution& caution : cautions) {
        keys << caution.key;
    }
    return keys;
}

} // namespace

class TestSetupSteps : public QObject
{
    Q_OBJECT

private slots:
    void registryListsTheStepsInPlanOrder();
    void eachStepHasItsOwnClassAndKey();
    void eachStepKnowsWhatDoneMeansAndWhatItsControlsWillDo();
    void eachStepAppliesItsOwnRule_data();
    void eachStepAppliesItsOwnRule();
    void cautionsReachTheSnapshot();
    void withoutEvidenceNoStepRefusesMoreThanTheGenericRules();
    void stepFiveIsDoneOnlyWithAnInvitationBeyondTheFirstAdmin();
    void whoOwnsWhichStepComesFromThePlan();
};

void TestSetupSteps::registryListsTheStepsInPlanOrder()
{
    const QList<const SetupStep*>& steps = StepRegistry::steps();
    QCOMPARE(steps.size(), PlanDefinition::stepCount);
    for (int index = 0; index < steps.size(); ++index) {
        QCOMPARE(steps.at(index)->number(), index + 1);
        QCOMPARE(steps.at(index)->definition().number, PlanDefinition::steps().at(index).number);
        QCOMPARE(StepRegistry::step(index + 1), steps.at(index));
    }
    QCOMPARE(StepRegistry::step(0), nullptr);
    QCOMPARE(StepRegistry::step(8), nullptr);
}

void TestSetupSteps::eachStepHasItsOwnClassAndKey()
{
    QCOMPARE(StepRegistry::get<AccountSetupStep>().number(), 1);
    QCOMPARE(StepRegistry::get<SalesforceConnectionStep>().number(), 2);
    QCOMPARE(StepRegistry::get<MarketoConnectionStep>().number(), 3);
    QCOMPARE(StepRegistry::get<PeopleSyncStep>().number(), 4);
    QCOMPARE(StepRegistry::get<UsersStep>().number(), 5);
    QCOMPARE(StepRegistry::get<SalesforcePackageStep>().number(), 6);
    QCOMPARE(StepRegistry::get<SalesforcePackageConfigStep>().number(), 7);
    QVERIFY(dynamic_cast<const PeopleSyncStep*>(StepRegistry::step(4)));

    QSet<QString> keys;
    for (const SetupStep* step : StepRegistry::steps()) {
        QVERIFY(!step->key().isEmpty());
        keys.insert(step->key());
    }
    QCOMPARE(keys.size(), PlanDefinition::stepCount);
}

void TestSetupSteps::eachStepKnowsWhatDoneMeansAndWhatItsControlsWillDo()
{
    for (const SetupStep* step : StepRegistry::steps()) {
        QCOMPARE(step->doneWhen(), PlanDefinition::step(step->number())->doneWhen);
        QVERIFY(!step->doneWhen().isEmpty());
        // Every step's controls exist (4: the people sync, 5: the invitations, the last to arrive), so
        // none says what its controls will do one day.
        QVERIFY2(step->controlsPending().isEmpty(), qPrintable(step->key()));
    }
}

void TestSetupSteps::eachStepAppliesItsOwnRule_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QStringList>("cautions");
    QTest::addColumn<int>("relatedStep");

    const QStringList none;
    // 1: once the sync has started, the original user it invited must stay.
    QTest::newRow("1, before the sync") << 1 << "DDDNNNN" << none << 0;
    QTest::newRow("1, sync in progress")
        << 1 << "DDDPNNN" << QStringList { QStringLiteral("original-user-must-stay") } << 4;
    QTest::newRow("1, sync done") << 1 << "DDDDNNN"
                                  << QStringList { QStringLiteral("original-user-must-stay") } << 4;
    QTest::newRow("1, sync blocked") << 1 << "DDDBNNN" << none << 0;
    // 2: taken up again after steps were done over the connection: the same org.
    QTest::newRow("2, first time") << 2 << "DPNNNNN" << none << 0;
    QTest::newRow("2, done") << 2 << "DDNNNDD" << none << 0;
    QTest::newRow("2, reopened after 6 and 7")
        << 2 << "DPNNNDD" << QStringList { QStringLiteral("reconnect-same-org") } << 6;
    QTest::newRow("2, reopened after the sync")
        << 2 << "DPDDNNN" << QStringList { QStringLiteral("reconnect-same-org") } << 4;
    // 3: taken up again after the sync: the same Marketo instance.
    QTest::newRow("3, first time") << 3 << "DDPNNNN" << none << 0;
    QTest::newRow("3, reopened after the sync")
        << 3 << "DDPDNNN" << QStringList { QStringLiteral("reconnect-same-instance") } << 4;
    QTest::newRow("3, done with the sync") << 3 << "DDDDNNN" << none << 0;
    // 4: once started, the original user must stay.
    QTest::newRow("4, not started") << 4 << "DDDNNNN" << none << 0;
    QTest::newRow("4, started") << 4 << "DDDPNNN" << QStringList { QStringLiteral("original-user-must-stay") }
                                << 1;
    QTest::newRow("4, done") << 4 << "DDDDNNN" << QStringList { QStringLiteral("original-user-must-stay") }
                             << 1;
    // 5: skipped on purpose, only the first admins can use Actions.
    QTest::newRow("5, in progress") << 5 << "DNNNPNN" << none << 0;
    QTest::newRow("5, skipped") << 5 << "DNNNSNN" << QStringList { QStringLiteral("only-first-admins") } << 1;
    // 6: after the invitations.
    QTest::newRow("6, before the invitations")
        << 6 << "DDNNNNN" << QStringList { QStringLiteral("after-invitations") } << 5;
    QTest::newRow("6, invitations done") << 6 << "DDNNDNN" << none << 0;
    QTest::newRow("6, invitations skipped") << 6 << "DDNNSNN" << none << 0;
    QTest::newRow("6, itself done") << 6 << "DDNNNDN" << none << 0;
    // 7: the package first.
    QTest::newRow("7, before the package")
        << 7 << "DDNNNPN" << QStringList { QStringLiteral("package-first") } << 6;
    QTest::newRow("7, package done") << 7 << "DDNNNDN" << none << 0;
    QTest::newRow("7, itself done") << 7 << "DDNNNND" << none << 0;
}

void TestSetupSteps::eachStepAppliesItsOwnRule()
{
    QFETCH(int, step);
    QFETCH(QString, plan);
    QFETCH(QStringList, cautions);
    QFETCH(int, relatedStep);

    const QList<StepCaution> raised = StepRegistry::step(step)->cautions(statesFrom(plan));

    QCOMPARE(cautionKeys(raised), cautions);
    if (!raised.isEmpty()) {
        QCOMPARE(raised.constFirst().relatedStep, relatedStep);
        QVERIFY(!raised.constFirst().text.isEmpty());
    }
}

void TestSetupSteps::cautionsReachTheSnapshot()
{
    QList<PrerequisiteState> prerequisites;
    for (const PrerequisiteDefinition& definition : PlanDefinition::prerequisites()) {
        prerequisites.append({ definition, true, {}, {}, {} });
    }

    const PlanSnapshot snapshot
        = PlanSnapshot::derive(statesFrom(QStringLiteral("DDDPNNN")), prerequisites, false);

    QCOMPARE(
        cautionKeys(snapshot.step(1)->cautions), QStringList { QStringLiteral("original-user-must-stay") });
    QCOMPARE(
        cautionKeys(snapshot.step(4)->cautions), QStringList { QStringLiteral("original-user-must-stay") });
    QCOMPARE(cautionKeys(snapshot.step(6)->cautions), QStringList { QStringLiteral("after-invitations") });
    QVERIFY(snapshot.step(2)->cautions.isEmpty());
}

void TestSetupSteps::withoutEvidenceNoStepRefusesMoreThanTheGenericRules()
{
    // A check of the statuses alone (no evidence read from the store): no step's own rule refuses.
    const QList<StepState> states = statesFrom(QStringLiteral("DPNNPNN"));
    for (const SetupStep* step : StepRegistry::steps()) {
        for (StepAction action : allActions()) {
            const StepChange change { step->number(), action, QStringLiteral("a reason"),
                QStringLiteral("a") };
            QVERIFY(!step->refusal(change, states, StepEvidence {}).has_value());
        }
    }
}

void TestSetupSteps::stepFiveIsDoneOnlyWithAnInvitationBeyondTheFirstAdmin()
{
    // SPEC §3: at least one invitation beyond the first admin, or explicitly skipped.
    const QList<StepState> states = statesFrom(QStringLiteral("DPNNPNN"));
    const StepChange done { 5, StepAction::Done, {}, QStringLiteral("alice") };
    const Result<StepStatus> nobody = SetupPlan::check(done, states, {}, StepEvidence { 0 });
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().code, QStringLiteral("plan.users-none-invited"));
    QVERIFY2(nobody.error().message.contains(QStringLiteral("Skip")), qPrintable(nobody.error().message));
    const Result<StepStatus> someone = SetupPlan::check(done, states, {}, StepEvidence { 1 });
    QVERIFY(someone.ok());
    QCOMPARE(*someone, StepStatus::Done);
    // Skipping stays the way without an invitation, and other steps are not concerned.
    const StepChange skip { 5, StepAction::Skip, QStringLiteral("nobody else yet"), QStringLiteral("alice") };
    QVERIFY(SetupPlan::check(skip, states, {}, StepEvidence { 0 }).ok());
    const StepChange otherDone { 2, StepAction::Done, {}, QStringLiteral("alice") };
    QVERIFY(SetupPlan::check(otherDone, states, {}, StepEvidence { 0 }).ok());
    // The views agree: Mark done is not offered on step 5 while nobody is invited.
    const PlanSnapshot none = PlanSnapshot::derive(states, {}, false, StepEvidence { 0 });
    QVERIFY(!none.step(5)->allowedActions.contains(StepAction::Done));
    QVERIFY(none.step(5)->allowedActions.contains(StepAction::Skip));
    const PlanSnapshot one = PlanSnapshot::derive(states, {}, false, StepEvidence { 1 });
    QVERIFY(one.step(5)->allowedActions.contains(StepAction::Done));
}

void TestSetupSteps::whoOwnsWhichStepComesFromThePlan()
{
    // SPEC section 3, written out here rather than read from PlanDefinition.
    QCOMPARE(PlanDefinition::stepsOwnedBy(Persona::MarketoAdmin), (QList<int> { 1, 3, 4, 5 }));
    QCOMPARE(PlanDefinition::stepsOwnedBy(Persona::SalesforceAdmin), (QList<int> { 6, 7 }));
    QCOMPARE(
        PlanDefinition::stepsOwnedBy(Persona::MarketoAdmin | Persona::SalesforceAdmin), QList<int> { 2 });
    const QString summary = PlanDefinition::ownershipSummary();
    QCOMPARE(PlanDefinition::listOfSteps({ 6, 7 }), QStringLiteral("6 and 7"));
    QVERIFY2(summary.contains(QStringLiteral("steps ") + PlanDefinition::listOfSteps({ 1, 3, 4, 5 })),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("steps 6 and 7")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("step 2")), qPrintable(summary));
}

QTEST_APPLESS_MAIN(TestSetupSteps)
#include "testsetupsteps.moc"
