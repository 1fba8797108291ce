// A CSV file as read (RFC 4180): its header, its rows of cells, and how it was read (the encoding and
// delimiter, detected or chosen). Rows keep their raw cells even when ragged (fewer or more cells than the
// header): whether a row is usable is InviteImportPlan's call, row by row, not the reader's.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sia {

struct CsvRow
{
    int line = 0; // the 1-based line of the file where the row starts (a quoted cell may span lines)
    QStringList cells;
};

struct CsvTable
{
    QStringList header; // the first record, cells trimmed
    QList<CsvRow> rows; // the records after the header, blank lines dropped
    QString encoding; // the name it was decoded with: "UTF-8", "UTF-16LE", "windows-1252", "EUC-KR", "Big5"
    QChar delimiter; // ',', ';' or '\t'
    bool hadByteOrderMark = false;
};

} // namespace sia
