// InviteImportPlan over a messy file: every verdict with its message (missing email, spaces, two @, a
// duplicate naming the earlier row whatever the case, already a user, already invited, a role that is
// none, a ragged row), full names split, roles in the product's languages, teams split and the ones to
// create, an IDN domain accepted; the counts; the report CSV quoted with formulas neutralised.
// Plain string literals make the data tables readable; the product's code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include "users/csv/csvreader.h"
#include "users/csv/inviteimportplan.h"

#include <QTest>

using namespace sia;

class TestInviteImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void everyRowGetsItsVerdict();
    void namesRolesAndTeams();
    void reportIsSafeToOpenInASpreadsheet();
};

namespace {

InviteImportPlan planOf(const QByteArray& bytes, const QSet<QString>& users = {},
    const QSet<QString>& pending = {}, const QStringList& teams = { QStringLiteral("Everyone") })
{
    Result<CsvTable> table = CsvReader::parse(bytes);
    if (!table) {
        qFatal("%s", qPrintable(table.error().message));
    }
    return InviteImportPlan::build(*table, ColumnMapping::autoMatched(table->header), users, pending, teams);
}

} // namespace

void TestInviteImportPlan::everyRowGetsItsVerdict()
{
    const InviteImportPlan plan = planOf("Email;Name;Role\n"
                                         "ana@acme.se;Ana Lee;\n" // 1 valid
                                         ";No Mail;\n" // 2 missing
                                         "bo @acme.se;Bo;\n" // 3 spaces
                                         "cy@@acme.se;Cy;\n" // 4 two @
                                         "ANA@ACME.SE;Ana again;\n" // 5 duplicate of 1
                                         "dan@acme.se;Dan;\n" // 6 already a user
                                         "eva@acme.se;Eva;\n" // 7 already invited
                                         "fay@acme.se;Fay;boss\n" // 8 role
                                         "gus@acme.se;Gus;user;extra\n" // 9 ragged
                                         "hal@bücher.example;Hal;\n", // 10 valid, IDN
        { QStringLiteral("dan@acme.se") }, { QStringLiteral("eva@acme.se") });
    const QList<RowVerdict> expected { RowVerdict::Valid, RowVerdict::MissingEmail, RowVerdict::InvalidEmail,
        RowVerdict::InvalidEmail, RowVerdict::DuplicateInFile, RowVerdict::AlreadyUser,
        RowVerdict::AlreadyInvited, RowVerdict::InvalidRole, RowVerdict::Ragged, RowVerdict::Valid };
    QCOMPARE(plan.rows().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const ImportRow& row = plan.rows().at(i);
        QVERIFY2(row.verdict == expected.at(i),
            qPrintable(QStringLiteral("row %1: %2").arg(i + 1).arg(row.message)));
        QCOMPARE(row.row, i + 1);
        QCOMPARE(row.line, i + 2);
        if (row.verdict != RowVerdict::Valid) {
            QVERIFY2(!row.message.isEmpty(), qPrintable(QString::number(i + 1)));
        }
    }
    QVERIFY(plan.rows().at(2).message.contains(QStringLiteral("space")));
    QVERIFY(plan.rows().at(3).message.contains(QStringLiteral("more than one")));
    QVERIFY2(
        plan.rows().at(4).message.contains(QStringLiteral("row 1")), qPrintable(plan.rows().at(4).message));
    QCOMPARE(plan.rows().at(9).email, QStringLiteral("hal@bücher.example"));
    const ImportCounts counts = plan.counts();
    QCOMPARE(counts.rows, 10);
    QCOMPARE(counts.valid, 2);
    QCOMPARE(counts.byVerdict.value(RowVerdict::InvalidEmail), 2);
}

void TestInviteImportPlan::namesRolesAndTeams()
{
    const InviteImportPlan plan = planOf("First name,Last name,Email,Role,Teams\n"
                                         "Ana,Lee,ana@acme.se,Admin,\"Sales; West|sales\"\n"
                                         "김,민준,kim@acme.kr,관리자,Everyone\n"
                                         "Åsa,Öberg,asa@acme.se,användare,Support\n",
        {}, {}, { QStringLiteral("Everyone"), QStringLiteral("Support") });
    QCOMPARE(plan.counts().valid, 3);
    const ImportRow& ana = plan.rows().at(0);
    QCOMPARE(ana.firstName, QStringLiteral("Ana"));
    QCOMPARE(ana.role, UserRole::Admin);
    QCOMPARE(ana.teams, (QStringList { QStringLiteral("Sales"), QStringLiteral("West") }));
    QVERIFY2(ana.message.contains(QStringLiteral("will be created")), qPrintable(ana.message));
    QCOMPARE(plan.rows().at(1).role, UserRole::Admin);
    QVERIFY(plan.rows().at(1).teams.isEmpty()); // Everyone is everyone's anyway
    QCOMPARE(plan.rows().at(2).role, UserRole::User);
    QCOMPARE(plan.teamsToCreate(), (QStringList { QStringLiteral("Sales"), QStringLiteral("West") }));

    const InviteImportPlan full = planOf("Name,Email\nMaria de la Cruz,maria@acme.se\nPrince,p@acme.se\n");
    QCOMPARE(full.rows().at(0).firstName, QStringLiteral("Maria de la"));
    QCOMPARE(full.rows().at(0).lastName, QStringLiteral("Cruz"));
    QCOMPARE(full.rows().at(1).firstName, QStringLiteral("Prince"));
    QVERIFY(full.rows().at(1).lastName.isEmpty());
}

void TestInviteImportPlan::reportIsSafeToOpenInASpreadsheet()
{
    const InviteImportPlan plan = planOf("Email,Name\nana@acme.se,\"=HYPERLINK(\"\"x\"\")\"\n,\"Lee, Bo\"\n");
    const QList<QByteArray> lines = plan.reportCsv().split('\n');
    QVERIFY(lines.at(0).startsWith("row,line,email"));
    QVERIFY2(lines.at(1).contains("'=HYPERLINK"), lines.at(1).constData());
    QVERIFY2(lines.at(2).contains("missing-email"), lines.at(2).constData());
    QVERIFY(plan.reportCsv().contains("\r\n"));
}

QTEST_GUILESS_MAIN(TestInviteImportPlan)
#include "testinviteimportplan.moc"
