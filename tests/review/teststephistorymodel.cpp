// The step history model shows every status change as a read-only row, newest first as given, with raw
// values for sorting and the new status's key for styling.
#include "review/stephistorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sia;

namespace {

StepHistoryEntry entry(
    qint64 id, int step, StepStatus from, StepStatus to, const QString& by, const QString& reason = {})
{
    StepHistoryEntry result;
    result.id = id;
    result.step = step;
    result.from = from;
    result.to = to;
    result.changedBy = by;
    result.reason = reason;
    result.changedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC).addSecs(id * 60);
    return result;
}

const QList<StepHistoryEntry> sample {
    entry(3, 3, StepStatus::InProgress, StepStatus::Blocked, QStringLiteral("bob"),
        QStringLiteral("no API user")),
    entry(2, 1, StepStatus::InProgress, StepStatus::Done, QStringLiteral("alice")),
    entry(1, 1, StepStatus::NotStarted, StepStatus::InProgress, QStringLiteral("alice")),
};

} // namespace

class TestStepHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterWhenEmptyAndFilled();
    void hasOneRowPerEntryAndSixColumns();
    void displaysEachColumn_data();
    void displaysEachColumn();
    void sortRoleGivesRawValues();
    void rolesCarryStepAndNewStatus();
    void isReadOnly();
    void settingEntriesResetsTheModel();
};

void TestStepHistoryModel::passesModelTesterWhenEmptyAndFilled()
{
    StepHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(sample);
    model.setEntries({});
    model.setEntries(sample);
}

void TestStepHistoryModel::hasOneRowPerEntryAndSixColumns()
{
    StepHistoryModel model;
    model.setEntries(sample);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestStepHistoryModel::displaysEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("step") << int(StepHistoryModel::StepColumn)
                          << QStringLiteral("3 · Connect Actions to Marketo");
    QTest::newRow("from") << int(StepHistoryModel::FromColumn) << QStringLiteral("In progress");
    QTest::newRow("to") << int(StepHistoryModel::ToColumn) << QStringLiteral("Blocked");
    QTest::newRow("by") << int(StepHistoryModel::ByColumn) << QStringLiteral("bob");
    QTest::newRow("reason") << int(StepHistoryModel::ReasonColumn) << QStringLiteral("no API user");
    QTest::newRow("when") << int(StepHistoryModel::WhenColumn)
                          << QLocale().toString(
                                 sample.constFirst().changedAt.toLocalTime(), QLocale::ShortFormat);
}

void TestStepHistoryModel::displaysEachColumn()
{
    QFETCH(int, column);
    QFETCH(QString, expected);
    StepHistoryModel model;
    model.setEntries(sample);
    QCOMPARE(model.index(0, column).data().toString(), expected);
}

void TestStepHistoryModel::sortRoleGivesRawValues()
{
    StepHistoryModel model;
    model.setEntries(sample);
    QCOMPARE(model.index(0, StepHistoryModel::WhenColumn).data(StepHistoryModel::SortRole).toLongLong(), 3);
    QCOMPARE(model.index(2, StepHistoryModel::StepColumn).data(StepHistoryModel::SortRole).toInt(), 1);
}

void TestStepHistoryModel::rolesCarryStepAndNewStatus()
{
    StepHistoryModel model;
    model.setEntries(sample);
    QCOMPARE(model.index(1, 0).data(StepHistoryModel::StepNumberRole).toInt(), 1);
    QCOMPARE(model.index(1, 0).data(StepHistoryModel::ToStatusKeyRole).toString(), QStringLiteral("done"));
    QVERIFY(
        model.index(0, 0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("no API user")));
}

void TestStepHistoryModel::isReadOnly()
{
    StepHistoryModel model;
    model.setEntries(sample);
    QVERIFY(!(model.flags(model.index(0, StepHistoryModel::ReasonColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, StepHistoryModel::ReasonColumn), QStringLiteral("changed")));
}

void TestStepHistoryModel::settingEntriesResetsTheModel()
{
    StepHistoryModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEntries(sample);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.entries().size(), 3);
}

QTEST_GUILESS_MAIN(TestStepHistoryModel)
#include "teststephistorymodel.moc"
