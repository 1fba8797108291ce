// Step 1 from the command line: `invite-admin EMAIL [EMAIL...]` records the invitation of one or more
// admins to the Actions instance (creating the instance first with --instance NAME when there is none);
// the first admin ever invited becomes the original user. A thin layer over InstanceRepository and
// AdminInvitationRepository.
#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace sia {

class InviteAdminCommand final : public SynchronousCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::InviteAdminCommand)

public:
    QString name() const override { return QStringLiteral("invite-admin"); }
    QString argumentsSynopsis() const override { return QStringLiteral("EMAIL [EMAIL...]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    Result<void> configure(const QCommandLineParser& parser) override;

protected:
    Result<void> run(CliContext& context) override;

private:
    QStringList m_emails;
    QString m_instanceName;
    QString m_actor;
    bool m_json = false;
};

} // namespace sia
