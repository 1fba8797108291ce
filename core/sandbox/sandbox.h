// One running sandbox: the server, the shared clock, counters, faults and data, and the vendor modules
// (Marketo, Salesforce, the /sandbox/ control API). sia-sandbox, the app's --sandbox and the tests all
// build exactly this, so that the in-process and the separate-process sandbox cannot differ.
#pragma once

#include "common/result.h"
#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxcontext.h"
#include "sandbox/sandboxcounters.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace sia::sandbox {

class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(SandboxOptions options, QObject* parent = nullptr);
    ~Sandbox() override;

    // Listens on both listeners (and, with options.tls, makes the certificate they share) and applies
    // options.faults.
    Result<void> start();
    // The main listener: Marketo, the control API, Salesforce's login host (OAuth, identity).
    QUrl baseUrl() const { return m_server->baseUrl(); }
    // The Salesforce instance (the instance_url of token answers): the REST API, on a port of its own.
    QUrl salesforceInstanceUrl() const { return m_instanceServer->baseUrl(); }
    // What sia-sandbox prints when ready: base URLs and test credentials of every module.
    QJsonObject readyInfo() const;
    QByteArray certificatePem() const; // empty without TLS

    // Back to the state at start: data overlay, tokens, jobs, counters, faults (as in options), clock.
    void reset();
    // Applies a fault SPEC after checking its vendor codes against the modules that must render them.
    Result<void> configureFaults(const QString& spec);

    const SandboxOptions& options() const { return m_options; }
    SandboxClock& clock() { return m_clock; }
    SandboxCounters& counters() { return m_counters; }
    FaultInjector& faults() { return m_faults; }
    SandboxDataset& dataset() { return m_dataset; }
    SandboxServer& server() { return *m_server; }
    SandboxServer& instanceServer() { return *m_instanceServer; }
    int inFlight() const { return m_server->inFlight() + m_instanceServer->inFlight(); }
    const std::vector<std::unique_ptr<SandboxApi>>& apis() const { return m_apis; }

private:
    SandboxOptions m_options;
    SandboxClock m_clock;
    SandboxCounters m_counters;
    FaultInjector m_faults;
    SandboxDataset m_dataset;
    SandboxListeners m_listeners;
    SandboxContext m_context;
    std::vector<std::unique_ptr<SandboxApi>> m_apis;
    // Declared last: destroyed first, before what they call into.
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxServer> m_instanceServer;
    QByteArray m_certificatePem;
};

} // namespace sia::sandbox
