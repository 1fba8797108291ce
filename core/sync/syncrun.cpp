#include "sync/syncrun.h"

namespace sia {

SyncCounts& SyncCounts::operator+=(const SyncCounts& more)
{
    // total is what the run will look at, known once (from the export's record counts), not a sum of
    // batches: the caller sets it.
    processed += more.processed;
    created += more.created;
    updated += more.updated;
    unchanged += more.unchanged;
    deleted += more.deleted;
    skipped += more.skipped;
    failed += more.failed;
    return *this;
}

} // namespace sia
