// The sandbox's own API under /sandbox/ (not part of either vendor's): reset, mutate people (or tasks,
// through the module that owns them), the clock, faults and counters, as JSON, for tests and demos.
//
//   POST /sandbox/reset                      → {"reset": true}
//   POST /sandbox/mutate {"kind": "people"|"newPeople"|"reownPeople"|"deletedPeople"|<a module's kind, e.g.
//                         "tasks">, "count": n} ("reownPeople" takes "to": "user" | "queue")
//   GET  /sandbox/clock                      POST /sandbox/clock {"set": ISO, "advanceSeconds": n, "frozen":
//   b} GET  /sandbox/faults                     POST /sandbox/faults {"spec": SPEC}     DELETE
//   /sandbox/faults GET  /sandbox/counters                   GET  /sandbox/info (the ready line)
#pragma once

#include "sandbox/sandboxapi.h"

namespace sia::sandbox {

class Sandbox;

class ControlApi : public SandboxApi
{
public:
    explicit ControlApi(Sandbox& sandbox)
        : m_sandbox(sandbox)
    { }

    QString vendor() const override { return QStringLiteral("sandbox"); }
    void registerRoutes(SandboxRouter& router) override;

private:
    SandboxResponse mutate(const SandboxRequest& request);
    SandboxResponse clock(const SandboxRequest& request);
    SandboxResponse faults(const SandboxRequest& request);
    SandboxResponse countersAnswer() const;

    Sandbox& m_sandbox;
};

} // namespace sia::sandbox
