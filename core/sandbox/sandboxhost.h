// Runs a whole sandbox on a thread of its own inside the app (sia-admin --sandbox), so that serving the
// emulated Marketo and Salesforce never competes with the window for its thread.
#pragma once

#include "common/result.h"
#include "sandbox/sandboxoptions.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace sia::sandbox {

class Sandbox;

class SandboxHost
{
public:
    explicit SandboxHost(SandboxOptions options);
    ~SandboxHost(); // stops the server and the thread

    SandboxHost(const SandboxHost&) = delete;
    SandboxHost& operator=(const SandboxHost&) = delete;

    // Starts listening; returns once the sandbox answers or failed to start.
    Result<void> start();
    QJsonObject readyInfo() const; // valid after a successful start
    // Where the clients go, valid after a successful start: Marketo's REST API, Salesforce's login host
    // (OAuth, identity) and its instance (the REST API, another port).
    QUrl marketoRestUrl() const;
    QUrl salesforceLoginUrl() const;
    QUrl salesforceInstanceUrl() const;

private:
    QUrl readyUrl(const char* vendor, const char* key) const; // from the ready line's vendor part

    SandboxOptions m_options;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread: work for the sandbox is posted to it
    std::unique_ptr<Sandbox> m_sandbox; // created, used and destroyed on m_thread only
    QJsonObject m_readyInfo;
};

} // namespace sia::sandbox
