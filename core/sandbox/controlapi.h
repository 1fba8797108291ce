// The sandbox's own API under /sandbox/ (not part of either vendor's): reset, mutate people (or tasks and
// Email Opt Outs, through the module that owns them), the clock, faults and counters, as JSON, for tests and
// demos.
//
//   POST /sandbox/reset                      → {"reset": true}
//   POST /sandbox/mutate {"kind": K, "count": n}
//        → {"kind", "changed", "at"} (+ "ids": Marketo ids for the people kinds and the Email Opt Out kinds)
//        K: "people" | "newPeople" | "reownPeople" ("to": "user" | "queue") | "deletedPeople"
//           | a module's: "tasks" | "deletedTasks"
//           | "emailOptOuts" | "emailOptIns" (Salesforce leads and contacts of living people opted out of
//             email, or back in, as a user in Salesforce's UI; + "salesforceIds", in the order of "ids")
//   GET  /sandbox/clock                      POST /sandbox/clock {"set": ISO, "advanceSeconds": n,
//                                                                 "frozen": b}
//   GET  /sandbox/faults                     POST /sandbox/faults {"spec": SPEC}     DELETE /sandbox/faults
//   GET, POST, DELETE /sandbox/permissions   (a module's: Salesforce object permissions)
//   GET  /sandbox/counters                   GET  /sandbox/info (the ready line)
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
