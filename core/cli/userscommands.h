// `sia-admin users remove EMAIL`: removes an admin from the Actions instance (step 1's Remove). Refused for
// the original user once a people sync has started, with the reason (UserRemovalRule); the user's row
// stays, marked removed, and the removal is audited.
#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

namespace sia {

class UsersCommand final : public SynchronousCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::UsersCommand)

public:
    QString name() const override { return QStringLiteral("users"); }
    QString argumentsSynopsis() const override { return QStringLiteral("remove EMAIL"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    Result<void> configure(const QCommandLineParser& parser) override;

protected:
    Result<void> run(CliContext& context) override;

private:
    QString m_email;
    QString m_actor;
    bool m_json = false;
};

} // namespace sia
