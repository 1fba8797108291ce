// The command center's days, "today" and "tomorrow", in the user's own time zone (setting user.time-zone;
// empty: the machine's): at one instant a seller in Taipei is already on the next day while one in Los
// Angeles is not, and each sees the tasks due on their own day. Pure but for reading the setting.
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace sia {

class Store;

struct TaskDays
{
    QDate today;
    QDate tomorrow;

    // The days that instant falls on in zone.
    static TaskDays at(const QDateTime& instant, const QTimeZone& zone);
    // The zone an IANA id names; empty (or unknown to this system, which the setting refuses anyway): the
    // machine's.
    static QTimeZone zoneOf(const QString& ianaId);
    // The zone of an Actions user as their setting says; userId 0 (nobody's): the machine's.
    static Result<QTimeZone> zoneOfUser(Store& store, qint64 userId);
};

} // namespace sia
