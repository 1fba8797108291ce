// One page of a review table as a worker job returns it: the rows, and whether more follow.
#pragma once

#include <QList>
#include <QString>

namespace sia {

// How many rows a page of the review holds: a screenful or a few, so the first one arrives at once.
inline constexpr int reviewPageSize = 200;
// A step page's history: a few screens of it come with the plan, older ones as the table scrolls.
inline constexpr int stepHistoryPageSize = 50;

template<typename Row> struct RecordPage
{
    QList<Row> rows;
    bool hasMore = false; // a further page exists after the last row
    qint64 total = -1; // the records the query covers, counted with the first page; -1 on later pages
    qint64 unfiltered = -1; // the records in the table whatever the filter; with the first page too
};

// Where the next page of the settings starts: after this scope and key (they are ordered that way).
struct SettingsCursor
{
    qint64 userId = -1; // -1: from the start
    QString key;
};

} // namespace sia
