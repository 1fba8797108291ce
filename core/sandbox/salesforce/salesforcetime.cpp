#include "sandbox/salesforce/salesforcetime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace sia::sandbox::salesforce {

QString formatDateTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

QString formatDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QDateTime parseDateTime(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|[+-]\d{2}:?\d{2})$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    QString fraction = match.captured(7);
    while (!fraction.isEmpty() && fraction.size() < 3) {
        fraction.append(QLatin1Char('0'));
    }
    const QTime time(
        match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    int offsetSeconds = 0;
    const QString zone = match.captured(8);
    if (zone != QLatin1String("Z")) {
        const QString digits = QString(zone.mid(1)).remove(QLatin1Char(':'));
        offsetSeconds = (digits.left(2).toInt() * 60 + digits.mid(2).toInt()) * 60;
        if (zone.startsWith(QLatin1Char('-'))) {
            offsetSeconds = -offsetSeconds;
        }
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

QDateTime truncateToMinute(const QDateTime& at)
{
    const QDateTime utc = at.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()), QTimeZone::utc());
}

} // namespace sia::sandbox::salesforce
