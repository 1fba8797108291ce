#include "sandbox/salesforce/apiversions.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace sia::sandbox::salesforce::ApiVersions {

QString releaseLabel(int major)
{
    // Three releases a year; v59.0 is Winter '24, the first of the 2024 releases.
    static const char* const seasons[] = { "Winter", "Spring", "Summer" };
    const int fromWinter24 = major - 59;
    const int season = ((fromWinter24 % 3) + 3) % 3;
    const int year = 24 + (fromWinter24 - season) / 3;
    return QStringLiteral("%1 '%2").arg(QLatin1String(seasons[season])).arg(year, 2, 10, QLatin1Char('0'));
}

QJsonArray list()
{
    QJsonArray versions;
    for (int major = oldest; major <= newest; ++major) {
        const QString version = QStringLiteral("%1.0").arg(major);
        versions.append(QJsonObject { { QStringLiteral("label"), releaseLabel(major) },
            { QStringLiteral("url"), QString(QStringLiteral("/services/data/v") + version) },
            { QStringLiteral("version"), version } });
    }
    return versions;
}

bool isSupported(const QString& segment)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^v(\d+)\.0$)"));
    const QRegularExpressionMatch match = pattern.match(segment);
    if (!match.hasMatch()) {
        return false;
    }
    const int major = match.captured(1).toInt();
    return major >= oldest && major <= newest;
}

} // namespace sia::sandbox::salesforce::ApiVersions
