#include "sandbox/marketo/marketousage.h"

#include <QJsonObject>
#include <QTimeZone>

namespace sia::sandbox::marketo {

QDate marketoDay(const QDateTime& at)
{
    static const QTimeZone central(QByteArrayLiteral("America/Chicago"));
    return central.isValid() ? at.toTimeZone(central).date() : at.toUTC().addSecs(-6 * 3600).date();
}

void MarketoUsage::recordCall(const QDate& day, const QString& apiUser)
{
    ++m_calls[day][apiUser];
}

void MarketoUsage::recordError(const QDate& day, const QString& code)
{
    ++m_errors[day][code];
}

qint64 MarketoUsage::callsOn(const QDate& day) const
{
    qint64 total = 0;
    for (const qint64 count : m_calls.value(day)) {
        total += count;
    }
    return total;
}

QJsonArray MarketoUsage::usage(const QDate& from, const QDate& to) const
{
    QJsonArray days;
    for (QDate day = to; day >= from; day = day.addDays(-1)) {
        QJsonArray users;
        const QHash<QString, qint64> calls = m_calls.value(day);
        QStringList names = calls.keys();
        names.sort();
        for (const QString& user : std::as_const(names)) {
            users.append(QJsonObject {
                { QStringLiteral("userId"), user }, { QStringLiteral("count"), calls.value(user) } });
        }
        days.append(QJsonObject { { QStringLiteral("date"), day.toString(Qt::ISODate) },
            { QStringLiteral("total"), callsOn(day) }, { QStringLiteral("users"), users } });
    }
    return days;
}

QJsonArray MarketoUsage::errors(const QDate& from, const QDate& to) const
{
    QJsonArray days;
    for (QDate day = to; day >= from; day = day.addDays(-1)) {
        QJsonArray list;
        qint64 total = 0;
        const QMap<QString, qint64> errors = m_errors.value(day);
        for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
            list.append(QJsonObject {
                { QStringLiteral("errorCode"), it.key() }, { QStringLiteral("count"), it.value() } });
            total += it.value();
        }
        days.append(QJsonObject { { QStringLiteral("date"), day.toString(Qt::ISODate) },
            { QStringLiteral("total"), total }, { QStringLiteral("errors"), list } });
    }
    return days;
}

void MarketoUsage::reset()
{
    m_calls.clear();
    m_errors.clear();
}

} // namespace sia::sandbox::marketo
