#include "sandbox/sandboxresponse.h"

namespace sia::sandbox {

SandboxResponse::SandboxResponse(int status, QByteArray contentType, QByteArray body)
    : m_status(status)
    , m_body(std::move(body))
{
    if (!contentType.isEmpty()) {
        setHeader("Content-Type", contentType);
    }
}

SandboxResponse SandboxResponse::json(const QJsonObject& object, int status)
{
    return rawJson(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

SandboxResponse SandboxResponse::json(const QJsonArray& array, int status)
{
    return rawJson(QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

SandboxResponse SandboxResponse::rawJson(QByteArray json, int status)
{
    return SandboxResponse(status, "application/json;charset=UTF-8", std::move(json));
}

SandboxResponse SandboxResponse::text(const QByteArray& text, int status, const QByteArray& contentType)
{
    return SandboxResponse(status, contentType, text);
}

SandboxResponse SandboxResponse::html(const QByteArray& html, int status)
{
    return SandboxResponse(status, "text/html; charset=utf-8", html);
}

SandboxResponse SandboxResponse::redirect(const QUrl& location, int status)
{
    SandboxResponse response(status, {}, {});
    response.setHeader("Location", location.toEncoded());
    return response;
}

SandboxResponse SandboxResponse::empty(int status)
{
    return SandboxResponse(status, {}, {});
}

SandboxResponse SandboxResponse::stream(
    std::unique_ptr<QIODevice> device, qint64 length, const QByteArray& contentType, int status)
{
    SandboxResponse response(status, contentType, {});
    response.m_stream = std::move(device);
    response.m_streamLength = length;
    return response;
}

QByteArray SandboxResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void SandboxResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& entry : m_headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    m_headers.append({ name, value });
}

} // namespace sia::sandbox
