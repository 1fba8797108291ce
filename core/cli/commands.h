// The commands of `sia-admin`. Each is a thin layer over one core API (the rules are in core) and
// declares the options it takes. To add one: a class here (SynchronousCliCommand for a command that
// finishes in one call, CliCommand for one that waits), and one line in createCliCommands().
#pragma once

#include "cli/clicommand.h"
#include "setup/stepstatus.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace sia {

class CliOutput;
struct PlanSnapshot;
class Store;

// Options that several commands take, declared once so that they read the same everywhere.
class CommonCliOptions
{
    Q_DECLARE_TR_FUNCTIONS(sia::CommonCliOptions)

public:
    static QCommandLineOption json();
    static QCommandLineOption by();
    // --by's name, else defaultActor(); a usage error for an empty --by.
    static Result<QString> actor(const QCommandLineParser& parser);
    // A usage error unless the command was given no positional argument.
    static Result<void> noArguments(const QString& command, const QCommandLineParser& parser);
};

class StatusCommand final : public SynchronousCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Read; }
    Result<void> configure(const QCommandLineParser& parser) override;

protected:
    Result<void> run(CliContext& context) override;

private:
    void print(const Store& store, const PlanSnapshot& snapshot, CliOutput& output) const;

    bool m_json = false;
};

class StepCommand final : public SynchronousCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::StepCommand)

public:
    QString name() const override { return QStringLiteral("step"); }
    QString argumentsSynopsis() const override { return QStringLiteral("N start|done|block|skip|reopen"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    Result<void> configure(const QCommandLineParser& parser) override;

protected:
    Result<void> run(CliContext& context) override;

private:
    static QString nowSentence(int step, StepStatus status);

    int m_step = 0;
    StepAction m_action = StepAction::Start;
    QString m_reason;
    QString m_actor;
    bool m_json = false;
};

class PrerequisiteCommand final : public SynchronousCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::PrerequisiteCommand)

public:
    QString name() const override { return QStringLiteral("prerequisite"); }
    QString argumentsSynopsis() const override { return QStringLiteral("KEY confirm|withdraw"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    Result<void> configure(const QCommandLineParser& parser) override;

protected:
    Result<void> run(CliContext& context) override;

private:
    QString m_key;
    bool m_confirm = true;
    QString m_note;
    QString m_actor;
};

class AuditCommand final : public SynchronousCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Read; }
    Result<void> configure(const QCommandLineParser& parser) override;

protected:
    Result<void> run(CliContext& context) override;

private:
    bool m_json = false;
    int m_limit = 0;
};

// Fresh instances of every command, in the order the help lists them (test-only ones last, and only when
// Environment::testCommandsEnabled()).
std::vector<std::unique_ptr<CliCommand>> createCliCommands();
std::unique_ptr<CliCommand> createCliCommand(const QString& name); // nullptr: no such command

} // namespace sia
