// The sandbox's options on a command line, parsed in one place for both programs that start a sandbox:
// `sia-sandbox --people 100 --tls` and `sia-admin --sandbox --sandbox-option people=100 --sandbox-option
// tls`. The same bad input gives the same error (an InvalidInput Result naming the flag) in both.
#pragma once

#include "common/result.h"
#include "sandbox/sandboxoptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace sia::sandbox {

class SandboxCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(sia::sandbox::SandboxCommandLine)

public:
    // Parses sandbox options only, without a program name: {"--people", "100", "--tls"}.
    static Result<SandboxOptions> parse(const QStringList& arguments);

    // For a program that adds options of its own (sia-sandbox's --help and --version): add these to its
    // parser, parse, then read them back. read() refuses positional arguments.
    static QList<QCommandLineOption> options(); // each description ends with its default
    static Result<SandboxOptions> read(const QCommandLineParser& parser);

    // The grammar of --faults and --rate-limit, with the default limits, for the help texts.
    static QString grammarText();
};

} // namespace sia::sandbox
