// `sia-admin settings`: the Salesforce sync settings (SPEC 6) from the command line. `show [--user EMAIL]`
// lists each value with where it comes from; `set KEY VALUE [--user EMAIL]` and `unset KEY --user EMAIL`
// (back to the instance's value) print the summary of what changed; `export FILE` writes every stored
// setting (no secret: none is a setting) and `import FILE` shows what it would change and asks, or goes
// ahead with --yes. Every change goes through SettingsChange: checked first, applied in one transaction
// with the audit log. A change that saves tasks.sync and leaves it on then runs the task sync with its
// progress, as the dialog does (SPEC 6, rule 2), unless --no-sync or Salesforce is not connected yet; with
// --json the summary is one JSON object on the first line and the run's progress follows one object a
// line, as `tasks sync --json-progress` prints it.
#pragma once

#include "cli/marketocommands.h"
#include "settings/settingdefinition.h"

#include <QCoreApplication>

#include <memory>

namespace sia {

class CliTaskSyncRun;
class SettingsChange;
struct AppliedSettings;
struct SettingChangeLine;

class SettingsCommand final : public ConnectionCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(sia::SettingsCommand)

public:
    SettingsCommand();
    ~SettingsCommand() override;

    QString name() const override { return QStringLiteral("settings"); }
    QString argumentsSynopsis() const override
    {
        return QStringLiteral("show|set KEY VALUE|unset KEY|export FILE|import FILE");
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override
    {
        return m_action == Action::Show || m_action == Action::Export ? StoreAccess::Read
                                                                      : StoreAccess::Write;
    }
    // Only a change that may save tasks.sync can run the task sync (and so needs the sandbox's services).
    bool usesServices() const override;
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    enum class Action
    {
        Show,
        Set,
        Unset,
        Export,
        Import
    };

    // Why a saved change does not run the task sync after all.
    enum class TaskSyncRun
    {
        NotNeeded, // tasks.sync was not saved, or it is off
        Starts,
        SalesforceNotConnected,
        NotAsked // --no-sync
    };

    Result<void> run(CliContext& context);
    Result<qint64> userId(CliContext& context) const; // 0 without --user
    Result<void> show(CliContext& context) const;
    Result<void> change(CliContext& context);
    Result<void> exportTo(CliContext& context) const;
    Result<void> importFrom(CliContext& context);
    Result<TaskSyncRun> taskSyncRun(CliContext& context, const AppliedSettings& applied) const;
    void printApplied(CliContext& context, const AppliedSettings& applied);

    Action m_action = Action::Show;
    SettingKey m_key {};
    QString m_value;
    QString m_file;
    QString m_user;
    bool m_json = false;
    bool m_yes = false;
    bool m_noSync = false;
    TaskSyncRun m_taskSyncRun = TaskSyncRun::NotNeeded;
    std::unique_ptr<CliTaskSyncRun> m_taskSync;
};

} // namespace sia
