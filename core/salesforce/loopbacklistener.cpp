#include "salesforce/loopbacklistener.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace sia {
namespace {

constexpr qsizetype maxRequestLineBytes = 16 * 1024; // Salesforce's redirect carries a code and state

QByteArray httpAnswer(int status, const QByteArray& reason, const QByteArray& html)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
          "Content-Length: "
        + QByteArray::number(html.size()) + "\r\n\r\n" + html;
}

} // namespace

LoopbackListener::LoopbackListener(QObject* parent)
    : QObject(parent)
{ }

LoopbackListener::~LoopbackListener()
{
    close();
}

std::optional<QUrl> LoopbackListener::listen(const QList<QUrl>& callbacks, QStringList* tried)
{
    close();
    for (const QUrl& callback : callbacks) {
        QString why;
        if (listenAt(callback, &why)) {
            m_callback = callback;
            return callback;
        }
        close();
        if (tried) {
            tried->append(QStringLiteral("%1 (%2)").arg(callback.toString(), why));
        }
    }
    return std::nullopt;
}

bool LoopbackListener::listenAt(const QUrl& callback, QString* why)
{
    const QString host = callback.host();
    const bool loopback = host == u"localhost" || host == u"127.0.0.1" || host == u"::1";
    if (callback.scheme() != u"http" || !loopback || callback.port() <= 0) {
        *why = QStringLiteral("not http://localhost:PORT/…");
        return false;
    }
    QList<QHostAddress> addresses;
    if (host != u"::1") {
        addresses << QHostAddress(QHostAddress::LocalHost);
    }
    if (host != u"127.0.0.1") {
        addresses << QHostAddress(QHostAddress::LocalHostIPv6);
    }
    for (const QHostAddress& address : std::as_const(addresses)) {
        auto* server = new QTcpServer(this);
        if (!server->listen(address, quint16(callback.port()))) {
            const bool busy = server->serverError() == QAbstractSocket::AddressInUseError;
            // A machine without IPv6 loopback cannot be reached there either: only a busy port counts.
            if (address == QHostAddress(QHostAddress::LocalHostIPv6) && !busy && host == u"localhost") {
                delete server;
                continue;
            }
            *why = busy ? QStringLiteral("port in use") : server->errorString();
            delete server;
            return false;
        }
        connect(server, &QTcpServer::newConnection, this, [this, server]() { accept(server); });
        m_servers.append(server);
    }
    return !m_servers.isEmpty();
}

void LoopbackListener::close()
{
    for (QTcpServer* server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

void LoopbackListener::accept(QTcpServer* server)
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { answer(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackListener::answer(QTcpSocket* socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxRequestLineBytes) {
            socket->write(httpAnswer(414, "URI Too Long", QByteArray()));
            socket->disconnectFromHost();
        }
        return;
    }
    const QList<QByteArray> requestLine = socket->readLine(maxRequestLineBytes).trimmed().split(' ');
    socket->disconnect(this); // one request per connection: the rest (headers) is not needed
    QUrl redirect;
    if (requestLine.size() == 3 && requestLine.at(0) == "GET") {
        redirect = m_callback.resolved(QUrl::fromEncoded(requestLine.at(1)));
    }
    if (!redirect.isValid() || redirect.path() != m_callback.path() || !m_handler) {
        socket->write(httpAnswer(404, "Not Found", QByteArrayLiteral("<!DOCTYPE html><title>404</title>")));
    } else {
        socket->write(httpAnswer(200, "OK", m_handler(redirect)));
    }
    socket->disconnectFromHost();
}

} // namespace sia
