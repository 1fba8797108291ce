// What a vendor module is given when the sandbox builds it: the shared clock, counters, faults, data and
// options. The module keeps the references; the Sandbox that owns them outlives every module.
#pragma once

namespace sia::sandbox {

class FaultInjector;
class SandboxClock;
class SandboxCounters;
class SandboxDataset;
struct SandboxOptions;

struct SandboxContext
{
    SandboxClock& clock;
    SandboxCounters& counters;
    FaultInjector& faults;
    SandboxDataset& dataset;
    const SandboxOptions& options;
};

} // namespace sia::sandbox
