// sia-admin: one binary that is both the window and the command line. It decides which of the two this
// run is and hands over: commands to core/cli, the window to GuiStartup (app/), which wires ui/ and the
// in-process sandbox together.
#include "cli/appcommandline.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/commands.h"
#include "common/appinfo.h"
#include "common/environment.h"
#include "common/translations.h"
#include "guistartup.h"
#include "opensslexit.h"
#include "sandbox/sandboxhost.h"
#include "sandboxstartup.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

QString helpText(const QString& topic)
{
    if (topic.isEmpty()) {
        return sia::AppCommandLine::helpText();
    }
    if (topic == sia::AppCommandLine::sandboxHelpTopic) {
        return sia::SandboxStartup::helpText();
    }
    return sia::AppCommandLine::commandHelpText(*sia::createCliCommand(topic));
}

} // namespace

int main(int argc, char** argv)
{
    sia::leaveOpenSslCleanupToTheProcessExit();
    sia::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    sia::CliOutput output(out, err);

    const QStringList arguments = argumentsOf(argc, argv);
    const sia::Result<sia::AppInvocation> invocation = sia::AppCommandLine::parse(arguments);
    if (!invocation) {
        output.error(QStringLiteral("sia-admin: %1").arg(invocation.error().message));
        err << sia::AppCommandLine::usageText(arguments);
        return sia::ExitUsage;
    }
    // The sandbox's options are checked whatever the mode, so that a typo is the same usage error as
    // sia-sandbox's, before anything is opened.
    sia::sandbox::SandboxOptions sandboxOptions;
    if (invocation->sandbox) {
        sia::Result<sia::sandbox::SandboxOptions> parsed
            = sia::SandboxStartup::options(invocation->sandboxArguments);
        if (!parsed) {
            output.error(QStringLiteral("sia-admin: %1").arg(parsed.error().message));
            err << sia::SandboxStartup::helpText();
            return sia::ExitUsage;
        }
        sandboxOptions = *parsed;
    }

    switch (invocation->mode) {
    case sia::AppMode::Help:
        out << helpText(invocation->helpTopic);
        return sia::ExitOk;
    case sia::AppMode::Version:
        out << sia::AppCommandLine::versionText();
        return sia::ExitOk;
    case sia::AppMode::Command: {
        QCoreApplication app(argc, argv);
        sia::installTranslations();
        // A command that talks to Marketo or Salesforce gets the sandbox of its own run with --sandbox.
        std::unique_ptr<sia::sandbox::SandboxHost> sandboxHost;
        std::optional<sia::MarketoSandboxEndpoints> marketoSandbox;
        std::optional<sia::SalesforceSandboxEndpoints> salesforceSandbox;
        if (invocation->sandbox && invocation->command && invocation->command->usesServices()) {
            // The sandbox of each command keeps its Salesforce refresh tokens beside the sandbox's database,
            // so that a connection made by one command still works for the next.
            sandboxOptions.salesforceTokenFile = sia::SandboxStartup::tokenFileFor(
                QFileInfo(sia::AppCommandLine::databaseFile(*invocation)).absolutePath());
            auto started = sia::SandboxStartup::start(sandboxOptions);
            if (!started) {
                output.error(
                    QStringLiteral("sia-admin: %1 [%2]").arg(started.error().message, started.error().code));
                return sia::exitCodeFor(started.error());
            }
            sandboxHost = std::move(*started);
            marketoSandbox = sia::SandboxStartup::marketoEndpoints(*sandboxHost);
            salesforceSandbox = sia::SandboxStartup::salesforceEndpoints(*sandboxHost);
        }
        const sia::ExitCode code
            = sia::CliRunner::run(*invocation, output, marketoSandbox, salesforceSandbox);
        output.flush();
        return code;
    }
    case sia::AppMode::Tour:
        sia::Environment::preferOffscreenPlatform();
        break;
    case sia::AppMode::Gui:
        if (!sia::Environment::displayAvailable()) {
            output.error(QCoreApplication::translate("sia::GuiStartup",
                "sia-admin: no display is available for the window. Run it on a desktop, under Xvfb "
                "(xvfb-run sia-admin), render the pages with --tour DIR, or use the commands (sia-admin "
                "--help)."));
            return sia::ExitEnvironment;
        }
        break;
    }
    QApplication app(argc, argv);
    sia::installTranslations();
    return sia::GuiStartup::run(app, *invocation, sandboxOptions);
}
