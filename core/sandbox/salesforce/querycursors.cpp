#include "sandbox/salesforce/querycursors.h"

#include "sandbox/salesforce/recordids.h"

namespace sia::sandbox::salesforce {

void QueryCursors::closeIdle()
{
    const QDateTime limit = m_clock().addSecs(-idleSeconds);
    m_cursors.removeIf([&](const auto& entry) { return entry.value().lastUsed <= limit; });
}

QString QueryCursors::open(std::shared_ptr<SoqlCursor> cursor, const QString& userId, bool tooling)
{
    closeIdle();
    qsizetype owned = 0;
    QString oldest;
    qint64 oldestSerial = 0;
    for (auto it = m_cursors.cbegin(); it != m_cursors.cend(); ++it) {
        if (it->userId == userId) {
            ++owned;
            if (oldest.isEmpty() || it->serial < oldestSerial) {
                oldest = it.key();
                oldestSerial = it->serial;
            }
        }
    }
    if (owned >= maximumPerUser) {
        m_cursors.remove(oldest);
    }
    const qint64 serial = ++m_lastSerial;
    const QString locator = RecordIds::make(RecordIds::queryLocatorPrefix, serial);
    m_cursors.insert(locator, OpenCursor { std::move(cursor), userId, tooling, m_clock(), serial });
    return locator;
}

OpenCursor* QueryCursors::find(const QString& locator, const QString& userId, bool tooling)
{
    closeIdle();
    const auto it = m_cursors.find(locator);
    if (it == m_cursors.end() || it->userId != userId || it->tooling != tooling) {
        return nullptr;
    }
    it->lastUsed = m_clock();
    return &*it;
}

} // namespace sia::sandbox::salesforce
