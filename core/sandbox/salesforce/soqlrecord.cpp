#include "sandbox/salesforce/soqlrecord.h"

namespace sia::sandbox::salesforce {

void SoqlRecordSource::scan(
    qint64 from, qint64 to, const std::function<bool(qint64, const SoqlRecord&)>& visit) const
{
    for (qint64 position = from; position < to; ++position) {
        const std::shared_ptr<const SoqlRecord> record = recordAt(position);
        if (record && !visit(position, *record)) {
            return;
        }
    }
}

StaticRecord::StaticRecord(
    QString objectName, QVariantHash values, QHash<QString, std::shared_ptr<const SoqlRecord>> parents)
    : m_objectName(std::move(objectName))
    , m_values(std::move(values))
    , m_parents(std::move(parents))
{ }

std::shared_ptr<const SoqlRecord> StaticRecordSource::recordAt(qint64 position) const
{
    if (position < 0 || position >= m_records.size()) {
        return nullptr;
    }
    return m_records.at(position);
}

} // namespace sia::sandbox::salesforce
