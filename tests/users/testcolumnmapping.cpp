// ColumnMapping: headers in English, Korean, Traditional Chinese and Swedish matched to the invitee's fields
// whatever their case and punctuation; a column taken once; the checks (email unmapped, two fields on one
// column, a column the file lacks); the saved JSON by header text, reused on a file whose columns moved.
// Plain string literals make the data tables readable; the product's code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include "users/csv/columnmapping.h"

#include <QTest>

using namespace sia;

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void autoMatch_data();
    void autoMatch();
    void checks();
    void savedMappingFollowsTheHeaderText();
};

void TestColumnMapping::autoMatch_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<int>>("expected"); // email, first, last, full, role, teams
    QTest::newRow("english") << QStringList { "First Name", "Last name", "E-mail Address", "Role", "Teams" }
                             << QList<int> { 2, 0, 1, -1, 3, 4 };
    QTest::newRow("swedish") << QStringList { "Namn", "E-post", "Roll", "Grupp" }
                             << QList<int> { 1, -1, -1, 0, 2, 3 };
    QTest::newRow("korean") << QStringList { "이메일", "성", "이름", "역할", "팀" }
                            << QList<int> { 0, 2, 1, -1, 3, 4 };
    QTest::newRow("traditional chinese")
        << QStringList { "姓名", "電子郵件", "角色", "團隊" } << QList<int> { 1, -1, -1, 0, 2, 3 };
    QTest::newRow("prefix") << QStringList { "Email (work)", "Full name" }
                            << QList<int> { 0, -1, -1, 1, -1, -1 };
    QTest::newRow("nothing known") << QStringList { "Kontakt", "Wer" }
                                   << QList<int> { -1, -1, -1, -1, -1, -1 };
}

void TestColumnMapping::autoMatch()
{
    QFETCH(QStringList, header);
    QFETCH(QList<int>, expected);
    const ColumnMapping mapping = ColumnMapping::autoMatched(header);
    const QList<InviteeField> fields = ColumnMapping::fields();
    for (int i = 0; i < fields.size(); ++i) {
        QVERIFY2(mapping.column(fields.at(i)) == expected.at(i),
            qPrintable(ColumnMapping::fieldKey(fields.at(i))));
    }
}

void TestColumnMapping::checks()
{
    const QStringList header { "Kontakt", "Wer" };
    ColumnMapping mapping = ColumnMapping::autoMatched(header);
    QCOMPARE(mapping.check(header).error().code, QStringLiteral("csv.mapping-no-email"));
    mapping.setColumn(InviteeField::Email, 0);
    QVERIFY(mapping.check(header).ok());
    mapping.setColumn(InviteeField::FullName, 0);
    QCOMPARE(mapping.check(header).error().code, QStringLiteral("csv.mapping-twice"));
    mapping.setColumn(InviteeField::FullName, 5);
    QCOMPARE(mapping.check(header).error().code, QStringLiteral("csv.mapping-out-of-range"));
    mapping.setColumn(InviteeField::FullName, ColumnMapping::notInFile);
    QVERIFY(mapping.check(header).ok());
}

void TestColumnMapping::savedMappingFollowsTheHeaderText()
{
    const QStringList first { "Kontakt", "Wer", "Abteilung" };
    ColumnMapping mapping;
    mapping.setColumn(InviteeField::Email, 0);
    mapping.setColumn(InviteeField::FullName, 1);
    mapping.setColumn(InviteeField::Teams, 2);
    const QJsonObject json = mapping.toJson(first);
    QCOMPARE(json.value(QStringLiteral("email")).toString(), QStringLiteral("Kontakt"));
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Wer"));

    // The next export of the sheet has its columns in another order and one fewer.
    const QStringList next { "wer", "KONTAKT" };
    Result<ColumnMapping> reused = ColumnMapping::fromJson(json, next);
    QVERIFY(reused.ok());
    QCOMPARE(reused->column(InviteeField::Email), 1);
    QCOMPARE(reused->column(InviteeField::FullName), 0);
    QCOMPARE(reused->column(InviteeField::Teams), ColumnMapping::notInFile);

    QJsonObject wrong { { QStringLiteral("mail"), QStringLiteral("Kontakt") } };
    QCOMPARE(ColumnMapping::fromJson(wrong, next).error().code, QStringLiteral("csv.mapping-unknown-field"));
    QJsonObject notText { { QStringLiteral("email"), 3 } };
    QCOMPARE(ColumnMapping::fromJson(notText, next).error().code, QStringLiteral("csv.mapping-malformed"));
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "testcolumnmapping.moc"
