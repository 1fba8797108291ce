// The audit log model shows each entry as a read-only row: when, who, and what, to what and how, worded
// by the audit catalogue from the entry's key and arguments.
#include "review/auditcatalogue.h"
#include "review/auditlogmodel.h"
#include "setup/plandefinition.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace sia;

namespace {

AuditEntry entry(qint64 id, const QString& action, const QJsonObject& arguments = {})
{
    AuditEntry result;
    result.id = id;
    result.at = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC).addSecs(id);
    result.actor = QStringLiteral("alice");
    result.action = action;
    result.arguments = arguments;
    return result;
}

const QList<AuditEntry> sample {
    entry(2, QStringLiteral("step.block"),
        { { QStringLiteral("step"), 3 }, { QStringLiteral("from"), QStringLiteral("in-progress") },
            { QStringLiteral("to"), QStringLiteral("blocked") },
            { QStringLiteral("reason"), QStringLiteral("no API user") } }),
    entry(1, QStringLiteral("prerequisite.confirmed"),
        { { QStringLiteral("prerequisite"), QStringLiteral("actions-enabled") } }),
};

RecordPage<AuditEntry> pageOf(const QList<AuditEntry>& rows)
{
    return { rows, false, rows.size(), rows.size() };
}

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterWhenEmptyAndFilled();
    void hasOneRowPerEntryAndFiveColumns();
    void displaysEachColumn_data();
    void displaysEachColumn();
    void argumentsReadAsOneLine_data();
    void argumentsReadAsOneLine();
    void unknownActionStillShows();
    void timeSortsByEntryOrder();
    void isReadOnly();
};

void TestAuditLogModel::passesModelTesterWhenEmptyAndFilled()
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFirstPage(pageOf(sample));
    model.setFirstPage(pageOf({}));
    model.setFirstPage(pageOf(sample));
}

void TestAuditLogModel::hasOneRowPerEntryAndFiveColumns()
{
    AuditLogModel model;
    model.setFirstPage(pageOf(sample));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 5);
}

void TestAuditLogModel::displaysEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("who") << int(AuditLogModel::ActorColumn) << QStringLiteral("alice");
    QTest::newRow("action") << int(AuditLogModel::ActionColumn) << QStringLiteral("Step blocked");
    QTest::newRow("subject") << int(AuditLogModel::SubjectColumn)
                             << QStringLiteral("Step 3 · %1").arg(PlanDefinition::step(3)->title);
    QTest::newRow("details") << int(AuditLogModel::DetailsColumn)
                             << QStringLiteral("From In progress to Blocked. Reason: no API user");
}

void TestAuditLogModel::displaysEachColumn()
{
    QFETCH(int, column);
    QFETCH(QString, expected);
    AuditLogModel model;
    model.setFirstPage(pageOf(sample));
    QCOMPARE(model.index(0, column).data().toString(), expected);
}

void TestAuditLogModel::argumentsReadAsOneLine_data()
{
    QTest::addColumn<QJsonObject>("details");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QJsonObject() << QString();
    QTest::newRow("text") << QJsonObject { { QStringLiteral("note"), QStringLiteral("by phone") } }
                          << QStringLiteral("note: by phone");
    QTest::newRow("number and flag") << QJsonObject { { QStringLiteral("count"), 3 },
        { QStringLiteral("dry"), true } }
                                     << QStringLiteral("count: 3; dry: true");
    QTest::newRow("nested") << QJsonObject { { QStringLiteral("ids"), QJsonArray { 1, 2 } } }
                            << QStringLiteral("ids: [1,2]");
}

void TestAuditLogModel::argumentsReadAsOneLine()
{
    QFETCH(QJsonObject, details);
    QFETCH(QString, expected);
    QCOMPARE(AuditCatalogue::argumentsText(details), expected);
}

void TestAuditLogModel::unknownActionStillShows()
{
    AuditLogModel model;
    model.setFirstPage(pageOf({ entry(9, QStringLiteral("sync.people.finished"),
        { { QStringLiteral("created"), 12 }, { QStringLiteral("run"), QStringLiteral("r-1") } }) }));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(),
        QStringLiteral("sync.people.finished"));
    QCOMPARE(model.index(0, AuditLogModel::DetailsColumn).data().toString(),
        QStringLiteral("created: 12; run: r-1"));
}

void TestAuditLogModel::timeSortsByEntryOrder()
{
    AuditLogModel model;
    model.setFirstPage(pageOf(sample));
    QCOMPARE(model.index(0, AuditLogModel::WhenColumn).data(AuditLogModel::SortRole).toLongLong(), 2);
    QCOMPARE(model.index(1, AuditLogModel::WhenColumn).data(AuditLogModel::SortRole).toLongLong(), 1);
    QCOMPARE(model.index(1, 0).data(AuditLogModel::ActionKeyRole).toString(),
        QStringLiteral("prerequisite.confirmed"));
}

void TestAuditLogModel::isReadOnly()
{
    AuditLogModel model;
    model.setFirstPage(pageOf(sample));
    QVERIFY(!(model.flags(model.index(0, AuditLogModel::ActionColumn)) & Qt::ItemIsEditable));
}

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "testauditlogmodel.moc"
