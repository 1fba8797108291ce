// The review's tables read one page at a time, by keyset (the rows after the last one shown), so that a
// visit to the review never reads a long history or audit log whole. Each call runs on the store's thread.
#pragma once

#include "common/result.h"
#include "review/recordpage.h"
#include "settings/settingsrepository.h"
#include "setup/setupplan.h"
#include "store/auditlog.h"

namespace sia {

class Store;

class ReviewQueries
{
public:
    explicit ReviewQueries(Store& store)
        : m_store(store)
    { }

    // Newest first, of every step or of one (step > 0; the index by step and id serves it). beforeId 0
    // starts at the newest and counts the total.
    Result<RecordPage<StepHistoryEntry>> historyPage(qint64 beforeId, int limit, int step = 0) const;
    Result<RecordPage<AuditEntry>> auditPage(qint64 beforeId, int limit, const AuditFilter& filter) const;
    // By scope, then key. A cursor at the start counts the total.
    Result<RecordPage<SettingEntry>> settingsPage(const SettingsCursor& after, int limit) const;

private:
    Result<qint64> count(
        const QString& table, const QString& where = {}, const QVariantMap& bindings = {}) const;

    Store& m_store;
};

} // namespace sia
