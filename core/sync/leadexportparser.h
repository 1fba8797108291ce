// Reads a bulk lead extract file (RFC 4180: CSV, or Marketo's TSV/SSV with their delimiter) as it streams
// from disk, from any byte offset after its header: the header maps columns to fields by REST name
// (PersonFieldResolution), Marketo's unquoted null is no value, and each call yields at most one batch of
// PersonRecord with the byte offset just after its last row, which is what the sync's checkpoint keeps.
// Nothing but the read buffer and one batch is ever in memory. A malformed row (wrong number of cells, a
// stray or unterminated quote, an id that is not a number) is reported on its own and skipped; only a file
// whose header lacks the id column is refused.
#pragma once

#include "common/result.h"
#include "sync/personfields.h"
#include "sync/personrecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>

#include <memory>

namespace sia {

struct ExportRowProblem
{
    qint64 offset = 0; // where the row starts in the file
    qint64 marketoId = 0; // 0 when the row's id could not be read
    QString code; // "people.malformed-row", "people.bad-id"
    QString message; // for the admin, translated
};

struct ExportBatch
{
    QList<PersonRecord> records;
    QList<ExportRowProblem> problems;
    qint64 rows = 0; // rows read, the malformed ones included
    qint64 endOffset = 0; // the byte after the batch's last row: where the next batch starts
    bool atEnd = false; // the file has no more rows
};

class LeadExportParser
{
    Q_DECLARE_TR_FUNCTIONS(sia::LeadExportParser)

public:
    static constexpr qint64 readChunk = 256 * 1024;

    // Reads the header, then goes on from fromOffset (0 or any endOffset an earlier parse gave).
    static Result<std::unique_ptr<LeadExportParser>> open(
        const QString& path, qint64 fromOffset, const PersonFieldResolution& fields, char delimiter = ',');

    // Up to maxRecords rows (the malformed ones count).
    Result<ExportBatch> next(int maxRecords);

    qint64 headerBytes() const { return m_headerEnd; }
    qint64 offset() const { return m_fileOffsetOfBuffer + m_pos; }

private:
    struct Cell
    {
        QByteArray value;
        bool quoted = false;
    };
    enum class RowStatus
    {
        Row,
        Malformed,
        NeedMore,
        End
    };

    LeadExportParser(const QString& path, char delimiter);
    Result<void> readHeader(const PersonFieldResolution& fields);
    Result<bool> fill(); // false at the end of the file
    RowStatus parseRow(qsizetype& next, QString& problem);
    RowStatus nextRow(qint64& rowStart, QString& problem);
    Result<void> seek(qint64 offset);

    QFile m_file;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_fileOffsetOfBuffer = 0;
    bool m_eof = false;
    qint64 m_headerEnd = 0;
    QList<Cell> m_cells;
    QList<int> m_columns; // per column: a PersonField, or -1 for a column the sync does not read
    int m_idColumn = -1;
};

} // namespace sia
