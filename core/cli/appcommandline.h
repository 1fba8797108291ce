// The command line of the one `sia-admin` binary: decides whether this run is the GUI, a tour, or a
// command, and collects the options. Parsing happens before any application object exists, because the
// answer decides which one (QApplication or QCoreApplication) to create.
#pragma once

#include "cli/clicommand.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

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
    CliInvocation command; // for AppMode::Command
    QString dataDirOption; // --data-dir as given (resolved later, once the application's name is set)
    bool demo = false; // --demo: a separate demo data directory, so that a real instance is never touched
    bool sandbox = false; // --sandbox: the in-process sandbox stands in for Marketo and Salesforce, on its
                          // own data directory
    QString reviewFile; // --review FILE: open that database read-only (or a postgresql:// URL)
    QString databaseUrl; // --database URL, else SIA_DATABASE_URL: the PostgreSQL database instead of the file
    QString tourDir; // --tour DIR
};

class AppCommandLine
{
public:
    static Result<AppInvocation> parse(const QStringList& arguments);
    static QString helpText();
    static QString usageText(); // the short form printed after a usage error
    static QString versionText();

    // The data directory this invocation works on: --data-dir, else SIA_DATA_DIR, else the platform's
    // app-data folder (its "demo" subfolder with --demo, its "sandbox" subfolder with --sandbox).
    static QString dataDir(const AppInvocation& invocation);
    // The database file: the reviewed file in review mode, else the data directory's.
    static QString databaseFile(const AppInvocation& invocation);
    // The PostgreSQL database this invocation works on (--database, SIA_DATABASE_URL, or --review URL);
    // empty for the SQLite file.
    static QString databaseUrl(const AppInvocation& invocation);
};

} // namespace sia
