// The import preview as a table under QAbstractItemModelTester: every row with its line, invitee, verdict
// words and message; "problems only" keeps the rows that will not be invited; the counts' plurals.
#include "common/translations.h"
#include "users/csv/importpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace sia;

class TestImportPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsShowTheirVerdictAndWhy();
    void problemsOnlyKeepsTheRowsNotInvited();
    void countsHaveTheirPlurals();
};

namespace {

InviteImportPlan plan()
{
    CsvTable table;
    table.header = { QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Teams") };
    table.delimiter = u',';
    table.rows = {
        CsvRow {
            2, { QStringLiteral("ana@acme.example"), QStringLiteral("Ana Lee"), QStringLiteral("Field") } },
        CsvRow { 3, { QStringLiteral("not an address"), QStringLiteral("Bo"), QString() } },
        CsvRow { 4, { QStringLiteral("ANA@acme.example"), QStringLiteral("Ana again"), QString() } },
        CsvRow { 5, { QStringLiteral("cy@acme.example"), QStringLiteral("Cy Berg"), QString() } },
    };
    ColumnMapping mapping;
    mapping.setColumn(InviteeField::Email, 0);
    mapping.setColumn(InviteeField::FullName, 1);
    mapping.setColumn(InviteeField::Teams, 2);
    return InviteImportPlan::build(table, mapping, {}, {}, {});
}

} // namespace

void TestImportPreviewModel::initTestCase()
{
    QCOMPARE(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("sia-admin_en.qm"));
}

void TestImportPreviewModel::rowsShowTheirVerdictAndWhy()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, ImportPreviewModel::LineColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, ImportPreviewModel::NameColumn).data().toString(), QStringLiteral("Ana Lee"));
    QCOMPARE(model.index(0, ImportPreviewModel::TeamsColumn).data().toString(), QStringLiteral("Field"));
    QCOMPARE(model.index(0, ImportPreviewModel::VerdictColumn).data().toString(),
        QStringLiteral("Will be invited"));
    QVERIFY(model.index(0, 0).data(ImportPreviewModel::NoteRole).toBool()); // Field is created
    QVERIFY(model.index(0, ImportPreviewModel::MessageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Field")));
    QCOMPARE(model.index(1, ImportPreviewModel::VerdictColumn).data().toString(),
        QStringLiteral("Invalid address"));
    QVERIFY(model.index(1, 0).data(ImportPreviewModel::ProblemRole).toBool());
    QCOMPARE(model.index(2, 0).data(ImportPreviewModel::VerdictRole).toString(),
        QStringLiteral("duplicate-in-file"));
    QVERIFY(model.index(2, ImportPreviewModel::MessageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("row 1")));
    QVERIFY(!model.index(3, 0).data(ImportPreviewModel::ProblemRole).toBool());
    QCOMPARE(model.headerData(ImportPreviewModel::VerdictColumn, Qt::Horizontal).toString(),
        QStringLiteral("Result"));
}

void TestImportPreviewModel::problemsOnlyKeepsTheRowsNotInvited()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan());
    model.setProblemsOnly(true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowAt(0)->line, 3);
    QCOMPARE(model.rowAt(1)->line, 4);
    QCOMPARE(model.rowAt(2), nullptr);
    model.setPlan(plan()); // a new preview keeps the filter
    QCOMPARE(model.rowCount(), 2);
    model.setProblemsOnly(false);
    QCOMPARE(model.rowCount(), 4);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestImportPreviewModel::countsHaveTheirPlurals()
{
    QCOMPARE(ImportPreviewModel::countText(RowVerdict::Valid, 1), QStringLiteral("1 row will be invited"));
    QCOMPARE(ImportPreviewModel::countText(RowVerdict::Valid, 3), QStringLiteral("3 rows will be invited"));
    QCOMPARE(ImportPreviewModel::countText(RowVerdict::DuplicateInFile, 1),
        QStringLiteral("1 row repeating an earlier address"));
    QCOMPARE(ImportPreviewModel::countText(RowVerdict::AlreadyUser, 1),
        QStringLiteral("1 row for someone already a user"));
    QCOMPARE(ImportPreviewModel::countText(RowVerdict::AlreadyUser, 2),
        QStringLiteral("2 rows for people already users"));
    for (const RowVerdict verdict : allValues<RowVerdict>()) {
        const QString one = ImportPreviewModel::countText(verdict, 1);
        const QString two = ImportPreviewModel::countText(verdict, 2);
        QVERIFY2(
            !one.contains(QStringLiteral("(s)")) && !two.contains(QStringLiteral("(s)")), qPrintable(two));
        QVERIFY2(one.startsWith(QStringLiteral("1 row ")) && two.startsWith(QStringLiteral("2 rows ")),
            qPrintable(one));
        QVERIFY2(!ImportPreviewModel::verdictText(verdict).isEmpty(), qPrintable(toKey(verdict)));
    }
}

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "testimportpreviewmodel.moc"
