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
