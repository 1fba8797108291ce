#include "cli/appcommandline.h"

#include "cli/clihelp.h"
#include "cli/commands.h"
#include "common/environment.h"
#include "store/databaselocation.h"
#include "store/datalocation.h"
#include "store/saveddatabasechoice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace sia {

namespace {

Error usage(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

// The options of sia-admin itself, whatever the command.
struct GlobalOptions
{
    QCommandLineOption dataDir { QStringLiteral("data-dir"),
        AppCommandLine::tr("Use the instance data in DIR (default: SIA_DATA_DIR, else the app-data folder)."),
        QStringLiteral("DIR") };
    QCommandLineOption demo { QStringLiteral("demo"),
        AppCommandLine::tr("Use a separate demo data directory, leaving your instance untouched.") };
    QCommandLineOption sandbox { QStringLiteral("sandbox"),
        AppCommandLine::tr("Work against the built-in sandbox, which emulates Marketo Engage and Salesforce, "
                           "on a data directory of its own.") };
    QCommandLineOption sandboxOption { QStringLiteral("sandbox-option"),
        AppCommandLine::tr("Set one option of the sandbox (with --sandbox): NAME is a flag of sia-sandbox "
                           "without its dashes, e.g. people=1000, tls or faults=marketo.leads=606@3. "
                           "Repeat it for more; sia-admin help sandbox lists them."),
        QStringLiteral("NAME[=VALUE]") };
    QCommandLineOption database { QStringLiteral("database"),
        AppCommandLine::tr("Use the PostgreSQL database at URL (postgresql://USER@HOST:PORT/DATABASE, or "
                           "?host=/socket/dir) instead of the data directory's file; default: "
                           "SIA_DATABASE_URL, else the machine's saved choice (see: database use). Its "
                           "password is read from the keychain (see: database set-password)."),
        QStringLiteral("URL") };
    QCommandLineOption review { QStringLiteral("review"),
        AppCommandLine::tr("Open the database FILE (or a postgresql:// URL) read-only for review; it is not "
                           "changed."),
        QStringLiteral("FILE") };
    QCommandLineOption tour { QStringLiteral("tour"),
        AppCommandLine::tr("Render every page to PNG files in DIR and exit."), QStringLiteral("DIR") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") },
        AppCommandLine::tr("Show this help; sia-admin help COMMAND shows one command's.") };
    QCommandLineOption version { { QStringLiteral("v"), QStringLiteral("version") },
        AppCommandLine::tr("Show the version.") };

    // The options that choose what the run works on: accepted before and after the command's name.
    QList<QCommandLineOption> placeless() const
    {
        return { dataDir, demo, sandbox, sandboxOption, database, review, tour };
    }
    QList<QCommandLineOption> all() const { return placeless() + QList { help, version }; }

    // Takes what parser saw; a value given after the command overrides one given before it.
    void read(const QCommandLineParser& parser, AppInvocation& invocation) const
    {
        if (parser.isSet(dataDir)) {
            invocation.dataDirOption = parser.value(dataDir);
        }
        invocation.demo = invocation.demo || parser.isSet(demo);
        invocation.sandbox = invocation.sandbox || parser.isSet(sandbox);
        for (QString value : parser.values(sandboxOption)) {
            while (value.startsWith(QLatin1Char('-'))) {
                value.remove(0, 1);
            }
            invocation.sandboxArguments << QStringLiteral("--") + value;
        }
        if (parser.isSet(database)) {
            invocation.databaseOption = parser.value(database);
        }
        if (parser.isSet(review)) {
            invocation.reviewFile = parser.value(review);
        }
        if (parser.isSet(tour)) {
            invocation.tourDir = parser.value(tour);
        }
    }
};

QCommandLineOption commandHelpOption()
{
    return { { QStringLiteral("h"), QStringLiteral("help") },
        AppCommandLine::tr("Show this command's help.") };
}

void prepare(QCommandLineParser& parser, const QList<QCommandLineOption>& options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
}

// The words from the command's name on; everything before it is sia-admin's. Fails as parse() does.
Result<QStringList> commandWords(QCommandLineParser& parser, const QStringList& arguments)
{
    const GlobalOptions global;
    prepare(parser, global.all());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (parser.parse(arguments)) {
        return parser.positionalArguments();
    }
    // An option of a command given before the command's name (or without one) says where it belongs.
    for (const QString& unknown : parser.unknownOptionNames()) {
        for (const auto& command : createCliCommands()) {
            for (const QCommandLineOption& option : command->options()) {
                if (option.names().contains(unknown) && !command->isHidden()) {
                    return usage(
                        AppCommandLine::tr("“--%1” is not an option of sia-admin itself: the options of "
                                           "a command go with a command, after its name, for "
                                           "example: sia-admin %2 --%1")
                            .arg(unknown, command->name()));
                }
            }
        }
    }
    return usage(parser.errorText());
}

// Where an option that `command` does not take belongs, for the message.
QString ownerOf(const QString& option, const CliCommand& command)
{
    QStringList owners;
    for (const auto& other : createCliCommands()) {
        if (other->isHidden() || other->name() == command.name()) {
            continue;
        }
        for (const QCommandLineOption& candidate : other->options()) {
            if (candidate.names().contains(option)) {
                owners << other->name();
            }
        }
    }
    return owners.join(QStringLiteral(", "));
}

Result<void> checkCombinations(const AppInvocation& invocation, bool reviewGiven, bool hasCommand)
{
    if (int(invocation.demo) + int(invocation.sandbox) + int(!invocation.dataDirOption.isEmpty()) > 1) {
        return usage(AppCommandLine::tr(
            "--demo, --sandbox and --data-dir cannot be combined: each chooses the data directory."));
    }
    if (invocation.sandbox && reviewGiven) {
        return usage(
            AppCommandLine::tr("--review opens a file read-only and cannot be combined with --sandbox."));
    }
    if (reviewGiven && invocation.reviewFile.isEmpty()) {
        return usage(AppCommandLine::tr("--review needs the database file to open."));
    }
    if (!invocation.sandboxArguments.isEmpty() && !invocation.sandbox) {
        return usage(AppCommandLine::tr(
            "--sandbox-option sets an option of the sandbox and goes with --sandbox, for example: "
            "sia-admin --sandbox --sandbox-option people=1000"));
    }
    if (invocation.sandboxArguments.contains(QStringLiteral("--"))) {
        return usage(
            AppCommandLine::tr("--sandbox-option needs the name of one of the sandbox's options, for "
                               "example: --sandbox-option people=1000"));
    }
    if (hasCommand && !invocation.tourDir.isEmpty()) {
        return usage(AppCommandLine::tr("--tour renders the window and cannot be combined with a command."));
    }
    return {};
}

// Which database the run works on (DatabaseChoice::choose decides). A malformed URL (or one with a
// password) on the command line or in the environment is a usage error before anything is opened; a saved
// choice that cannot be used stays in invocation.database, for what needs the database to report.
Result<void> resolveDatabase(AppInvocation& invocation)
{
    DatabaseRequest request;
    request.databaseOption = invocation.databaseOption;
    request.reviewTarget = invocation.reviewFile;
    request.dataDirectoryOption = invocation.demo ? QStringLiteral("--demo")
        : invocation.sandbox                      ? QStringLiteral("--sandbox")
        : !invocation.dataDirOption.isEmpty()     ? QStringLiteral("--data-dir")
                                                  : QString();
    request.environmentUrl = Environment::databaseUrl();
    request.savedUrl = SavedDatabaseChoice(AppCommandLine::machineDataDir()).read();
    request.file = AppCommandLine::databaseFile(invocation);
    invocation.database = DatabaseChoice::choose(request);
    if (!invocation.database) {
        if (invocation.database.error().kind == ErrorKind::InvalidInput) {
            return invocation.database.error();
        }
        return {};
    }
    if (invocation.database->source == DatabaseSource::Review && invocation.database->isServer()) {
        invocation.reviewFile = invocation.database->url;
    }
    return {};
}

Result<AppInvocation> helpInvocation(const QStringList& words)
{
    AppInvocation invocation;
    invocation.mode = AppMode::Help;
    if (words.size() > 2) {
        return usage(
            AppCommandLine::tr("“help” takes one command at most, for example: sia-admin help step"));
    }
    invocation.helpTopic = words.value(1);
    const std::unique_ptr<CliCommand> command = createCliCommand(invocation.helpTopic);
    if (!invocation.helpTopic.isEmpty() && invocation.helpTopic != AppCommandLine::sandboxHelpTopic
        && !command) {
        return usage(
            AppCommandLine::tr("“%1” is not a command of sia-admin. Run sia-admin --help for the list.")
                .arg(invocation.helpTopic));
    }
    return invocation;
}

} // namespace

Result<AppInvocation> AppCommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    Result<QStringList> words = commandWords(parser, arguments);
    if (!words) {
        return words.error();
    }
    const GlobalOptions global;
    AppInvocation invocation;
    if (parser.isSet(global.help)) {
        invocation.mode = AppMode::Help;
        return invocation;
    }
    if (parser.isSet(global.version)) {
        invocation.mode = AppMode::Version;
        return invocation;
    }
    global.read(parser, invocation);
    if (words->isEmpty()) {
        if (Result<void> valid = checkCombinations(invocation, parser.isSet(global.review), false); !valid) {
            return valid.error();
        }
        if (Result<void> database = resolveDatabase(invocation); !database) {
            return database.error();
        }
        invocation.mode = invocation.tourDir.isEmpty() ? AppMode::Gui : AppMode::Tour;
        return invocation;
    }
    if (words->first() == QLatin1String("help")) {
        return helpInvocation(*words);
    }
    std::shared_ptr<CliCommand> command = createCliCommand(words->first());
    if (!command) {
        return usage(
            tr("“%1” is not a command of sia-admin. Run sia-admin --help for the list.").arg(words->first()));
    }

    QCommandLineParser commandParser;
    prepare(commandParser, command->options() + global.placeless() + QList { commandHelpOption() });
    if (!commandParser.parse(QStringList { QStringLiteral("sia-admin") } + words->mid(1))) {
        const QStringList unknown = commandParser.unknownOptionNames();
        const QString owners = unknown.isEmpty() ? QString() : ownerOf(unknown.first(), *command);
        if (!owners.isEmpty()) {
            //: %1 is an option, %2 the command given, %3 the commands that take the option
            return usage(tr("“--%1” is not an option of %2 (it belongs to %3). The options of %2 are below.")
                             .arg(unknown.first(), command->name(), owners));
        }
        return usage(commandParser.errorText());
    }
    if (commandParser.isSet(QStringLiteral("help"))) {
        invocation = {};
        invocation.mode = AppMode::Help;
        invocation.helpTopic = command->name();
        return invocation;
    }
    global.read(commandParser, invocation);
    if (Result<void> valid = checkCombinations(
            invocation, parser.isSet(global.review) || commandParser.isSet(global.review), true);
        !valid) {
        return valid.error();
    }
    if (Result<void> database = resolveDatabase(invocation); !database) {
        return database.error();
    }
    if (Result<void> configured = command->configure(commandParser); !configured) {
        return configured.error();
    }
    if (Result<void> enough = command->checkDatabase(invocation.database); !enough) {
        return enough.error();
    }
    invocation.mode = AppMode::Command;
    invocation.command = std::move(command);
    return invocation;
}

QString AppCommandLine::usageText(const QStringList& arguments)
{
    QCommandLineParser parser;
    const Result<QStringList> words = commandWords(parser, arguments);
    if (words && !words->isEmpty()) {
        if (const std::unique_ptr<CliCommand> command = createCliCommand(words->first())) {
            return commandHelpText(*command)
                + tr("Run sia-admin --help for every command and the exit codes.") + QLatin1Char('\n');
        }
    }
    QString text = tr("Usage:") + QLatin1Char('\n')
        + QStringLiteral("  sia-admin [--data-dir DIR | --demo | --sandbox [--sandbox-option NAME[=VALUE]]… "
                         "| --database URL] [--review FILE|URL]\n")
        + QStringLiteral("  sia-admin --tour DIR\n");
    for (const auto& command : createCliCommands()) {
        if (!command->isHidden()) {
            text += QStringLiteral("  sia-admin %1\n").arg(command->synopsis());
        }
    }
    text += QStringLiteral("  sia-admin help [COMMAND]\n");
    return text + tr("Run sia-admin --help for the options and the exit codes.") + QLatin1Char('\n');
}

QString AppCommandLine::helpText()
{
    const GlobalOptions global;
    QString text = tr("SIA Admin sets up, keeps healthy and reviews a Sales Insight Actions instance.")
        + QStringLiteral("\n\n") + tr("Usage:") + QLatin1Char('\n');
    text += QStringLiteral("  sia-admin [GLOBAL OPTIONS]\n      ") + tr("Open the window.")
        + QLatin1Char('\n');
    text += QStringLiteral("  sia-admin [GLOBAL OPTIONS] COMMAND [ARGUMENTS] [OPTIONS]\n      ")
        + tr("Run a command without a window; its options follow its name (sia-admin help COMMAND).")
        + QLatin1Char('\n');
    text += QStringLiteral("  sia-admin --tour DIR\n      ") + tr("Render every page to PNG files and exit.")
        + QStringLiteral("\n\n");
    text += tr("Global options (before or after the command):") + QLatin1Char('\n')
        + CliHelp::formatOptions(global.all());
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const auto& command : createCliCommands()) {
        if (!command->isHidden()) {
            text += QStringLiteral("  %1\n").arg(command->synopsis()) + CliHelp::wrap(command->summary(), 6);
        }
    }
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    text += tr(
        "  0    done\n"
        "  1    refused by a rule of the setup plan (the message says which)\n"
        "  2    usage error: unknown command, step, action or option\n"
        "  3    environment error: the database is locked, damaged, read-only or from a newer version,\n"
        "       its server refuses the login, the keychain is missing, or a server cannot be reached\n"
        "  4    internal error of SIA Admin (please report it)\n"
        "  130  interrupted with Ctrl-C: the command stopped cleanly, nothing is half-written\n"
        "  143  stopped by SIGTERM (or the console closing), as cleanly\n");
    return text;
}

QString AppCommandLine::commandHelpText(const CliCommand& command)
{
    QString text = tr("Usage:") + QLatin1Char(' ') + QStringLiteral("sia-admin %1\n").arg(command.synopsis());
    text += tr("(with any of sia-admin's global options, such as --data-dir DIR or --review FILE)")
        + QStringLiteral("\n\n");
    text += CliHelp::wrap(command.summary(), 0) + QLatin1Char('\n');
    text += tr("Options:") + QLatin1Char('\n')
        + CliHelp::formatOptions(command.options() + QList { commandHelpOption() });
    return text;
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
    return invocation.database ? invocation.database->url : QString();
}

QString AppCommandLine::machineDataDir()
{
    return DataLocation::resolve(QString());
}

QString AppCommandLine::databaseFile(const AppInvocation& invocation)
{
    if (!invocation.reviewFile.isEmpty() && !DatabaseLocation::isServerUrl(invocation.reviewFile)) {
        return QFileInfo(invocation.reviewFile).absoluteFilePath();
    }
    return DataLocation::databaseFile(dataDir(invocation));
}

} // namespace sia
