#include "cli/databasecommand.h"

#include "cli/appcommandline.h"
#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/secretinput.h"
#include "common/environment.h"
#include "secrets/databasecredentials.h"
#include "secrets/keychainsecretstore.h"
#include "store/datalocation.h"
#include "store/saveddatabasechoice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

namespace sia {

namespace {

// Runs one asynchronous keychain call to its end (the CLI has no event loop running yet).
template<typename T, typename Call> Result<T> waitFor(Call call)
{
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    call([&](Result<T> result) {
        outcome.emplace(std::move(result));
        loop.quit();
    });
    if (!outcome) {
        loop.exec();
    }
    return std::move(*outcome);
}

} // namespace

QString DatabaseCommand::summary() const
{
    return tr("Choose the database of this machine and store a shared database's password. "
              "set-password stores the password of the PostgreSQL database this run uses (--database URL, "
              "SIA_DATABASE_URL or the saved choice) in the keychain, read from standard input (not shown "
              "while typed). use URL saves that PostgreSQL database as this machine's choice (in the file "
              "database.url of the data directory); forget removes it, back to the data directory's file; "
              "show says which database a run uses and why. None of them opens the database.");
}

Result<void> DatabaseCommand::configure(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (action == QLatin1String("set-password") && words.size() == 1) {
        m_action = Action::SetPassword;
    } else if (action == QLatin1String("use") && words.size() == 2) {
        m_action = Action::Use;
        m_url = words.at(1);
    } else if (action == QLatin1String("forget") && words.size() == 1) {
        m_action = Action::Forget;
    } else if (action == QLatin1String("show") && words.size() == 1) {
        m_action = Action::Show;
    } else if (action == QLatin1String("use")) {
        return Error::input(QStringLiteral("cli.usage"),
            tr("“database use” needs the database's URL, for example: sia-admin database use "
               "postgresql://USER@HOST/DATABASE"));
    } else {
        return Error::input(QStringLiteral("cli.usage"),
            tr("“database” needs one of the actions set-password, use URL, forget or show, for example: "
               "sia-admin database use postgresql://USER@HOST/DATABASE"));
    }
    if (m_action == Action::Use) {
        // Checked now, so that a malformed URL or one with a password is a usage error like --database's.
        if (Result<DatabaseLocation> location = DatabaseLocation::parse(m_url); !location) {
            return location.error();
        }
    }
    return {};
}

Result<void> DatabaseCommand::checkDatabase(const Result<DatabaseChoice>& database) const
{
    if (!database) {
        return {}; // a saved choice that cannot be used: show says so, use and forget replace it
    }
    switch (m_action) {
    case Action::SetPassword:
        // Said before anything is read from standard input.
        if (!database->isServer()) {
            return Error::input(QStringLiteral("cli.usage"),
                tr("“database set-password” needs the database: give --database URL (or set "
                   "SIA_DATABASE_URL, or save it first with sia-admin database use URL)."));
        }
        return {};
    case Action::Use:
    case Action::Forget:
        if (database->source == DatabaseSource::Option || database->source == DatabaseSource::Review
            || database->source == DatabaseSource::DataDirectoryOption) {
            return Error::input(QStringLiteral("cli.usage"),
                tr("“database use” and “database forget” change the choice of this machine's data "
                   "directory (SIA_DATA_DIR, else the app-data folder), which --database, --review, "
                   "--data-dir, --demo and --sandbox do not read: run them without these options."));
        }
        return {};
    case Action::Show:
        return {};
    }
    return {};
}

Result<void> DatabaseCommand::run(CliContext& context)
{
    switch (m_action) {
    case Action::SetPassword:
        return setPassword(context);
    case Action::Use:
        return use(context);
    case Action::Forget:
        return forget(context);
    case Action::Show:
        return show(context);
    }
    return {};
}

Result<void> DatabaseCommand::setPassword(CliContext& context) const
{
    if (!context.database()) {
        return context.database().error();
    }
    Result<DatabaseLocation> server = DatabaseLocation::parse(context.databaseUrl());
    if (!server) {
        return server.error();
    }
    const std::optional<QString> password = SecretInput::readLine(tr("Password for %1: ").arg(server->url()));
    if (!password || password->isEmpty()) {
        return Error::input(QStringLiteral("database.empty-password"),
            tr("No password was given on standard input. Type it when asked, or pipe it in: "
               "printf '%s\\n' \"$PASSWORD\" | sia-admin database set-password --database URL"));
    }
    KeychainSecretStore keychain;
    DatabaseCredentials credentials(keychain);
    Result<void> stored
        = waitFor<void>([&](auto done) { credentials.storePassword(*server, *password, done); });
    if (!stored) {
        return stored;
    }
    context.output().line(
        tr("The password for %1 is stored in the %2.").arg(server->url(), keychain.backendName()));
    return {};
}

Result<void> DatabaseCommand::use(CliContext& context) const
{
    const SavedDatabaseChoice saved(AppCommandLine::machineDataDir());
    Result<QString> url = saved.save(m_url);
    if (!url) {
        return url.error();
    }
    context.output().line(tr("This machine now uses the PostgreSQL database %1 (saved in %2). If the server "
                             "asks for a password, store it with: sia-admin database set-password")
                              .arg(*url, QDir::toNativeSeparators(saved.filePath())));
    if (!Environment::databaseUrl().isEmpty()) {
        context.output().line(
            tr("SIA_DATABASE_URL is set and comes first: unset it to use the saved choice."));
    }
    return {};
}

Result<void> DatabaseCommand::forget(CliContext& context) const
{
    const SavedDatabaseChoice saved(AppCommandLine::machineDataDir());
    Result<bool> removed = saved.forget();
    if (!removed) {
        return removed.error();
    }
    const QString file
        = QDir::toNativeSeparators(DataLocation::databaseFile(AppCommandLine::machineDataDir()));
    context.output().line(*removed
            ? tr("The saved choice of database is removed: this machine uses the database file %1 again.")
                  .arg(file)
            : tr("No choice of database is saved: this machine uses the database file %1.").arg(file));
    return {};
}

Result<void> DatabaseCommand::show(CliContext& context) const
{
    if (!context.database()) {
        return context.database().error();
    }
    const SavedDatabaseChoice saved(AppCommandLine::machineDataDir());
    context.output().line(context.database()->explanation(saved.filePath()));
    return {};
}

} // namespace sia
