#include "sandbox/marketo/marketopartitions.h"

#include "sandbox/marketo/marketoenvelope.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sia::sandbox::marketo {

const QList<LeadPartition>& MarketoPartitions::all()
{
    static const QList<LeadPartition> partitions {
        { 1, QStringLiteral("Default"), QStringLiteral("Initial system lead partition"), true },
        { 2, QStringLiteral("Partner Leads"), QStringLiteral("People registered by channel partners"),
            false },
    };
    return partitions;
}

bool MarketoPartitions::holdsEveryone(const QString& filterValue)
{
    bool ok = false;
    const int id = filterValue.toInt(&ok);
    if (!ok) {
        return false;
    }
    for (const LeadPartition& partition : all()) {
        if (partition.id == id) {
            return partition.holdsEveryone;
        }
    }
    return false;
}

SandboxResponse MarketoPartitions::list(const QString& requestId)
{
    QJsonArray result;
    for (const LeadPartition& partition : all()) {
        result.append(
            QJsonObject { { QStringLiteral("id"), partition.id }, { QStringLiteral("name"), partition.name },
                { QStringLiteral("description"), partition.description } });
    }
    return Envelope::success(requestId, result);
}

} // namespace sia::sandbox::marketo
