// Runs one command of the command line to its exit code: opens the store (read-only for --review or for
// commands that only read), runs the command, and turns any error into a message and an exit code.
#pragma once

#include "cli/appcommandline.h"
#include "cli/exitcode.h"

namespace sia {

class CliOutput;

class CliRunner
{
public:
    static ExitCode run(const AppInvocation& invocation, CliOutput& output);
    static int busyTimeoutMs(); // SIA_BUSY_TIMEOUT_MS, else 5 seconds
};

} // namespace sia
