// One command of the command line (`sia-admin status`, `sia-admin step …`): its name, its own options and
// arguments, how it explains itself, and how it runs. Each command is one small class; a fresh instance
// serves one run, so that it may keep what it parsed in members.
//
// A command runs inside an event loop: start() may finish at once or later (after a keychain or network
// reply) by calling context.finish(). When the admin presses Ctrl-C, the context emits cancelRequested();
// the command stops what it waits for and finishes, usually with CliContext::interruptedError().
#pragma once

#include "common/result.h"
#include "store/databasechoice.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace sia {

class CliContext;

// What a command needs of the Actions database; the runner opens it before start().
enum class StoreAccess
{
    None, // the database is not opened
    Read, // opened; also allowed under --review
    Write, // opened for writing; refused under --review
};

class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // The arguments after the name, without the options: "N start|done|block|skip|reopen". Empty: none.
    virtual QString argumentsSynopsis() const { return {}; }
    virtual QString summary() const = 0; // one or two sentences, for `sia-admin --help`
    virtual QList<QCommandLineOption> options() const { return {}; } // the options only this command takes
    virtual StoreAccess storeAccess() const = 0;
    // Talks to Marketo or Salesforce: with --sandbox, the app starts the sandbox for it.
    virtual bool usesServices() const { return false; }
    virtual bool isHidden() const { return false; } // not listed in the help (test-only commands)

    // Reads the parsed options and positional arguments and keeps them. Runs before anything is opened,
    // so that a usage error never touches the database.
    virtual Result<void> configure(const QCommandLineParser& parser) = 0;
    // After configure(), with the database the run was given (before anything is opened): a command that
    // needs a particular kind of database refuses here. Most take any.
    virtual Result<void> checkDatabase(const Result<DatabaseChoice>& /*database*/) const { return {}; }
    // Runs the command; it ends, now or later, with exactly one context.finish().
    virtual void start(CliContext& context) = 0;

    // "step N start|done|block|skip|reopen [--reason TEXT] [--by NAME]", made from the above.
    QString synopsis() const;
};

// A command that does all its work in one call: start() runs it and finishes with its result.
class SynchronousCliCommand : public CliCommand
{
public:
    void start(CliContext& context) final;

protected:
    virtual Result<void> run(CliContext& context) = 0;
};

} // namespace sia
