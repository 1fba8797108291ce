// How the review's tables show a point in time: the admin's local time, in the locale's short format.
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace sia {

inline QString displayTime(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace sia
