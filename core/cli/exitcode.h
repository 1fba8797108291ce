// The command line's documented exit codes (README, "Command line").
#pragma once

#include "common/result.h"

namespace sia {

enum ExitCode
{
    ExitOk = 0,
    ExitRefused = 1, // a rule of the product refused the change
    ExitUsage = 2, // the command line was malformed: unknown command, step or option
    ExitEnvironment
    = 3, // the machine is in the way: locked, corrupt, read-only or newer database; no keychain
    ExitInternal = 4, // a defect of SIA Admin: please report it
    ExitInterrupted = 130, // Ctrl-C (SIGINT) stopped the command: 128 + the signal's number, as shells do
    ExitTerminated = 143, // SIGTERM (or the console closing) stopped the command: 128 + 15
};

inline ExitCode exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::RuleViolation:
        return ExitRefused;
    case ErrorKind::InvalidInput:
    case ErrorKind::NotFound:
        return ExitUsage;
    case ErrorKind::Environment:
        return ExitEnvironment;
    case ErrorKind::Internal:
        return ExitInternal;
    }
    return ExitInternal;
}

} // namespace sia
