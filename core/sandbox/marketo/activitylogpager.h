// The one paging of Marketo's activity log, shared by activities.json, leadchanges.json and
// deletedleads.json. Marketo scans the log in blocks: one call reads the scanBlock activity ids after the
// token and answers what matched among them, at most batchSize, in id order. So a page may hold fewer
// results than asked, or none, while moreResult is still true; a reader stops only when it is false.
#pragma once

#include "sandbox/sandboxresponse.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <variant>

namespace sia::sandbox::marketo {

class MarketoParameters;

class ActivityLogPager
{
public:
    static constexpr qint64 scanBlock = 500; // activity ids one call reads (the sandbox's choice)

    // The position nextPageToken points at, or the 1003 message that refuses it (blank, or not an
    // activity token).
    static std::variant<qint64, QString> cursorOf(const MarketoParameters& params);
    // batchSize: 1 to maxBatchSize, maxBatchSize when absent; or the 1003 message that refuses it.
    static std::variant<int, QString> batchSizeOf(const MarketoParameters& params, int maxBatchSize);

    ActivityLogPager(qint64 cursor, int batchSize, qint64 lastActivityId);

    // The block this call scans: the ids after the cursor up to lastScanned(). Build an item only for them.
    bool scans(qint64 id) const { return id > m_cursor && id <= m_blockEnd; }
    qint64 lastScanned() const { return m_blockEnd; }
    qint64 cursor() const { return m_cursor; }

    void add(qint64 id, QJsonObject item); // in any order
    // {"requestId", "result"?, "success", "nextPageToken", "moreResult"}: Marketo leaves "result" out
    // when empty. When the batch fills inside the block, the next token goes on after the last id answered.
    SandboxResponse page(const QString& requestId);

private:
    qint64 m_cursor;
    int m_batchSize;
    qint64 m_last;
    qint64 m_blockEnd;
    QList<QPair<qint64, QJsonObject>> m_found;
};

} // namespace sia::sandbox::marketo
