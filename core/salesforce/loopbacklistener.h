// The loopback listener the browser is redirected to after the Salesforce login: one small HTTP server on
// 127.0.0.1 (and ::1 for "localhost", which a browser may resolve either way) at the port and path of a
// registered callback URL. Salesforce matches the callback exactly, port included, so the listener takes
// the first URL of the ordered list whose port is free. It answers the redirect with the page the handler
// gives (saying the window can be closed) and anything else with 404, and reads nothing but the request
// line. Used by SalesforceAuthorization; a plain QTcpServer, since Qt's NetworkAuth handler only listens
// on a port of its own choosing and names 127.0.0.1 in the callback.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace sia {

class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    // Gets the whole redirect URL (with its query); returns the HTML page for the browser.
    using Handler = std::function<QByteArray(const QUrl& redirect)>;

    explicit LoopbackListener(QObject* parent = nullptr);
    ~LoopbackListener() override;

    // Listens at the first callback whose port is free; nullopt when none is (tried then says which URLs
    // were tried and why each failed).
    std::optional<QUrl> listen(const QList<QUrl>& callbacks, QStringList* tried);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void close();
    bool listening() const { return !m_servers.isEmpty(); }
    QUrl callbackUrl() const { return m_callback; }

private:
    bool listenAt(const QUrl& callback, QString* why);
    void accept(QTcpServer* server);
    void answer(QTcpSocket* socket);

    QList<QTcpServer*> m_servers;
    QUrl m_callback;
    Handler m_handler;
};

} // namespace sia
