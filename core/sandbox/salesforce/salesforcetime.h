// How Salesforce writes and reads points in time: answers carry "2024-05-06T07:08:09.000+0000" (UTC,
// milliseconds, an offset without a colon) and dates as "2024-05-06"; requests may use any ISO 8601
// offset form ("Z", "+02:00", "+0200").
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sia::sandbox::salesforce {

QString formatDateTime(const QDateTime& at);
QString formatDate(const QDate& date);

// An invalid QDateTime when text is not an ISO 8601 date-time with an offset (or "Z").
QDateTime parseDateTime(const QString& text);

// The start of the minute at: Salesforce's replication calls ignore seconds.
QDateTime truncateToMinute(const QDateTime& at);

} // namespace sia::sandbox::salesforce
