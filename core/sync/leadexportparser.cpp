#include "sync/leadexportparser.h"

#include <cstring>

namespace sia {

LeadExportParser::LeadExportParser(const QString& path, char delimiter)
    : m_file(path)
    , m_delimiter(delimiter)
{ }

Result<std::unique_ptr<LeadExportParser>> LeadExportParser::open(
    const QString& path, qint64 fromOffset, const PersonFieldResolution& fields, char delimiter)
{
    std::unique_ptr<LeadExportParser> parser(new LeadExportParser(path, delimiter));
    if (!parser->m_file.open(QIODevice::ReadOnly)) {
        return Error::environment(QStringLiteral("sync.file-unreadable"),
            tr("The downloaded export file %1 cannot be read (%2). Check the disk and the folder's "
               "permissions, then resume the sync.")
                .arg(path, parser->m_file.errorString()));
    }
    if (Result<void> header = parser->readHeader(fields); !header) {
        return header.error();
    }
    if (fromOffset > parser->m_headerEnd) {
        if (Result<void> moved = parser->seek(fromOffset); !moved) {
            return moved.error();
        }
    }
    return parser;
}

Result<void> LeadExportParser::seek(qint64 offset)
{
    if (offset > m_file.size() || !m_file.seek(offset)) {
        return Error::environment(QStringLiteral("sync.file-offset"),
            tr("The export file %1 is shorter than the sync's checkpoint says. Resume the sync: the file "
               "is downloaded again.")
                .arg(m_file.fileName()));
    }
    m_buffer.clear();
    m_pos = 0;
    m_fileOffsetOfBuffer = offset;
    m_eof = false;
    return {};
}

Result<bool> LeadExportParser::fill()
{
    if (m_eof) {
        return false;
    }
    // Drop what was consumed, so the buffer holds one chunk and the row in progress, never the file.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_fileOffsetOfBuffer += m_pos;
        m_pos = 0;
    }
    const qsizetype had = m_buffer.size();
    m_buffer.resize(had + readChunk);
    const qint64 got = m_file.read(m_buffer.data() + had, readChunk);
    if (got < 0) {
        m_buffer.resize(had);
        return Error::environment(QStringLiteral("sync.file-unreadable"),
            tr("Reading the export file %1 failed (%2). Check the disk, then resume the sync.")
                .arg(m_file.fileName(), m_file.errorString()));
    }
    m_buffer.resize(had + got);
    if (got == 0) {
        m_eof = true;
        return false;
    }
    return true;
}

LeadExportParser::RowStatus LeadExportParser::parseRow(qsizetype& next, QString& problem)
{
    const char* d = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    qsizetype i = m_pos;
    if (i >= n) {
        return m_eof ? RowStatus::End : RowStatus::NeedMore;
    }
    m_cells.clear();
    bool bad = false;
    auto skipLine = [&]() -> bool { // to just after the line's end; false: need more
        const void* nl = std::memchr(d + i, '\n', size_t(n - i));
        if (!nl) {
            if (!m_eof) {
                return false;
            }
            i = n;
            return true;
        }
        i = static_cast<const char*>(nl) - d + 1;
        return true;
    };
    for (;;) {
        Cell cell;
        if (d[i] == '"') {
            cell.quoted = true;
            ++i;
            for (;;) {
                const void* found = std::memchr(d + i, '"', size_t(n - i));
                if (!found) {
                    if (!m_eof) {
                        return RowStatus::NeedMore;
                    }
                    problem = tr("a quoted value is not closed before the end of the file");
                    next = n;
                    return RowStatus::Malformed;
                }
                const qsizetype q = static_cast<const char*>(found) - d;
                cell.value.append(d + i, q - i);
                i = q + 1;
                if (i >= n && !m_eof) {
                    return RowStatus::NeedMore;
                }
                if (i < n && d[i] == '"') { // a doubled quote is one quote of the value
                    cell.value.append('"');
                    ++i;
                    continue;
                }
                break;
            }
            if (i < n && d[i] != m_delimiter && d[i] != '\n' && d[i] != '\r') {
                problem = tr("text follows a closing quote");
                if (!skipLine()) {
                    return RowStatus::NeedMore;
                }
                next = i;
                return RowStatus::Malformed;
            }
        } else {
            qsizetype j = i;
            while (j < n && d[j] != m_delimiter && d[j] != '\n' && d[j] != '\r') {
                bad = bad || d[j] == '"';
                ++j;
            }
            if (j >= n && !m_eof) {
                return RowStatus::NeedMore;
            }
            cell.value = QByteArray(d + i, j - i);
            i = j;
        }
        m_cells.append(std::move(cell));
        if (i >= n) {
            break;
        }
        if (d[i] == m_delimiter) {
            ++i;
            if (i >= n && !m_eof) {
                return RowStatus::NeedMore;
            }
            if (i >= n) {
                m_cells.append(Cell {});
                break;
            }
            continue;
        }
        if (d[i] == '\r') {
            if (i + 1 >= n && !m_eof) {
                return RowStatus::NeedMore;
            }
            ++i;
            if (i < n && d[i] == '\n') {
                ++i;
            }
        } else {
            ++i;
        }
        break;
    }
    next = i;
    if (bad) {
        problem = tr("a quote stands inside a value that is not quoted");
        return RowStatus::Malformed;
    }
    return RowStatus::Row;
}

LeadExportParser::RowStatus LeadExportParser::nextRow(qint64& rowStart, QString& problem)
{
    for (;;) {
        rowStart = m_fileOffsetOfBuffer + m_pos;
        qsizetype next = 0;
        const RowStatus status = parseRow(next, problem);
        if (status != RowStatus::NeedMore) {
            if (status != RowStatus::End) {
                m_pos = next;
            }
            return status;
        }
        Result<bool> more = fill();
        if (!more) {
            problem = more.error().message;
            return RowStatus::End;
        }
    }
}

Result<void> LeadExportParser::readHeader(const PersonFieldResolution& fields)
{
    qint64 start = 0;
    QString problem;
    if (nextRow(start, problem) != RowStatus::Row) {
        return Error::environment(QStringLiteral("sync.export-header"),
            tr("The export file %1 has no header row it can read. Resume the sync: the file is "
               "downloaded again.")
                .arg(m_file.fileName()));
    }
    m_headerEnd = offset();
    m_columns.clear();
    for (const Cell& cell : std::as_const(m_cells)) {
        PersonField field;
        const bool known = fields.fieldFor(QString::fromUtf8(cell.value), &field);
        m_columns.append(known ? int(field) : -1);
        if (known && field == PersonField::MarketoId) {
            m_idColumn = int(m_columns.size() - 1);
        }
    }
    if (m_idColumn < 0) {
        return Error::environment(QStringLiteral("sync.export-header"),
            tr("The export file %1 has no id column, so its people cannot be matched. Resume the sync: "
               "the export is made again.")
                .arg(m_file.fileName()));
    }
    return {};
}

Result<ExportBatch> LeadExportParser::next(int maxRecords)
{
    ExportBatch batch;
    batch.records.reserve(maxRecords);
    while (batch.rows < maxRecords) {
        qint64 rowStart = 0;
        QString problem;
        const RowStatus status = nextRow(rowStart, problem);
        if (status == RowStatus::End) {
            if (!problem.isEmpty()) {
                return Error::environment(QStringLiteral("sync.file-unreadable"), problem);
            }
            batch.atEnd = true;
            break;
        }
        // A blank line (nothing between two line ends) is no row.
        if (status == RowStatus::Row && m_cells.size() == 1 && m_cells.constFirst().value.isEmpty()
            && !m_cells.constFirst().quoted) {
            continue;
        }
        ++batch.rows;
        ExportRowProblem issue;
        issue.offset = rowStart;
        if (status == RowStatus::Row && m_cells.size() != m_columns.size()) {
            problem
                = tr("%n values where the header has %1", nullptr, int(m_cells.size())).arg(m_columns.size());
        }
        if (m_idColumn < m_cells.size()) {
            bool number = false;
            const qint64 id = m_cells.at(m_idColumn).value.toLongLong(&number);
            issue.marketoId = number && id > 0 ? id : 0;
        }
        if (problem.isEmpty() && issue.marketoId == 0) {
            issue.code = QStringLiteral("people.bad-id");
            issue.message
                = tr("The row at byte %1 of the export file has no valid Marketo id; it was skipped.")
                      .arg(rowStart);
            batch.problems.append(issue);
            continue;
        }
        if (!problem.isEmpty()) {
            issue.code = QStringLiteral("people.malformed-row");
            issue.message = tr("The row at byte %1 of the export file cannot be read (%2); it was skipped. "
                               "Check the person in Marketo.")
                                .arg(rowStart)
                                .arg(problem);
            batch.problems.append(issue);
            continue;
        }
        PersonRecord record;
        for (qsizetype c = 0; c < m_cells.size(); ++c) {
            const int field = m_columns.at(c);
            if (field < 0) {
                continue;
            }
            const Cell& cell = m_cells.at(c);
            if (!cell.quoted && cell.value == "null") {
                continue; // Marketo's "no value"
            }
            PersonFields::assign(record, PersonField(field), cell.value);
        }
        batch.records.append(std::move(record));
    }
    batch.endOffset = offset();
    if (!batch.atEnd && m_pos >= m_buffer.size() && m_eof) {
        batch.atEnd = true;
    }
    return batch;
}

} // namespace sia
