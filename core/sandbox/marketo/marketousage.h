// What stats/usage.json, usage/last7days.json and errors.json report: calls per day (US Central days,
// as Marketo counts them) per API user, and error codes per day.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QString>

namespace sia::sandbox::marketo {

// Marketo's day (and its quotas) turn over at midnight US Central time.
QDate marketoDay(const QDateTime& at);

class MarketoUsage
{
public:
    void recordCall(const QDate& day, const QString& apiUser);
    void recordError(const QDate& day, const QString& code);
    qint64 callsOn(const QDate& day) const;

    QJsonArray usage(
        const QDate& from, const QDate& to) const; // [{"date","total","users":[{"userId","count"}]}]
    QJsonArray errors(const QDate& from,
        const QDate& to) const; // [{"date","total","errors":[{"errorCode","count"}]}], newest first
    void reset();

private:
    QMap<QDate, QHash<QString, qint64>> m_calls;
    QMap<QDate, QMap<QString, qint64>> m_errors;
};

} // namespace sia::sandbox::marketo
