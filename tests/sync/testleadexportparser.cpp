// The bulk file parser, data-driven over RFC 4180's edge cases and Marketo's habits: quoted delimiters,
// doubled quotes, line breaks inside values, CRLF, unquoted null as no value, a last row without a line
// end, malformed rows reported one by one while the rest goes on; batches never larger than asked, and a
// parse resumed from any batch's end offset reads exactly the rows that follow.
#include "sync/leadexportparser.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sia;

namespace {

QString writeFile(const QTemporaryDir& dir, const QByteArray& content)
{
    static int counter = 0;
    const QString path = dir.filePath(QStringLiteral("export-%1.csv").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

// Reads every batch of at most batchSize, from offset.
struct WholeParse
{
    QList<PersonRecord> records;
    QList<ExportRowProblem> problems;
    QList<qint64> endOffsets;
    QString error;
};

WholeParse parseAll(const QString& path, int batchSize, qint64 from = 0, char delimiter = ',')
{
    WholeParse whole;
    auto parser = LeadExportParser::open(path, from, PersonFields::documented(), delimiter);
    if (!parser) {
        whole.error = parser.error().message;
        return whole;
    }
    for (int guard = 0; guard < 100000; ++guard) {
        Result<ExportBatch> batch = (*parser)->next(batchSize);
        if (!batch) {
            whole.error = batch.error().message;
            return whole;
        }
        if (batch->rows > batchSize) {
            whole.error = QStringLiteral("a batch of %1 rows, asked for %2").arg(batch->rows).arg(batchSize);
            return whole;
        }
        whole.records += batch->records;
        whole.problems += batch->problems;
        whole.endOffsets.append(batch->endOffset);
        if (batch->atEnd) {
            return whole;
        }
    }
    whole.error = QStringLiteral("the parse never ended");
    return whole;
}

} // namespace

class TestLeadExportParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesEdgeCases_data();
    void parsesEdgeCases();
    void malformedRowsAreReportedAndSkipped_data();
    void malformedRowsAreReportedAndSkipped();
    void resumedFromAnyBatchEndReadsTheRest();
    void headerWithoutIdIsRefused();
    void unknownColumnsAreIgnoredAndMissingOnesHaveNoValue();
    void tabSeparatedFilesUseTheirDelimiter();
    void aLargeFileStreamsInBoundedBatches();
};

void TestLeadExportParser::parsesEdgeCases_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QByteArray>("firstName");
    QTest::addColumn<QByteArray>("company");
    QTest::addColumn<QByteArray>("email");

    const QByteArray header = "id,firstName,company,email\n";
    QTest::newRow("plain") << header + "5,Ann,Acme,ann@acme.example\n"
                           << qint64(5) << QByteArray("Ann") << QByteArray("Acme")
                           << QByteArray("ann@acme.example");
    QTest::newRow("quoted delimiter")
        << header + "6,Bob,\"Acme, Inc.\",b@x.example\n"
        << qint64(6) << QByteArray("Bob") << QByteArray("Acme, Inc.") << QByteArray("b@x.example");
    QTest::newRow("doubled quote") << header + "7,\"Jo \"\"JJ\"\"\",Co,j@x.example\n"
                                   << qint64(7) << QByteArray("Jo \"JJ\"") << QByteArray("Co")
                                   << QByteArray("j@x.example");
    QTest::newRow("line break inside")
        << header + "8,Al,\"Line one\nLine two\",a@x.example\n"
        << qint64(8) << QByteArray("Al") << QByteArray("Line one\nLine two") << QByteArray("a@x.example");
    QTest::newRow("CRLF") << header + "9,Cy,Co,c@x.example\r\n"
                          << qint64(9) << QByteArray("Cy") << QByteArray("Co") << QByteArray("c@x.example");
    QTest::newRow("null is no value") << header + "10,null,null,null\n"
                                      << qint64(10) << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("quoted null is text")
        << header + "11,\"null\",Co,n@x.example\n"
        << qint64(11) << QByteArray("null") << QByteArray("Co") << QByteArray("n@x.example");
    QTest::newRow("empty is no value") << header + "12,,Co,\n"
                                       << qint64(12) << QByteArray() << QByteArray("Co") << QByteArray();
    QTest::newRow("no final line end") << header + "13,Di,Co,d@x.example" << qint64(13) << QByteArray("Di")
                                       << QByteArray("Co") << QByteArray("d@x.example");
    QTest::newRow("trailing empty value, no line end")
        << header + "14,Ed,Co," << qint64(14) << QByteArray("Ed") << QByteArray("Co") << QByteArray();
    QTest::newRow("UTF-8") << header + "15,Zoë,Société Générale,z@x.example\n"
                           << qint64(15) << QByteArray("Zoë") << QByteArray("Société Générale")
                           << QByteArray("z@x.example");
    QTest::newRow("blank lines") << header + "\n16,Fa,Co,f@x.example\n\n"
                                 << qint64(16) << QByteArray("Fa") << QByteArray("Co")
                                 << QByteArray("f@x.example");
}

void TestLeadExportParser::parsesEdgeCases()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = writeFile(dir, content);
    QVERIFY(!path.isEmpty());
    const WholeParse whole = parseAll(path, 10);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QVERIFY2(whole.problems.isEmpty(), qPrintable(whole.problems.value(0).message));
    QCOMPARE(whole.records.size(), 1);
    const PersonRecord& record = whole.records.constFirst();
    QTEST(record.marketoId, "id");
    QTEST(record.firstName, "firstName");
    QTEST(record.company, "company");
    QTEST(record.email, "email");
    QCOMPARE(whole.endOffsets.constLast(), qint64(content.size()));
}

void TestLeadExportParser::malformedRowsAreReportedAndSkipped_data()
{
    QTest::addColumn<QByteArray>("badRow");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("idInProblem");
    QTest::newRow("too few values") << QByteArray("21,Ann\n") << QStringLiteral("people.malformed-row")
                                    << qint64(21);
    QTest::newRow("too many values") << QByteArray("22,Ann,Co,a@x.example,extra\n")
                                     << QStringLiteral("people.malformed-row") << qint64(22);
    QTest::newRow("stray quote") << QByteArray("23,An\"n,Co,a@x.example\n")
                                 << QStringLiteral("people.malformed-row") << qint64(23);
    QTest::newRow("text after closing quote")
        << QByteArray("24,\"Ann\"x,Co,a@x.example\n") << QStringLiteral("people.malformed-row") << qint64(24);
    QTest::newRow("id not a number") << QByteArray("abc,Ann,Co,a@x.example\n")
                                     << QStringLiteral("people.bad-id") << qint64(0);
    QTest::newRow("id null") << QByteArray("null,Ann,Co,a@x.example\n") << QStringLiteral("people.bad-id")
                             << qint64(0);
}

void TestLeadExportParser::malformedRowsAreReportedAndSkipped()
{
    QFETCH(QByteArray, badRow);
    QFETCH(QString, code);
    QFETCH(qint64, idInProblem);
    const QByteArray header = "id,firstName,company,email\n";
    const QByteArray before = "1,First,Co,f@x.example\n";
    const QByteArray after = "3,Third,Co,t@x.example\n";
    QTemporaryDir dir;
    const QString path = writeFile(dir, header + before + badRow + after);
    const WholeParse whole = parseAll(path, 2);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QCOMPARE(whole.records.size(), 2);
    QCOMPARE(whole.records.at(0).marketoId, 1);
    QCOMPARE(whole.records.at(1).marketoId, 3);
    QCOMPARE(whole.problems.size(), 1);
    QCOMPARE(whole.problems.constFirst().code, code);
    QCOMPARE(whole.problems.constFirst().marketoId, idInProblem);
    QCOMPARE(whole.problems.constFirst().offset, qint64(header.size() + before.size()));
    QVERIFY(!whole.problems.constFirst().message.isEmpty());
}

void TestLeadExportParser::resumedFromAnyBatchEndReadsTheRest()
{
    QByteArray content = "id,firstName,company,email\n";
    for (int id = 1; id <= 57; ++id) {
        content += QByteArray::number(id) + ",\"Name " + QByteArray::number(id) + "\nsecond line\",\"Co, "
            + QByteArray::number(id) + "\",p" + QByteArray::number(id) + "@x.example\r\n";
    }
    QTemporaryDir dir;
    const QString path = writeFile(dir, content);
    const WholeParse whole = parseAll(path, 5);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QCOMPARE(whole.records.size(), 57);
    for (qsizetype at = 0; at + 1 < whole.endOffsets.size(); ++at) {
        const WholeParse rest = parseAll(path, 7, whole.endOffsets.at(at));
        QVERIFY2(rest.error.isEmpty(), qPrintable(rest.error));
        QCOMPARE(rest.records, whole.records.mid((at + 1) * 5));
    }
}

void TestLeadExportParser::headerWithoutIdIsRefused()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "firstName,email\nAnn,a@x.example\n");
    auto parser = LeadExportParser::open(path, 0, PersonFields::documented());
    QVERIFY(!parser);
    QCOMPARE(parser.error().code, QStringLiteral("sync.export-header"));
    QVERIFY(
        LeadExportParser::open(dir.filePath(QStringLiteral("absent.csv")), 0, PersonFields::documented()).ok()
        == false);
}

void TestLeadExportParser::unknownColumnsAreIgnoredAndMissingOnesHaveNoValue()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir,
        "id,somethingElse,sfdcLeadOwnerId,unsubscribed,createdAt\n"
        "41,whatever,005000000000001AAA,true,2024-01-02T03:04:05Z\n");
    const WholeParse whole = parseAll(path, 10);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QCOMPARE(whole.records.size(), 1);
    const PersonRecord& record = whole.records.constFirst();
    QCOMPARE(record.marketoId, 41);
    QCOMPARE(record.salesOwnerId, QByteArray("005000000000001AAA"));
    QVERIFY(record.hasSalesOwner());
    QVERIFY(record.unsubscribed);
    QCOMPARE(record.createdAt, QByteArray("2024-01-02T03:04:05Z"));
    QVERIFY(record.email.isNull());
}

void TestLeadExportParser::tabSeparatedFilesUseTheirDelimiter()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "id\tcompany\n51\tAcme, Inc.\n");
    const WholeParse whole = parseAll(path, 10, 0, '\t');
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QCOMPARE(whole.records.size(), 1);
    QCOMPARE(whole.records.constFirst().company, QByteArray("Acme, Inc."));
}

void TestLeadExportParser::aLargeFileStreamsInBoundedBatches()
{
    // Several read chunks' worth, with rows that straddle the chunk boundaries.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,firstName,lastName,email,company\n");
    constexpr int rows = 30000;
    for (int id = 1; id <= rows; ++id) {
        file.write(QByteArray::number(id) + ",First" + QByteArray::number(id) + ",\"Last, "
            + QByteArray::number(id) + "\",e" + QByteArray::number(id) + "@x.example,Company\n");
    }
    file.close();
    QVERIFY(file.size() > 3 * LeadExportParser::readChunk);
    auto parser = LeadExportParser::open(path, 0, PersonFields::documented());
    QVERIFY(parser);
    qint64 seen = 0;
    qint64 expectedId = 1;
    for (;;) {
        Result<ExportBatch> batch = (*parser)->next(1000);
        QVERIFY(batch);
        QVERIFY(batch->records.size() <= 1000);
        for (const PersonRecord& record : std::as_const(batch->records)) {
            QCOMPARE(record.marketoId, expectedId);
            QCOMPARE(record.lastName, "Last, " + QByteArray::number(expectedId));
            ++expectedId;
        }
        seen += batch->records.size();
        if (batch->atEnd) {
            break;
        }
    }
    QCOMPARE(seen, qint64(rows));
}

QTEST_GUILESS_MAIN(TestLeadExportParser)
#include "testleadexportparser.moc"
