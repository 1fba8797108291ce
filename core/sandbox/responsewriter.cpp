#include "sandbox/responsewriter.h"

#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTimer>

namespace sia::sandbox {
namespace {

constexpr qint64 chunkSize = 64 * 1024;
constexpr qint64 socketHighWater = 256 * 1024; // stop pulling from the device while this much waits

QByteArray reasonPhrase(int status)
{
    const QMetaEnum codes = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    QByteArray name = codes.valueToKey(status);
    // "NotFound" → "Not Found": close enough to the standard phrases, which clients ignore anyway.
    QByteArray phrase;
    for (const char c : name) {
        if (c >= 'A' && c <= 'Z' && !phrase.isEmpty()) {
            phrase += ' ';
        }
        phrase += c;
    }
    return phrase.isEmpty() ? QByteArray("Status") : phrase;
}

} // namespace

ResponseWriter::ResponseWriter(QTcpSocket* socket, SandboxResponse response, WriteFaults faults,
    bool closeWhenDone, std::function<void()> finished)
    : QObject(socket)
    , m_socket(socket)
    , m_response(std::move(response))
    , m_faults(faults)
    , m_closeWhenDone(closeWhenDone)
    , m_finished(std::move(finished))
{
    m_bodyLength = m_response.contentLength(); // before the stream is taken out of the response
    m_stream = m_response.takeStream();
    if (m_faults.truncateBody && m_bodyLength > 1) {
        // Cut well inside the body so that the last line (CSV) or value (JSON) is incomplete.
        m_bodyLength = m_bodyLength * 3 / 5;
        if (!m_stream) {
            m_response.setBody(m_response.body().left(m_bodyLength));
        }
    }
    if (m_faults.resetMidBody) {
        m_resetAfter = m_bodyLength / 2;
    }
}

ResponseWriter::~ResponseWriter()
{
    m_destroying = true;
    finish();
}

void ResponseWriter::start()
{
    if (m_faults.delayMs > 0) {
        QTimer::singleShot(m_faults.delayMs, this, [this] { writeHead(); });
    } else {
        writeHead();
    }
}

void ResponseWriter::writeHead()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status()) + ' '
        + reasonPhrase(m_response.status()) + "\r\n";
    for (const auto& [name, value] : m_response.headers()) {
        head += name + ": " + value + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(m_bodyLength) + "\r\n";
    if (m_closeWhenDone) {
        head += "Connection: close\r\n";
    }
    head += "\r\n";
    m_socket->write(head);
    if (m_stream) {
        connect(m_socket, &QIODevice::bytesWritten, this, &ResponseWriter::pump);
    }
    pump();
}

void ResponseWriter::pump()
{
    if (m_done || !m_socket) {
        return;
    }
    const qint64 limit = m_resetAfter >= 0 ? m_resetAfter : m_bodyLength;
    while (m_sent < limit && m_socket->bytesToWrite() < socketHighWater) {
        QByteArray chunk;
        if (m_stream) {
            chunk = m_stream->read(std::min(chunkSize, limit - m_sent));
            if (chunk.isEmpty()) {
                // The device delivered less than it announced: a defect of ours; do not hang the client.
                qWarning("sandbox: a streamed body ended %lld bytes early", limit - m_sent);
                m_socket->abort();
                finish();
                return;
            }
        } else {
            chunk = m_response.body().mid(m_sent, limit - m_sent);
        }
        m_socket->write(chunk);
        m_sent += chunk.size();
    }
    if (m_sent < limit) {
        return; // more when the socket has drained (bytesWritten)
    }
    if (m_resetAfter >= 0) {
        // The fault: part of the body is on its way, then the connection is reset.
        m_socket->flush();
        m_socket->abort();
    } else if (m_closeWhenDone) {
        m_socket->disconnectFromHost();
    }
    finish();
}

void ResponseWriter::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_stream.reset();
    if (m_finished) {
        auto finished = std::move(m_finished);
        m_finished = nullptr;
        finished();
    }
    if (!m_destroying) {
        deleteLater(); // a keep-alive connection serves many answers: do not pile writers up on it
    }
}

} // namespace sia::sandbox
