#include "tasks/taskdays.h"

#include "settings/settingsrepository.h"

namespace sia {

TaskDays TaskDays::at(const QDateTime& instant, const QTimeZone& zone)
{
    const QDate today = instant.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()).date();
    return { today, today.addDays(1) };
}

QTimeZone TaskDays::zoneOf(const QString& ianaId)
{
    const QByteArray id = ianaId.trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id)) {
        return QTimeZone::systemTimeZone();
    }
    return QTimeZone(id);
}

Result<QTimeZone> TaskDays::zoneOfUser(Store& store, qint64 userId)
{
    if (userId == 0) {
        return QTimeZone::systemTimeZone();
    }
    Result<QString> id = SettingsRepository(store).get<QString>(SettingKey::UserTimeZone, userId);
    if (!id) {
        return id.error();
    }
    return zoneOf(*id);
}

} // namespace sia
