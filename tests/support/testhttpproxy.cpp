#include "testhttpproxy.h"

#include <QTcpSocket>
#include <QUrl>

namespace sia::test {

namespace {

// Copies whatever arrives on one socket to the other, and closes both when either closes.
void pipe(QTcpSocket* from, QTcpSocket* to)
{
    QObject::connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
    QObject::connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
}

} // namespace

TestHttpProxy::TestHttpProxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpProxy::accept);
}

bool TestHttpProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TestHttpProxy::requireCredentials(const QString& user, const QString& password)
{
    m_expectedAuthorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

void TestHttpProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { readHead(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

bool TestHttpProxy::authorized(const QList<QByteArray>& headerLines) const
{
    if (m_expectedAuthorization.isEmpty()) {
        return true;
    }
    for (const QByteArray& line : headerLines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "proxy-authorization") {
            return line.mid(colon + 1).trimmed() == m_expectedAuthorization;
        }
    }
    return false;
}

void TestHttpProxy::readHead(QTcpSocket* client)
{
    if (client->property("tunnel").toBool()) {
        return; // the pipe reads now
    }
    QByteArray buffer = client->property("buffer").toByteArray() + client->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        client->setProperty("buffer", buffer);
        return;
    }
    const QByteArray head = buffer.left(end + 4);
    const QByteArray rest = buffer.mid(end + 4);
    client->setProperty("buffer", QByteArray());
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    if (requestLine.size() < 3) {
        client->disconnectFromHost();
        return;
    }
    if (!authorized(lines)) {
        ++m_refused;
        client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      "Proxy-Authenticate: Basic realm=\"sia-test\"\r\nContent-Length: 0\r\n\r\n");
        if (!rest.isEmpty()) {
            client->setProperty("buffer", rest);
        }
        return;
    }
    forward(client, requestLine.at(0), requestLine.at(1), head, rest);
}

void TestHttpProxy::forward(QTcpSocket* client, const QByteArray& method, const QByteArray& target,
    QByteArray head, const QByteArray& rest)
{
    QString host;
    quint16 port = 0;
    QByteArray upstreamHead;
    if (method == "CONNECT") {
        const QList<QByteArray> parts = target.split(':');
        host = QString::fromLatin1(parts.value(0));
        port = parts.value(1).toUShort();
    } else {
        const QUrl url(QString::fromLatin1(target));
        host = url.host();
        port = quint16(url.port(80));
        // Origin form for the server, without the proxy's own headers.
        QList<QByteArray> lines = head.split('\n');
        lines.removeFirst();
        upstreamHead = method + ' ' + url.path(QUrl::FullyEncoded).toLatin1()
            + (url.hasQuery() ? '?' + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray())
            + " HTTP/1.1\r\n";
        for (const QByteArray& line : lines) {
            const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
            if (name != "proxy-authorization" && name != "proxy-connection" && !line.trimmed().isEmpty()) {
                upstreamHead += line.trimmed() + "\r\n";
            }
        }
        upstreamHead += "\r\n";
    }
    m_forwardedHosts << QStringLiteral("%1:%2").arg(host).arg(port);
    // "host:port" first (two servers on one host), then the host alone.
    const quint16 routed = m_routes.value(
        QStringLiteral("%1:%2").arg(host.toLower()).arg(port), m_routes.value(host.toLower(), 0));
    auto* upstream = new QTcpSocket(client);
    client->setProperty("tunnel", true);
    connect(upstream, &QTcpSocket::connected, client, [client, upstream, method, upstreamHead, rest] {
        if (method == "CONNECT") {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        } else {
            upstream->write(upstreamHead);
        }
        upstream->write(rest + client->readAll()); // what came while connecting
        pipe(client, upstream);
        pipe(upstream, client);
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client] {
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
    });
    if (routed == 0) {
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    upstream->connectToHost(QHostAddress::LocalHost, routed);
}

TestHttpTarget::TestHttpTarget(QByteArray body, QObject* parent)
    : QObject(parent)
    , m_body(std::move(body))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
                socket->setProperty("buffer", buffer);
                if (!buffer.contains("\r\n\r\n") || socket->property("answered").toBool()) {
                    return;
                }
                socket->setProperty("answered", true);
                ++m_requests;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                    + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool TestHttpTarget::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

} // namespace sia::test
