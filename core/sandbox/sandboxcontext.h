// What a vendor module is given when the sandbox builds it: the shared clock, counters, faults, data and
// options. The module keeps the references; the Sandbox that owns them outlives every module.
#pragma once

#include <QUrl>

namespace sia::sandbox {

class FaultInjector;
class SandboxClock;
class SandboxCounters;
class SandboxDataset;
struct SandboxOptions;

// Where the sandbox listens besides its main listener (Marketo, the control API, Salesforce's login host
// and identity), set once it has started: the Salesforce instance (the REST API) has a port of its own
// because a real org's instance_url is another host than the login host.
struct SandboxListeners
{
    QUrl salesforceInstanceUrl; // "http(s)://127.0.0.1:port"
};

struct SandboxContext
{
    SandboxClock& clock;
    SandboxCounters& counters;
    FaultInjector& faults;
    SandboxDataset& dataset;
    const SandboxOptions& options;
    const SandboxListeners& listeners;
};

} // namespace sia::sandbox
