// `sia-admin database set-password --database URL`: stores the PostgreSQL server's password in the OS
// keychain, read from standard input (without echo on a terminal), so that it never appears in the URL,
// the shell history or a setting. Runs without opening the database.
#pragma once

#include "cli/clicommand.h"
#include "store/databaselocation.h"

#include <QCoreApplication>

namespace sia {

class DatabaseCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::DatabaseCommand)

public:
    QString name() const override { return QStringLiteral("database"); }
    QString synopsis() const override;
    QString description() const override;
    bool changesData() const override { return false; }
    Result<void> validate(const CliInvocation& invocation) const override;
    Result<void> run(Store& store, const CliInvocation& invocation, CliOutput& output) const override;
    bool opensStore() const override { return false; }
    Result<void> runWithoutStore(const CliInvocation& invocation, CliOutput& output) const override;

    // The password stored for server (empty when none is), waiting for the keychain's answer. Until the
    // command line runs in an event loop of its own, the CLI waits here before it opens the store.
    static Result<QString> storedPassword(const DatabaseLocation& server);
};

} // namespace sia
