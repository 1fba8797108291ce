#include "users/csv/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace sia {

namespace {

struct Decoded
{
    QString text;
    QString encoding;
    bool hadBom = false;
};

// The share of control bytes (not tab, CR, LF) above which bytes are not text but a binary file (a
// spreadsheet's .xlsx saved under .csv, an image): one in a hundred in the first 64 KiB.
bool looksBinary(QByteArrayView bytes, bool utf16)
{
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (utf16) {
            continue; // UTF-16 text is half zero bytes; its decoder refuses what is not UTF-16
        }
        if (byte == 0) {
            return true;
        }
        if (byte < 0x20 && byte != '\t' && byte != '\r' && byte != '\n') {
            ++control;
        }
    }
    return sample > 0 && control * 100 > sample;
}

QString tried()
{
    return CsvReader::encodings().join(QStringLiteral(", "));
}

Result<Decoded> decode(QByteArrayView bytes, const QString& chosen)
{
    Decoded decoded;
    QByteArray encoding;
    qsizetype skip = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        encoding = "UTF-8";
        skip = 3;
    } else if (bytes.startsWith("\xFF\xFE")) {
        encoding = "UTF-16LE";
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        encoding = "UTF-16BE";
        skip = 2;
    }
    decoded.hadBom = skip > 0;
    if (!chosen.isEmpty()) {
        if (!CsvReader::encodings().contains(chosen, Qt::CaseInsensitive)) {
            return Error::input(QStringLiteral("csv.unknown-encoding"),
                CsvReader::tr("“%1” is not an encoding SIA Admin can read. Choose one of: %2.")
                    .arg(chosen, tried()));
        }
        if (encoding.isEmpty() || QString::fromLatin1(encoding).compare(chosen, Qt::CaseInsensitive) != 0) {
            skip = 0; // a byte-order mark of another encoding is not one here
            decoded.hadBom = false;
        }
        encoding = chosen.toLatin1();
    } else if (encoding.isEmpty()) {
        encoding = "UTF-8";
    }
    const QByteArrayView body = bytes.sliced(skip);
    if (looksBinary(body, encoding.startsWith("UTF-16"))) {
        return Error::input(QStringLiteral("csv.binary"),
            CsvReader::tr("This file is not text (it holds NUL or other control bytes): it may be a "
                          "spreadsheet in its own format. Save it as CSV and choose it again."));
    }
    QStringDecoder decoder(encoding.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        return Error::input(QStringLiteral("csv.unknown-encoding"),
            CsvReader::tr("This computer cannot decode %1. Choose one of: %2.")
                .arg(QString::fromLatin1(encoding), tried()));
    }
    decoded.text = decoder(body);
    // ICU's converters may substitute rather than report: a replacement character out of a legacy
    // encoding is a byte that encoding does not have.
    if (decoder.hasError()
        || (!encoding.startsWith("UTF") && decoded.text.contains(QChar::ReplacementCharacter))) {
        return Error::input(QStringLiteral("csv.encoding"),
            chosen.isEmpty()
                ? CsvReader::tr("This file is not UTF-8: some of its bytes mean nothing in UTF-8. Choose the "
                                "encoding it was saved in (a spreadsheet in Korean often writes EUC-KR, in "
                                "Traditional Chinese Big5, in Western Europe windows-1252): %1.")
                      .arg(tried())
                //: %1 the encoding chosen, %2 the list to choose from.
                : CsvReader::tr("This file is not %1: some of its bytes mean nothing in it. Choose the "
                                "encoding it was saved in: %2.")
                      .arg(chosen, tried()));
    }
    if (decoded.text.contains(QChar(0))) {
        return Error::input(QStringLiteral("csv.binary"),
            CsvReader::tr("This file holds NUL characters, which text does not: it may be a spreadsheet in "
                          "its own format. Save it as CSV and choose it again."));
    }
    decoded.encoding = QString::fromLatin1(encoding);
    return decoded;
}

// The delimiter of the header line: the one of comma, semicolon and tab found most often outside quotes.
QChar detectDelimiter(const QString& text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            break;
        } else if (!quoted) {
            commas += c == u',';
            semicolons += c == u';';
            tabs += c == u'\t';
        }
    }
    if (tabs > commas && tabs >= semicolons) {
        return u'\t';
    }
    if (semicolons > commas) {
        return u';';
    }
    return u',';
}

} // namespace

QStringList CsvReader::encodings()
{
    static const QStringList available = [] {
        QStringList names;
        for (const char* name : { "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "EUC-KR", "Big5" }) {
            if (QStringDecoder(name).isValid()) {
                names.append(QString::fromLatin1(name));
            }
        }
        return names;
    }();
    return available;
}

Result<CsvTable> CsvReader::read(const QString& path, const CsvReadOptions& options)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return Error::input(QStringLiteral("csv.unreadable"),
            tr("There is no file %1: choose the CSV file again.").arg(path));
    }
    // Before a byte is read: a 2 GB file is refused, never loaded.
    if (info.size() > options.maxBytes) {
        return Error::input(QStringLiteral("csv.too-large"),
            tr("%1 is %2 MB; SIA Admin reads CSV files of up to %3 MB (%4 rows). Split it into smaller "
               "files.")
                .arg(info.fileName())
                .arg(info.size() / (1024 * 1024))
                .arg(options.maxBytes / (1024 * 1024))
                .arg(options.maxRows));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::environment(QStringLiteral("csv.unreadable"),
            tr("%1 cannot be read: %2. Check that it is not open elsewhere and that you may read it.")
                .arg(path, file.errorString()));
    }
    return parse(file.readAll(), options);
}

Result<CsvTable> CsvReader::parse(QByteArrayView bytes, const CsvReadOptions& options)
{
    if (bytes.size() > options.maxBytes) {
        return Error::input(QStringLiteral("csv.too-large"),
            tr("The file is larger than %1 MB, the most SIA Admin reads. Split it into smaller files.")
                .arg(options.maxBytes / (1024 * 1024)));
    }
    Result<Decoded> decoded = decode(bytes, options.encoding);
    if (!decoded) {
        return decoded.error();
    }
    const QString& text = decoded->text;
    if (text.trimmed().isEmpty()) {
        return Error::input(QStringLiteral("csv.empty"),
            tr("The file is empty: it needs a header line (Email, First name, …) and a line per person."));
    }
    CsvTable table;
    table.encoding = decoded->encoding;
    table.hadByteOrderMark = decoded->hadBom;
    table.delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;
    const QChar delimiter = table.delimiter;

    QList<CsvRow> records;
    CsvRow record;
    QString field;
    int line = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool fieldQuoted = false;
    record.line = 1;
    auto endField = [&] {
        record.cells.append(field);
        field.clear();
        fieldQuoted = false;
    };
    auto endRecord = [&]() -> bool {
        endField();
        const bool blank = record.cells.size() == 1 && record.cells.first().isEmpty();
        if (!blank) {
            records.append(std::move(record));
        }
        record = CsvRow();
        return records.size() <= options.maxRows + 1; // the header and at most maxRows rows
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < size && text.at(i + 1) == u'\n'))) {
                    ++line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
                ++i;
            }
            ++line;
            if (!endRecord()) {
                return Error::input(QStringLiteral("csv.too-large"),
                    tr("The file has more than %1 rows, the most SIA Admin imports at once. Split it into "
                       "smaller files.")
                        .arg(options.maxRows));
            }
            record.line = line;
        } else {
            // Text after a closing quote ("Ana" Lee) is kept, as spreadsheets keep it.
            field.append(c);
        }
    }
    if (inQuotes) {
        return Error::input(QStringLiteral("csv.unterminated-quote"),
            tr("A quote opened on line %1 is never closed, so the rest of the file would be one cell. Close "
               "the quote (or double it, \"\", inside a cell) and choose the file again.")
                .arg(quoteLine));
    }
    if (!field.isEmpty() || fieldQuoted || !record.cells.isEmpty()) {
        if (!endRecord()) {
            return Error::input(QStringLiteral("csv.too-large"),
                tr("The file has more than %1 rows, the most SIA Admin imports at once. Split it into "
                   "smaller files.")
                    .arg(options.maxRows));
        }
    }
    if (records.isEmpty()) {
        return Error::input(QStringLiteral("csv.empty"),
            tr("The file is empty: it needs a header line (Email, First name, …) and a line per person."));
    }
    for (const QString& cell : records.first().cells) {
        table.header.append(cell.trimmed());
    }
    if (records.size() == 1) {
        return Error::input(QStringLiteral("csv.header-only"),
            tr("The file has a header line but nobody under it: add a line per person to invite."));
    }
    records.removeFirst();
    table.rows = std::move(records);
    return table;
}

} // namespace sia
