#include "cli/clirunner.h"

#include "cli/clioutput.h"
#include "cli/commands.h"
#include "store/store.h"

#include <QCoreApplication>

namespace sia {

namespace {

ExitCode fail(const Error& error, CliOutput& output)
{
    output.error(
        QCoreApplication::translate("sia::Cli", "sia-admin: %1 [%2]").arg(error.message, error.code));
    return exitCodeFor(error);
}

} // namespace

int CliRunner::busyTimeoutMs()
{
    bool isNumber = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("SIA_BUSY_TIMEOUT_MS", &isNumber);
    return isNumber && fromEnvironment >= 0 ? fromEnvironment : 5000;
}

ExitCode CliRunner::run(const AppInvocation& invocation, CliOutput& output)
{
    const CliCommand* command = findCommand(invocation.command.command);
    if (!command) {
        return fail(Error::input(QStringLiteral("cli.usage"),
                        QCoreApplication::translate("sia::Cli", "No command was given.")),
            output);
    }
    const bool review = !invocation.reviewFile.isEmpty();
    if (review && command->changesData()) {
        return fail(Error::rule(QStringLiteral("review.read-only"),
                        QCoreApplication::translate("sia::Cli",
                            "“%1” changes the instance, but --review opens it read-only. "
                            "Run it without --review, on the instance's data directory.")
                            .arg(command->name())),
            output);
    }
    StoreOptions options;
    options.databasePath = AppCommandLine::databaseFile(invocation);
    options.readOnly = review;
    options.busyTimeoutMs = busyTimeoutMs();
    Result<std::unique_ptr<Store>> store = Store::open(options);
    if (!store) {
        return fail(store.error(), output);
    }
    Result<void> done = command->run(**store, invocation.command, output);
    if (!done) {
        return fail(done.error(), output);
    }
    return ExitOk;
}

} // namespace sia
