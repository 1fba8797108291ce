// `sia-admin settings`: the Salesforce sync settings (SPEC 6) from the command line. `show [--user EMAIL]`
// lists each value with where it comes from; `set KEY VALUE [--user EMAIL]` and `unset KEY --user EMAIL`
// (back to the instance's value) print the summary of what changed; `export FILE` writes every stored
// setting (no secret: none is a setting) and `import FILE` shows what it would change and asks, or goes
// ahead with --yes. Every change goes through SettingsChange: checked first, applied in one transaction
// with the audit log.
#pragma once

#include "cli/clicommand.h"
#include "settings/settingdefinition.h"

#include <QCoreApplication>

namespace sia {

class SettingsChange;
struct SettingChangeLine;

class SettingsCommand final : public SynchronousCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::SettingsCommand)

public:
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
    Result<void> configure(const QCommandLineParser& parser) override;

protected:
    Result<void> run(CliContext& context) override;

private:
    enum class Action
    {
        Show,
        Set,
        Unset,
        Export,
        Import
    };

    Result<qint64> userId(CliContext& context) const; // 0 without --user
    Result<void> show(CliContext& context) const;
    Result<void> change(CliContext& context) const;
    Result<void> exportTo(CliContext& context) const;
    Result<void> importFrom(CliContext& context) const;
    void printApplied(
        CliContext& context, const QList<SettingChangeLine>& lines, bool taskSyncTurnedOn) const;

    Action m_action = Action::Show;
    SettingKey m_key {};
    QString m_value;
    QString m_file;
    QString m_user;
    QString m_actor;
    bool m_json = false;
    bool m_yes = false;
};

} // namespace sia
