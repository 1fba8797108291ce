// Everything the offline review shows (SPEC section 7), read in one go from one store: the persona
// table, the step history, the audit log and the settings, plus where they came from.
#pragma once

#include "settings/settingsrepository.h"
#include "setup/setupplan.h"
#include "store/auditlog.h"

#include <QList>
#include <QString>

namespace sia {

struct ReviewSnapshot
{
    PlanSnapshot plan;
    QList<StepHistoryEntry> history; // every step, newest first
    QList<AuditEntry> audit; // newest first
    QList<SettingEntry> settings; // by scope, then key
    QString databasePath;
    int schemaVersion = 0;
    bool readOnly = false;
};

} // namespace sia
