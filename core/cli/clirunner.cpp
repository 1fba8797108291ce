#include "cli/clirunner.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/databasecommand.h"
#include "cli/interruptwatcher.h"
#include "common/environment.h"
#include "store/store.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <optional>

namespace sia {

namespace {

// How long a command that was asked to stop may take before the runner stops waiting for it. Commands
// answer at once; this only bounds a defect, and the database is safe either way: nothing of ours runs
// between two events with a transaction open.
constexpr int cancelGraceMs = 3000;

ExitCode fail(const Error& error, CliOutput& output)
{
    output.error(CliRunner::tr("sia-admin: %1 [%2]").arg(error.message, error.code));
    return exitCodeFor(error);
}

Result<std::unique_ptr<Store>> openStore(const AppInvocation& invocation)
{
    StoreOptions options;
    options.readOnly = !invocation.reviewFile.isEmpty();
    options.busyTimeoutMs = Environment::busyTimeoutMs().value_or(options.busyTimeoutMs);
    const QString url = AppCommandLine::databaseUrl(invocation);
    if (url.isEmpty()) {
        options.databasePath = AppCommandLine::databaseFile(invocation);
        return Store::open(options);
    }
    options.databaseUrl = url;
    Result<DatabaseLocation> server = DatabaseLocation::parse(url);
    if (!server) {
        return server.error();
    }
    // A keychain that cannot be reached is no reason to stop: the server may need no password. It is
    // named only if the server then asks for one.
    std::optional<Error> keychainProblem;
    if (Result<QString> password = DatabaseCommand::storedPassword(*server); password) {
        options.databasePassword = *password;
    } else {
        keychainProblem = password.error();
    }
    Result<std::unique_ptr<Store>> store = Store::open(options);
    if (!store && keychainProblem && store.error().code == QLatin1String("store.password-refused")) {
        return Error::environment(store.error().code,
            CliRunner::tr("The PostgreSQL server of %1 refused the login, and its password could not be read "
                          "from the keychain: %2")
                .arg(options.databaseUrl, keychainProblem->message));
    }
    return store;
}

} // namespace

ExitCode CliRunner::run(const AppInvocation& invocation, CliOutput& output)
{
    if (!invocation.command) {
        return fail(Error::input(QStringLiteral("cli.usage"), tr("No command was given.")), output);
    }
    CliCommand& command = *invocation.command;
    const bool review = !invocation.reviewFile.isEmpty();
    if (review && command.storeAccess() == StoreAccess::Write) {
        return fail(Error::rule(QStringLiteral("review.read-only"),
                        tr("“%1” changes the instance, but --review opens it read-only. "
                           "Run it without --review, on the instance's data directory.")
                            .arg(command.name())),
            output);
    }
    // Watching from here on: a Ctrl-C while the store opens is seen once the loop runs, and the command is
    // then not started at all.
    ExitCode interruption = ExitOk;
    InterruptWatcher interrupts;
    bool started = false;
    std::unique_ptr<Store> store;
    if (command.storeAccess() != StoreAccess::None) {
        Result<std::unique_ptr<Store>> opened = openStore(invocation);
        if (!opened) {
            return fail(opened.error(), output);
        }
        store = std::move(*opened);
    }

    CliContext context(store.get(), output);
    context.setDatabaseUrl(AppCommandLine::databaseUrl(invocation));
    QEventLoop loop;
    QObject::connect(&context, &CliContext::finished, &loop, &QEventLoop::quit);

    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &context, [&](ExitCode code) {
        if (interruption == ExitOk) {
            interruption = code;
        }
        if (!started) {
            context.finish(CliContext::interruptedError());
            return;
        }
        context.requestCancel();
        QTimer::singleShot(
            cancelGraceMs, &context, [&context] { context.finish(CliContext::interruptedError()); });
    });

    // Started from inside the loop, so that a command finishing at once and one finishing later end alike.
    QTimer::singleShot(0, &context, [&] {
        if (!context.isFinished()) {
            started = true;
            command.start(context);
        }
    });
    loop.exec();

    const Result<void>& outcome = context.outcome();
    if (!outcome && interruption != ExitOk) {
        output.error(tr("sia-admin: %1 [%2]").arg(outcome.error().message, outcome.error().code));
        return interruption;
    }
    if (!outcome) {
        return fail(outcome.error(), output);
    }
    return ExitOk;
}

} // namespace sia
