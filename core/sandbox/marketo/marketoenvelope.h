// Marketo's answer shapes: the REST envelope {"requestId", "success", "result", "errors", "warnings", …}
// with string error codes and HTTP 200, the identity endpoint's OAuth errors, and the user management
// API's shape without "success". Times as Marketo writes them.
#pragma once

#include "sandbox/sandboxresponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace sia::sandbox::marketo {

// Marketo's error codes that the sandbox answers with, and their messages.
namespace code {
inline constexpr const char* badGateway = "502"; // inside the envelope, HTTP 200
inline constexpr const char* tokenMissing = "600";
inline constexpr const char* tokenInvalid = "601";
inline constexpr const char* tokenExpired = "602";
inline constexpr const char* accessDenied = "603";
inline constexpr const char* timedOut = "604";
inline constexpr const char* methodNotSupported = "605";
inline constexpr const char* rateLimit = "606";
inline constexpr const char* dailyQuota = "607";
inline constexpr const char* unavailable = "608";
inline constexpr const char* invalidJson = "609";
inline constexpr const char* notFound = "610";
inline constexpr const char* systemError = "611";
inline constexpr const char* invalidContentType = "612";
inline constexpr const char* concurrentLimit = "615";
inline constexpr const char* invalidValue = "1003";
inline constexpr const char* leadNotFound = "1004";
inline constexpr const char* fieldNotFound = "1006";
inline constexpr const char* exportLimit = "1029";
inline constexpr const char* filterNotSupported = "1035";
} // namespace code

QString standardMessage(const QString& code);

class Envelope
{
public:
    // "0f3a#18d2c4b1e07": a counter and the time, as Marketo's request ids look.
    static QString nextRequestId(qint64 nowMs);

    // result is the already-serialized JSON array of the result (the hot path writes it by hand).
    static SandboxResponse success(
        const QString& requestId, const QByteArray& resultArray, const QByteArray& extraMembers = {});
    static SandboxResponse success(const QString& requestId, const QJsonArray& result);
    static SandboxResponse failure(
        const QString& requestId, const QString& code, const QString& message = {});
    // The user management API: no "success"; an error has a non-200 status and the errors array.
    static SandboxResponse userServiceFailure(
        const QString& requestId, int httpStatus, const QString& code, const QString& message = {});
};

QString marketoTime(const QDateTime& at); // "2025-01-31T17:11:32Z"
QString userServiceTime(const QDateTime& at); // "2025-01-31T17:11:32.000t+0000"
QDateTime parseMarketoTime(const QString& text); // ISO 8601 with Z or an offset; invalid when it is not
QByteArray jsonString(const QString& text); // a quoted, escaped JSON string

} // namespace sia::sandbox::marketo
