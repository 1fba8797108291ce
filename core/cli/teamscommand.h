// `sia-admin teams list [--json] | create NAME | rename NAME NEW | delete NAME`: the teams of step 5, over
// UsersService. Everyone exists from the start and every member is in it; it cannot be renamed or deleted
// (UserDirectory says so). Every change is audited with who made it (--by).
#pragma once

#include "cli/clicommand.h"
#include "cli/userscli.h"

#include <QCoreApplication>

namespace sia {

class TeamsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::TeamsCommand)

public:
    QString name() const override { return QStringLiteral("teams"); }
    QString argumentsSynopsis() const override { return QStringLiteral("list|create|rename|delete"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override
    {
        return m_action == Action::List ? StoreAccess::Read : StoreAccess::Write;
    }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    enum class Action
    {
        List,
        Create,
        Rename,
        Delete
    };

    void list(CliContext& context);
    void changed(CliContext& context, const QString& sentence, const QJsonObject& json);

    Action m_action = Action::List;
    QString m_name;
    QString m_newName;
    QString m_actor;
    bool m_json = false;
    UsersCliServices m_services;
};

} // namespace sia
