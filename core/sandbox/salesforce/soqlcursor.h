// The result of one query, evaluated once over its source and then handed out page by page. WHERE runs
// on every record when the cursor opens (so totalSize is exact); what is kept depends on the order:
// - in the source's own order (no ORDER BY, or ORDER BY Id): one bit per source position;
// - sorted: the position of each result (at most OFFSET + LIMIT of them while scanning, when there is a
//   LIMIT), so that a million generated leads are never held as records.
// Records are read again from the source when their page is written.
#pragma once

#include "sandbox/salesforce/soqlplan.h"
#include "sandbox/salesforce/soqlrecord.h"

#include <QBitArray>
#include <QList>
#include <QMap>

#include <memory>
#include <optional>
#include <vector>

namespace sia::sandbox::salesforce {

class SoqlCursor
{
public:
    SoqlCursor(std::shared_ptr<const SoqlPlan> plan, std::shared_ptr<const SoqlRecordSource> source,
        bool includeDeleted);

    // How many records match (after OFFSET and LIMIT): the query answer's totalSize.
    static qint64 count(const SoqlPlan& plan, const SoqlRecordSource& source, bool includeDeleted);

    const SoqlPlan& plan() const { return *m_plan; }
    const SoqlRecordSource& source() const { return *m_source; }
    qint64 totalSize() const { return m_totalSize; }

    // The source positions of up to count results, starting after `start` results (a page boundary this
    // cursor has already handed out, or 0); nullopt for any other start.
    std::optional<QList<qint64>> page(qint64 start, int count);

private:
    void collectInSourceOrder(bool includeDeleted);
    void collectSorted(bool includeDeleted);

    std::shared_ptr<const SoqlPlan> m_plan;
    std::shared_ptr<const SoqlRecordSource> m_source;
    qint64 m_totalSize = 0;
    bool m_sorted = false;
    QBitArray m_matches; // source order: bit p set when position p is a result
    std::vector<qint64> m_positions; // sorted: the results' positions in order
    QMap<qint64, qint64> m_pageStarts; // source order: results handed out → source position to resume at
};

} // namespace sia::sandbox::salesforce
