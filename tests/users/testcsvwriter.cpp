// CsvWriter, which writes the exports an admin opens in a spreadsheet (an import's report, a sync's errors):
// every cell a spreadsheet would read as a formula (one that starts with =, +, -, @, a tab or a carriage
// return) gets a leading apostrophe, a negative number included (the header promises every such cell, and a
// spreadsheet reads "-5+cmd|..." as a formula as readily as "-5"); anything else is left as it is; a cell
// with a comma, a semicolon, a quote or a line break is quoted with its quotes doubled (RFC 4180), and a row
// ends with CRLF.
#include "common/csvwriter.h"

#include <QTest>

using namespace sia;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void neutralisesWhatASpreadsheetWouldRun_data();
    void neutralisesWhatASpreadsheetWouldRun();
    void quotesPerRfc4180_data();
    void quotesPerRfc4180();
    void aRowJoinsItsCellsAndEndsWithCrLf();
};

void TestCsvWriter::neutralisesWhatASpreadsheetWouldRun_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x.example\")")
                            << QStringLiteral("'=HYPERLINK(\"http://x.example\")");
    QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0")
                          << QStringLiteral("'+1+cmd|' /C calc'!A0");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1:A2)") << QStringLiteral("'@SUM(A1:A2)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    // Documented: every cell starting with "-" is neutralised, so a negative number is exported as text.
    QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("a lone equals sign") << QStringLiteral("=") << QStringLiteral("'=");
    QTest::newRow("plain") << QStringLiteral("Sam Lee") << QStringLiteral("Sam Lee");
    QTest::newRow("address") << QStringLiteral("sam@acme.example") << QStringLiteral("sam@acme.example");
    QTest::newRow("positive number") << QStringLiteral("5") << QStringLiteral("5");
    QTest::newRow("empty") << QString() << QString();
    // Only the first character counts: an operator later in the cell is not a formula.
    QTest::newRow("operator inside") << QStringLiteral("a=b+c-d@e") << QStringLiteral("a=b+c-d@e");
    QTest::newRow("leading space") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("apostrophe already") << QStringLiteral("'=1") << QStringLiteral("'=1");
    QTest::newRow("line feed first") << QStringLiteral("\nx") << QStringLiteral("\nx");
}

void TestCsvWriter::neutralisesWhatASpreadsheetWouldRun()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::neutralised(value), expected);
}

void TestCsvWriter::quotesPerRfc4180_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringLiteral("Sam Lee") << QByteArray("Sam Lee");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("Lee, Sam") << QByteArray("\"Lee, Sam\"");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("\"a;b\"");
    QTest::newRow("quotes doubled") << QStringLiteral("Sam \"the man\" Lee")
                                    << QByteArray("\"Sam \"\"the man\"\" Lee\"");
    QTest::newRow("a lone quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("line one\nline two")
                               << QByteArray("\"line one\nline two\"");
    QTest::newRow("crlf") << QStringLiteral("line one\r\nline two") << QByteArray("\"line one\r\nline two\"");
    QTest::newRow("carriage return inside") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    // Neutralised first, then quoted: the apostrophe is inside the quotes.
    QTest::newRow("formula with a comma") << QStringLiteral("=1,2") << QByteArray("\"'=1,2\"");
    QTest::newRow("carriage return first") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("tab first, not quoted") << QStringLiteral("\tx") << QByteArray("'\tx");
    QTest::newRow("utf-8") << QStringLiteral("김지우, 陳") << QStringLiteral("\"김지우, 陳\"").toUtf8();
}

void TestCsvWriter::quotesPerRfc4180()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::cell(value), expected);
}

void TestCsvWriter::aRowJoinsItsCellsAndEndsWithCrLf()
{
    QCOMPARE(CsvWriter::row({ QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("result") }),
        QByteArray("email,name,result\r\n"));
    QCOMPARE(CsvWriter::row({ QStringLiteral("a@acme.example"), QStringLiteral("Lee, Sam"),
                 QStringLiteral("-5"), QString(), QStringLiteral("@x") }),
        QByteArray("a@acme.example,\"Lee, Sam\",'-5,,'@x\r\n"));
    QCOMPARE(CsvWriter::row({ QString() }), QByteArray("\r\n"));
    QCOMPARE(CsvWriter::row({}), QByteArray("\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "testcsvwriter.moc"
