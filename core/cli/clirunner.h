// Runs one command of the command line to its exit code, inside an event loop: opens the store (read-only
// for --review), starts the command, and waits until it finishes, now or
// after the replies it waits for. Ctrl-C or SIGTERM asks the command to stop; the process then exits with
// 130 or 143. Any error becomes a message and an exit code.
#pragma once

#include "cli/appcommandline.h"
#include "cli/exitcode.h"
#include "marketo/marketoconnectionservice.h"
#include "salesforce/salesforceconnectionservice.h"

#include <optional>

namespace sia {

class CliOutput;

class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(sia::CliRunner)

public:
    // Needs a QCoreApplication; returns when the command finished.
    // marketoSandbox: with --sandbox, where the sandbox the app started serves Marketo.
    static ExitCode run(const AppInvocation& invocation, CliOutput& output,
        std::optional<MarketoSandboxEndpoints> marketoSandbox = std::nullopt,
        std::optional<SalesforceSandboxEndpoints> salesforceSandbox = std::nullopt);
};

} // namespace sia
