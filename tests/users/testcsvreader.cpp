// CsvReader against RFC 4180's edge cases (data-driven), the delimiters it detects, the byte-order marks and
// the encodings an admin picks (UTF-16, windows-1252, EUC-KR, Big5 made here with Qt's own encoders), and
// every refusal with its code: empty, header only, an unterminated quote with its line, NUL bytes, binary,
// an encoding that does not fit (bytes it leaves undefined or to private use, odd UTF-16, half a surrogate
// pair, each with its line and byte), an unknown encoding, too many rows, a file too large (a sparse 2 GB
// file, refused before it is read). Plain string literals make the data tables readable; the product's code
// keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include "users/csv/csvreader.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace sia;

Q_DECLARE_METATYPE(QList<QStringList>)

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180_data();
    void rfc4180();
    void lineNumbersCountLineBreaksInsideQuotes();
    void encodings_data();
    void encodings();
    void byteOrderMarks();
    void refusals_data();
    void refusals();
    void aNonUtf8FileSaysWhichEncodingsToTry();
    void strictDecoding_data();
    void strictDecoding();
    void tooManyRowsIsRefused();
    void aHugeFileIsRefusedBeforeItIsRead();
    void encodingsListed();
};

void TestCsvReader::rfc4180_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    const QStringList header { QStringLiteral("Email"), QStringLiteral("Name") };
    QTest::newRow("lf, final newline") << QByteArray("Email,Name\na@x.se,Ana\n") << "," << header
                                       << QList<QStringList> { { "a@x.se", "Ana" } };
    QTest::newRow("crlf, no final newline")
        << QByteArray("Email,Name\r\na@x.se,Ana\r\nb@x.se,Bo") << "," << header
        << QList<QStringList> { { "a@x.se", "Ana" }, { "b@x.se", "Bo" } };
    QTest::newRow("mixed line ends") << QByteArray("Email,Name\r\na@x.se,Ana\nb@x.se,Bo\r") << "," << header
                                     << QList<QStringList> { { "a@x.se", "Ana" }, { "b@x.se", "Bo" } };
    QTest::newRow("quoted delimiter") << QByteArray("Email,Name\na@x.se,\"Lee, Ana\"\n") << "," << header
                                      << QList<QStringList> { { "a@x.se", "Lee, Ana" } };
    QTest::newRow("doubled quotes") << QByteArray("Email,Name\na@x.se,\"Ana \"\"A\"\" Lee\"\n") << ","
                                    << header << QList<QStringList> { { "a@x.se", "Ana \"A\" Lee" } };
    QTest::newRow("line break inside quotes")
        << QByteArray("Email,Name\na@x.se,\"Ana\r\nLee\"\nb@x.se,Bo\n") << "," << header
        << QList<QStringList> { { "a@x.se", "Ana\r\nLee" }, { "b@x.se", "Bo" } };
    QTest::newRow("empty quoted cell") << QByteArray("Email,Name\na@x.se,\"\"\n") << "," << header
                                       << QList<QStringList> { { "a@x.se", "" } };
    QTest::newRow("semicolons") << QByteArray("Email;Name\na@x.se;Lee, Ana\n") << ";" << header
                                << QList<QStringList> { { "a@x.se", "Lee, Ana" } };
    QTest::newRow("tabs") << QByteArray("Email\tName\na@x.se\tAna\n") << "\t" << header
                          << QList<QStringList> { { "a@x.se", "Ana" } };
    QTest::newRow("blank lines dropped") << QByteArray("Email,Name\n\na@x.se,Ana\n\n\n") << "," << header
                                         << QList<QStringList> { { "a@x.se", "Ana" } };
    QTest::newRow("ragged rows kept") << QByteArray("Email,Name\na@x.se\nb@x.se,Bo,extra\n") << "," << header
                                      << QList<QStringList> { { "a@x.se" }, { "b@x.se", "Bo", "extra" } };
    QTest::newRow("header cells trimmed") << QByteArray(" Email , Name \na@x.se,Ana\n") << "," << header
                                          << QList<QStringList> { { "a@x.se", "Ana" } };
    QTest::newRow("text after a closing quote kept")
        << QByteArray("Email,Name\na@x.se,\"Ana\" Lee\n") << "," << header
        << QList<QStringList> { { "a@x.se", "Ana Lee" } };
}

void TestCsvReader::rfc4180()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    Result<CsvTable> table = CsvReader::parse(bytes);
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    QCOMPARE(table->delimiter, delimiter.at(0));
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(table->rows.at(i).cells, rows.at(i));
    }
}

void TestCsvReader::lineNumbersCountLineBreaksInsideQuotes()
{
    Result<CsvTable> table = CsvReader::parse("Email,Note\na@x.se,\"two\nlines\"\nb@x.se,x\n");
    QVERIFY(table.ok());
    QCOMPARE(table->rows.at(0).line, 2);
    QCOMPARE(table->rows.at(1).line, 4);
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("name");
    QTest::newRow("UTF-16LE") << "UTF-16LE" << QStringLiteral("Åsa Öberg");
    QTest::newRow("UTF-16BE") << "UTF-16BE" << QStringLiteral("김민준");
    QTest::newRow("windows-1252") << "windows-1252" << QStringLiteral("Åsa Öberg – José");
    QTest::newRow("EUC-KR") << "EUC-KR" << QStringLiteral("김민준");
    QTest::newRow("Big5") << "Big5" << QStringLiteral("陳美玲");
}

void TestCsvReader::encodings()
{
    QFETCH(QString, encoding);
    QFETCH(QString, name);
    QStringEncoder encoder(encoding.toLatin1().constData());
    QVERIFY2(encoder.isValid(), qPrintable(encoding));
    const QByteArray bytes = encoder(QStringLiteral("Email,Name\r\nkim@x.kr,%1\r\n").arg(name));
    CsvReadOptions options;
    options.encoding = encoding;
    Result<CsvTable> table = CsvReader::parse(bytes, options);
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    QCOMPARE(table->encoding, encoding);
    QCOMPARE(table->rows.at(0).cells.at(1), name);
}

void TestCsvReader::byteOrderMarks()
{
    Result<CsvTable> utf8 = CsvReader::parse("\xEF\xBB\xBF"
                                             "Email,Name\na@x.se,Åsa\n");
    QVERIFY(utf8.ok());
    QVERIFY(utf8->hadByteOrderMark);
    QCOMPARE(utf8->header.first(), QStringLiteral("Email")); // not "\uFEFFEmail"
    QCOMPARE(utf8->rows.at(0).cells.at(1), QStringLiteral("Åsa"));

    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const QByteArray bytes
        = QByteArray("\xFF\xFE") + QByteArray(utf16(QStringLiteral("Email;Name\r\na@x.se;김\r\n")));
    Result<CsvTable> table = CsvReader::parse(bytes); // no encoding chosen: the mark decides
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    QCOMPARE(table->encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(table->delimiter, QChar(u';'));
    QCOMPARE(table->rows.at(0).cells.at(1), QStringLiteral("김"));
}

void TestCsvReader::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("inMessage");
    QTest::newRow("empty") << QByteArray() << "csv.empty"
                           << "empty";
    QTest::newRow("blank lines only") << QByteArray("\n\r\n  \n") << "csv.empty"
                                      << "empty";
    QTest::newRow("header only") << QByteArray("Email,Name\n") << "csv.header-only"
                                 << "nobody";
    QTest::newRow("unterminated quote")
        << QByteArray("Email,Name\na@x.se,Ana\nb@x.se,\"Bo\nc@x.se,Cy\n") << "csv.unterminated-quote"
        << "line 3";
    QTest::newRow("NUL bytes") << QByteArray("Email,Name\na@x.se,A\0na\n", 23) << "csv.binary"
                               << "not text";
    QTest::newRow("a zip file") << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 14)
                                << "csv.binary"
                                << "not text";
}

void TestCsvReader::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(QString, inMessage);
    Result<CsvTable> table = CsvReader::parse(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, code);
    QVERIFY2(table.error().message.contains(inMessage), qPrintable(table.error().message));
}

void TestCsvReader::aNonUtf8FileSaysWhichEncodingsToTry()
{
    QStringEncoder euckr("EUC-KR");
    const QByteArray bytes = euckr(QStringLiteral("Email,Name\nkim@x.kr,김민준\n"));
    Result<CsvTable> table = CsvReader::parse(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, QStringLiteral("csv.encoding"));
    QVERIFY2(table.error().message.contains(QStringLiteral("EUC-KR")), qPrintable(table.error().message));

    CsvReadOptions unknown;
    unknown.encoding = QStringLiteral("KOI8-R");
    QCOMPARE(CsvReader::parse(bytes, unknown).error().code, QStringLiteral("csv.unknown-encoding"));

    // Big5 bytes are not EUC-KR: the admin's wrong pick is said, not turned into nonsense.
    QStringEncoder big5("Big5");
    CsvReadOptions wrong;
    wrong.encoding = QStringLiteral("UTF-8");
    QCOMPARE(CsvReader::parse(QByteArray(big5(QStringLiteral("Email\n陳@x.tw\n"))), wrong).error().code,
        QStringLiteral("csv.encoding"));
}

// Bytes an encoding does not define are refused, not decoded into something else: ICU's converters map
// windows-1252's five undefined bytes to C1 controls and Big5's and EUC-KR's user-defined areas to private
// use, and Qt's UTF-16 decoder lets an odd last byte and half a surrogate pair through without an error.
// The fixtures are hex, so that no literal is read past its end (AddressSanitizer caught one that was).
void TestCsvReader::strictDecoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("inMessage");
    for (const char* undefined : { "81", "8d", "8f", "90", "9d" }) {
        const QByteArray byte = QByteArray(undefined).toUpper();
        QTest::newRow(QByteArray("windows-1252 0x" + byte).constData()) // 1,\x81
            << QByteArray::fromHex("312c" + QByteArray(undefined)) << "windows-1252"
            << QStringList { "windows-1252", "line 1", "0x" + QString::fromLatin1(byte), "byte 3" };
    }
    QTest::newRow("windows-1252 on line 2") // Email,Name\r\na@x.se,\x90
        << QByteArray::fromHex("456d61696c2c4e616d650d0a6140782e73652c90") << "windows-1252"
        << QStringList { "line 2", "0x90", "byte 20" };
    QTest::newRow("Big5 user-defined FA 40") // 1,\xFA\x40
        << QByteArray::fromHex("312cfa40") << "Big5"
        << QStringList { "Big5", "line 1", "0xFA 0x40", "byte 3" };
    QTest::newRow("Big5 user-defined FE 7A")
        << QByteArray::fromHex("312cfe7a") << "Big5" << QStringList { "0xFE 0x7A", "byte 3" };
    QTest::newRow("Big5 0xFF") << QByteArray::fromHex("312cff") << "Big5" << QStringList { "0xFF", "byte 3" };
    QTest::newRow("Big5 0x80") << QByteArray::fromHex("312c80") << "Big5" << QStringList { "0x80" };
    QTest::newRow("EUC-KR user-defined C9 A1")
        << QByteArray::fromHex("312cc9a1") << "EUC-KR" << QStringList { "EUC-KR", "0xC9 0xA1", "byte 3" };
    QTest::newRow("EUC-KR 0xFF after Korean") // 1,김\xFF (김 = B1 E8)
        << QByteArray::fromHex("0a312cb1e8ff") << "EUC-KR" << QStringList { "line 2", "0xFF", "byte 6" };
    QTest::newRow("UTF-16LE of 5 bytes") // 1, and half of A
        << QByteArray::fromHex("31002c0041") << "UTF-16LE" << QStringList { "UTF-16LE", "odd", "(5)" };
    QTest::newRow("UTF-16LE odd after a byte-order mark")
        << QByteArray::fromHex("fffe31002c0041") << "" << QStringList { "UTF-16LE", "odd", "(7)" };
    QTest::newRow("UTF-16LE lone high surrogate") // 1,\uD800A
        << QByteArray::fromHex("31002c0000d84100") << "UTF-16LE"
        << QStringList { "UTF-16LE", "lone surrogate", "0x00 0xD8", "byte 5", "line 1" };
    QTest::newRow("UTF-16BE lone low surrogate on line 2") // 1\n,\uDC00
        << QByteArray::fromHex("0031000a002cdc00") << "UTF-16BE"
        << QStringList { "UTF-16BE", "lone surrogate", "0xDC 0x00", "byte 7", "line 2" };
    QTest::newRow("UTF-16LE high surrogate at the end, with a mark")
        << QByteArray::fromHex("fffe31002c0000d8") << "" << QStringList { "lone surrogate", "byte 7" };
    QTest::newRow("not UTF-8, no encoding chosen") // Email\n\xFF@x.se
        << QByteArray::fromHex("456d61696c0aff4078") << ""
        << QStringList { "not UTF-8", "line 2", "0xFF", "byte 7", "EUC-KR" };
    QTest::newRow("UTF-8 cut inside a character") // Email\n\xC3
        << QByteArray::fromHex("456d61696c0a61c3") << "UTF-8" << QStringList { "line 2", "0xC3", "byte 8" };
}

void TestCsvReader::strictDecoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QStringList, inMessage);
    CsvReadOptions options;
    options.encoding = encoding;
    Result<CsvTable> table = CsvReader::parse(bytes, options);
    QVERIFY2(!table.ok(), table.ok() ? qPrintable(table->header.join(u'|')) : "");
    QCOMPARE(table.error().code, QStringLiteral("csv.encoding"));
    for (const QString& part : inMessage) {
        QVERIFY2(
            table.error().message.contains(part), qPrintable(part + u" not in: " + table.error().message));
    }
}

void TestCsvReader::tooManyRowsIsRefused()
{
    QByteArray bytes("Email\n");
    for (int i = 0; i < 11; ++i) {
        bytes += "p" + QByteArray::number(i) + "@x.se\n";
    }
    CsvReadOptions options;
    options.maxRows = 10;
    Result<CsvTable> table = CsvReader::parse(bytes, options);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, QStringLiteral("csv.too-large"));
    options.maxRows = 11;
    QVERIFY(CsvReader::parse(bytes, options).ok());
}

void TestCsvReader::aHugeFileIsRefusedBeforeItIsRead()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("huge.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(2LL * 1024 * 1024 * 1024)); // sparse: nothing is written
    file.close();
    Result<CsvTable> table = CsvReader::read(file.fileName());
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, QStringLiteral("csv.too-large"));
    QVERIFY2(table.error().message.contains(QStringLiteral("2048 MB")), qPrintable(table.error().message));

    QCOMPARE(CsvReader::read(dir.filePath(QStringLiteral("missing.csv"))).error().code,
        QStringLiteral("csv.unreadable"));
}

void TestCsvReader::encodingsListed()
{
    const QStringList listed = CsvReader::encodings();
    for (const char* name : { "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "EUC-KR", "Big5" }) {
        QVERIFY2(listed.contains(QString::fromLatin1(name)), name); // Debian's Qt decodes them through ICU
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "testcsvreader.moc"
