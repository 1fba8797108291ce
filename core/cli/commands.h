// The commands of `sia-admin`. Each is a thin layer over one core API: the rules are in core.
#pragma once

#include "cli/clicommand.h"

#include <memory>
#include <vector>

namespace sia {

class StatusCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("status"); }
    QString synopsis() const override;
    QString description() const override;
    bool changesData() const override { return false; }
    Result<void> validate(const CliInvocation& invocation) const override;
    Result<void> run(Store& store, const CliInvocation& invocation, CliOutput& output) const override;
};

class StepCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("step"); }
    QString synopsis() const override;
    QString description() const override;
    bool changesData() const override { return true; }
    Result<void> validate(const CliInvocation& invocation) const override;
    Result<void> run(Store& store, const CliInvocation& invocation, CliOutput& output) const override;
};

class PrerequisiteCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("prerequisite"); }
    QString synopsis() const override;
    QString description() const override;
    bool changesData() const override { return true; }
    Result<void> validate(const CliInvocation& invocation) const override;
    Result<void> run(Store& store, const CliInvocation& invocation, CliOutput& output) const override;
};

class AuditCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString synopsis() const override;
    QString description() const override;
    bool changesData() const override { return false; }
    Result<void> validate(const CliInvocation& invocation) const override;
    Result<void> run(Store& store, const CliInvocation& invocation, CliOutput& output) const override;
};

const std::vector<std::unique_ptr<CliCommand>>& allCommands();
const CliCommand* findCommand(const QString& name);

} // namespace sia
