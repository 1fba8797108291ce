#include "sandbox/marketo/activitylogpager.h"

#include "sandbox/marketo/marketoparameters.h"
#include "sandbox/marketo/pagetoken.h"

#include <QJsonArray>

#include <algorithm>

namespace sia::sandbox::marketo {

std::variant<qint64, QString> ActivityLogPager::cursorOf(const MarketoParameters& params)
{
    const std::optional<PageToken> token = PageToken::decode(params.value(QStringLiteral("nextPageToken")));
    if (!token || token->kind != 'A') {
        return params.has(QStringLiteral("nextPageToken")) ? QStringLiteral("Invalid nextPageToken")
                                                           : QStringLiteral("nextPageToken cannot be blank");
    }
    return token->position;
}

std::variant<int, QString> ActivityLogPager::batchSizeOf(const MarketoParameters& params, int maxBatchSize)
{
    const QString text = params.value(QStringLiteral("batchSize"));
    if (text.isEmpty()) {
        return maxBatchSize;
    }
    bool ok = false;
    const int size = text.toInt(&ok);
    if (!ok || size < 1 || size > maxBatchSize) {
        return QStringLiteral("Invalid batchSize");
    }
    return size;
}

ActivityLogPager::ActivityLogPager(qint64 cursor, int batchSize, qint64 lastActivityId)
    : m_cursor(cursor)
    , m_batchSize(batchSize)
    , m_last(lastActivityId)
    , m_blockEnd(std::max(cursor, std::min(cursor + scanBlock, lastActivityId)))
{ }

void ActivityLogPager::add(qint64 id, QJsonObject item)
{
    m_found.append({ id, std::move(item) });
}

SandboxResponse ActivityLogPager::page(const QString& requestId)
{
    std::sort(m_found.begin(), m_found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QJsonArray result;
    qint64 lastAnswered = m_cursor;
    for (const auto& [id, item] : std::as_const(m_found)) {
        if (result.size() == m_batchSize) {
            break;
        }
        result.append(item);
        lastAnswered = id;
    }
    const qint64 position = result.size() < m_found.size() ? lastAnswered : m_blockEnd;
    QJsonObject body { { QStringLiteral("requestId"), requestId }, { QStringLiteral("success"), true },
        { QStringLiteral("nextPageToken"), PageToken { 'A', 0, position }.encode() },
        { QStringLiteral("moreResult"), position < m_last } };
    if (!result.isEmpty()) {
        body.insert(QStringLiteral("result"), result);
    }
    return SandboxResponse::json(body);
}

} // namespace sia::sandbox::marketo
