#include "sandbox/marketo/marketoenvelope.h"

#include "sandbox/marketo/textwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace sia::sandbox::marketo {

QString standardMessage(const QString& code)
{
    static const QHash<QString, QString> messages {
        { QStringLiteral("502"), QStringLiteral("Bad Gateway") },
        { QStringLiteral("600"), QStringLiteral("Access token not specified") },
        { QStringLiteral("601"), QStringLiteral("Access token invalid") },
        { QStringLiteral("602"), QStringLiteral("Access token expired") },
        { QStringLiteral("603"), QStringLiteral("Access denied") },
        { QStringLiteral("604"), QStringLiteral("Request timed out") },
        { QStringLiteral("605"), QStringLiteral("HTTP Method not supported") },
        { QStringLiteral("606"), QStringLiteral("Max rate limit '100' exceeded with in '20' secs") },
        { QStringLiteral("607"), QStringLiteral("Daily quota reached") },
        { QStringLiteral("608"), QStringLiteral("API Temporarily Unavailable") },
        { QStringLiteral("609"), QStringLiteral("Invalid JSON") },
        { QStringLiteral("610"), QStringLiteral("Requested resource not found") },
        { QStringLiteral("611"), QStringLiteral("System error") },
        { QStringLiteral("612"), QStringLiteral("Invalid Content Type") },
        { QStringLiteral("615"), QStringLiteral("Concurrent access limit reached") },
        { QStringLiteral("1003"), QStringLiteral("Invalid value") },
        { QStringLiteral("1004"), QStringLiteral("Lead not found") },
        { QStringLiteral("1006"), QStringLiteral("Field not found") },
        { QStringLiteral("713"), QStringLiteral("Transient Error") },
        { QStringLiteral("1029"), QStringLiteral("Too many jobs in queue") },
        { QStringLiteral("1035"), QStringLiteral("Unsupported filter type for target subscription") },
    };
    return messages.value(code, QStringLiteral("Error"));
}

QString Envelope::nextRequestId(qint64 nowMs)
{
    static std::atomic<quint32> counter { 0 };
    return QString::number(++counter & 0xffff, 16) + u'#' + QString::number(nowMs, 16);
}

SandboxResponse Envelope::success(
    const QString& requestId, const QByteArray& resultArray, const QByteArray& extraMembers)
{
    QByteArray json;
    json.reserve(resultArray.size() + extraMembers.size() + 64);
    json += "{\"requestId\":" + jsonString(requestId) + ",\"result\":";
    json += resultArray;
    json += ",\"success\":true";
    json += extraMembers;
    json += '}';
    return SandboxResponse::rawJson(std::move(json));
}

SandboxResponse Envelope::success(const QString& requestId, const QJsonArray& result)
{
    return success(requestId, QJsonDocument(result).toJson(QJsonDocument::Compact));
}

SandboxResponse Envelope::failure(const QString& requestId, const QString& code, const QString& message)
{
    const QJsonObject error { { QStringLiteral("code"), code },
        { QStringLiteral("message"), message.isEmpty() ? standardMessage(code) : message } };
    return SandboxResponse::json(QJsonObject { { QStringLiteral("requestId"), requestId },
        { QStringLiteral("success"), false }, { QStringLiteral("errors"), QJsonArray { error } } });
}

SandboxResponse Envelope::userServiceFailure(
    const QString& requestId, int httpStatus, const QString& code, const QString& message)
{
    const QJsonObject error { { QStringLiteral("code"), code },
        { QStringLiteral("message"), message.isEmpty() ? standardMessage(code) : message } };
    return SandboxResponse::json(QJsonObject { { QStringLiteral("requestId"), requestId },
                                     { QStringLiteral("errors"), QJsonArray { error } } },
        httpStatus);
}

QString marketoTime(const QDateTime& at)
{
    QByteArray out;
    text::appendTime(out, at.toMSecsSinceEpoch());
    return QString::fromLatin1(out);
}

QString userServiceTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("t+0000");
}

QDateTime parseMarketoTime(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        at = QDateTime::fromString(text, Qt::ISODate);
    }
    // A date and time without an offset is ambiguous; Marketo asks for one, so refuse it here too.
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
        return {};
    }
    return at.toUTC();
}

QByteArray jsonString(const QString& value)
{
    QByteArray out;
    text::appendJsonString(out, value);
    return out;
}

} // namespace sia::sandbox::marketo
