// `sia-admin activities`: the sales activities of SPEC 5 from the command line.
//   activities record TYPE (--person EMAIL | --marketo-id N) [--user EMAIL] [--subject S] [--notes T]
//       records one (an email is refused for a person unsubscribed in Marketo when that is checked: Marketo
//       is asked then and there, its synced copy used when it cannot be)
//   activities list [--waiting] [--limit N] [--json]   the newest first, with where each was logged
//   activities opt-outs [--waiting] [--limit N] [--json]  who is opted out of email in Actions
//   (EmailOptOuts),
//                                                          since when, from which side, what Salesforce lacks
//   activities log [--json-progress]                   a logging run now (SalesActivityEngine)
#pragma once

#include "activities/salesactivitytype.h"
#include "cli/marketocommands.h"

#include <QCoreApplication>

#include <memory>

namespace sia {

class DirectStoreRunner;
class SalesActivityEngine;
class TaskSyncAction;

class ActivitiesCommand final : public ConnectionCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(sia::ActivitiesCommand)

public:
    ActivitiesCommand();
    ~ActivitiesCommand() override;

    QString name() const override { return QStringLiteral("activities"); }
    QString argumentsSynopsis() const override { return QStringLiteral("record TYPE|list|opt-outs|log"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override
    {
        return m_action == Action::List || m_action == Action::OptOuts ? StoreAccess::Read
                                                                       : StoreAccess::Write;
    }
    bool usesServices() const override { return m_action != Action::List && m_action != Action::OptOuts; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    enum class Action
    {
        Record,
        List,
        OptOuts,
        Log
    };

    Result<void> readLimit(const QCommandLineParser& parser);
    Result<void> list(CliContext& context) const;
    Result<void> optOuts(CliContext& context) const;
    void record(CliContext& context);
    void recordWith(CliContext& context, qint64 personId, std::optional<bool> liveUnsubscribed);

    Action m_action = Action::List;
    SalesActivityType m_type = SalesActivityType::SendSalesEmail;
    QString m_personEmail;
    qint64 m_marketoId = 0;
    QString m_user;
    QString m_subject;
    QString m_notes;
    bool m_waiting = false;
    bool m_json = false;
    bool m_jsonProgress = false;
    int m_limit = 50;
    std::unique_ptr<DirectStoreRunner> m_engineStore;
    std::unique_ptr<SalesActivityEngine> m_engine;
    std::unique_ptr<TaskSyncAction> m_run;
};

} // namespace sia
