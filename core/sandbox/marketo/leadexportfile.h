// The file of a bulk lead export, generated while it is read: a header row, then one row per person in
// the job's window, in id order, from a PeopleView frozen when the job ran. Nothing but the current
// chunk is ever in memory, whatever the file's size. Marketo writes a missing value as "null".
#pragma once

#include "sandbox/dataset/peopleview.h"
#include "sandbox/marketo/marketofields.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QStringList>

namespace sia::sandbox::marketo {

struct LeadExportSpec
{
    QList<FieldKey> fields;
    QStringList headerNames; // the REST names, or columnHeaderNames' replacements
    char delimiter = ','; // CSV ',', TSV '\t', SSV ' '
    bool byUpdatedAt = false; // the window filters updatedAt instead of createdAt
    qint64 startMs = 0; // inclusive
    qint64 endMs = 0; // inclusive
};

// Walks the people of a spec, row by row.
class LeadExportRows
{
public:
    LeadExportRows(PeopleView people, LeadExportSpec spec);

    QByteArray header() const;
    // Appends rows to out until it holds at least minBytes or the people run out; false at the end.
    bool appendRows(QByteArray& out, qsizetype minBytes);
    qint64 rowsWritten() const { return m_rows; }
    qint64 countMatching() const; // without writing: for the job's record count when it starts

private:
    bool matches(qint64 index) const;

    PeopleView m_people;
    LeadExportSpec m_spec;
    qint64 m_nextIndex = 0;
    qint64 m_rows = 0;
};

class LeadExportDevice : public QIODevice
{
    Q_OBJECT

public:
    LeadExportDevice(PeopleView people, LeadExportSpec spec);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    // Drops the first bytes of the file (a Range request), generating and discarding them.
    void skipBytes(qint64 count);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool refill();

    LeadExportRows m_rows;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    bool m_exhausted = false;
};

} // namespace sia::sandbox::marketo
