#include "sandbox/marketo/leadexportfile.h"

#include "sandbox/marketo/textwriter.h"

namespace sia::sandbox::marketo {
namespace {

constexpr qsizetype chunkBytes = 64 * 1024;

} // namespace

LeadExportRows::LeadExportRows(PeopleView people, LeadExportSpec spec)
    : m_people(std::move(people))
    , m_spec(std::move(spec))
{ }

bool LeadExportRows::matches(qint64 index) const
{
    const qint64 at = m_spec.byUpdatedAt ? m_people.updatedAtMs(index) : m_people.createdAtMs(index);
    return at >= m_spec.startMs && at <= m_spec.endMs && !m_people.isDeleted(m_people.idOf(index));
}

QByteArray LeadExportRows::header() const
{
    QByteArray line;
    for (qsizetype i = 0; i < m_spec.headerNames.size(); ++i) {
        if (i > 0) {
            line += m_spec.delimiter;
        }
        text::appendCsvField(line, m_spec.headerNames.at(i), m_spec.delimiter);
    }
    line += '\n';
    return line;
}

bool LeadExportRows::appendRows(QByteArray& out, qsizetype minBytes)
{
    while (out.size() < minBytes && m_nextIndex < m_people.count()) {
        const qint64 index = m_nextIndex++;
        if (!matches(index)) {
            continue;
        }
        const Person person = m_people.personAt(index);
        for (qsizetype i = 0; i < m_spec.fields.size(); ++i) {
            if (i > 0) {
                out += m_spec.delimiter;
            }
            MarketoFields::writeCsvField(out, person, m_spec.fields.at(i), m_spec.delimiter);
        }
        out += '\n';
        ++m_rows;
    }
    return m_nextIndex < m_people.count();
}

qint64 LeadExportRows::countMatching() const
{
    qint64 count = 0;
    for (qint64 index = 0; index < m_people.count(); ++index) {
        count += matches(index) ? 1 : 0;
    }
    return count;
}

LeadExportDevice::LeadExportDevice(PeopleView people, LeadExportSpec spec)
    : m_rows(std::move(people), std::move(spec))
{
    m_buffer = m_rows.header();
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool LeadExportDevice::refill()
{
    if (m_offset < m_buffer.size()) {
        return true;
    }
    if (m_exhausted) {
        return false;
    }
    m_buffer.clear();
    m_offset = 0;
    m_exhausted = !m_rows.appendRows(m_buffer, chunkBytes);
    return !m_buffer.isEmpty();
}

qint64 LeadExportDevice::readData(char* data, qint64 maxSize)
{
    if (!refill()) {
        return -1; // the end of the file
    }
    const qint64 count = std::min<qint64>(maxSize, m_buffer.size() - m_offset);
    memcpy(data, m_buffer.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

qint64 LeadExportDevice::bytesAvailable() const
{
    return (m_buffer.size() - m_offset) + QIODevice::bytesAvailable();
}

bool LeadExportDevice::atEnd() const
{
    return m_exhausted && m_offset >= m_buffer.size() && QIODevice::bytesAvailable() == 0;
}

void LeadExportDevice::skipBytes(qint64 count)
{
    while (count > 0 && refill()) {
        const qint64 step = std::min<qint64>(count, m_buffer.size() - m_offset);
        m_offset += step;
        count -= step;
    }
}

} // namespace sia::sandbox::marketo
