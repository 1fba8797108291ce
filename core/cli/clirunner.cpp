#include "cli/clirunner.h"

#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/databasecommand.h"
#include "store/store.h"

#include <QCoreApplication>

#include <optional>

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
    if (!command->opensStore()) {
        Result<void> done = command->runWithoutStore(invocation.command, output);
        return done ? ExitOk : fail(done.error(), output);
    }
    StoreOptions options;
    options.readOnly = review;
    options.busyTimeoutMs = busyTimeoutMs();
    std::optional<Error> keychainProblem;
    if (const QString url = AppCommandLine::databaseUrl(invocation); !url.isEmpty()) {
        options.databaseUrl = url;
        Result<DatabaseLocation> server = DatabaseLocation::parse(url);
        if (!server) {
            return fail(server.error(), output);
        }
        // A keychain that cannot be reached is no reason to stop: the server may need no password.
        // It is named only if the server then asks for one.
        if (Result<QString> password = DatabaseCommand::storedPassword(*server); password) {
            options.databasePassword = *password;
        } else {
            keychainProblem = password.error();
        }
    } else {
        options.databasePath = AppCommandLine::databaseFile(invocation);
    }
    Result<std::unique_ptr<Store>> store = Store::open(options);
    if (!store && keychainProblem && store.error().code == QLatin1String("store.password-refused")) {
        return fail(
            Error::environment(store.error().code,
                QCoreApplication::translate("sia::Cli",
                    "The PostgreSQL server of %1 refused the login, and its password could not be read "
                    "from the keychain: %2")
                    .arg(options.databaseUrl, keychainProblem->message)),
            output);
    }
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
