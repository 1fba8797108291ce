// The sandbox's HTTP(S) server: one dispatcher for every vendor, so that counters, faults, guards (rate
// limits, concurrency) and latency apply the same way to all. It listens on loopback only.
//
// Per request: route (endpoint name) → count the call → guards → injected faults → handler → write.
#pragma once

#include "common/result.h"
#include "sandbox/faultinjector.h"
#include "sandbox/responsewriter.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxcounters.h"
#include "sandbox/sandboxrouter.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <optional>

namespace sia::sandbox {

// Which of the sandbox's listeners a server is: the main one, or the Salesforce instance's.
enum class SandboxListener
{
    Main,
    SalesforceInstance
};

struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey privateKey;
};

class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SandboxServer(SandboxCounters& counters, FaultInjector& faults,
        SandboxListener listener = SandboxListener::Main, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Registers the module's routes for this listener; the module must outlive the server.
    void addApi(SandboxApi* api);
    SandboxRouter& router() { return m_router; }
    const QList<SandboxApi*>& apis() const { return m_apis; }

    // Refuses anything but a loopback address. port 0 picks a free port.
    Result<quint16> start(
        const QHostAddress& address, quint16 port, const std::optional<TlsIdentity>& tls = std::nullopt);
    QUrl baseUrl() const; // "http(s)://127.0.0.1:port"
    int inFlight() const { return m_inFlight; }

signals:
    void answered(const QString& endpoint, int status); // the answer's head was decided (tests, logs)

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    // Both vendors refuse a request whose URI plus headers exceed this many bytes.
    static constexpr qsizetype maxRequestLineAndHeaderBytes = 16384;

    SandboxRequest toSandboxRequest(const QHttpServerRequest& request) const;
    // 414 or 431 when the request line or the headers are too large; nullopt otherwise.
    std::optional<SandboxResponse> oversizedRefusal(
        const QHttpServerRequest& httpRequest, const SandboxRequest& request) const;
    SandboxResponse answer(SandboxRequest& request, const SandboxRouter::Match& match,
        WriteFaults* writeFaults, QList<SandboxGuard*>* admittedBy);
    std::optional<SandboxResponse> vendorFaultResponse(
        const Fault& fault, const SandboxRequest& request) const;
    void send(QTcpSocket* socket, const SandboxRequest& request, SandboxResponse response, WriteFaults faults,
        QList<SandboxGuard*> admittedBy);

    SandboxCounters& m_counters;
    FaultInjector& m_faults;
    SandboxListener m_listener;
    SandboxRouter m_router;
    QList<SandboxApi*> m_apis;
    QList<QPointer<ResponseWriter>> m_writers;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_tls = false;
    int m_inFlight = 0;
};

} // namespace sia::sandbox
