// The subscription's lead partitions (GET /rest/v1/leads/partitions.json), in one table that the
// partition filter of leads.json reads too, so the two cannot disagree: "Default" (id 1) holds every
// person; a second partition exists and holds nobody yet, so a client meets more than one partition and
// one that is empty.
#pragma once

#include "sandbox/sandboxresponse.h"

#include <QList>
#include <QString>

namespace sia::sandbox::marketo {

struct LeadPartition
{
    int id = 0;
    QString name;
    QString description;
    bool holdsEveryone = false; // the generated people all live in this one
};

class MarketoPartitions
{
public:
    static const QList<LeadPartition>& all();
    // Whether the partition id in a leadPartitionId filter value holds the people (an unknown or empty
    // partition matches nobody).
    static bool holdsEveryone(const QString& filterValue);
    static SandboxResponse list(const QString& requestId);
};

} // namespace sia::sandbox::marketo
