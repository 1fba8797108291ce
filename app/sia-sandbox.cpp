// sia-sandbox: the local Marketo Engage + Salesforce emulator as a process of its own, for tests and
// benchmarks. It prints one JSON line on stdout when it is ready (base URLs and test credentials) and
// serves until SIGTERM or SIGINT. Exit codes: 0 stopped cleanly, 2 bad command line, 3 cannot start.
// Its options are parsed by SandboxCommandLine, which sia-admin --sandbox --sandbox-option uses too.
#include "cli/interruptwatcher.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxcommandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace sia::sandbox;

namespace {

int usageError(const QString& message)
{
    std::fprintf(stderr, "sia-sandbox: %s\nRun 'sia-sandbox --help' for the options.\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sia-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        SandboxCommandLine::tr(
            "A local emulator of the Marketo Engage and Salesforce REST APIs on 127.0.0.1.\n"
            "Prints one JSON line with base URLs and test credentials when ready; stops on SIGTERM/SIGINT.\n"
            "Exit codes: 0 stopped cleanly, 2 bad command line, 3 cannot start (e.g. the port is in use).")
        + QLatin1Char('\n') + SandboxCommandLine::grammarText());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(SandboxCommandLine::options());
    if (!parser.parse(app.arguments())) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    const sia::Result<SandboxOptions> options = SandboxCommandLine::read(parser);
    if (!options) {
        return usageError(options.error().message);
    }

    Sandbox sandbox(*options);
    if (sia::Result<void> started = sandbox.start(); !started) {
        const bool badSpec = started.error().kind == sia::ErrorKind::InvalidInput;
        std::fprintf(stderr, "sia-sandbox: %s\n", qPrintable(started.error().message));
        return badSpec ? 2 : 3;
    }
    // SIGTERM and SIGINT end the event loop from inside it.
    sia::InterruptWatcher interrupts;
    QObject::connect(
        &interrupts, &sia::InterruptWatcher::interrupted, &app, [] { QCoreApplication::quit(); });
    const QByteArray ready = QJsonDocument(sandbox.readyInfo()).toJson(QJsonDocument::Compact);
    std::fwrite(ready.constData(), 1, size_t(ready.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return app.exec();
}
