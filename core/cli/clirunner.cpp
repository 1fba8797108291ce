#include "cli/clirunner.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/interruptwatcher.h"
#include "common/environment.h"
#include "secrets/databaselogin.h"
#include "secrets/keychainsecretstore.h"
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
    if (!invocation.database) {
        return invocation.database.error(); // the saved choice cannot be used: nothing is opened instead
    }
    StoreOptions options;
    options.readOnly = !invocation.reviewFile.isEmpty();
    options.busyTimeoutMs = Environment::busyTimeoutMs().value_or(options.busyTimeoutMs);
    if (!invocation.database->isServer()) {
        options.databasePath = AppCommandLine::databaseFile(invocation);
        return Store::open(options);
    }
    options.databaseUrl = invocation.database->url;
    Result<DatabaseLocation> server = DatabaseLocation::parse(options.databaseUrl);
    if (!server) {
        return server.error();
    }
    // The command has not started yet and the runner's loop not either, so the keychain's answer is
    // waited for in a loop of its own (the window, which has its loop running, never does this).
    KeychainSecretStore keychain;
    DatabaseCredentials credentials(keychain);
    std::optional<DatabaseLogin::Prepared> prepared;
    QEventLoop keychainAnswer;
    DatabaseLogin::prepare(credentials, *server, options, [&](DatabaseLogin::Prepared ready) {
        prepared = std::move(ready);
        keychainAnswer.quit();
    });
    keychainAnswer.exec();
    Result<std::unique_ptr<Store>> store = Store::open(prepared->options);
    if (!store) {
        return DatabaseLogin::openFailure(store.error(), *prepared);
    }
    return store;
}

} // namespace

ExitCode CliRunner::run(const AppInvocation& invocation, CliOutput& output,
    std::optional<MarketoSandboxEndpoints> marketoSandbox,
    std::optional<SalesforceSandboxEndpoints> salesforceSandbox)
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
    context.setDatabase(invocation.database);
    context.setMarketoSandbox(std::move(marketoSandbox));
    context.setSalesforceSandbox(std::move(salesforceSandbox));
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
