// sia-import-bench: step 5's CSV import preview on a large, messy file, the way the window and
// `sia-admin users import` do it: read and decode the file (CsvReader::read), match the columns from the
// header (ColumnMapping::autoMatched), decide every row (InviteImportPlan::build, against sets of existing
// users and pending invitations as the store would give them), fill the preview's table model
// (ImportPreviewModel) and write the per-row report (reportCsv). Issue 11's target: up to 100,000 rows
// preview and validate within a second or two. Prints one JSON object with each stage's median time.
//
//   sia-import-bench [--rows 100000] [--existing 20000] [--runs 5] [--encoding windows-1252]
//
// The file is made by the program: a Swedish header in a spreadsheet's export (semicolons, a byte-order
// mark, CRLF), quoted names with the delimiter in them, and about one row in twenty with a problem (an
// address with a space, one without @, a repeated address, a blank email), some teams to create.
#include "users/csv/columnmapping.h"
#include "users/csv/csvreader.h"
#include "users/csv/importpreviewmodel.h"
#include "users/csv/inviteimportplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sia;

namespace {

QString rowText(int row)
{
    const QString email = QStringLiteral("person%1@acme%2.example").arg(row).arg(row % 7);
    QString address = email;
    switch (row % 20) {
    case 3:
        address = QStringLiteral("person %1@acme.example").arg(row); // a space
        break;
    case 7:
        address = QStringLiteral("person%1.acme.example").arg(row); // no @
        break;
    case 11:
        address = QStringLiteral("person%1@acme%2.example").arg(row - 1).arg((row - 1) % 7); // repeated
        break;
    case 13:
        address.clear(); // blank
        break;
    default:
        break;
    }
    const QString team = row % 5 == 0 ? QStringLiteral("\"Sälj; Väst\"") : QStringLiteral("Everyone");
    return QStringLiteral("%1;\"Åsa %2\";\"Öberg, Jr.\";%3;%4\r\n")
        .arg(address)
        .arg(row)
        .arg(row % 50 == 0 ? QStringLiteral("Admin") : QStringLiteral("Användare"), team);
}

QByteArray makeFile(int rows, const QString& encoding)
{
    QString text = QStringLiteral("E-post;Förnamn;Efternamn;Roll;Team\r\n");
    text.reserve(rows * 80);
    for (int row = 1; row <= rows; ++row) {
        text += rowText(row);
    }
    if (encoding.isEmpty()) {
        return QByteArray("\xEF\xBB\xBF", 3) + text.toUtf8();
    }
    QStringEncoder encoder(encoding.toLatin1().constData());
    return encoder(text);
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in the file."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption existingOption(QStringLiteral("existing"),
        QStringLiteral("Users already in Actions (and as many pending invitations, half as many)."),
        QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs; medians are printed."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
        QStringLiteral("Write and read the file in this encoding (default UTF-8 with a byte-order mark)."),
        QStringLiteral("name"));
    parser.addOptions({ rowsOption, existingOption, runsOption, encodingOption });
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int existing = parser.value(existingOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString encoding = parser.value(encodingOption);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invitees.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(makeFile(rows, encoding)) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    file.close();

    // As the store would answer: every third existing user is a pending invitation instead.
    QSet<QString> existingUsers;
    QSet<QString> pending;
    for (int row = 1; row <= existing; ++row) {
        const QString email = QStringLiteral("person%1@acme%2.example").arg(row * 3).arg((row * 3) % 7);
        (row % 3 == 0 ? pending : existingUsers).insert(email);
    }
    const QStringList teams { QStringLiteral("Everyone") };

    QList<qint64> readMs, mapMs, planMs, modelMs, reportMs, totalMs;
    ImportCounts counts;
    qint64 reportBytes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer total;
        total.start();
        QElapsedTimer stage;
        stage.start();
        CsvReadOptions options;
        options.encoding = encoding;
        Result<CsvTable> table = CsvReader::read(path, options);
        readMs << stage.restart();
        if (!table) {
            std::fprintf(stderr, "%s\n", qPrintable(table.error().message));
            return 1;
        }
        const ColumnMapping mapping = ColumnMapping::autoMatched(table->header);
        mapMs << stage.restart();
        InviteImportPlan plan = InviteImportPlan::build(*table, mapping, existingUsers, pending, teams);
        counts = plan.counts();
        planMs << stage.restart();
        ImportPreviewModel model;
        model.setPlan(plan);
        modelMs << stage.restart();
        reportBytes = plan.reportCsv().size();
        reportMs << stage.restart();
        totalMs << total.elapsed() - reportMs.last(); // the preview: everything but the report
    }

    QJsonObject byVerdict;
    for (auto it = counts.byVerdict.cbegin(); it != counts.byVerdict.cend(); ++it) {
        byVerdict.insert(toKey(it.key()), it.value());
    }
    const QJsonObject result {
        { QStringLiteral("rows"), rows },
        { QStringLiteral("bytes"), QFileInfo(path).size() },
        { QStringLiteral("encoding"), encoding.isEmpty() ? QStringLiteral("UTF-8") : encoding },
        { QStringLiteral("existing"), existing },
        { QStringLiteral("runs"), runs },
        { QStringLiteral("readMs"), median(readMs) },
        { QStringLiteral("mapMs"), median(mapMs) },
        { QStringLiteral("planMs"), median(planMs) },
        { QStringLiteral("modelMs"), median(modelMs) },
        { QStringLiteral("previewMs"), median(totalMs) },
        { QStringLiteral("reportMs"), median(reportMs) },
        { QStringLiteral("reportBytes"), reportBytes },
        { QStringLiteral("rowsByVerdict"), byVerdict },
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
