// The open query cursors behind nextRecordsUrl: a query locator ("01g…") per cursor, owned by the user
// whose query opened it. As in Salesforce, a cursor unused for 15 minutes is gone, and a user keeps at
// most 10 open: opening an eleventh closes the oldest. Either way its locator is then invalid.
#pragma once

#include "sandbox/salesforce/soqlcursor.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace sia::sandbox::salesforce {

struct OpenCursor
{
    std::shared_ptr<SoqlCursor> cursor; // shared: QHash copies its values
    QString userId;
    bool tooling = false;
    QDateTime lastUsed;
    qint64 serial = 0;
};

class QueryCursors
{
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int maximumPerUser = 10;
    static constexpr int idleSeconds = 15 * 60;

    explicit QueryCursors(Clock clock)
        : m_clock(std::move(clock))
    { }

    QString open(std::shared_ptr<SoqlCursor> cursor, const QString& userId, bool tooling);
    // The cursor of locator for this user, marked as used; nullptr when unknown, expired or someone else's.
    OpenCursor* find(const QString& locator, const QString& userId, bool tooling);
    void close(const QString& locator) { m_cursors.remove(locator); }
    void clear() { m_cursors.clear(); }
    qsizetype count() const { return m_cursors.size(); }

private:
    void closeIdle();

    Clock m_clock;
    QHash<QString, OpenCursor> m_cursors;
    qint64 m_lastSerial = 0;
};

} // namespace sia::sandbox::salesforce
