#include "testsocksproxy.h"

#include <QTcpSocket>
#include <QtEndian>

namespace sia::test {

namespace {

enum Stage
{
    Greeting,
    Authentication,
    Request,
    Tunnel
};

void pipe(QTcpSocket* from, QTcpSocket* to)
{
    QObject::connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
    QObject::connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
}

} // namespace

TestSocksProxy::TestSocksProxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestSocksProxy::accept);
}

bool TestSocksProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TestSocksProxy::requireCredentials(const QString& user, const QString& password)
{
    m_user = user.toUtf8();
    m_password = password.toUtf8();
}

void TestSocksProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        client->setParent(this);
        client->setProperty("stage", int(Greeting));
        connect(client, &QTcpSocket::readyRead, this, [this, client] { advance(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void TestSocksProxy::advance(QTcpSocket* client)
{
    if (client->property("stage").toInt() == Tunnel) {
        return;
    }
    QByteArray buffer = client->property("buffer").toByteArray() + client->readAll();
    bool progressed = true;
    while (progressed && client->property("stage").toInt() != Tunnel) {
        switch (client->property("stage").toInt()) {
        case Greeting:
            progressed = greet(client, buffer);
            break;
        case Authentication:
            progressed = authenticate(client, buffer);
            break;
        case Request:
            progressed = request(client, buffer);
            break;
        }
    }
    client->setProperty("buffer", buffer);
}

bool TestSocksProxy::greet(QTcpSocket* client, QByteArray& buffer)
{
    if (buffer.size() < 2 || buffer.size() < 2 + quint8(buffer.at(1))) {
        return false;
    }
    const QByteArray methods = buffer.mid(2, quint8(buffer.at(1)));
    buffer.remove(0, 2 + methods.size());
    const char wanted = m_user.isEmpty() ? 0x00 : 0x02;
    if (!methods.contains(wanted)) {
        client->write(QByteArray("\x05\xff", 2));
        client->disconnectFromHost();
        return false;
    }
    client->write(QByteArray("\x05", 1) + wanted);
    client->setProperty("stage", int(wanted == 0x02 ? Authentication : Request));
    return true;
}

bool TestSocksProxy::authenticate(QTcpSocket* client, QByteArray& buffer)
{
    if (buffer.size() < 2) {
        return false;
    }
    const int userLength = quint8(buffer.at(1));
    if (buffer.size() < 3 + userLength) {
        return false;
    }
    const int passwordLength = quint8(buffer.at(2 + userLength));
    if (buffer.size() < 3 + userLength + passwordLength) {
        return false;
    }
    const QByteArray user = buffer.mid(2, userLength);
    const QByteArray password = buffer.mid(3 + userLength, passwordLength);
    buffer.remove(0, 3 + userLength + passwordLength);
    if (user != m_user || password != m_password) {
        ++m_refused;
        client->write(QByteArray("\x01\x01", 2));
        client->disconnectFromHost();
        return false;
    }
    client->write(QByteArray("\x01\x00", 2));
    client->setProperty("stage", int(Request));
    return true;
}

bool TestSocksProxy::request(QTcpSocket* client, QByteArray& buffer)
{
    if (buffer.size() < 5) {
        return false;
    }
    QString host;
    int addressEnd = 0;
    switch (buffer.at(3)) {
    case 0x01: // IPv4
        addressEnd = 4 + 4;
        if (buffer.size() >= addressEnd) {
            host = QHostAddress(qFromBigEndian<quint32>(buffer.constData() + 4)).toString();
        }
        break;
    case 0x03: // a name, resolved here: the point of the test
        addressEnd = 5 + quint8(buffer.at(4));
        host = QString::fromLatin1(buffer.mid(5, quint8(buffer.at(4))));
        break;
    default:
        client->disconnectFromHost();
        return false;
    }
    if (buffer.size() < addressEnd + 2) {
        return false;
    }
    const quint16 port = qFromBigEndian<quint16>(buffer.constData() + addressEnd);
    buffer.remove(0, addressEnd + 2);
    m_connectedHosts << QStringLiteral("%1:%2").arg(host).arg(port);
    const quint16 routed = m_routes.value(host.toLower(), 0);
    if (routed == 0) {
        client->write(QByteArray("\x05\x04\x00\x01\x00\x00\x00\x00\x00\x00", 10)); // host unreachable
        client->disconnectFromHost();
        return false;
    }
    client->setProperty("stage", int(Tunnel));
    auto* upstream = new QTcpSocket(client);
    const QByteArray early = buffer;
    buffer.clear();
    connect(upstream, &QTcpSocket::connected, client, [client, upstream, early] {
        client->write(QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10));
        upstream->write(early + client->readAll());
        pipe(client, upstream);
        pipe(upstream, client);
    });
    upstream->connectToHost(QHostAddress::LocalHost, routed);
    return true;
}

} // namespace sia::test
