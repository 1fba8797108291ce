// sia-admin users import FILE on messy real-world CSV files: semicolons with a UTF-8 byte-order mark and
// CRLF, a Korean EUC-KR file (refused as not UTF-8 until --encoding EUC-KR), ragged rows, an unterminated
// quote, a header without rows, a mapping file that leaves email unmapped, a file with nothing valid. The
// JSON report is checked row by row (cells by column, verdict and message); without --dry-run the valid
// rows are invited, all of them, and delivered to the outbox; --report writes the per-row CSV; a saved
// mapping is reused.
#include "cliuserssupport.h"

#include <QStringEncoder>

class TestCliUsersImport : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void semicolonsWithByteOrderMarkRowByRow();
    void importInvitesTheValidRowsAndDelivers();
    void eucKrNeedsItsEncoding();
    void raggedRows();
    void unterminatedQuoteHeaderOnlyAndEmpty();
    void mappingWithoutEmailIsRefused();
    void savedMappingIsReused();
    void nothingValidExitsNonZero();
    void usageErrors();

private:
    SiaRun import(const QString& file, const QStringList& options = {});
    static QJsonObject row(const SiaRun& run, int number);
    CliUsersFixture m_fixture;
};

namespace {

// Semicolons, a BOM, CRLF; a valid row (with teams), an email with a space, a duplicate of row 1 in
// other case, a row without email, an admin role, a quoted cell with the delimiter and a doubled quote.
const QByteArray messy = "\xEF\xBB\xBF"
                         "E-mail;First name;Last name;Role;Teams\r\n"
                         "ana@acme.example;Ana;D\xC3\xAD"
                         "az;admin;Sales|Support\r\n"
                         "bad email@acme.example;Bad;Space;;\r\n"
                         "ANA@Acme.Example;Ana;Again;;\r\n"
                         ";No;Email;;\r\n"
                         "\"bo@acme.example\";\"Bo; \"\"the\"\" one\";Berg;user;\r\n";

} // namespace

void TestCliUsersImport::init()
{
    QVERIFY(m_fixture.setUp());
}

SiaRun TestCliUsersImport::import(const QString& file, const QStringList& options)
{
    return m_fixture.run(
        QStringList { QStringLiteral("users"), QStringLiteral("import"), m_fixture.path(file) } + options);
}

QJsonObject TestCliUsersImport::row(const SiaRun& run, int number)
{
    for (const QJsonValue& row : run.json().object()[QStringLiteral("rows")].toArray()) {
        if (row[QStringLiteral("row")].toInt() == number) {
            return row.toObject();
        }
    }
    return {};
}

void TestCliUsersImport::semicolonsWithByteOrderMarkRowByRow()
{
    QVERIFY(m_fixture.writeFile(QStringLiteral("messy.csv"), messy));
    const SiaRun run
        = import(QStringLiteral("messy.csv"), { QStringLiteral("--dry-run"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json().object();
    QCOMPARE(json[QStringLiteral("delimiter")].toString(), QStringLiteral(";"));
    QVERIFY(json[QStringLiteral("byteOrderMark")].toBool());
    QCOMPARE(
        json[QStringLiteral("header")].toArray().at(0).toString(), QStringLiteral("E-mail")); // no BOM in it
    QCOMPARE(json[QStringLiteral("mapping")][QStringLiteral("email")].toString(), QStringLiteral("E-mail"));
    QCOMPARE(json[QStringLiteral("counts")][QStringLiteral("rows")].toInt(), 5);
    QCOMPARE(json[QStringLiteral("counts")][QStringLiteral("valid")].toInt(), 2);
    QVERIFY(json[QStringLiteral("dryRun")].toBool());

    const QJsonObject first = row(run, 1);
    QCOMPARE(first[QStringLiteral("line")].toInt(), 2);
    QCOMPARE(first[QStringLiteral("cells")][QStringLiteral("E-mail")].toString(),
        QStringLiteral("ana@acme.example"));
    QCOMPARE(first[QStringLiteral("cells")][QStringLiteral("Last name")].toString(),
        QString::fromUtf8("D\xC3\xAD"
                          "az"));
    QCOMPARE(
        first[QStringLiteral("cells")][QStringLiteral("Teams")].toString(), QStringLiteral("Sales|Support"));
    QCOMPARE(
        first[QStringLiteral("validation")][QStringLiteral("verdict")].toString(), QStringLiteral("valid"));
    QCOMPARE(first[QStringLiteral("role")].toString(), QStringLiteral("admin"));
    QCOMPARE(first[QStringLiteral("teams")].toArray(),
        (QJsonArray { QStringLiteral("Sales"), QStringLiteral("Support") }));

    QCOMPARE(row(run, 2)[QStringLiteral("validation")][QStringLiteral("verdict")].toString(),
        QStringLiteral("invalid-email"));
    QVERIFY(!row(run, 2)[QStringLiteral("validation")][QStringLiteral("message")].toString().isEmpty());
    const QJsonObject duplicate = row(run, 3);
    QCOMPARE(duplicate[QStringLiteral("validation")][QStringLiteral("verdict")].toString(),
        QStringLiteral("duplicate-in-file"));
    QCOMPARE(duplicate[QStringLiteral("cells")][QStringLiteral("E-mail")].toString(),
        QStringLiteral("ANA@Acme.Example"));
    QCOMPARE(row(run, 4)[QStringLiteral("validation")][QStringLiteral("verdict")].toString(),
        QStringLiteral("missing-email"));
    const QJsonObject quoted = row(run, 5);
    QCOMPARE(quoted[QStringLiteral("cells")][QStringLiteral("First name")].toString(),
        QStringLiteral("Bo; \"the\" one"));
    QCOMPARE(
        quoted[QStringLiteral("validation")][QStringLiteral("verdict")].toString(), QStringLiteral("valid"));
    QCOMPARE(json[QStringLiteral("teamsToCreate")].toArray(),
        (QJsonArray { QStringLiteral("Sales"), QStringLiteral("Support") }));

    // The dry run invited nobody and sent nothing.
    QVERIFY(m_fixture.user(QStringLiteral("ana@acme.example")).isEmpty());
    QVERIFY(m_fixture.emlFilesTo(QStringLiteral("ana@acme.example")).isEmpty());

    // The text form: a summary and the rows that will not be invited, with their messages.
    const SiaRun text = import(QStringLiteral("messy.csv"), { QStringLiteral("--dry-run") });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(QStringLiteral("2 rows can be invited")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("3 rows will not be invited")));
    QVERIFY(text.out.contains(QStringLiteral("Dry run: nobody was invited")));
    QVERIFY(
        text.out.contains(row(run, 2)[QStringLiteral("validation")][QStringLiteral("message")].toString()));
}

void TestCliUsersImport::importInvitesTheValidRowsAndDelivers()
{
    QVERIFY(m_fixture.writeFile(QStringLiteral("messy.csv"), messy));
    const SiaRun run = import(QStringLiteral("messy.csv"),
        { QStringLiteral("--report"), m_fixture.path(QStringLiteral("report.csv")),
            QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json().object();
    QCOMPARE(json[QStringLiteral("import")][QStringLiteral("invited")].toInt(), 2);
    QCOMPARE(json[QStringLiteral("import")][QStringLiteral("teamsCreated")].toArray().size(), 2);
    QVERIFY(json[QStringLiteral("delivery")][QStringLiteral("complete")].toBool());
    const QJsonObject ana = m_fixture.user(QStringLiteral("ana@acme.example"));
    QCOMPARE(ana[QStringLiteral("role")].toString(), QStringLiteral("admin"));
    QCOMPARE(ana[QStringLiteral("teams")].toArray(),
        (QJsonArray { QStringLiteral("Everyone"), QStringLiteral("Sales"), QStringLiteral("Support") }));
    QCOMPARE(ana[QStringLiteral("invitation")][QStringLiteral("source")].toString(), QStringLiteral("csv"));
    QCOMPARE(m_fixture.emlFilesTo(QStringLiteral("ana@acme.example")).size(), 1);
    QCOMPARE(m_fixture.emlFilesTo(QStringLiteral("bo@acme.example")).size(), 1);

    // Each row says what became of it: invited with its email in the outbox, or not invited.
    const QJsonObject anaOutcome = row(run, 1)[QStringLiteral("outcome")].toObject();
    QCOMPARE(anaOutcome[QStringLiteral("invited")].toBool(), true);
    QCOMPARE(anaOutcome[QStringLiteral("email")].toString(), QStringLiteral("outbox"));
    QVERIFY2(anaOutcome[QStringLiteral("emailDetail")].toString().endsWith(QStringLiteral(".eml")),
        qPrintable(anaOutcome[QStringLiteral("emailDetail")].toString()));
    QCOMPARE(row(run, 2)[QStringLiteral("outcome")][QStringLiteral("invited")].toBool(), false);
    QVERIFY(!row(run, 2)[QStringLiteral("outcome")].toObject().contains(QStringLiteral("email")));

    // The report, written after the import, says the same.
    QFile report(m_fixture.path(QStringLiteral("report.csv")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = report.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 6); // the header and the five rows
    QVERIFY2(lines.at(0).trimmed().endsWith(",verdict,message,outcome,email sent,email detail"),
        lines.at(0).constData());
    QVERIFY2(lines.at(1).contains(",valid,") && lines.at(1).contains(",invited,outbox,")
            && lines.at(1).trimmed().endsWith(".eml"),
        lines.at(1).constData());
    QVERIFY2(lines.at(2).contains(",invalid-email,") && lines.at(2).trimmed().endsWith(",not-invited,,"),
        lines.at(2).constData());
    QVERIFY2(lines.at(5).contains(",invited,outbox,"), lines.at(5).constData());

    // Again: every address is now invited, so nothing is valid and nothing is sent twice.
    const QStringList before = m_fixture.emlFiles();
    const SiaRun again = import(QStringLiteral("messy.csv"));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("users.import-nothing-valid")), qPrintable(again.err));
    QCOMPARE(m_fixture.emlFiles(), before);
}

void TestCliUsersImport::eucKrNeedsItsEncoding()
{
    QStringEncoder encoder("EUC-KR");
    // The product promises EUC-KR (CsvReader::encodings); a Qt without ICU's codec fails here, not skips.
    QVERIFY2(encoder.isValid(), "this Qt has no EUC-KR codec (ICU)");
    const QByteArray bytes
        = encoder.encode(QString::fromUtf8("Email,Name\nmin@acme.example,김민지\nsoo@acme.example,이수진\n"));
    QVERIFY(m_fixture.writeFile(QStringLiteral("korean.csv"), bytes));
    const SiaRun refused = import(QStringLiteral("korean.csv"), { QStringLiteral("--dry-run") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("csv.encoding")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("EUC-KR")));

    const SiaRun run = import(QStringLiteral("korean.csv"),
        { QStringLiteral("--encoding"), QStringLiteral("euc-kr"), QStringLiteral("--dry-run"),
            QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().object()[QStringLiteral("encoding")].toString(), QStringLiteral("EUC-KR"));
    QCOMPARE(
        row(run, 1)[QStringLiteral("cells")][QStringLiteral("Name")].toString(), QString::fromUtf8("김민지"));
    QCOMPARE(
        row(run, 2)[QStringLiteral("cells")][QStringLiteral("Name")].toString(), QString::fromUtf8("이수진"));
    QCOMPARE(run.json().object()[QStringLiteral("counts")][QStringLiteral("valid")].toInt(), 2);
}

void TestCliUsersImport::raggedRows()
{
    QVERIFY(m_fixture.writeFile(QStringLiteral("ragged.csv"),
        "Email,Name\nlong@acme.example,Long Row,surplus\nshort@acme.example\n"));
    const SiaRun run
        = import(QStringLiteral("ragged.csv"), { QStringLiteral("--dry-run"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject longRow = row(run, 1);
    QCOMPARE(longRow[QStringLiteral("validation")][QStringLiteral("verdict")].toString(),
        QStringLiteral("ragged"));
    QCOMPARE(longRow[QStringLiteral("extraCells")].toArray(), QJsonArray { QStringLiteral("surplus") });
    QVERIFY(!longRow[QStringLiteral("validation")][QStringLiteral("message")].toString().isEmpty());
    const QJsonObject shortRow = row(run, 2);
    QCOMPARE(shortRow[QStringLiteral("validation")][QStringLiteral("verdict")].toString(),
        QStringLiteral("valid"));
    QCOMPARE(shortRow[QStringLiteral("cells")][QStringLiteral("Name")].toString(), QString());
}

void TestCliUsersImport::unterminatedQuoteHeaderOnlyAndEmpty()
{
    QVERIFY(m_fixture.writeFile(
        QStringLiteral("quote.csv"), "Email,Name\nok@acme.example,Ok\n\"open@acme.example,Open\n"));
    const SiaRun quote = import(QStringLiteral("quote.csv"), { QStringLiteral("--json") });
    QVERIFY(quote.exitCode != 0);
    QVERIFY2(quote.err.contains(QStringLiteral("csv.unterminated-quote")), qPrintable(quote.err));
    QVERIFY(quote.err.contains(QStringLiteral("3"))); // the line the quote opened on

    QVERIFY(m_fixture.writeFile(QStringLiteral("header.csv"), "Email,Name\r\n"));
    const SiaRun header = import(QStringLiteral("header.csv"));
    QVERIFY(header.exitCode != 0);
    QVERIFY2(header.err.contains(QStringLiteral("csv.header-only")), qPrintable(header.err));

    QVERIFY(m_fixture.writeFile(QStringLiteral("empty.csv"), ""));
    QVERIFY2(import(QStringLiteral("empty.csv")).err.contains(QStringLiteral("csv.empty")), "empty file");
    const SiaRun missing = import(QStringLiteral("nowhere.csv"));
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains(QStringLiteral("nowhere.csv")), qPrintable(missing.err));
    // Nobody was invited by any of them.
    QVERIFY(m_fixture.user(QStringLiteral("ok@acme.example")).isEmpty());
}

namespace {

// Drops what maps the email field from a saved mapping, whatever its shape: the key "email" at any level.
QJsonObject withoutEmail(QJsonObject object)
{
    object.remove(QStringLiteral("email"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject()) {
            *it = withoutEmail(it.value().toObject());
        }
    }
    return object;
}

} // namespace

void TestCliUsersImport::mappingWithoutEmailIsRefused()
{
    QVERIFY(m_fixture.writeFile(QStringLiteral("messy.csv"), messy));
    const SiaRun saved = import(QStringLiteral("messy.csv"),
        { QStringLiteral("--dry-run"), QStringLiteral("--save-mapping"),
            m_fixture.path(QStringLiteral("mapping.json")) });
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QFile file(m_fixture.path(QStringLiteral("mapping.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject mapping = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!mapping.isEmpty());
    file.close();
    QVERIFY(
        m_fixture.writeFile(QStringLiteral("no-email.json"), QJsonDocument(withoutEmail(mapping)).toJson()));

    const SiaRun refused = import(QStringLiteral("messy.csv"),
        { QStringLiteral("--mapping"), m_fixture.path(QStringLiteral("no-email.json")) });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("csv.mapping-no-email")), qPrintable(refused.err));
    QVERIFY(m_fixture.user(QStringLiteral("ana@acme.example")).isEmpty());

    QVERIFY(m_fixture.writeFile(QStringLiteral("broken.json"), "{ not json"));
    QCOMPARE(import(QStringLiteral("messy.csv"),
                 { QStringLiteral("--mapping"), m_fixture.path(QStringLiteral("broken.json")) })
                 .exitCode,
        2);
}

void TestCliUsersImport::savedMappingIsReused()
{
    // Headers no auto-match knows: a mapping file names the columns, and the mapping saved from that run
    // reads the next export of the same sheet the same way.
    QVERIFY(m_fixture.writeFile(QStringLiteral("odd.csv"), "Kontakt,Wer\nodd@acme.example,Odd One\n"));
    // Build the mapping as the saved form names columns: by header text, under the field keys.
    QJsonObject named { { QStringLiteral("email"), QStringLiteral("Kontakt") },
        { QStringLiteral("name"), QStringLiteral("Wer") } };
    QVERIFY(m_fixture.writeFile(QStringLiteral("named.json"), QJsonDocument(named).toJson()));
    const SiaRun run = import(QStringLiteral("odd.csv"),
        { QStringLiteral("--mapping"), m_fixture.path(QStringLiteral("named.json")),
            QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--save-mapping"),
            m_fixture.path(QStringLiteral("again.json")) });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(run.json().object()[QStringLiteral("mapping")][QStringLiteral("email")].toString(),
        QStringLiteral("Kontakt"));
    QCOMPARE(row(run, 1)[QStringLiteral("email")].toString(), QStringLiteral("odd@acme.example"));

    // The mapping saved from that run reads the same file the same way.
    const SiaRun reused = import(QStringLiteral("odd.csv"),
        { QStringLiteral("--mapping"), m_fixture.path(QStringLiteral("again.json")),
            QStringLiteral("--dry-run"), QStringLiteral("--json") });
    QVERIFY2(reused.exitCode == 0, qPrintable(reused.err));
    QCOMPARE(
        reused.json().object()[QStringLiteral("mapping")], run.json().object()[QStringLiteral("mapping")]);
}

void TestCliUsersImport::nothingValidExitsNonZero()
{
    QVERIFY(m_fixture.writeFile(QStringLiteral("bad.csv"), "Email\nnot-an-address\ntwo@@acme.example\n"));
    const SiaRun run = import(QStringLiteral("bad.csv"), { QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("users.import-nothing-valid")), qPrintable(run.err));
    // The report still comes, every row with why.
    QCOMPARE(row(run, 1)[QStringLiteral("validation")][QStringLiteral("verdict")].toString(),
        QStringLiteral("invalid-email"));
    QCOMPARE(row(run, 2)[QStringLiteral("validation")][QStringLiteral("verdict")].toString(),
        QStringLiteral("invalid-email"));
    QCOMPARE(m_fixture.run({ QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json") })
                 .json()
                 .object()[QStringLiteral("users")]
                 .toArray()
                 .size(),
        1);
}

void TestCliUsersImport::usageErrors()
{
    QVERIFY(m_fixture.writeFile(QStringLiteral("messy.csv"), messy));
    for (const QStringList& options :
        QList<QStringList> { { QStringLiteral("--encoding"), QStringLiteral("KOI8-R") },
            { QStringLiteral("--delimiter"), QStringLiteral("|") },
            { QStringLiteral("--mapping"), m_fixture.path(QStringLiteral("absent.json")) } }) {
        const SiaRun run = import(QStringLiteral("messy.csv"), options);
        QVERIFY2(
            run.exitCode == 2, qPrintable(options.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    }
    QCOMPARE(m_fixture
                 .run({ QStringLiteral("users"), QStringLiteral("import"), QStringLiteral("a.csv"),
                     QStringLiteral("b.csv") })
                 .exitCode,
        2);
    QVERIFY(m_fixture.user(QStringLiteral("ana@acme.example")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliUsersImport)
#include "testcliusersimport.moc"
