// One HTTP answer of the sandbox: status, headers and either a body in memory or a body that a device
// generates while it is sent (bulk files), so that nothing large is ever built in memory.
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

#include <memory>

namespace sia::sandbox {

class SandboxResponse
{
public:
    SandboxResponse() = default;
    SandboxResponse(int status, QByteArray contentType, QByteArray body);

    static SandboxResponse json(const QJsonObject& object, int status = 200);
    static SandboxResponse json(const QJsonArray& array, int status = 200);
    // For hot paths that write their JSON by hand (a page of 300 leads).
    static SandboxResponse rawJson(QByteArray json, int status = 200);
    static SandboxResponse text(const QByteArray& text, int status = 200,
        const QByteArray& contentType = "text/plain; charset=utf-8");
    static SandboxResponse html(const QByteArray& html, int status = 200);
    static SandboxResponse redirect(const QUrl& location, int status = 302);
    static SandboxResponse empty(int status);
    // A body read from device while it is sent. length is what Content-Length announces: the device must
    // deliver exactly that many bytes (a fault may cut it short on purpose).
    static SandboxResponse stream(
        std::unique_ptr<QIODevice> device, qint64 length, const QByteArray& contentType, int status = 200);

    int status() const { return m_status; }
    void setStatus(int status) { m_status = status; }
    const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    QByteArray header(const QByteArray& name) const;
    void setHeader(const QByteArray& name, const QByteArray& value); // replaces one of the same name

    const QByteArray& body() const { return m_body; }
    void setBody(QByteArray body) { m_body = std::move(body); }
    bool isStreamed() const { return m_stream != nullptr; }
    qint64 contentLength() const { return isStreamed() ? m_streamLength : m_body.size(); }
    void setStreamLength(qint64 length) { m_streamLength = length; }
    std::unique_ptr<QIODevice> takeStream() { return std::move(m_stream); }

private:
    int m_status = 200;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    std::unique_ptr<QIODevice> m_stream;
    qint64 m_streamLength = 0;
};

} // namespace sia::sandbox
