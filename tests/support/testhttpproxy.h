// A tiny HTTP proxy for tests, on 127.0.0.1 at a port chosen at run time: it forwards absolute-URI
// requests (plain http) and tunnels CONNECT (https), may demand Basic proxy authentication, and maps
// host names to 127.0.0.1 ports of its own, so that a test can name a host only the proxy can reach and
// so prove that a request went through it. Also a one-answer HTTP server to stand behind it.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

namespace sia::test {

class TestHttpProxy : public QObject
{
    Q_OBJECT

public:
    explicit TestHttpProxy(QObject* parent = nullptr);

    bool listen(); // 127.0.0.1, any free port
    quint16 port() const { return m_server.serverPort(); }

    // Only these credentials pass; until set, every request passes.
    void requireCredentials(const QString& user, const QString& password);
    // Requests for host (or for "host:port" only) go to 127.0.0.1:port.
    void route(const QString& host, quint16 port) { m_routes.insert(host.toLower(), port); }

    QStringList forwardedHosts() const { return m_forwardedHosts; } // "host:port" of each forwarded request
    int refusedRequests() const { return m_refused; } // answered 407

private:
    void accept();
    void readHead(class QTcpSocket* client);
    void forward(QTcpSocket* client, const QByteArray& method, const QByteArray& target, QByteArray head,
        const QByteArray& rest);
    bool authorized(const QList<QByteArray>& headerLines) const;

    QTcpServer m_server;
    QByteArray m_expectedAuthorization;
    QHash<QString, quint16> m_routes;
    QStringList m_forwardedHosts;
    int m_refused = 0;
};

// Answers every request with 200 and body, then closes the connection.
class TestHttpTarget : public QObject
{
    Q_OBJECT

public:
    explicit TestHttpTarget(QByteArray body, QObject* parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    int requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QByteArray m_body;
    int m_requests = 0;
};

} // namespace sia::test
