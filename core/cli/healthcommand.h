// `sia-admin health [--json]`: the sync health (SyncHealth) of the people sync, the task sync and the
// logging of sales activities: their last runs, the errors of those runs grouped by kind with the records
// each affects and what to do, and today's API budget. `health errors GROUP [--filter TEXT] [--csv FILE]`
// lists a group's records (or writes them as CSV); `health retry GROUP [--yes]` marks a group's failed
// records for the next run, where that sync honours it.
#pragma once

#include "cli/clicommand.h"
#include "sync/synchealth.h"

#include <QCoreApplication>

namespace sia {

class CliOutput;
struct SyncBudgetCaps;

class HealthCommand final : public SynchronousCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::HealthCommand)

public:
    QString name() const override { return QStringLiteral("health"); }
    QString argumentsSynopsis() const override { return QStringLiteral("[errors GROUP|retry GROUP]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override
    {
        return m_action == Action::Retry ? StoreAccess::Write : StoreAccess::Read;
    }
    Result<void> configure(const QCommandLineParser& parser) override;

protected:
    Result<void> run(CliContext& context) override;

private:
    enum class Action
    {
        Show,
        Errors,
        Retry
    };

    Result<void> show(CliContext& context) const;
    Result<void> errors(CliContext& context) const;
    Result<void> retry(CliContext& context) const;
    void printArea(const SyncAreaHealth& area, CliOutput& output) const;

    Action m_action = Action::Show;
    SyncErrorGroupKey m_group;
    QString m_filter;
    QString m_csv;
    QString m_actor;
    int m_limit = 1000;
    bool m_json = false;
    bool m_yes = false;
};

} // namespace sia
