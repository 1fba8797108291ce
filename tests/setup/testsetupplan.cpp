// The setup plan's rules (SPEC sections 2 and 3) applied through a real store: which changes each state
// allows, what a refusal says, and that every applied change (and no refused one) is recorded.
#include "setup/plandefinition.h"
#include "setup/setupplan.h"
#include "store/auditlog.h"
#include "storetesthelpers.h"
#include "users/instancerepository.h"
#include "users/userdirectory.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

const QString actionsEnabled = QStringLiteral("actions-enabled");
const QString marketoSalesforceSync = QStringLiteral("marketo-salesforce-sync");
const QStringList bothConfirmed { actionsEnabled, marketoSalesforceSync };
const QString seededTime = QStringLiteral("2026-03-04T05:06:07.000Z");

// The dependencies of SPEC section 3, written out here rather than read from PlanDefinition.
const QList<QPair<int, QList<int>>> specDependencies { { 1, {} }, { 2, { 1 } }, { 3, { 1 } }, { 4, { 2, 3 } },
    { 5, { 1 } }, { 6, { 2 } }, { 7, { 2 } } };

QList<int> dependenciesOf(int step)
{
    for (const auto& [number, needs] : specDependencies) {
        if (number == step) {
            return needs;
        }
    }
    return {};
}

// A plan state written one letter per step, step 1 first: N not started, P in progress, D done,
// B blocked, S skipped.
QString statusKeyForLetter(QChar letter)
{
    switch (letter.toLatin1()) {
    case 'P':
        return QStringLiteral("in-progress");
    case 'D':
        return QStringLiteral("done");
    case 'B':
        return QStringLiteral("blocked");
    case 'S':
        return QStringLiteral("skipped");
    default:
        return QStringLiteral("not-started");
    }
}

// Steps that must be done for `step` to be workable: its dependencies and theirs.
QList<int> ancestorsOf(int step)
{
    QList<int> result;
    for (int dependency : dependenciesOf(step)) {
        for (int ancestor : ancestorsOf(dependency)) {
            if (!result.contains(ancestor)) {
                result << ancestor;
            }
        }
        if (!result.contains(dependency)) {
            result << dependency;
        }
    }
    return result;
}

QString planWithDone(const QList<int>& doneSteps)
{
    QString plan(7, QLatin1Char('N'));
    for (int step : doneSteps) {
        plan[step - 1] = QLatin1Char('D');
    }
    return plan;
}

bool seed(Store& store, const QString& plan, const QStringList& confirmed)
{
    for (int index = 0; index < plan.size(); ++index) {
        if (plan.at(index) == QLatin1Char('N')) {
            continue;
        }
        const QString status = statusKeyForLetter(plan.at(index));
        const bool needsReason = status == QLatin1String("blocked") || status == QLatin1String("skipped");
        Result<QSqlQuery> seeded = store.exec(
            QStringLiteral("INSERT INTO setup_steps (step, status, reason, owner, changed_by, changed_at)"
                           " VALUES (:step, :status, :reason, 'seeder', 'seeder', :at)"),
            { { QStringLiteral("step"), index + 1 }, { QStringLiteral("status"), status },
                { QStringLiteral("reason"), needsReason ? QVariant(QStringLiteral("seeded")) : QVariant() },
                { QStringLiteral("at"), seededTime } });
        if (!seeded) {
            qWarning() << failureText(seeded);
            return false;
        }
    }
    for (const QString& key : confirmed) {
        Result<QSqlQuery> seeded
            = store.exec(QStringLiteral("INSERT INTO prerequisites (key, confirmed, changed_by, changed_at) "
                                        "VALUES (:key, :confirmed, 'seeder', :at)"),
                { { QStringLiteral("key"), key }, { QStringLiteral("confirmed"), true },
                    { QStringLiteral("at"), seededTime } });
        if (!seeded) {
            qWarning() << failureText(seeded);
            return false;
        }
    }
    return true;
}

// Every row of the tables a change writes to, to show that a refused change wrote nothing.
QStringList recordedChanges(const Store& store)
{
    QStringList rows;
    for (const QString& sql :
        { QStringLiteral(
              "SELECT step, status, reason, owner, changed_by, changed_at FROM setup_steps ORDER BY step"),
            QStringLiteral("SELECT * FROM setup_step_history ORDER BY id"),
            QStringLiteral("SELECT * FROM audit_log ORDER BY id"),
            QStringLiteral("SELECT * FROM prerequisites ORDER BY key") }) {
        Result<QSqlQuery> query = store.exec(sql);
        if (!query) {
            return { QString::fromUtf8(failureText(query)) };
        }
        while (query->next()) {
            QStringList values;
            for (int column = 0; column < query->record().count(); ++column) {
                values << query->value(column).toString();
            }
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

StepChange change(
    int step, StepAction action, const QString& actor = QStringLiteral("alice"), const QString& reason = {})
{
    return StepChange { step, action, reason, actor };
}

} // namespace

class TestSetupPlan : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appliesTheRules_data();
    void appliesTheRules();
    void refusesUnknownStep_data();
    void refusesUnknownStep();
    void refusesChangeWithoutActor();

    void eachAppliedChangeAddsOneHistoryAndOneAuditRow_data();
    void eachAppliedChangeAddsOneHistoryAndOneAuditRow();
    void appliedChangeIsRecordedInHistory();
    void appliedChangeIsRecordedInAuditLog();
    void appliedStatusSurvivesReopeningTheStore();
    void prerequisiteConfirmationIsStoredAndWithdrawable();
    void refusedChangeWritesNothing_data();
    void refusedChangeWritesNothing();
    void startMakesTheActorTheOwner();
    void doneByAnotherAdminKeepsTheOwner();
    void reopenOfDoneStepIsRecorded();
    void blockReasonIsKeptTrimmed();

    void snapshotAgreesWithCheck_data();
    void snapshotAgreesWithCheck();
    void lockReasonsNameEachOpenDependencyAndPrerequisite();

    void reviewStoreRefusesChanges_data();
    void reviewStoreRefusesChanges();

    void definitionHasSevenStepsInOrder();
    void stepFollowsSpec_data();
    void stepFollowsSpec();
    void prerequisitesGateStepsOneAndFour();
    void stepFiveIsDoneOnceSomeoneBesidesTheFirstAdminIsInvited();

private:
    // withInvitations: the first admin and one more person are invited, so that step 5's own rule (done
    // needs an invitation beyond the first admin) never decides the generic rules' cases.
    bool openSeeded(const QString& plan, const QStringList& confirmed, bool withInvitations = false);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestSetupPlan::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
}

void TestSetupPlan::cleanup()
{
    m_store.reset();
    m_database.reset();
}

bool TestSetupPlan::openSeeded(const QString& plan, const QStringList& confirmed, bool withInvitations)
{
    Result<std::unique_ptr<Store>> opened = m_database->open();
    if (!opened) {
        qWarning() << failureText(opened);
        return false;
    }
    m_store = std::move(opened.value());
    if (withInvitations) {
        const QString alice = QStringLiteral("alice@acme.example");
        if (!InstanceRepository(*m_store).create(QStringLiteral("Acme"), alice).ok()
            || !UserDirectory(*m_store)
                    .invite({ Invitee { QStringLiteral("ann@acme.example") },
                                Invitee { QStringLiteral("bo@acme.example") } },
                        alice)
                    .ok()) {
            return false;
        }
    }
    return seed(*m_store, plan, confirmed);
}

void TestSetupPlan::appliesTheRules_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QStringList>("confirmed");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("outcome"); // the new status key, or the refusal's code

    // Every dependency edge, for start and done, with the dependency not started, in progress or blocked.
    for (const auto& [step, needs] : specDependencies) {
        for (const QString& action : { QStringLiteral("start"), QStringLiteral("done") }) {
            const QString workable = planWithDone(ancestorsOf(step));
            QTest::addRow("%s %d once its dependencies are done", qPrintable(action), step)
                << workable << bothConfirmed << step << action << QString()
                << (action == QLatin1String("start") ? QStringLiteral("in-progress")
                                                     : QStringLiteral("done"));
            for (int dependency : needs) {
                for (const char open : { 'N', 'P', 'B' }) {
                    QString plan = workable;
                    plan[dependency - 1] = QLatin1Char(open);
                    QTest::addRow("%s %d while %d is %s", qPrintable(action), step, dependency,
                        qPrintable(statusKeyForLetter(QLatin1Char(open))))
                        << plan << bothConfirmed << step << action << QString()
                        << QStringLiteral("plan.locked");
                }
            }
        }
    }

    // Prerequisites gate only the steps they name.
    QTest::newRow("start 1 while Actions is not enabled")
        << QStringLiteral("NNNNNNN") << QStringList { marketoSalesforceSync } << 1 << QStringLiteral("start")
        << QString() << QStringLiteral("plan.locked");
    QTest::newRow("done 1 while Actions is not enabled")
        << QStringLiteral("PNNNNNN") << QStringList { marketoSalesforceSync } << 1 << QStringLiteral("done")
        << QString() << QStringLiteral("plan.locked");
    QTest::newRow("start 1 while the Marketo-Salesforce sync is unconfirmed")
        << QStringLiteral("NNNNNNN") << QStringList { actionsEnabled } << 1 << QStringLiteral("start")
        << QString() << QStringLiteral("in-progress");
    QTest::newRow("start 4 while the Marketo-Salesforce sync is unconfirmed")
        << QStringLiteral("DDDNNNN") << QStringList { actionsEnabled } << 4 << QStringLiteral("start")
        << QString() << QStringLiteral("plan.locked");
    QTest::newRow("done 4 while the Marketo-Salesforce sync is unconfirmed")
        << QStringLiteral("DDDPNNN") << QStringList { actionsEnabled } << 4 << QStringLiteral("done")
        << QString() << QStringLiteral("plan.locked");
    QTest::newRow("start 4 while Actions is not enabled")
        << QStringLiteral("DDDNNNN") << QStringList { marketoSalesforceSync } << 4 << QStringLiteral("start")
        << QString() << QStringLiteral("in-progress");
    QTest::newRow("start 2 with no prerequisite confirmed")
        << QStringLiteral("DNNNNNN") << QStringList() << 2 << QStringLiteral("start") << QString()
        << QStringLiteral("in-progress");

    // Block and skip need a reason; neither needs the step's dependencies.
    for (const QString& blank : { QString(), QStringLiteral("   "), QStringLiteral("\t\n") }) {
        QTest::addRow("block 2 with reason \"%s\"", qPrintable(blank))
            << QStringLiteral("DNNNNNN") << bothConfirmed << 2 << QStringLiteral("block") << blank
            << QStringLiteral("plan.reason-required");
        QTest::addRow("skip 7 with reason \"%s\"", qPrintable(blank))
            << QStringLiteral("DDNNNNN") << bothConfirmed << 7 << QStringLiteral("skip") << blank
            << QStringLiteral("plan.reason-required");
    }
    QTest::newRow("block 2 while 1 is open")
        << QStringLiteral("NNNNNNN") << bothConfirmed << 2 << QStringLiteral("block")
        << QStringLiteral("waiting for the Salesforce admin") << QStringLiteral("blocked");
    QTest::newRow("block a blocked step again")
        << QStringLiteral("DBNNNNN") << bothConfirmed << 2 << QStringLiteral("block")
        << QStringLiteral("still waiting") << QStringLiteral("blocked");

    // Only steps nothing depends on can be skipped.
    for (int step = 1; step <= 7; ++step) {
        bool needed = false;
        for (const auto& [other, needs] : specDependencies) {
            needed = needed || needs.contains(step);
        }
        QTest::addRow("skip %d", step)
            << QStringLiteral("NNNNNNN") << bothConfirmed << step << QStringLiteral("skip")
            << QStringLiteral("not needed here")
            << (needed ? QStringLiteral("plan.needed-by-others") : QStringLiteral("skipped"));
    }
    QTest::newRow("skip a skipped step")
        << QStringLiteral("DDDDSNN") << bothConfirmed << 5 << QStringLiteral("skip")
        << QStringLiteral("still not needed") << QStringLiteral("plan.already-skipped");

    // Reopen closes nothing that is open.
    QTest::newRow("reopen done") << QStringLiteral("DDDNNNN") << bothConfirmed << 3
                                 << QStringLiteral("reopen") << QString() << QStringLiteral("in-progress");
    QTest::newRow("reopen blocked") << QStringLiteral("DDBNNNN") << bothConfirmed << 3
                                    << QStringLiteral("reopen") << QString() << QStringLiteral("in-progress");
    QTest::newRow("reopen skipped") << QStringLiteral("DNNNSNN") << bothConfirmed << 5
                                    << QStringLiteral("reopen") << QString() << QStringLiteral("in-progress");
    QTest::newRow("reopen not started")
        << QStringLiteral("DNNNNNN") << bothConfirmed << 3 << QStringLiteral("reopen") << QString()
        << QStringLiteral("plan.not-closed");
    QTest::newRow("reopen in progress")
        << QStringLiteral("DNPNNNN") << bothConfirmed << 3 << QStringLiteral("reopen") << QString()
        << QStringLiteral("plan.not-closed");

    // A done step changes only through reopen.
    QTest::newRow("start done") << QStringLiteral("DDNNNND") << bothConfirmed << 7 << QStringLiteral("start")
                                << QString() << QStringLiteral("plan.already-done");
    QTest::newRow("done done") << QStringLiteral("DDNNNND") << bothConfirmed << 7 << QStringLiteral("done")
                               << QString() << QStringLiteral("plan.already-done");
    QTest::newRow("block done") << QStringLiteral("DDNNNND") << bothConfirmed << 7 << QStringLiteral("block")
                                << QStringLiteral("found a problem") << QStringLiteral("plan.already-done");
    QTest::newRow("skip done") << QStringLiteral("DDNNNND") << bothConfirmed << 7 << QStringLiteral("skip")
                               << QStringLiteral("not needed") << QStringLiteral("plan.already-done");
    QTest::newRow("skip done step others need")
        << QStringLiteral("DNNNNNN") << bothConfirmed << 1 << QStringLiteral("skip")
        << QStringLiteral("not needed") << QStringLiteral("plan.already-done");

    // Other transitions.
    QTest::newRow("start in progress")
        << QStringLiteral("DPNNNNN") << bothConfirmed << 2 << QStringLiteral("start") << QString()
        << QStringLiteral("plan.already-in-progress");
    QTest::newRow("done without starting") << QStringLiteral("DNNNNNN") << bothConfirmed << 5
                                           << QStringLiteral("done") << QString() << QStringLiteral("done");
    QTest::newRow("done blocked") << QStringLiteral("DBNNNNN") << bothConfirmed << 2 << QStringLiteral("done")
                                  << QString() << QStringLiteral("done");
}

void TestSetupPlan::appliesTheRules()
{
    QFETCH(QString, plan);
    QFETCH(QStringList, confirmed);
    QFETCH(int, step);
    QFETCH(QString, action);
    QFETCH(QString, reason);
    QFETCH(QString, outcome);
    QVERIFY(openSeeded(plan, confirmed, true));
    const std::optional<StepAction> stepAction = actionFromKey(action);
    QVERIFY(stepAction.has_value());

    Result<StepState> applied
        = SetupPlan(*m_store).apply(change(step, *stepAction, QStringLiteral("alice"), reason));

    if (statusFromKey(outcome)) {
        QVERIFY2(applied.ok(), failureText(applied).constData());
        QCOMPARE(statusKey(applied->status), outcome);
    } else {
        QVERIFY2(!applied.ok(),
            applied.ok() ? qPrintable(QStringLiteral("applied, now ") + statusKey(applied->status)) : "");
        QCOMPARE(applied.error().code, outcome);
        QCOMPARE(applied.error().kind, ErrorKind::RuleViolation);
    }
}

void TestSetupPlan::refusesUnknownStep_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("action");
    QTest::newRow("start 0") << 0 << QStringLiteral("start");
    QTest::newRow("done 8") << 8 << QStringLiteral("done");
    QTest::newRow("block 8") << 8 << QStringLiteral("block");
    QTest::newRow("reopen -1") << -1 << QStringLiteral("reopen");
}

void TestSetupPlan::refusesUnknownStep()
{
    QFETCH(int, step);
    QFETCH(QString, action);
    QVERIFY(openSeeded(QStringLiteral("DDDDDDD"), bothConfirmed));

    Result<StepState> applied = SetupPlan(*m_store).apply(
        change(step, *actionFromKey(action), QStringLiteral("alice"), QStringLiteral("why")));

    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, QStringLiteral("plan.unknown-step"));
    QCOMPARE(applied.error().kind, ErrorKind::InvalidInput);
}

void TestSetupPlan::refusesChangeWithoutActor()
{
    QVERIFY(openSeeded(QStringLiteral("NNNNNNN"), bothConfirmed));

    Result<StepState> applied = SetupPlan(*m_store).apply(change(1, StepAction::Start, QStringLiteral("  ")));

    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, QStringLiteral("plan.no-actor"));
    QCOMPARE(applied.error().kind, ErrorKind::InvalidInput);
}

void TestSetupPlan::eachAppliedChangeAddsOneHistoryAndOneAuditRow_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");
    QTest::newRow("start") << QStringLiteral("DNNNNNN") << 2 << QStringLiteral("start") << QString();
    QTest::newRow("done") << QStringLiteral("DPNNNNN") << 2 << QStringLiteral("done") << QString();
    QTest::newRow("block") << QStringLiteral("DPNNNNN") << 2 << QStringLiteral("block")
                           << QStringLiteral("no org");
    QTest::newRow("skip") << QStringLiteral("DNNNNNN") << 5 << QStringLiteral("skip")
                          << QStringLiteral("no users");
    QTest::newRow("reopen") << QStringLiteral("DDNNNNN") << 2 << QStringLiteral("reopen") << QString();
}

void TestSetupPlan::eachAppliedChangeAddsOneHistoryAndOneAuditRow()
{
    QFETCH(QString, plan);
    QFETCH(int, step);
    QFETCH(QString, action);
    QFETCH(QString, reason);
    QVERIFY(openSeeded(plan, bothConfirmed));
    const int historyBefore = rowCount(*m_store, QStringLiteral("setup_step_history"));
    const int auditBefore = rowCount(*m_store, QStringLiteral("audit_log"));

    Result<StepState> applied
        = SetupPlan(*m_store).apply(change(step, *actionFromKey(action), QStringLiteral("alice"), reason));

    QVERIFY2(applied.ok(), failureText(applied).constData());
    QCOMPARE(rowCount(*m_store, QStringLiteral("setup_step_history")), historyBefore + 1);
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), auditBefore + 1);
}

void TestSetupPlan::appliedChangeIsRecordedInHistory()
{
    QVERIFY(openSeeded(QStringLiteral("NNNNNNN"), bothConfirmed));
    SetupPlan plan(*m_store);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    Result<StepState> applied = plan.apply(change(1, StepAction::Start, QStringLiteral("alice")));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(applied.ok(), failureText(applied).constData());

    Result<QList<StepHistoryEntry>> history = plan.history();

    QVERIFY2(history.ok(), failureText(history).constData());
    QCOMPARE(history->size(), 1);
    const StepHistoryEntry& entry = history->first();
    QCOMPARE(entry.step, 1);
    QCOMPARE(entry.from, StepStatus::NotStarted);
    QCOMPARE(entry.to, StepStatus::InProgress);
    QCOMPARE(entry.changedBy, QStringLiteral("alice"));
    QVERIFY2(entry.changedAt >= before && entry.changedAt <= after,
        qPrintable(entry.changedAt.toString(Qt::ISODateWithMs)));
}

void TestSetupPlan::appliedChangeIsRecordedInAuditLog()
{
    QVERIFY(openSeeded(QStringLiteral("DNNNNNN"), bothConfirmed));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    Result<StepState> applied = SetupPlan(*m_store).apply(
        change(2, StepAction::Block, QStringLiteral("bob"), QStringLiteral("no org yet")));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(applied.ok(), failureText(applied).constData());

    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();

    QVERIFY2(entries.ok(), failureText(entries).constData());
    QCOMPARE(entries->size(), 1);
    const AuditEntry& entry = entries->first();
    QCOMPARE(entry.actor, QStringLiteral("bob"));
    QCOMPARE(entry.action, QStringLiteral("step.block"));
    QCOMPARE(entry.arguments.value(QStringLiteral("step")).toInt(), 2);
    QCOMPARE(entry.arguments.value(QStringLiteral("from")).toString(), QStringLiteral("not-started"));
    QCOMPARE(entry.arguments.value(QStringLiteral("to")).toString(), QStringLiteral("blocked"));
    QCOMPARE(entry.arguments.value(QStringLiteral("reason")).toString(), QStringLiteral("no org yet"));
    QVERIFY2(entry.at >= before && entry.at <= after, qPrintable(entry.at.toString(Qt::ISODateWithMs)));
}

void TestSetupPlan::appliedStatusSurvivesReopeningTheStore()
{
    QVERIFY(openSeeded(QStringLiteral("DNNNNNN"), bothConfirmed));
    QVERIFY(SetupPlan(*m_store).apply(change(3, StepAction::Done, QStringLiteral("alice"))).ok());
    m_store.reset();

    Result<std::unique_ptr<Store>> reopened = m_database->open();
    QVERIFY2(reopened.ok(), failureText(reopened).constData());
    Result<PlanSnapshot> snapshot = SetupPlan(**reopened).snapshot();

    QVERIFY2(snapshot.ok(), failureText(snapshot).constData());
    QCOMPARE(snapshot->step(3)->state.status, StepStatus::Done);
    QCOMPARE(snapshot->step(3)->state.changedBy, QStringLiteral("alice"));
}

void TestSetupPlan::prerequisiteConfirmationIsStoredAndWithdrawable()
{
    QVERIFY(openSeeded(QStringLiteral("NNNNNNN"), {}));
    SetupPlan plan(*m_store);

    QVERIFY2(
        plan.confirmPrerequisite(actionsEnabled, true, QStringLiteral("alice"), QStringLiteral("seen it"))
            .ok(),
        "confirming failed");
    Result<PlanSnapshot> confirmed = plan.snapshot();
    QVERIFY2(
        plan.confirmPrerequisite(actionsEnabled, false, QStringLiteral("bob")).ok(), "withdrawing failed");
    Result<PlanSnapshot> withdrawn = plan.snapshot();

    QVERIFY2(confirmed.ok(), failureText(confirmed).constData());
    QVERIFY2(withdrawn.ok(), failureText(withdrawn).constData());
    auto stateOf = [](const PlanSnapshot& snapshot) {
        for (const PrerequisiteState& state : snapshot.prerequisites) {
            if (state.definition.key == actionsEnabled) {
                return state;
            }
        }
        return PrerequisiteState {};
    };
    QCOMPARE(stateOf(*confirmed).confirmed, true);
    QCOMPARE(stateOf(*confirmed).note, QStringLiteral("seen it"));
    QCOMPARE(stateOf(*withdrawn).confirmed, false);
    QCOMPARE(stateOf(*withdrawn).changedBy, QStringLiteral("bob"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("prerequisites")), 1);
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 2);
}

void TestSetupPlan::refusedChangeWritesNothing_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("actor");
    QTest::newRow("locked") << 4 << QStringLiteral("start") << QString() << QStringLiteral("alice");
    QTest::newRow("no reason") << 3 << QStringLiteral("block") << QStringLiteral(" ")
                               << QStringLiteral("alice");
    QTest::newRow("needed by others")
        << 3 << QStringLiteral("skip") << QStringLiteral("why not") << QStringLiteral("alice");
    QTest::newRow("already done") << 1 << QStringLiteral("start") << QString() << QStringLiteral("alice");
    QTest::newRow("unknown step") << 8 << QStringLiteral("start") << QString() << QStringLiteral("alice");
    QTest::newRow("no actor") << 3 << QStringLiteral("start") << QString() << QString();
}

void TestSetupPlan::refusedChangeWritesNothing()
{
    QFETCH(int, step);
    QFETCH(QString, action);
    QFETCH(QString, reason);
    QFETCH(QString, actor);
    QVERIFY(openSeeded(QStringLiteral("DPNNNNN"), bothConfirmed));
    const QStringList before = recordedChanges(*m_store);

    Result<StepState> applied
        = SetupPlan(*m_store).apply(change(step, *actionFromKey(action), actor, reason));

    QVERIFY(!applied.ok());
    QCOMPARE(recordedChanges(*m_store), before);
}

void TestSetupPlan::startMakesTheActorTheOwner()
{
    QVERIFY(openSeeded(QStringLiteral("DNNNNNN"), bothConfirmed));

    Result<StepState> applied
        = SetupPlan(*m_store).apply(change(3, StepAction::Start, QStringLiteral("carol")));

    QVERIFY2(applied.ok(), failureText(applied).constData());
    QCOMPARE(applied->owner, QStringLiteral("carol"));
    QCOMPARE(SetupPlan(*m_store).snapshot()->step(3)->state.owner, QStringLiteral("carol"));
}

void TestSetupPlan::doneByAnotherAdminKeepsTheOwner()
{
    QVERIFY(openSeeded(QStringLiteral("DNNNNNN"), bothConfirmed));
    SetupPlan plan(*m_store);
    QVERIFY(plan.apply(change(3, StepAction::Start, QStringLiteral("carol"))).ok());

    Result<StepState> applied = plan.apply(change(3, StepAction::Done, QStringLiteral("dave")));

    QVERIFY2(applied.ok(), failureText(applied).constData());
    QCOMPARE(applied->owner, QStringLiteral("carol"));
    QCOMPARE(applied->changedBy, QStringLiteral("dave"));
}

void TestSetupPlan::reopenOfDoneStepIsRecorded()
{
    QVERIFY(openSeeded(QStringLiteral("DNNNNNN"), bothConfirmed));
    SetupPlan plan(*m_store);
    QVERIFY(plan.apply(change(3, StepAction::Done, QStringLiteral("alice"))).ok());

    Result<StepState> reopened = plan.apply(change(3, StepAction::Reopen, QStringLiteral("bob")));

    QVERIFY2(reopened.ok(), failureText(reopened).constData());
    Result<QList<StepHistoryEntry>> history = plan.history(3);
    QVERIFY2(history.ok(), failureText(history).constData());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->first().from, StepStatus::Done);
    QCOMPARE(history->first().to, StepStatus::InProgress);
    QCOMPARE(history->first().changedBy, QStringLiteral("bob"));
    Result<QList<AuditEntry>> audit = AuditLog(*m_store).entries(1);
    QVERIFY2(audit.ok(), failureText(audit).constData());
    QCOMPARE(audit->first().action, QStringLiteral("step.reopen"));
}

void TestSetupPlan::blockReasonIsKeptTrimmed()
{
    QVERIFY(openSeeded(QStringLiteral("DNNNNNN"), bothConfirmed));

    QVERIFY(SetupPlan(*m_store)
                .apply(change(2, StepAction::Block, QStringLiteral("bob"), QStringLiteral("  no org yet \n")))
                .ok());

    QCOMPARE(SetupPlan(*m_store).snapshot()->step(2)->state.reason, QStringLiteral("no org yet"));
}

void TestSetupPlan::snapshotAgreesWithCheck_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QStringList>("confirmed");
    QTest::newRow("fresh, nothing confirmed") << QStringLiteral("NNNNNNN") << QStringList();
    QTest::newRow("fresh, all confirmed") << QStringLiteral("NNNNNNN") << bothConfirmed;
    QTest::newRow("halfway") << QStringLiteral("DDPNBNN") << bothConfirmed;
    QTest::newRow("sync unconfirmed") << QStringLiteral("DDDNNPN") << QStringList { actionsEnabled };
    QTest::newRow("nearly done") << QStringLiteral("DDDDSDB") << bothConfirmed;
    QTest::newRow("dependency reopened") << QStringLiteral("PDDDDDD") << bothConfirmed;
}

void TestSetupPlan::snapshotAgreesWithCheck()
{
    QFETCH(QString, plan);
    QFETCH(QStringList, confirmed);
    QVERIFY(openSeeded(plan, confirmed, true));

    Result<PlanSnapshot> snapshot = SetupPlan(*m_store).snapshot();

    QVERIFY2(snapshot.ok(), failureText(snapshot).constData());
    QCOMPARE(snapshot->steps.size(), 7);
    QList<StepState> states;
    for (const StepView& view : snapshot->steps) {
        states << view.state;
    }
    for (const StepView& view : snapshot->steps) {
        const int step = view.definition.number;
        for (StepAction action : allActions()) {
            const bool allowed
                = SetupPlan::check(change(step, action, QStringLiteral("x"), QStringLiteral("a reason")),
                    states, snapshot->prerequisites)
                      .ok();
            QVERIFY2(view.allowedActions.contains(action) == allowed,
                qPrintable(QStringLiteral("step %1, %2").arg(step).arg(actionKey(action))));
        }
        if (!view.isFinished()) {
            Result<StepStatus> done
                = SetupPlan::check(change(step, StepAction::Done), states, snapshot->prerequisites);
            const bool lockedByCheck = !done.ok() && done.error().code == QLatin1String("plan.locked");
            QVERIFY2(view.isLocked() == lockedByCheck, qPrintable(QStringLiteral("step %1").arg(step)));
        }
    }
}

void TestSetupPlan::lockReasonsNameEachOpenDependencyAndPrerequisite()
{
    QVERIFY(openSeeded(QStringLiteral("DPNNNNN"), QStringList { actionsEnabled }));

    Result<PlanSnapshot> snapshot = SetupPlan(*m_store).snapshot();

    QVERIFY2(snapshot.ok(), failureText(snapshot).constData());
    const QStringList reasons = snapshot->step(4)->lockReasons;
    QCOMPARE(reasons.size(), 3); // steps 2 and 3, and the Marketo-Salesforce sync
    QVERIFY(reasons.at(0).contains(PlanDefinition::step(2)->title));
    QVERIFY(reasons.at(1).contains(PlanDefinition::step(3)->title));
    QVERIFY(reasons.at(2).contains(PlanDefinition::prerequisite(marketoSalesforceSync)->title));
}

void TestSetupPlan::reviewStoreRefusesChanges_data()
{
    QTest::addColumn<bool>("prerequisite");
    QTest::newRow("step change") << false;
    QTest::newRow("prerequisite confirmation") << true;
}

void TestSetupPlan::reviewStoreRefusesChanges()
{
    QFETCH(bool, prerequisite);
    QVERIFY(openSeeded(QStringLiteral("NNNNNNN"), bothConfirmed));
    m_store.reset();
    const QStringList before = m_database->fingerprint();
    {
        Result<std::unique_ptr<Store>> review = m_database->openForReview();
        QVERIFY2(review.ok(), failureText(review).constData());
        SetupPlan plan(**review);

        std::optional<Error> refusal;
        if (prerequisite) {
            Result<void> confirmed = plan.confirmPrerequisite(actionsEnabled, false, QStringLiteral("alice"));
            QVERIFY(!confirmed.ok());
            refusal = confirmed.error();
        } else {
            Result<StepState> applied = plan.apply(change(1, StepAction::Start));
            QVERIFY(!applied.ok());
            refusal = applied.error();
        }

        QCOMPARE(refusal->code, QStringLiteral("review.read-only"));
        QCOMPARE(refusal->kind, ErrorKind::RuleViolation);
    }
    QCOMPARE(m_database->fingerprint(), before);
}

void TestSetupPlan::definitionHasSevenStepsInOrder()
{
    QCOMPARE(PlanDefinition::stepCount, 7);
    QList<int> numbers;
    for (const StepDefinition& step : PlanDefinition::steps()) {
        numbers << step.number;
    }
    QCOMPARE(numbers, QList<int>({ 1, 2, 3, 4, 5, 6, 7 }));
    QCOMPARE(PlanDefinition::step(0), nullptr);
    QCOMPARE(PlanDefinition::step(8), nullptr);
}

void TestSetupPlan::stepFollowsSpec_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QStringList>("personas");
    QTest::addColumn<QList<int>>("dependsOn");
    const QString marketo = QStringLiteral("marketo-admin");
    const QString salesforce = QStringLiteral("salesforce-admin");
    const QStringList personas[] = { { marketo }, { marketo, salesforce }, { marketo }, { marketo },
        { marketo }, { salesforce }, { salesforce } };
    for (const auto& [step, needs] : specDependencies) {
        QTest::addRow("step %d", step) << step << personas[step - 1] << needs;
    }
}

void TestSetupPlan::stepFollowsSpec()
{
    QFETCH(int, step);
    QFETCH(QStringList, personas);
    QFETCH(QList<int>, dependsOn);

    const StepDefinition* definition = PlanDefinition::step(step);

    QVERIFY(definition);
    QCOMPARE(personaKeys(definition->personas), personas);
    QList<int> actual = definition->dependsOn;
    std::sort(actual.begin(), actual.end());
    QCOMPARE(actual, dependsOn);
}

void TestSetupPlan::prerequisitesGateStepsOneAndFour()
{
    QCOMPARE(PlanDefinition::prerequisites().size(), 2);
    QVERIFY(PlanDefinition::prerequisite(actionsEnabled));
    QCOMPARE(PlanDefinition::prerequisite(actionsEnabled)->gatesSteps, QList<int>({ 1 }));
    QVERIFY(PlanDefinition::prerequisite(marketoSalesforceSync));
    QCOMPARE(PlanDefinition::prerequisite(marketoSalesforceSync)->gatesSteps, QList<int>({ 4 }));
}

QTEST_GUILESS_MAIN(TestSetupPlan)
void TestSetupPlan::stepFiveIsDoneOnceSomeoneBesidesTheFirstAdminIsInvited()
{
    QVERIFY(openSeeded(QStringLiteral("DNNNPNN"), bothConfirmed));
    const QString alice = QStringLiteral("alice@acme.example");
    QVERIFY(InstanceRepository(*m_store).create(QStringLiteral("Acme"), alice).ok());
    UserDirectory users(*m_store);
    QVERIFY(
        users.invite({ Invitee { QStringLiteral("ann@acme.example") } }, alice).ok()); // the original user
    SetupPlan plan(*m_store);

    // Only the first admin: Mark done is refused with the reason (and not offered), Skip stays possible.
    const Result<StepState> refused = plan.apply(change(5, StepAction::Done, alice));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("plan.users-none-invited"));
    QVERIFY(!plan.snapshot().value().step(5)->allowedActions.contains(StepAction::Done));
    QCOMPARE(plan.snapshot().value().step(5)->state.status, StepStatus::InProgress);

    // A revoked invitation does not count.
    QVERIFY(users.invite({ Invitee { QStringLiteral("bo@acme.example") } }, alice).ok());
    QVERIFY(users.revoke(QStringLiteral("bo@acme.example"), alice).ok());
    QCOMPARE(users.invitedBesidesOriginal().value(), 0);
    QVERIFY(!plan.apply(change(5, StepAction::Done, alice)).ok());

    QVERIFY(users.invite({ Invitee { QStringLiteral("cy@acme.example") } }, alice).ok());
    QCOMPARE(users.invitedBesidesOriginal().value(), 1);
    QVERIFY(plan.snapshot().value().step(5)->allowedActions.contains(StepAction::Done));
    const Result<StepState> done = plan.apply(change(5, StepAction::Done, alice));
    QVERIFY2(done.ok(), failureText(done).constData());
    QCOMPARE(done->status, StepStatus::Done);
}

#include "testsetupplan.moc"
