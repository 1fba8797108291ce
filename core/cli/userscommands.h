// `sia-admin users …`: the users of the Actions instance and their invitations (SPEC steps 1 and 5), one
// small class per action behind the one command name, each over UsersService (the rules are in
// UserDirectory):
//   users list [--json] [--status S] [--role R] [--team T] [--search TEXT] [--failed]
//   users invite EMAIL [--name N | --first-name F --last-name L] [--role admin|user] [--team T]…
//   users import FILE [--mapping FILE] [--save-mapping FILE] [--encoding E] [--delimiter C] [--dry-run]
//                [--json] [--report FILE]                                       (usersimportaction.h)
//   users remove|resend|revoke EMAIL, users set-role EMAIL ROLE, users set-teams EMAIL TEAM…
//   users retry                        the failed invitations' emails again
// Whatever queues an invitation (invite, import, resend, retry) delivers it before the command ends, SMTP
// or the outbox, and prints what became of each email; one that did not go makes the exit code 3.
#pragma once

#include "cli/clicommand.h"
#include "cli/userscli.h"

#include <QCoreApplication>

#include <memory>

namespace sia {

class UsersCommand;

// What one `users` action does; UsersCommand picks one from the first argument.
class UsersAction
{
public:
    explicit UsersAction(UsersCommand& command)
        : m_command(command)
    { }
    virtual ~UsersAction() = default;
    virtual StoreAccess storeAccess() const { return StoreAccess::Write; }
    // words: the positional arguments after the action's name.
    virtual Result<void> configure(const QCommandLineParser& parser, const QStringList& words) = 0;
    virtual void start(CliContext& context) = 0;

protected:
    UsersCommand& m_command;
};

class UsersCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::UsersCommand)

public:
    UsersCommand();
    ~UsersCommand() override;

    QString name() const override { return QStringLiteral("users"); }
    QString argumentsSynopsis() const override
    {
        return QStringLiteral("list|invite|import|remove|resend|revoke|set-role|set-teams|retry");
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override;
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

    const QString& actor() const { return m_actor; }
    bool json() const { return m_json; }
    UsersCliServices& services() { return m_services; }
    UsersService& users(CliContext& context) { return m_services.users(context, m_actor); }

    // Delivers what is queued (the outbox or SMTP as the mail settings say), prints each email's fate,
    // and calls then with the round; JSON goes into the caller's document, text is printed here.
    void deliver(CliContext& context, std::function<void(const DeliveryOutcome&)> then);

    static Error usage(const QString& message);

private:
    QString m_actor;
    bool m_json = false;
    UsersCliServices m_services;
    DeliveryRound m_round;
    std::unique_ptr<UsersAction> m_action; // last: it may use the services until it is gone
};

} // namespace sia
