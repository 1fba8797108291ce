// `sia-admin database set-password --database URL`: stores the PostgreSQL server's password in the OS
// keychain, read from standard input (without echo on a terminal), so that it never appears in the URL,
// the shell history or a setting. Runs without opening the database.
#pragma once

#include "cli/clicommand.h"
#include "store/databaselocation.h"

#include <QCoreApplication>

namespace sia {

class DatabaseCommand final : public SynchronousCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::DatabaseCommand)

public:
    QString name() const override { return QStringLiteral("database"); }
    QString argumentsSynopsis() const override { return QStringLiteral("set-password"); }
    QString summary() const override;
    StoreAccess storeAccess() const override { return StoreAccess::None; }
    Result<void> configure(const QCommandLineParser& parser) override;

    // The password stored for server (empty when none is), waiting for the keychain's answer in an event
    // loop of its own: the runner asks before it opens the store.
    static Result<QString> storedPassword(const DatabaseLocation& server);

protected:
    Result<void> run(CliContext& context) override;
};

} // namespace sia
