// One command of the command line (`sia-admin status`, `sia-admin step …`): what it is called, how it
// explains itself, and how it runs over an open store. Each command is one small class.
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace sia {

struct AppInvocation;
class CliOutput;
class Store;

struct CliInvocation
{
    QString command;
    QStringList arguments; // after the command word
    bool json = false;
    QString reason;
    QString actor;
    QString note;
    int limit = 0;
    QString databaseUrl; // --database or SIA_DATABASE_URL: a PostgreSQL server (checked, no password)
};

class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // "step N start|done|block|skip|reopen [--reason TEXT] [--by NAME]"
    virtual QString description() const = 0;
    virtual bool changesData() const = 0; // refused up front in review mode

    // Checks the arguments before anything is opened, so that a usage error never touches the database.
    virtual Result<void> validate(const CliInvocation& invocation) const = 0;
    virtual Result<void> run(Store& store, const CliInvocation& invocation, CliOutput& output) const = 0;

    // A command about the database itself (storing its password) runs before, and without, opening it.
    virtual bool opensStore() const { return true; }
    virtual Result<void> runWithoutStore(const CliInvocation& invocation, CliOutput& output) const
    {
        Q_UNUSED(invocation)
        Q_UNUSED(output)
        return Error::internal(
            QStringLiteral("cli.needs-store"), QStringLiteral("This command needs the database."));
    }
};

} // namespace sia
