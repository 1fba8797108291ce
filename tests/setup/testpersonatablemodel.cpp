// The persona table presents a plan snapshot: one row per step, the columns of SPEC section 3, roles for
// styling, and in-place updates that keep a view's selection.
#include "setup/personatablemodel.h"
#include "setup/setupplan.h"
#include "storetesthelpers.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

const QString firstChange = QStringLiteral("2026-03-04T05:06:07.000Z");
const QString secondChange = QStringLiteral("2026-03-05T10:20:30.000Z");

// Step 1 done by alice; step 2 in progress, taken on by alice and last changed by bob; step 7 blocked
// by carol. Steps 4 and 6 are locked (step 2 or 3 is open); 3 and 5 can start.
const QStringList seedStatements {
    QStringLiteral(
        "INSERT INTO prerequisites (key, confirmed, changed_by, changed_at) VALUES"
        " ('actions-enabled', {{true}}, 'alice', '%1'), ('marketo-salesforce-sync', {{true}}, 'alice', '%1')")
        .arg(firstChange),
    QStringLiteral("INSERT INTO setup_steps (step, status, reason, owner, changed_by, changed_at) VALUES"
                   " (1, 'done', NULL, 'alice', 'alice', '%1'),"
                   " (2, 'in-progress', NULL, 'alice', 'bob', '%2'),"
                   " (7, 'blocked', 'waiting for the package', 'carol', 'carol', '%2')")
        .arg(firstChange, secondChange),
};

QString lastChangeText(const QString& storedTime, const QString& by)
{
    const QDateTime at = QDateTime::fromString(storedTime, Qt::ISODateWithMs);
    return QStringLiteral("%1 by %2").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), by);
}

} // namespace

class TestPersonaTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passesModelTesterThroughEmptyFullAndChangedSnapshots();
    void hasOneRowPerStepAndSixColumns();
    void headersNameTheColumns_data();
    void headersNameTheColumns();
    void displaysEachColumn_data();
    void displaysEachColumn();
    void rolesCarryStepStatusAndLocks_data();
    void rolesCarryStepStatusAndLocks();
    void inPlaceUpdateEmitsDataChangedNotReset();
    void inPlaceUpdateShowsTheNewValues();

private:
    PlanSnapshot snapshot();
    bool completeStep3();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestPersonaTableModel::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    for (const QString& statement : seedStatements) {
        Result<QSqlQuery> seeded = m_store->exec(m_store->dialect().expandTokens(statement));
        QVERIFY2(seeded.ok(), failureText(seeded).constData());
    }
}

void TestPersonaTableModel::cleanup()
{
    m_store.reset();
    m_database.reset();
}

PlanSnapshot TestPersonaTableModel::snapshot()
{
    Result<PlanSnapshot> taken = SetupPlan(*m_store).snapshot();
    if (!taken) {
        qWarning() << failureText(taken);
        return {};
    }
    return *taken;
}

bool TestPersonaTableModel::completeStep3()
{
    Result<StepState> started
        = SetupPlan(*m_store).apply(StepChange { 3, StepAction::Done, {}, QStringLiteral("dave") });
    if (!started) {
        qWarning() << failureText(started);
    }
    return started.ok();
}

void TestPersonaTableModel::passesModelTesterThroughEmptyFullAndChangedSnapshots()
{
    PersonaTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setSnapshot(snapshot());
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(completeStep3());
    model.setSnapshot(snapshot());
    QVERIFY(!QTest::currentTestFailed());
    model.setSnapshot(PlanSnapshot());
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(model.rowCount(), 0);
}

void TestPersonaTableModel::hasOneRowPerStepAndSixColumns()
{
    PersonaTableModel model;
    QCOMPARE(model.rowCount(), 0);

    model.setSnapshot(snapshot());

    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), 6);
}

void TestPersonaTableModel::headersNameTheColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("header");
    QTest::newRow("step") << int(PersonaTableModel::StepColumn) << QStringLiteral("Step");
    QTest::newRow("persona") << int(PersonaTableModel::PersonaColumn) << QStringLiteral("Persona");
    QTest::newRow("title") << int(PersonaTableModel::TitleColumn) << QStringLiteral("What to do");
    QTest::newRow("status") << int(PersonaTableModel::StatusColumn) << QStringLiteral("Status");
    QTest::newRow("owner") << int(PersonaTableModel::OwnerColumn) << QStringLiteral("Owner");
    QTest::newRow("last change") << int(PersonaTableModel::LastChangeColumn) << QStringLiteral("Last change");
}

void TestPersonaTableModel::headersNameTheColumns()
{
    QFETCH(int, column);
    QFETCH(QString, header);
    PersonaTableModel model;

    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), header);
}

void TestPersonaTableModel::displaysEachColumn_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    using M = PersonaTableModel;
    QTest::newRow("step number") << 5 << int(M::StepColumn) << QStringLiteral("5");
    QTest::newRow("persona, Marketo") << 1 << int(M::PersonaColumn) << QStringLiteral("Marketo admin");
    QTest::newRow("persona, either") << 2 << int(M::PersonaColumn)
                                     << QStringLiteral("Marketo admin or Salesforce admin");
    QTest::newRow("persona, Salesforce") << 6 << int(M::PersonaColumn) << QStringLiteral("Salesforce admin");
    QTest::newRow("title") << 3 << int(M::TitleColumn) << QStringLiteral("Connect Actions to Marketo");
    QTest::newRow("status, done") << 1 << int(M::StatusColumn) << QStringLiteral("Done");
    QTest::newRow("status, in progress") << 2 << int(M::StatusColumn) << QStringLiteral("In progress");
    // Step 7 waits for step 2: the table says so as the navigation does (StepView::statusText).
    QTest::newRow("status, blocked and locked")
        << 7 << int(M::StatusColumn) << QStringLiteral("Blocked (locked)");
    QTest::newRow("status, not started and free")
        << 3 << int(M::StatusColumn) << QStringLiteral("Not started");
    QTest::newRow("status, not started and locked")
        << 4 << int(M::StatusColumn) << QStringLiteral("Not started (locked)");
    QTest::newRow("owner") << 2 << int(M::OwnerColumn) << QStringLiteral("alice");
    QTest::newRow("no owner") << 3 << int(M::OwnerColumn) << QStringLiteral("—");
    QTest::newRow("last change") << 2 << int(M::LastChangeColumn)
                                 << lastChangeText(secondChange, QStringLiteral("bob"));
    QTest::newRow("never changed") << 3 << int(M::LastChangeColumn) << QStringLiteral("—");
}

void TestPersonaTableModel::displaysEachColumn()
{
    QFETCH(int, step);
    QFETCH(int, column);
    QFETCH(QString, expected);
    PersonaTableModel model;
    model.setSnapshot(snapshot());

    QCOMPARE(model.data(model.index(step - 1, column)).toString(), expected);
}

void TestPersonaTableModel::rolesCarryStepStatusAndLocks_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("statusKey");
    QTest::addColumn<int>("lockReasonCount");
    QTest::newRow("done") << 1 << QStringLiteral("done") << 0;
    QTest::newRow("in progress") << 2 << QStringLiteral("in-progress") << 0;
    QTest::newRow("free") << 3 << QStringLiteral("not-started") << 0;
    QTest::newRow("locked by steps 2 and 3") << 4 << QStringLiteral("not-started") << 2;
    QTest::newRow("locked by step 2") << 6 << QStringLiteral("not-started") << 1;
    QTest::newRow("blocked and locked") << 7 << QStringLiteral("blocked") << 1;
}

void TestPersonaTableModel::rolesCarryStepStatusAndLocks()
{
    QFETCH(int, step);
    QFETCH(QString, statusKey);
    QFETCH(int, lockReasonCount);
    PersonaTableModel model;
    const PlanSnapshot plan = snapshot();
    model.setSnapshot(plan);

    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex index = model.index(step - 1, column);
        QCOMPARE(index.data(PersonaTableModel::StepNumberRole).toInt(), step);
        QCOMPARE(index.data(PersonaTableModel::StatusKeyRole).toString(), statusKey);
        QCOMPARE(index.data(PersonaTableModel::LockedRole).toBool(), lockReasonCount > 0);
        QCOMPARE(index.data(PersonaTableModel::LockReasonsRole).toStringList(), plan.step(step)->lockReasons);
        QCOMPARE(index.data(PersonaTableModel::LockReasonsRole).toStringList().size(), lockReasonCount);
        QCOMPARE(index.data(PersonaTableModel::BlockingStepsRole).value<QList<int>>(),
            plan.step(step)->blockers.steps);
    }
}

void TestPersonaTableModel::inPlaceUpdateEmitsDataChangedNotReset()
{
    PersonaTableModel model;
    model.setSnapshot(snapshot());
    QVERIFY(completeStep3());
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy rowsRemoved(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy rowsInserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setSnapshot(snapshot());

    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(rowsRemoved.count(), 0);
    QCOMPARE(rowsInserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QVERIFY(topLeft.row() <= 2 && bottomRight.row() >= 2); // step 3 changed
    QVERIFY(topLeft.column() <= PersonaTableModel::StatusColumn
        && bottomRight.column() >= PersonaTableModel::LastChangeColumn);
}

void TestPersonaTableModel::inPlaceUpdateShowsTheNewValues()
{
    PersonaTableModel model;
    model.setSnapshot(snapshot());
    QVERIFY(completeStep3());

    model.setSnapshot(snapshot());

    QCOMPARE(model.index(2, 0).data(PersonaTableModel::StatusKeyRole).toString(), QStringLiteral("done"));
    QCOMPARE(model.index(2, PersonaTableModel::OwnerColumn).data().toString(), QStringLiteral("dave"));
    // Step 4 now waits on step 2 only.
    QCOMPARE(model.index(3, 0).data(PersonaTableModel::LockReasonsRole).toStringList().size(), 1);
}

QTEST_GUILESS_MAIN(TestPersonaTableModel)
#include "testpersonatablemodel.moc"
