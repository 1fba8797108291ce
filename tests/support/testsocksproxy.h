// A tiny SOCKS5 proxy for tests (RFC 1928, with RFC 1929 username/password authentication when asked
// for), on 127.0.0.1 at a port chosen at run time. Like TestHttpProxy it maps host names to 127.0.0.1
// ports of its own, so a request for a host only it can reach proves the request went through it.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace sia::test {

class TestSocksProxy : public QObject
{
    Q_OBJECT

public:
    explicit TestSocksProxy(QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void requireCredentials(const QString& user, const QString& password);
    void route(const QString& host, quint16 port) { m_routes.insert(host.toLower(), port); }

    QStringList connectedHosts() const { return m_connectedHosts; } // "host:port" of each CONNECT
    int refusedLogins() const { return m_refused; }

private:
    void accept();
    void advance(QTcpSocket* client);
    // Each step consumes its bytes from the buffer and returns false while they are incomplete.
    bool greet(QTcpSocket* client, QByteArray& buffer);
    bool authenticate(QTcpSocket* client, QByteArray& buffer);
    bool request(QTcpSocket* client, QByteArray& buffer);

    QTcpServer m_server;
    QByteArray m_user;
    QByteArray m_password;
    QHash<QString, quint16> m_routes;
    QStringList m_connectedHosts;
    int m_refused = 0;
};

} // namespace sia::test
