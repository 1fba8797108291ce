// What the offline review (SPEC section 7) shows first, read in one job from one store: the persona table,
// the first page of the step history, of the audit log and of the settings (with their totals), and where
// they came from. Further pages come from the worker named in source, a page at a time.
#pragma once

#include "review/recordpage.h"
#include "settings/settingsrepository.h"
#include "setup/setupplan.h"
#include "store/auditlog.h"

#include <QPointer>
#include <QString>

namespace sia {

class StoreWorker;

struct ReviewSnapshot
{
    PlanSnapshot plan;
    RecordPage<StepHistoryEntry> history; // newest first
    RecordPage<AuditEntry> audit; // newest first, unfiltered
    RecordPage<SettingEntry> settings; // by scope, then key
    QString databasePath;
    int schemaVersion = 0;
    bool readOnly = false;
    QPointer<StoreWorker> source; // the worker the snapshot was read on; set on the GUI side
};

} // namespace sia
