// How the product writes points in time: ISO 8601 in UTC with milliseconds, one format everywhere (the
// database, exports, the command line's JSON), so that text comparison orders them correctly.
#pragma once

#include <QDateTime>
#include <QString>

namespace sia {

inline QString toStoredTimestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromStoredTimestamp(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        at = QDateTime::fromString(text, Qt::ISODate);
    }
    return at.toUTC();
}

inline QString nowTimestamp()
{
    return toStoredTimestamp(QDateTime::currentDateTimeUtc());
}

} // namespace sia
