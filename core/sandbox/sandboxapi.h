// What a vendor module (Marketo, Salesforce) gives the sandbox: its routes, its way of answering an
// injected fault, and its part in the control API (reset, mutate, counters) and in the ready line.
#pragma once

#include "sandbox/fault.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sia::sandbox {

class SandboxRouter;

class SandboxApi
{
public:
    virtual ~SandboxApi() = default;

    // Endpoint names of this module start with vendor() + '.'; faults on them are rendered here.
    virtual QString vendor() const = 0;
    virtual void registerRoutes(SandboxRouter& router) = 0; // on the main listener
    // The routes of the Salesforce instance listener (its REST API); the other modules have none there.
    virtual void registerInstanceRoutes(SandboxRouter& router) { Q_UNUSED(router) }

    // The vendor fault codes this module can answer with (FaultInjector validates --faults against them).
    virtual QStringList faultCodes() const { return {}; }
    // The answer to a Fault::Kind::VendorError (and, if the module wants, to an HttpStatus fault);
    // nullopt lets the server answer generically.
    virtual std::optional<SandboxResponse> faultResponse(
        const Fault& fault, const SandboxRequest& request) const
    {
        Q_UNUSED(fault)
        Q_UNUSED(request)
        return std::nullopt;
    }

    // Control API. reset(): back to the state at start (data, tokens, jobs, limits).
    virtual void reset() { }
    // "POST /sandbox/mutate {"kind": kind, "count": n}": nullopt when kind is not this module's; otherwise
    // the answer's members beside "kind" and "at": "changed" (how many records changed), and any the kind
    // adds (e.g. "ids").
    virtual std::optional<QJsonObject> mutate(const QString& kind, qint64 count)
    {
        Q_UNUSED(kind)
        Q_UNUSED(count)
        return std::nullopt;
    }
    // "/sandbox/<name>" routes a module owns ("permissions"): nullopt when name is not this module's.
    virtual std::optional<SandboxResponse> control(
        const QByteArray& method, const QString& name, const QJsonObject& arguments)
    {
        Q_UNUSED(method)
        Q_UNUSED(name)
        Q_UNUSED(arguments)
        return std::nullopt;
    }
    virtual QJsonObject counters() const { return {}; } // the module's own tallies, under its vendor name
    // Base URLs and test credentials for sia-sandbox's ready line, under the vendor name.
    virtual QJsonObject readyInfo(const QUrl& baseUrl) const
    {
        Q_UNUSED(baseUrl)
        return {};
    }
};

} // namespace sia::sandbox
