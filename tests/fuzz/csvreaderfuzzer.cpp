// libFuzzer target for step 5's CSV reader (sia::CsvReader::parse): any bytes, read with any of the
// encodings an admin may pick or detected, must give either a table that keeps the reader's promises or a
// refusal with its code and message; never a crash, a hang, or anything AddressSanitizer and
// UndefinedBehaviorSanitizer see. Built and run by run-fuzzer.sh (clang's -fsanitize=fuzzer; the project's
// own build uses GCC, which has no libFuzzer).
#include "users/csv/csvreader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// An invariant broken: say which and abort, which libFuzzer reports as a crash with the input saved.
void require(bool holds, const char* what)
{
    if (!holds) {
        std::fprintf(stderr, "CsvReader broke its promise: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QStringList encodings = sia::CsvReader::encodings();
    static const QString delimiters = QStringLiteral(",;\t");

    // The first byte chooses how the admin reads the file: the encoding (or detection) and the delimiter
    // (or detection); the rest is the file.
    sia::CsvReadOptions options;
    options.maxBytes = 1 << 20;
    options.maxRows = 5000;
    if (size > 0) {
        const int pick = data[0];
        const int encoding = pick % (encodings.size() + 1);
        if (encoding > 0) {
            options.encoding = encodings.at(encoding - 1);
        }
        const int delimiter = (pick / (encodings.size() + 1)) % (delimiters.size() + 1);
        if (delimiter > 0) {
            options.delimiter = delimiters.at(delimiter - 1);
        }
        ++data;
        --size;
    }
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const sia::Result<sia::CsvTable> table = sia::CsvReader::parse(bytes, options);
    if (!table.ok()) {
        require(table.error().code.startsWith(QLatin1String("csv.")), "a refusal's code starts with csv.");
        require(!table.error().message.isEmpty(), "a refusal says why");
        return 0;
    }
    require(!table->header.isEmpty(), "a table has a header");
    require(!table->rows.isEmpty(), "a table has rows (a header alone is refused)");
    require(table->rows.size() <= options.maxRows, "no more rows than maxRows");
    require(delimiters.contains(table->delimiter), "the delimiter is a comma, a semicolon or a tab");
    require(
        options.delimiter.isNull() || table->delimiter == options.delimiter, "a chosen delimiter is used");
    require(options.encoding.isEmpty() || table->encoding == options.encoding, "a chosen encoding is used");
    int previousLine = 1;
    for (const sia::CsvRow& row : table->rows) {
        require(row.line > previousLine, "rows start on increasing lines, after the header's");
        require(!row.cells.isEmpty(), "a row has cells (blank lines are dropped)");
        for (const QString& cell : row.cells) {
            require(!cell.contains(QChar(u'\0')), "no NUL in a cell");
        }
        previousLine = row.line;
    }
    return 0;
}
