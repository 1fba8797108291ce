// `sia-admin database …`: which database this machine uses, and the password of a shared one.
//
//   database set-password   stores the PostgreSQL server's password in the OS keychain, read from standard
//                           input (without echo on a terminal), so that it never appears in the URL, the
//                           shell history or a file
//   database use URL        saves URL as this machine's choice (SavedDatabaseChoice, in the data directory)
//   database forget         removes the saved choice: back to the data directory's file
//   database show           which database a run with these options uses, and why
//
// None of them opens the database.
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
    QString argumentsSynopsis() const override { return QStringLiteral("set-password|use URL|forget|show"); }
    QString summary() const override;
    StoreAccess storeAccess() const override { return StoreAccess::None; }
    Result<void> configure(const QCommandLineParser& parser) override;
    Result<void> checkDatabase(const Result<DatabaseChoice>& database) const override;

protected:
    Result<void> run(CliContext& context) override;

private:
    enum class Action
    {
        SetPassword,
        Use,
        Forget,
        Show
    };

    Result<void> setPassword(CliContext& context) const;
    Result<void> use(CliContext& context) const;
    Result<void> forget(CliContext& context) const;
    Result<void> show(CliContext& context) const;

    Action m_action = Action::Show;
    QString m_url; // use
};

} // namespace sia
