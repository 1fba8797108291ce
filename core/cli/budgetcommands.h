// `sia-admin budget [--json]`: each service's API calls of the current day (this product's, and everyone's
// as the service last reported them), its daily limit, the admin's cap and, when a client is stopped, when
// it resumes; `sia-admin budget --marketo PCT --salesforce PCT` changes the caps (1 to 100 %).
#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

#include <optional>

namespace sia {

struct ApiBudgetReport;

class BudgetCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::BudgetCommand)

public:
    QString name() const override { return QStringLiteral("budget"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return changes() ? StoreAccess::Write : StoreAccess::Read; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

    static QJsonObject toJson(const ApiBudgetReport& report);

private:
    bool changes() const { return m_marketo.has_value() || m_salesforce.has_value(); }
    Result<void> run(CliContext& context);

    std::optional<qint64> m_marketo;
    std::optional<qint64> m_salesforce;
    QString m_actor;
    bool m_json = false;
};

} // namespace sia
