#include "sandbox/salesforce/soqlcursor.h"

#include <algorithm>

namespace sia::sandbox::salesforce {

namespace {

struct SortEntry
{
    std::vector<QVariant> keys;
    qint64 position = 0;
};

} // namespace

SoqlCursor::SoqlCursor(
    std::shared_ptr<const SoqlPlan> plan, std::shared_ptr<const SoqlRecordSource> source, bool includeDeleted)
    : m_plan(std::move(plan))
    , m_source(std::move(source))
{
    m_sorted = !m_plan->followsSourceOrder();
    if (m_sorted) {
        collectSorted(includeDeleted);
    } else {
        collectInSourceOrder(includeDeleted);
    }
}

qint64 SoqlCursor::count(const SoqlPlan& plan, const SoqlRecordSource& source, bool includeDeleted)
{
    qint64 matches = 0;
    const qint64 wanted = plan.limit() ? plan.offset() + *plan.limit() : -1;
    if (wanted == 0) {
        return 0;
    }
    source.scan(0, source.endPosition(), [&](qint64, const SoqlRecord& record) {
        if (plan.matches(record, includeDeleted)) {
            ++matches;
        }
        return wanted < 0 || matches < wanted;
    });
    return qMax<qint64>(0, matches - plan.offset());
}

void SoqlCursor::collectInSourceOrder(bool includeDeleted)
{
    const qint64 end = m_source->endPosition();
    m_matches.resize(end);
    const qint64 offset = m_plan->offset();
    const std::optional<qint64> limit = m_plan->limit();
    qint64 seen = 0;
    m_source->scan(0, end, [&](qint64 position, const SoqlRecord& record) {
        if (limit && m_totalSize >= *limit) {
            return false;
        }
        if (m_plan->matches(record, includeDeleted)) {
            if (seen++ >= offset) {
                m_matches.setBit(position);
                ++m_totalSize;
            }
        }
        return true;
    });
    m_pageStarts.insert(0, 0);
}

void SoqlCursor::collectSorted(bool includeDeleted)
{
    const SoqlPlan& plan = *m_plan;
    const auto before = [&plan](const SortEntry& a, const SortEntry& b) {
        const int order = plan.compareSortKeys(a.keys, b.keys);
        return order != 0 ? order < 0 : a.position < b.position; // ties keep the Id order
    };
    // With a LIMIT only the first OFFSET + LIMIT results can ever be answered: keep them in a heap whose
    // top is the one that sorts last, and drop whatever sorts after it.
    const qint64 keep = plan.limit() ? plan.offset() + *plan.limit() : -1;
    std::vector<SortEntry> entries;
    m_source->scan(0, m_source->endPosition(), [&](qint64 position, const SoqlRecord& record) {
        if (keep == 0 || !plan.matches(record, includeDeleted)) {
            return true;
        }
        SortEntry entry { plan.sortKeys(record), position };
        if (keep < 0) {
            entries.push_back(std::move(entry));
        } else if (qint64(entries.size()) < keep) {
            entries.push_back(std::move(entry));
            std::push_heap(entries.begin(), entries.end(), before);
        } else if (before(entry, entries.front())) {
            std::pop_heap(entries.begin(), entries.end(), before);
            entries.back() = std::move(entry);
            std::push_heap(entries.begin(), entries.end(), before);
        }
        return true;
    });
    std::sort(entries.begin(), entries.end(), before);
    const qint64 skip = qMin<qint64>(plan.offset(), qint64(entries.size()));
    m_positions.reserve(entries.size() - skip);
    for (auto it = entries.begin() + skip; it != entries.end(); ++it) {
        m_positions.push_back(it->position);
    }
    m_totalSize = qint64(m_positions.size());
}

std::optional<QList<qint64>> SoqlCursor::page(qint64 start, int count)
{
    QList<qint64> positions;
    if (m_sorted) {
        if (start < 0 || start > m_totalSize) {
            return std::nullopt;
        }
        const qint64 end = qMin(m_totalSize, start + count);
        for (qint64 i = start; i < end; ++i) {
            positions.append(m_positions[size_t(i)]);
        }
        return positions;
    }
    const auto resume = m_pageStarts.constFind(start);
    if (resume == m_pageStarts.constEnd()) {
        return std::nullopt;
    }
    qint64 position = *resume;
    const qint64 end = m_matches.size();
    while (position < end && positions.size() < count) {
        if (m_matches.testBit(position)) {
            positions.append(position);
        }
        ++position;
    }
    m_pageStarts.insert(start + positions.size(), position);
    return positions;
}

} // namespace sia::sandbox::salesforce
