// The command line of the one `sia-admin` binary: decides whether this run is the GUI, a tour, help, or a
// command, reads the global options, and hands the words after the command's name to that command's own
// parser. Parsing happens before any application object exists, because the answer decides which one
// (QApplication or QCoreApplication) to create.
//
//   sia-admin [global options] [COMMAND [its arguments and options]]
//
// Global options (--data-dir, --demo, --sandbox, --sandbox-option, --review, --tour) may come before or
// after the command; a command's options only after its name. To add a global option: one member of
// GlobalOptions in appcommandline.cpp, one field here.
#pragma once

#include "cli/clicommand.h"
#include "common/result.h"
#include "store/databasechoice.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace sia {

enum class AppMode
{
    Gui,
    Tour,
    Command,
    Help,
    Version
};

struct AppInvocation
{
    AppMode mode = AppMode::Gui;
    std::shared_ptr<CliCommand> command; // for AppMode::Command: configured, ready to start
    QString helpTopic; // for AppMode::Help: empty (all), a command's name, or sandboxHelpTopic
    QString dataDirOption; // --data-dir as given (resolved later, once the application's name is set)
    bool demo = false; // --demo: a separate demo data directory, so that a real instance is never touched
    bool sandbox = false; // --sandbox: the in-process sandbox stands in for Marketo and Salesforce, on its
                          // own data directory
    // --sandbox-option NAME[=VALUE], each turned into the sandbox's own "--NAME[=VALUE]", in order; parsed
    // by sandbox::SandboxCommandLine in app/ (core never links the sandbox).
    QStringList sandboxArguments;
    QString reviewFile; // --review FILE: open that database read-only (or a postgresql:// URL)
    QString databaseOption; // --database URL as given
    // The database this run works on and why (DatabaseChoice::choose). A URL given on the command line or
    // in the environment is checked by parse(); a saved choice that cannot be used is kept here as the
    // error, so that only what needs the database fails on it (and `database forget` can still remove it).
    Result<DatabaseChoice> database = DatabaseChoice();
    QString tourDir; // --tour DIR
};

class AppCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(sia::AppCommandLine)

public:
    static inline const QString sandboxHelpTopic = QStringLiteral("sandbox");

    static Result<AppInvocation> parse(const QStringList& arguments);
    // What to print after parse(arguments) failed: the command's own help when the mistake is within a
    // command, else the short usage of sia-admin.
    static QString usageText(const QStringList& arguments);
    static QString helpText(); // sia-admin --help
    static QString commandHelpText(const CliCommand& command); // sia-admin help COMMAND, COMMAND --help
    static QString versionText();

    // The data directory this invocation works on: --data-dir, else SIA_DATA_DIR, else the platform's
    // app-data folder (its "demo" subfolder with --demo, its "sandbox" subfolder with --sandbox).
    static QString dataDir(const AppInvocation& invocation);
    // The PostgreSQL database this invocation works on; empty for the SQLite file (or when the saved
    // choice cannot be used: invocation.database holds why).
    static QString databaseUrl(const AppInvocation& invocation);
    // The database file: the reviewed file in review mode, else the data directory's.
    static QString databaseFile(const AppInvocation& invocation);
    // This machine's data directory, where the saved choice of database lives: SIA_DATA_DIR, else the
    // platform's app-data folder (never --data-dir, --demo or --sandbox, which mean their own file).
    static QString machineDataDir();
};

} // namespace sia
