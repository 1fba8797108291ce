// Reads a CSV file of invitees (step 5): RFC 4180 (quoted cells, doubled quotes, line breaks inside quotes,
// CRLF or LF, with or without a final newline), the delimiter detected among comma, semicolon and tab, a
// UTF-8 or UTF-16 byte-order mark honoured, and any other encoding decoded as the admin picks it (ICU,
// through QStringDecoder). Refuses, each with its own message and code: an empty file ("csv.empty"), a header
// without rows ("csv.header-only"), an unterminated quote, naming the line it opened on
// ("csv.unterminated-quote"), NUL bytes or other binary content ("csv.binary"), bytes that are not valid
// in the encoding ("csv.encoding", saying which encodings to try), a file over maxBytes or with more than
// maxRows rows ("csv.too-large"), an encoding that is not known ("csv.unknown-encoding"), a file that
// cannot be read ("csv.unreadable"). Pure and synchronous: the caller runs it off the GUI thread.
#pragma once

#include "common/result.h"
#include "users/csv/csvtable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sia {

struct CsvReadOptions
{
    // Empty: a byte-order mark decides, else the file must be valid UTF-8 (csv.encoding otherwise, which
    // names the encodings the admin may pick). Else one of CsvReader::encodings().
    QString encoding;
    QChar delimiter; // null: detected from the header line
    qint64 maxBytes = 64LL * 1024 * 1024;
    int maxRows = 100000;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(sia::CsvReader)

public:
    static Result<CsvTable> read(const QString& path, const CsvReadOptions& options = {});
    static Result<CsvTable> parse(QByteArrayView bytes, const CsvReadOptions& options = {});
    // The encodings an admin may pick, in the order a combo box lists them: UTF-8, UTF-16LE, UTF-16BE,
    // windows-1252, EUC-KR, Big5 (only those this Qt's ICU can decode).
    static QStringList encodings();
    // The delimiter's name for the admin: "comma", "semicolon", "tab" (translated).
    static QString delimiterName(QChar delimiter);
};

} // namespace sia
