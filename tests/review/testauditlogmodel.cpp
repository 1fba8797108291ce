// The audit log model shows each entry as a read-only row: when, who, what, to what, and its details
// as one readable line.
#include "review/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace sia;

namespace {

AuditEntry entry(qint64 id, const QString& action, const QString& subject, const QJsonObject& details = {})
{
    AuditEntry result;
    result.id = id;
    result.at = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC).addSecs(id);
    result.actor = QStringLiteral("alice");
    result.action = action;
    result.subject = subject;
    result.details = details;
    return result;
}

const QList<AuditEntry> sample {
    entry(2, QStringLiteral("step.block"), QStringLiteral("step 3"),
        { { QStringLiteral("from"), QStringLiteral("in-progress") },
            { QStringLiteral("to"), QStringLiteral("blocked") },
            { QStringLiteral("reason"), QStringLiteral("no API user") } }),
    entry(1, QStringLiteral("prerequisite.confirmed"), QStringLiteral("prerequisite actions-enabled")),
};

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterWhenEmptyAndFilled();
    void hasOneRowPerEntryAndFiveColumns();
    void displaysEachColumn_data();
    void displaysEachColumn();
    void detailsReadAsOneLine_data();
    void detailsReadAsOneLine();
    void timeSortsByEntryOrder();
    void isReadOnly();
};

void TestAuditLogModel::passesModelTesterWhenEmptyAndFilled()
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(sample);
    model.setEntries({});
    model.setEntries(sample);
}

void TestAuditLogModel::hasOneRowPerEntryAndFiveColumns()
{
    AuditLogModel model;
    model.setEntries(sample);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 5);
}

void TestAuditLogModel::displaysEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("who") << int(AuditLogModel::ActorColumn) << QStringLiteral("alice");
    QTest::newRow("action") << int(AuditLogModel::ActionColumn) << QStringLiteral("step.block");
    QTest::newRow("subject") << int(AuditLogModel::SubjectColumn) << QStringLiteral("step 3");
    QTest::newRow("details") << int(AuditLogModel::DetailsColumn)
                             << QStringLiteral("from: in-progress; reason: no API user; to: blocked");
}

void TestAuditLogModel::displaysEachColumn()
{
    QFETCH(int, column);
    QFETCH(QString, expected);
    AuditLogModel model;
    model.setEntries(sample);
    QCOMPARE(model.index(0, column).data().toString(), expected);
}

void TestAuditLogModel::detailsReadAsOneLine_data()
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

void TestAuditLogModel::detailsReadAsOneLine()
{
    QFETCH(QJsonObject, details);
    QFETCH(QString, expected);
    QCOMPARE(AuditLogModel::detailsText(details), expected);
}

void TestAuditLogModel::timeSortsByEntryOrder()
{
    AuditLogModel model;
    model.setEntries(sample);
    QCOMPARE(model.index(0, AuditLogModel::WhenColumn).data(AuditLogModel::SortRole).toLongLong(), 2);
    QCOMPARE(model.index(1, AuditLogModel::WhenColumn).data(AuditLogModel::SortRole).toLongLong(), 1);
    QCOMPARE(model.index(1, 0).data(AuditLogModel::ActionKeyRole).toString(),
        QStringLiteral("prerequisite.confirmed"));
}

void TestAuditLogModel::isReadOnly()
{
    AuditLogModel model;
    model.setEntries(sample);
    QVERIFY(!(model.flags(model.index(0, AuditLogModel::ActionColumn)) & Qt::ItemIsEditable));
}

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "testauditlogmodel.moc"
