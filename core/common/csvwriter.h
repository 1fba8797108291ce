// Rows as RFC 4180 CSV for exports an admin opens in a spreadsheet (a sync's errors, an import's report):
// quoted where needed, quotes doubled, CRLF, and every cell that a spreadsheet would read as a formula
// (starting with =, +, -, @, a tab or a carriage return) neutralised with a leading apostrophe (CSV
// injection), so that an exported name never runs as a formula.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sia {

class CsvWriter
{
public:
    static QString neutralised(const QString& cell);
    static QByteArray cell(const QString& value);
    static QByteArray row(const QStringList& cells); // ends with CRLF
};

} // namespace sia
