#include "cli/healthcommand.h"

#include "cli/budgetcommands.h"
#include "cli/cliconfirm.h"
#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/texttable.h"
#include "common/timestamps.h"
#include "connections/apibudgetgate.h"
#include "store/store.h"
#include "sync/synchealthbudget.h"
#include "sync/synchealthservice.h"
#include "sync/syncretry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace sia {
namespace {

// Records a page of `health errors` reads at a time: a people group may hold hundreds of thousands.
constexpr int recordPage = 500;

Error usage(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

QString shortTime(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("—");
}

QJsonValue timeJson(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject runJson(const SyncRun& run)
{
    return { { QStringLiteral("id"), double(run.id) }, { QStringLiteral("kind"), toKey(run.kind) },
        { QStringLiteral("state"), toKey(run.state) }, { QStringLiteral("startedBy"), run.startedBy },
        { QStringLiteral("startedAt"), timeJson(run.startedAt) },
        { QStringLiteral("finishedAt"), timeJson(run.finishedAt) },
        { QStringLiteral("created"), double(run.counts.created) },
        { QStringLiteral("updated"), double(run.counts.updated) },
        { QStringLiteral("failed"), double(run.counts.failed) },
        { QStringLiteral("skipped"), double(run.counts.skipped) },
        { QStringLiteral("message"),
            run.message.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(run.message) } };
}

QJsonObject groupJson(const SyncErrorGroup& group)
{
    return { { QStringLiteral("group"), group.key.toString() }, { QStringLiteral("code"), group.key.code },
        { QStringLiteral("records"), double(group.records) },
        { QStringLiteral("failedRecords"), double(group.failedRecords) },
        { QStringLiteral("errors"), double(group.errors) },
        { QStringLiteral("lastAt"), timeJson(group.lastAt) },
        { QStringLiteral("known"), group.explanation.known },
        { QStringLiteral("title"), group.explanation.title },
        { QStringLiteral("explanation"), group.explanation.explanation },
        { QStringLiteral("whatToDo"), group.explanation.whatToDo },
        { QStringLiteral("retry"),
            QJsonObject { { QStringLiteral("offered"), group.retry.offered() },
                { QStringLiteral("reason"),
                    group.retry.offered() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(group.retry.reason) } } } };
}

QJsonObject recordJson(const SyncErrorGroupRecord& record)
{
    return { { QStringLiteral("record"), record.recordRef }, { QStringLiteral("run"), double(record.runId) },
        { QStringLiteral("at"), timeJson(record.at) }, { QStringLiteral("outcome"), toKey(record.outcome) },
        { QStringLiteral("message"), record.message } };
}

} // namespace

QString HealthCommand::summary() const
{
    return tr("Show the sync health: the last runs of the people sync, the task sync and the sales activity "
              "logging, their errors grouped by kind with the records each affects and what to do, and "
              "today's API budget. \"errors GROUP\" lists a group's records (--csv writes them to a file); "
              "\"retry GROUP\" marks its failed records for the next run.");
}

QList<QCommandLineOption> HealthCommand::options() const
{
    return { CommonCliOptions::json(),
        { QStringLiteral("filter"), tr("errors: only the records whose reference or message contains TEXT."),
            QStringLiteral("TEXT") },
        { QStringLiteral("csv"), tr("errors: write the group's records to FILE as CSV instead."),
            QStringLiteral("FILE") },
        { QStringLiteral("limit"), tr("errors --json: at most N records (default 1000)."),
            QStringLiteral("N") },
        { QStringLiteral("yes"), tr("retry: do it without asking.") }, CommonCliOptions::by() };
}

Result<void> HealthCommand::configure(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    const QString what = words.value(0);
    if (what.isEmpty()) {
        m_action = Action::Show;
    } else if (what == u"errors" || what == u"retry") {
        m_action = what == u"errors" ? Action::Errors : Action::Retry;
        if (words.size() != 2) {
            //: %1 errors or retry.
            return usage(tr("“health %1” needs one group, as “sia-admin health” lists them, for example: "
                            "sia-admin health %1 tasks/salesforce.FIELD_INTEGRITY_EXCEPTION")
                             .arg(what));
        }
        const std::optional<SyncErrorGroupKey> key = SyncErrorGroupKey::parse(words.at(1));
        if (!key) {
            return usage(tr("“%1” is not a group: a group is an area (people, tasks or sales-activities), a "
                            "slash and an error code, as “sia-admin health” lists them.")
                             .arg(words.at(1)));
        }
        m_group = *key;
    } else {
        return usage(tr("“%1” is not something health does: use errors or retry, or nothing for the "
                        "overview.")
                         .arg(what));
    }
    if (m_action == Action::Show && words.size() > 1) {
        return usage(tr("“health” takes no arguments, but was given: %1").arg(words.join(QLatin1Char(' '))));
    }
    m_filter = parser.value(QStringLiteral("filter"));
    m_csv = parser.value(QStringLiteral("csv"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool number = false;
        m_limit = parser.value(QStringLiteral("limit")).toInt(&number);
        if (!number || m_limit < 1) {
            return usage(tr("--limit needs a number of records from 1 up; “%1” is not one.")
                             .arg(parser.value(QStringLiteral("limit"))));
        }
    }
    m_json = parser.isSet(QStringLiteral("json"));
    m_yes = parser.isSet(QStringLiteral("yes"));
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    return {};
}

Result<void> HealthCommand::run(CliContext& context)
{
    switch (m_action) {
    case Action::Show:
        return show(context);
    case Action::Errors:
        return errors(context);
    case Action::Retry:
        return retry(context);
    }
    return {};
}

Result<void> HealthCommand::show(CliContext& context) const
{
    Result<QList<SyncAreaHealth>> areas = SyncHealth(context.store()).areas();
    if (!areas) {
        return areas.error();
    }
    Result<SyncBudgetCaps> caps = SyncHealthBudget::readCaps(context.store());
    if (!caps) {
        return caps.error();
    }
    const QList<SyncServiceBudget> budgets = SyncHealthBudget::reports(*caps);
    if (m_json) {
        QJsonArray areaList;
        for (const SyncAreaHealth& area : std::as_const(*areas)) {
            QJsonArray runs;
            for (const SyncRun& run : area.runs) {
                runs.append(runJson(run));
            }
            QJsonArray groups;
            for (const SyncErrorGroup& group : area.groups) {
                groups.append(groupJson(group));
            }
            QJsonArray services;
            for (const ConnectionService service : SyncHealthBudget::servicesOf(area.area)) {
                services.append(toKey(service));
            }
            areaList.append(QJsonObject { { QStringLiteral("area"), toKey(area.area) },
                { QStringLiteral("title"), SyncHealth::title(area.area) }, { QStringLiteral("runs"), runs },
                { QStringLiteral("groups"), groups }, { QStringLiteral("services"), services } });
        }
        QJsonArray budgetList;
        for (const SyncServiceBudget& budget : budgets) {
            QJsonObject service = BudgetCommand::toJson(budget.report);
            QJsonObject byArea;
            for (const auto& [area, calls] : budget.callsByArea) {
                byArea.insert(toKey(area), double(calls));
            }
            service.insert(QStringLiteral("usedByArea"), byArea);
            service.insert(QStringLiteral("unattributed"), double(budget.unattributed));
            budgetList.append(service);
        }
        context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("areas"), areaList },
            { QStringLiteral("budgets"), budgetList }, { QStringLiteral("budgetsPerArea"), true },
            { QStringLiteral("budgetNote"), SyncHealthBudget::attributionNote() } }));
        return {};
    }
    for (const SyncAreaHealth& area : std::as_const(*areas)) {
        printArea(area, context.output());
    }
    const QLocale locale;
    context.output().line(tr("API budget today"));
    for (const SyncServiceBudget& budget : budgets) {
        const ApiBudgetReport& report = budget.report;
        const QString service = report.service == ConnectionService::Marketo ? QStringLiteral("Marketo")
                                                                             : QStringLiteral("Salesforce");
        if (report.allowedToUs >= 0) {
            //: %1 the service, %2 SIA Admin's calls today, %3 the calls the cap allows, %4 the cap in
            //: percent.
            context.output().line(
                tr("  %1: %2 of the %3 calls SIA Admin may make (cap %4 %)")
                    .arg(service, locale.toString(report.usedByUs), locale.toString(report.allowedToUs))
                    .arg(report.capPercent));
        } else {
            context.output().line(
                tr("  %1: %2 calls by SIA Admin; the daily limit is not known yet (cap %3 %)")
                    .arg(service, locale.toString(report.usedByUs))
                    .arg(report.capPercent));
        }
        context.output().line(QStringLiteral("    ") + SyncHealthBudget::breakdown(budget));
        if (report.stopped) {
            context.output().line(QStringLiteral("    ") + report.stopMessage);
        }
    }
    context.output().line(QStringLiteral("  ") + SyncHealthBudget::attributionNote());
    return {};
}

void HealthCommand::printArea(const SyncAreaHealth& area, CliOutput& output) const
{
    const QLocale locale;
    output.line(SyncHealth::title(area.area));
    if (area.runs.isEmpty()) {
        output.line(tr("  No run yet."));
    } else {
        TextTable runs({ tr("Run"), tr("Kind"), tr("Started"), tr("Ended as"), tr("Created"), tr("Updated"),
            tr("Failed") });
        for (const SyncRun& run : area.runs) {
            runs.addRow({ QString::number(run.id), toKey(run.kind), shortTime(run.startedAt),
                toKey(run.state), locale.toString(run.counts.created), locale.toString(run.counts.updated),
                locale.toString(run.counts.failed) });
        }
        for (const QString& line : runs.render()) {
            output.line(QStringLiteral("  ") + line);
        }
    }
    if (area.groups.isEmpty()) {
        output.line(tr("  No errors in the recent runs."));
    }
    for (const SyncErrorGroup& group : area.groups) {
        const int records = int(group.records);
        //: %1 the group (area/code), %2 what kind of error it is; the count is of distinct records.
        output.line(tr("  %1 — %2: %n record(s)", nullptr, records)
                        .arg(group.key.toString(), group.explanation.title));
        output.line(QStringLiteral("    ") + group.explanation.explanation);
        output.line(tr("    What to do: %1").arg(group.explanation.whatToDo));
        if (!group.retry.offered()) {
            output.line(tr("    No retry: %1").arg(group.retry.reason));
        }
    }
    output.line();
}

Result<void> HealthCommand::errors(CliContext& context) const
{
    const SyncHealth health(context.store());
    Result<std::optional<SyncErrorGroup>> group = health.group(m_group);
    if (!group) {
        return group.error();
    }
    if (!*group) {
        return Error::notFound(QStringLiteral("health.no-such-group"),
            tr("There are no errors of the kind \"%1\" in the recent runs. List the groups with "
               "\"sia-admin health\".")
                .arg(m_group.toString()));
    }
    if (!m_csv.isEmpty()) {
        Result<qint64> rows = exportSyncHealthCsv(health, m_group, m_csv);
        if (!rows) {
            return rows.error();
        }
        const int written = int(*rows);
        context.output().line(tr("Wrote %n record(s) to %1.", nullptr, written).arg(m_csv));
        return {};
    }
    QJsonArray list;
    QString after;
    bool more = false;
    for (;;) {
        Result<QList<SyncErrorGroupRecord>> page = health.records(m_group, m_filter, after, recordPage);
        if (!page) {
            return page.error();
        }
        for (const SyncErrorGroupRecord& record : std::as_const(*page)) {
            after = record.recordRef;
            if (!m_json) {
                context.output().line(
                    QStringLiteral("%1  %2  %3  %4")
                        .arg(record.recordRef, shortTime(record.at), toKey(record.outcome), record.message));
                continue;
            }
            if (list.size() >= m_limit) {
                more = true;
                break;
            }
            list.append(recordJson(record));
        }
        if (more || page->size() < recordPage) {
            break;
        }
    }
    if (m_json) {
        context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("group"), groupJson(**group) },
            { QStringLiteral("records"), list }, { QStringLiteral("more"), more } }));
    }
    return {};
}

Result<void> HealthCommand::retry(CliContext& context) const
{
    Result<std::optional<SyncErrorGroup>> group = SyncHealth(context.store()).group(m_group);
    if (!group) {
        return group.error();
    }
    // The same refusal the window shows by having no button: a retry nobody would honour is not offered.
    if (*group && !(*group)->retry.offered()) {
        return Error::rule(QStringLiteral("health.retry-unsupported"), (*group)->retry.reason);
    }
    if (*group && !m_yes) {
        const int records = int((*group)->failedRecords);
        if (!askYesNo(tr("Mark %n failed record(s) of %1 for the next run? [y/N] ", nullptr, records)
                          .arg(m_group.toString()))) {
            return Error::rule(QStringLiteral("cli.not-confirmed"), tr("Nothing was marked."));
        }
    }
    Result<qint64> marked = SyncRetry(context.store()).retry(m_group, m_actor);
    if (!marked) {
        return marked.error();
    }
    const int count = int(*marked);
    if (m_json) {
        context.output().json(QJsonDocument(QJsonObject {
            { QStringLiteral("group"), m_group.toString() }, { QStringLiteral("marked"), double(count) } }));
    } else {
        context.output().line(tr("Marked %n record(s) for the next run.", nullptr, count));
    }
    return {};
}

} // namespace sia
