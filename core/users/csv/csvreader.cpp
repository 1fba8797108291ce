#include "users/csv/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <optional>

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

// The three kinds of decoding a strict check tells apart: UTF-8 (its decoder reports every malformed byte),
// UTF-16 (whose decoder reports neither an odd byte count nor half a surrogate pair) and the legacy
// encodings, whose ICU converters decode a byte they do not define rather than report it.
enum class Family
{
    Utf8,
    Utf16,
    Legacy
};

Family familyOf(const QByteArray& encoding)
{
    if (encoding.startsWith("UTF-16")) {
        return Family::Utf16;
    }
    return encoding.startsWith("UTF") ? Family::Utf8 : Family::Legacy;
}

// A UTF-16 code unit that is half of a pair without its other half.
bool loneSurrogateAt(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate()) {
        return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
    }
    return c.isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate());
}

// Whether decoded text holds a character that no text in this encoding can mean. windows-1252 leaves
// 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined and ICU maps them to C1 controls; Big5's and EUC-KR's
// user-defined areas (Big5 FA 40, FE 7A, 0xFF; EUC-KR C9 A1) come out as private-use characters, which
// name no agreed character; the replacement character is a byte ICU gave up on.
qsizetype firstMeaningless(QStringView text, Family family)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (loneSurrogateAt(text, i)) {
            return i;
        }
        if (family != Family::Legacy) {
            continue;
        }
        const bool c1Control = c >= 0x80 && c <= 0x9F;
        const bool privateUse = (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xDB80 && c <= 0xDBFF); // planes 15, 16
        if (c1Control || privateUse || c == QChar::ReplacementCharacter) {
            return i;
        }
    }
    return -1;
}

// The 1-based line of text's index i, counting CRLF, CR and LF once each, as the parser counts them.
int lineOf(QStringView text, qsizetype i)
{
    int line = 1;
    for (qsizetype at = 0; at < i && at < text.size(); ++at) {
        if (text.at(at) == u'\n'
            || (text.at(at) == u'\r' && !(at + 1 < text.size() && text.at(at + 1) == u'\n'))) {
            ++line;
        }
    }
    return line;
}

QString hexBytes(QByteArrayView bytes)
{
    QStringList hex;
    for (const char byte : bytes.first(qMin<qsizetype>(bytes.size(), 4))) {
        hex.append(QStringLiteral("0x")
            + QString::number(static_cast<unsigned char>(byte), 16).rightJustified(2, u'0').toUpper());
    }
    return hex.join(u' ');
}

// Where the first byte that means nothing is, for the message: its line, its 1-based offset in the body and
// the bytes of its character.
struct BadBytes
{
    int line = 1;
    qsizetype offset = 0;
    QByteArray bytes;
};

// For UTF-8 and the legacy encodings, whose line breaks are the ASCII bytes whatever else the line holds:
// each line is decoded on its own until one fails, then that line a byte at a time, so that even a 64 MB
// file is searched at the speed of one decoding.
std::optional<BadBytes> locateBadBytes(QByteArrayView body, const QByteArray& encoding, Family family)
{
    const auto bad = [family](QStringDecoder& decoder, QStringView text) {
        return decoder.hasError() || firstMeaningless(text, family) >= 0;
    };
    int line = 1;
    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype end = start;
        while (end < body.size() && body[end] != '\n' && body[end] != '\r') {
            ++end;
        }
        const QByteArrayView bytes = body.sliced(start, end - start);
        QStringDecoder whole(encoding.constData(), QStringDecoder::Flag::Stateless);
        if (const QString text = whole(bytes); bad(whole, text)) {
            QStringDecoder stepwise(encoding.constData());
            QString sofar;
            qsizetype charStart = 0;
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                const QString out = stepwise(bytes.sliced(i, 1));
                if (out.isEmpty() && !stepwise.hasError()) {
                    continue; // the middle of a multi-byte character
                }
                sofar += out;
                if (bad(stepwise, sofar)) {
                    return BadBytes { line, start + charStart + 1,
                        bytes.sliced(charStart, i + 1 - charStart).toByteArray() };
                }
                charStart = i + 1;
            }
            // Cut off at the end of the line: the character's last bytes are missing.
            return BadBytes { line, start + charStart + 1, bytes.sliced(charStart).toByteArray() };
        }
        if (end + 1 < body.size() && body[end] == '\r' && body[end + 1] == '\n') {
            ++end;
        }
        start = end + 1;
        ++line;
    }
    return std::nullopt;
}

Error notInEncoding(const QString& chosen, const std::optional<BadBytes>& where)
{
    const QString code = QStringLiteral("csv.encoding");
    if (!where) {
        return Error::input(code,
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
    if (chosen.isEmpty()) {
        //: %1 the line, %2 the bytes ("0xFF"), %3 their 1-based offset in the file, %4 the encodings to try.
        return Error::input(code,
            CsvReader::tr("This file is not UTF-8: line %1 holds bytes that mean nothing in UTF-8 (%2, byte "
                          "%3 of the file). Choose the encoding it was saved in (a spreadsheet in Korean "
                          "often writes EUC-KR, in Traditional Chinese Big5, in Western Europe "
                          "windows-1252): %4.")
                .arg(where->line)
                .arg(hexBytes(where->bytes))
                .arg(where->offset)
                .arg(tried()));
    }
    //: %1 the encoding chosen, %2 the line, %3 the bytes ("0x81"), %4 their 1-based offset in the file,
    //: %5 the encodings to choose from.
    return Error::input(code,
        CsvReader::tr("This file is not %1: line %2 holds bytes that %1 does not define or leaves to "
                      "private use (%3, byte %4 of the file). Choose the encoding it was saved in: %5.")
            .arg(chosen)
            .arg(where->line)
            .arg(hexBytes(where->bytes))
            .arg(where->offset)
            .arg(tried()));
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
    const Family family = familyOf(encoding);
    const QByteArrayView body = bytes.sliced(skip);
    if (looksBinary(body, family == Family::Utf16)) {
        return Error::input(QStringLiteral("csv.binary"),
            CsvReader::tr("This file is not text (it holds NUL or other control bytes): it may be a "
                          "spreadsheet in its own format. Save it as CSV and choose it again."));
    }
    const QString name = QString::fromLatin1(encoding);
    if (family == Family::Utf16 && body.size() % 2 != 0) {
        // Qt's UTF-16 decoder turns the odd last byte into a replacement character without an error.
        //: %1 UTF-16LE or UTF-16BE, %2 the file's size in bytes, %3 the encodings to choose from.
        return Error::input(QStringLiteral("csv.encoding"),
            CsvReader::tr("This file is not %1: it has an odd number of bytes (%2), and every character of "
                          "%1 takes two or four. It may have been cut short or saved in another encoding: "
                          "choose one of %3.")
                .arg(name)
                .arg(bytes.size())
                .arg(tried()));
    }
    QStringDecoder decoder(encoding.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        return Error::input(QStringLiteral("csv.unknown-encoding"),
            CsvReader::tr("This computer cannot decode %1. Choose one of: %2.").arg(name, tried()));
    }
    decoded.text = decoder(body);
    if (const qsizetype at = firstMeaningless(decoded.text, family); decoder.hasError() || at >= 0) {
        if (family == Family::Utf16) {
            // Each UTF-16 unit is two bytes of the body, so the index says where; only half a surrogate
            // pair gets here (the decoder reports nothing else).
            const qsizetype unit = qMax<qsizetype>(at, 0);
            //: %1 UTF-16LE or UTF-16BE, %2 the line, %3 the bytes ("0x00 0xD8"), %4 their 1-based offset in
            //: the file, %5 the encodings to choose from.
            return Error::input(QStringLiteral("csv.encoding"),
                CsvReader::tr("This file is not valid %1: line %2 holds half of a character (a lone "
                              "surrogate, %3, byte %4 of the file). It may have been cut or joined wrongly, "
                              "or saved in another encoding: choose one of %5.")
                    .arg(name)
                    .arg(lineOf(decoded.text, unit))
                    .arg(hexBytes(
                        body.sliced(qMin(2 * unit, body.size()), qMin<qsizetype>(2, body.size() - 2 * unit))))
                    .arg(skip + 2 * unit + 1)
                    .arg(tried()));
        }
        std::optional<BadBytes> where = locateBadBytes(body, encoding, family);
        if (where) {
            where->offset += skip;
        }
        return notInEncoding(chosen, where);
    }
    if (decoded.text.contains(QChar(0))) {
        return Error::input(QStringLiteral("csv.binary"),
            CsvReader::tr("This file holds NUL characters, which text does not: it may be a spreadsheet in "
                          "its own format. Save it as CSV and choose it again."));
    }
    decoded.encoding = name;
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

QString CsvReader::delimiterName(QChar delimiter)
{
    if (delimiter == u'\t') {
        return tr("tab");
    }
    if (delimiter == u';') {
        return tr("semicolon");
    }
    return tr("comma");
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
