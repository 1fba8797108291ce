// Sends one SandboxResponse over its connection, with the transport-level faults applied: a delay before
// the answer, a connection reset after part of the body, a body cut short. A streamed body is pulled from
// its device only as fast as the socket drains, so a bulk file never sits in memory. The writer lives as
// a child of the socket; finished() runs exactly once, when the last byte is handed to the socket or when
// the connection is gone, so that guards can count calls in flight.
#pragma once

#include "sandbox/sandboxresponse.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace sia::sandbox {

struct WriteFaults
{
    int delayMs = 0;
    bool resetMidBody = false;
    bool truncateBody = false;
};

class ResponseWriter : public QObject
{
    Q_OBJECT

public:
    ResponseWriter(QTcpSocket* socket, SandboxResponse response, WriteFaults faults, bool closeWhenDone,
        std::function<void()> finished);
    ~ResponseWriter() override;

    void start();
    void detach() { m_finished = nullptr; } // the server is going away: do not call back into it

private:
    void writeHead();
    void pump();
    void finish();

    QPointer<QTcpSocket> m_socket;
    SandboxResponse m_response;
    std::unique_ptr<QIODevice> m_stream;
    WriteFaults m_faults;
    bool m_closeWhenDone = false;
    std::function<void()> m_finished;
    qint64 m_bodyLength = 0; // what Content-Length announces
    qint64 m_sent = 0;
    qint64 m_resetAfter = -1; // abort the connection after this many body bytes
    bool m_done = false;
    bool m_destroying = false;
};

} // namespace sia::sandbox
