// `sia-admin tasks …`: the Actions tasks and their sync with Salesforce from the command line (SPEC
// section 6, issue 12), one command name with its actions:
//   tasks sync [--json-progress]                  a task sync run now (TaskSyncEngine, no schedule)
//   tasks status [--json]                          the sync's status line and figures
//   tasks list --today|--tomorrow [--user EMAIL] [--json]   the tasks due that day in the user's zone
//   tasks add SUBJECT [--due DATE] [--priority P] [--user EMAIL] [--description T]
//   tasks edit ID [--subject T] [--due DATE|none] [--priority P] [--user EMAIL] [--description T]
//   tasks complete ID | tasks reopen ID | tasks delete ID [--yes]
// status and list read the store only (also under --review); sync talks to Salesforce.
#pragma once

#include "cli/marketocommands.h"
#include "tasks/taskrepository.h"

#include <QCoreApplication>

#include <memory>

namespace sia {

class CliTaskSyncRun;

class TasksCommand final : public ConnectionCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(sia::TasksCommand)

public:
    TasksCommand();
    ~TasksCommand() override;

    QString name() const override { return QStringLiteral("tasks"); }
    QString argumentsSynopsis() const override
    {
        return QStringLiteral("sync|status|list|add SUBJECT|edit ID|complete ID|reopen ID|delete ID");
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override;
    bool usesServices() const override { return m_action == Action::Sync; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    enum class Action
    {
        Sync,
        Status,
        List,
        Add,
        Edit,
        Complete,
        Reopen,
        Delete
    };

    Result<void> configureChange(const QCommandLineParser& parser);
    Result<void> run(CliContext& context);
    Result<void> status(CliContext& context) const;
    Result<void> list(CliContext& context) const;
    Result<void> change(CliContext& context) const;
    Result<void> remove(CliContext& context) const;
    Result<qint64> userId(CliContext& context) const; // --user's, else 0
    void printTask(CliContext& context, const QString& what, const ActionsTask& task) const;

    Action m_action = Action::Status;
    bool m_json = false;
    bool m_jsonProgress = false;
    bool m_yes = false;
    bool m_tomorrow = false;
    QString m_user;
    qint64 m_id = 0;
    QString m_subject;
    TaskEdit m_edit;
    std::unique_ptr<CliTaskSyncRun> m_sync;
};

} // namespace sia
