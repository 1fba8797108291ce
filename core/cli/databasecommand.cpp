#include "cli/databasecommand.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "common/environment.h"
#include "secrets/databasecredentials.h"
#include "secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace sia {

namespace {

// Turns the terminal's echo off while the password is typed, and back on in any case.
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_WIN)
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_input, &m_saved) && SetConsoleMode(m_input, m_saved & ~ENABLE_ECHO_INPUT);
#elif defined(Q_OS_UNIX)
        if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#if defined(Q_OS_WIN)
        if (m_active) {
            SetConsoleMode(m_input, m_saved);
        }
#elif defined(Q_OS_UNIX)
        if (m_active) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        }
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

    bool isTerminal() const
    {
        return m_active;
    }

private:
    bool m_active = false;
#if defined(Q_OS_WIN)
    HANDLE m_input = nullptr;
    DWORD m_saved = 0;
#elif defined(Q_OS_UNIX)
    termios m_saved {};
#endif
};

// One line of standard input, without its line end; nothing when the input is closed.
std::optional<QString> readLine()
{
    std::string line;
    if (!std::getline(std::cin, line) && line.empty()) {
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return QString::fromStdString(line);
}

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
    return tr("Store the password of the PostgreSQL database given with --database URL in the keychain, "
              "read from standard input (not shown while typed). Every later command with --database URL "
              "uses it.");
}

Result<void> DatabaseCommand::configure(const QCommandLineParser& parser)
{
    if (parser.positionalArguments() != QStringList { QStringLiteral("set-password") }) {
        return Error::input(QStringLiteral("cli.usage"),
            tr("“database” needs the action set-password, for example: sia-admin database set-password "
               "--database postgresql://USER@HOST/DATABASE"));
    }
    // Said before anything is read from standard input (the URL itself is checked with the global options).
    if (!parser.isSet(QStringLiteral("database")) && Environment::databaseUrl().isEmpty()) {
        return Error::input(QStringLiteral("cli.usage"),
            tr("“database set-password” needs the database: give --database URL (or set SIA_DATABASE_URL)."));
    }
    return {};
}

Result<void> DatabaseCommand::run(CliContext& context)
{
    if (context.databaseUrl().isEmpty()) {
        return Error::input(QStringLiteral("cli.usage"),
            tr("“database set-password” needs the database: give --database URL (or set SIA_DATABASE_URL)."));
    }
    Result<DatabaseLocation> server = DatabaseLocation::parse(context.databaseUrl());
    if (!server) {
        return server.error();
    }
    std::optional<QString> password;
    {
        EchoOff echoOff;
        if (echoOff.isTerminal()) {
            std::fprintf(stderr, "%s", qPrintable(tr("Password for %1: ").arg(server->url())));
            std::fflush(stderr);
        }
        password = readLine();
        if (echoOff.isTerminal()) {
            std::fprintf(stderr, "\n");
        }
    }
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

Result<QString> DatabaseCommand::storedPassword(const DatabaseLocation& server)
{
    KeychainSecretStore keychain;
    DatabaseCredentials credentials(keychain);
    return waitFor<QString>([&](auto done) { credentials.readPassword(server, done); });
}

} // namespace sia
