#include "cli/appcommandline.h"

#include "cli/commands.h"
#include "common/actor.h"
#include "store/databaselocation.h"
#include "store/datalocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sia {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sia::Cli", text);
}

struct Options
{
    QCommandLineOption dataDir { QStringLiteral("data-dir"),
        tr("Use the instance data in DIR (default: SIA_DATA_DIR, else the app-data folder)."),
        QStringLiteral("DIR") };
    QCommandLineOption demo { QStringLiteral("demo"),
        tr("Use a separate demo data directory, leaving your instance untouched.") };
    QCommandLineOption sandbox { QStringLiteral("sandbox"),
        tr("Work against the built-in sandbox, which emulates Marketo Engage and Salesforce, on a data "
           "directory of its own.") };
    QCommandLineOption database { QStringLiteral("database"),
        QCoreApplication::translate("sia::Cli",
            "Use the PostgreSQL database at URL (postgresql://USER@HOST:PORT/DATABASE, or ?host=/socket/dir) "
            "instead of the data directory's file; default: SIA_DATABASE_URL. Its password is read from the "
            "keychain (see: database set-password)."),
        QStringLiteral("URL") };
    QCommandLineOption review { QStringLiteral("review"),
        tr("Open the database FILE (or a postgresql:// URL) read-only for review; it is not changed."),
        QStringLiteral("FILE") };
    QCommandLineOption tour { QStringLiteral("tour"), tr("Render every page to PNG files in DIR and exit."),
        QStringLiteral("DIR") };
    QCommandLineOption json { QStringLiteral("json"), tr("Write the result as JSON.") };
    QCommandLineOption reason { QStringLiteral("reason"),
        tr("Why a step is blocked or skipped (or a note on another change)."), QStringLiteral("TEXT") };
    QCommandLineOption by { QStringLiteral("by"),
        tr("Who makes the change (default: SIA_ACTOR, else your user name)."), QStringLiteral("NAME") };
    QCommandLineOption note { QStringLiteral("note"), tr("A note on a prerequisite."),
        QStringLiteral("TEXT") };
    QCommandLineOption limit { QStringLiteral("limit"), tr("Show at most N audit entries."),
        QStringLiteral("N") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help.") };
    QCommandLineOption version { { QStringLiteral("v"), QStringLiteral("version") },
        tr("Show the version.") };

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions(
            { dataDir, demo, sandbox, database, review, tour, json, reason, by, note, limit, help, version });
    }
};

void configure(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        tr("SIA Admin sets up, keeps healthy and reviews a Sales Insight Actions instance."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
        tr("A command (see below); without one, the window opens."), QStringLiteral("[command [arguments]]"));
}

Error usage(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

// --database, else SIA_DATABASE_URL unless another option already chose the database; --review URL
// reviews a server's database. Checked here, so that a malformed URL (or one with a password) is a
// usage error before anything is opened.
Result<void> parseDatabaseUrl(
    const QCommandLineParser& parser, const Options& options, AppInvocation& invocation)
{
    const bool otherChoice = invocation.demo || invocation.sandbox || !invocation.dataDirOption.isEmpty()
        || parser.isSet(options.review);
    if (parser.isSet(options.database)
        && (invocation.demo || invocation.sandbox || parser.isSet(options.review))) {
        return usage(QCoreApplication::translate("sia::Cli",
            "--database cannot be combined with --demo, --sandbox or --review: each chooses the "
            "database. To review a PostgreSQL database, use --review URL."));
    }
    QString url = parser.value(options.database);
    if (!parser.isSet(options.database) && !otherChoice) {
        url = qEnvironmentVariable(DatabaseLocation::environmentVariable);
    }
    if (DatabaseLocation::isServerUrl(invocation.reviewFile)) {
        url = invocation.reviewFile;
    }
    if (url.isEmpty()) {
        return {};
    }
    Result<DatabaseLocation> location = DatabaseLocation::parse(url);
    if (!location) {
        return location.error();
    }
    invocation.databaseUrl = location->url();
    if (!invocation.reviewFile.isEmpty()) {
        invocation.reviewFile = location->url();
    }
    return {};
}

} // namespace

Result<AppInvocation> AppCommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    const Options options;
    configure(parser, options);
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    AppInvocation invocation;
    if (parser.isSet(options.help)) {
        invocation.mode = AppMode::Help;
        return invocation;
    }
    if (parser.isSet(options.version)) {
        invocation.mode = AppMode::Version;
        return invocation;
    }
    invocation.dataDirOption = parser.value(options.dataDir);
    invocation.demo = parser.isSet(options.demo);
    invocation.reviewFile = parser.value(options.review);
    invocation.tourDir = parser.value(options.tour);
    invocation.sandbox = parser.isSet(options.sandbox);
    if (int(invocation.demo) + int(invocation.sandbox) + int(!invocation.dataDirOption.isEmpty()) > 1) {
        return usage(
            tr("--demo, --sandbox and --data-dir cannot be combined: each chooses the data directory."));
    }
    if (invocation.sandbox && parser.isSet(options.review)) {
        return usage(tr("--review opens a file read-only and cannot be combined with --sandbox."));
    }
    if (parser.isSet(options.review) && invocation.reviewFile.isEmpty()) {
        return usage(tr("--review needs the database file to open."));
    }
    if (Result<void> database = parseDatabaseUrl(parser, options, invocation); !database) {
        return database.error();
    }

    const QStringList positional = parser.positionalArguments();
    const bool commandOnlyOption = parser.isSet(options.json) || parser.isSet(options.reason)
        || parser.isSet(options.by) || parser.isSet(options.note) || parser.isSet(options.limit);
    if (positional.isEmpty()) {
        if (commandOnlyOption) {
            return usage(tr("--json, --reason, --by, --note and --limit go with a command, for example: "
                            "sia-admin status --json"));
        }
        if (!invocation.databaseUrl.isEmpty()) {
            // Said, rather than silently opening the data directory's file instead of the shared database.
            return usage(QCoreApplication::translate("sia::Cli",
                "The window cannot open a PostgreSQL database yet, only the commands can (for example: "
                "sia-admin --database URL status). Leave out --database and --review URL, or unset "
                "SIA_DATABASE_URL, to open the window on the data directory."));
        }
        invocation.mode = invocation.tourDir.isEmpty() ? AppMode::Gui : AppMode::Tour;
        return invocation;
    }
    if (!invocation.tourDir.isEmpty()) {
        return usage(tr("--tour renders the window and cannot be combined with a command."));
    }
    const CliCommand* command = findCommand(positional.first());
    if (!command) {
        return usage(tr("“%1” is not a command of sia-admin. Run sia-admin --help for the list.")
                         .arg(positional.first()));
    }
    invocation.mode = AppMode::Command;
    CliInvocation& cli = invocation.command;
    cli.command = command->name();
    cli.arguments = positional.mid(1);
    cli.json = parser.isSet(options.json);
    cli.reason = parser.value(options.reason);
    cli.note = parser.value(options.note);
    cli.databaseUrl = invocation.databaseUrl;
    cli.actor = parser.isSet(options.by) ? parser.value(options.by).trimmed() : defaultActor();
    if (parser.isSet(options.by) && cli.actor.isEmpty()) {
        return usage(tr("--by needs a name."));
    }
    if (parser.isSet(options.limit)) {
        bool isNumber = false;
        cli.limit = parser.value(options.limit).toInt(&isNumber);
        if (!isNumber || cli.limit < 1) {
            return usage(tr("--limit needs a whole number of at least 1."));
        }
    }
    if (Result<void> valid = command->validate(cli); !valid) {
        return valid.error();
    }
    return invocation;
}

QString AppCommandLine::helpText()
{
    QCommandLineParser parser;
    const Options options;
    configure(parser, options);
    QString text = parser.helpText();
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const auto& command : allCommands()) {
        text += QStringLiteral("  %1\n      %2\n").arg(command->synopsis(), command->description());
    }
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    text += tr(
        "  0  done\n"
        "  1  refused by a rule of the setup plan (the message says which)\n"
        "  2  usage error: unknown command, step, action or option\n"
        "  3  environment error: the database is locked, damaged, read-only or from a newer version, its "
        "server cannot be reached or refuses the login, or the keychain is missing\n"
        "  4  internal error of SIA Admin (please report it)\n");
    return text;
}

QString AppCommandLine::usageText()
{
    QString text = tr("Usage:") + QLatin1Char('\n')
        + QStringLiteral(
            "  sia-admin [--data-dir DIR | --demo | --sandbox | --database URL] [--review FILE|URL]\n")
        + QStringLiteral("  sia-admin --tour DIR\n");
    for (const auto& command : allCommands()) {
        text += QStringLiteral("  sia-admin %1\n").arg(command->synopsis());
    }
    return text + tr("Run sia-admin --help for the options and the exit codes.") + QLatin1Char('\n');
}

QString AppCommandLine::versionText()
{
    return QStringLiteral("sia-admin %1\n").arg(QStringLiteral(SIA_VERSION));
}

QString AppCommandLine::dataDir(const AppInvocation& invocation)
{
    if (invocation.demo) {
        return QDir(DataLocation::platformDefault()).filePath(QStringLiteral("demo"));
    }
    if (invocation.sandbox) {
        return QDir(DataLocation::platformDefault()).filePath(QStringLiteral("sandbox"));
    }
    return DataLocation::resolve(invocation.dataDirOption);
}

QString AppCommandLine::databaseUrl(const AppInvocation& invocation)
{
    return invocation.databaseUrl;
}

QString AppCommandLine::databaseFile(const AppInvocation& invocation)
{
    if (!invocation.reviewFile.isEmpty()) {
        return QFileInfo(invocation.reviewFile).absoluteFilePath();
    }
    return DataLocation::databaseFile(dataDir(invocation));
}

} // namespace sia
