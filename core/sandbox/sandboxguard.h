// A check that runs before every handler under a path prefix (authentication, rate limits, concurrency):
// it admits the request or answers in its place. release() is called when an admitted request's answer
// has been sent completely (or its connection is gone), so a guard can count calls in flight.
#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <optional>

namespace sia::sandbox {

class SandboxGuard
{
public:
    virtual ~SandboxGuard() = default;
    // nullopt: admitted. A response: the request is refused with it and the handler does not run.
    virtual std::optional<SandboxResponse> admit(const SandboxRequest& request) = 0;
    virtual void release(const SandboxRequest& request) { Q_UNUSED(request) }
};

} // namespace sia::sandbox
