#include "cli/taskscommands.h"

#include "cli/cliconfirm.h"
#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/synccommands.h"
#include "cli/tasksyncaction.h"
#include "cli/texttable.h"
#include "common/actor.h"
#include "common/timestamps.h"
#include "settings/settingsrepository.h"
#include "sync/tasksyncengine.h"
#include "tasks/taskdays.h"
#include "tasks/tasksyncsummary.h"
#include "users/userdirectory.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace sia {

namespace {

Error usage(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const ActionsTask& task)
{
    return { { QStringLiteral("id"), task.id }, { QStringLiteral("subject"), task.subject },
        { QStringLiteral("due"), dateOrNull(task.dueDate) }, { QStringLiteral("status"), task.status },
        { QStringLiteral("closed"), task.isClosed }, { QStringLiteral("priority"), task.priority },
        { QStringLiteral("description"), task.description },
        { QStringLiteral("owner"),
            task.ownerEmail.isEmpty() ? QJsonValue(QJsonValue::Null) : task.ownerEmail },
        { QStringLiteral("origin"), toKey(task.origin) },
        { QStringLiteral("salesforceTaskId"),
            task.salesforceTaskId.isEmpty() ? QJsonValue(QJsonValue::Null) : task.salesforceTaskId },
        { QStringLiteral("waitingForSalesforce"), task.waitsForSalesforce },
        { QStringLiteral("updatedAt"), toStoredTimestamp(task.updatedAt) } };
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

TasksCommand::TasksCommand() = default;
TasksCommand::~TasksCommand() = default;

QString TasksCommand::summary() const
{
    return tr("The Actions tasks and their sync with Salesforce. tasks sync: a task sync run now "
              "(--json-progress: one JSON object of progress a line); Ctrl-C stops it at its next committed "
              "batch. tasks status: whether the sync is on, its last run and what waits for Salesforce. "
              "tasks list --today or --tomorrow: the tasks due that day (in the user's time zone with "
              "--user EMAIL, else everyone's in this computer's). tasks add SUBJECT [--due YYYY-MM-DD] "
              "[--priority P] [--user EMAIL] [--description TEXT]: a new task (yours when you are an Actions "
              "user). tasks edit ID with --subject, --due (or none), --priority, --user, --description. "
              "tasks complete ID, tasks reopen ID, tasks delete ID [--yes]. While the sync is on, every "
              "change goes to Salesforce on its next run.");
}

QList<QCommandLineOption> TasksCommand::options() const
{
    return { CommonCliOptions::json(),
        { QStringLiteral("json-progress"),
            tr("sync: one JSON object of progress a line on standard output while the run goes.") },
        { QStringLiteral("today"), tr("list: the tasks due today.") },
        { QStringLiteral("tomorrow"), tr("list: the tasks due tomorrow.") },
        { QStringLiteral("user"), tr("list: only this Actions user's tasks; add, edit: the task's owner."),
            QStringLiteral("EMAIL") },
        { QStringLiteral("subject"), tr("edit: the new subject."), QStringLiteral("TEXT") },
        { QStringLiteral("due"), tr("add, edit: the due date (YYYY-MM-DD; edit: none to clear it)."),
            QStringLiteral("DATE") },
        { QStringLiteral("priority"),
            tr("add, edit: the priority, one of the org's (High, Normal, Low by "
               "default)."),
            QStringLiteral("P") },
        { QStringLiteral("description"), tr("add, edit: the description."), QStringLiteral("TEXT") },
        { QStringLiteral("yes"), tr("delete: without asking.") }, CommonCliOptions::by() };
}

StoreAccess TasksCommand::storeAccess() const
{
    return m_action == Action::Status || m_action == Action::List ? StoreAccess::Read : StoreAccess::Write;
}

Result<void> TasksCommand::configure(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    const QString what = words.value(0);
    static const QList<QPair<QString, Action>> actions { { QStringLiteral("sync"), Action::Sync },
        { QStringLiteral("status"), Action::Status }, { QStringLiteral("list"), Action::List },
        { QStringLiteral("add"), Action::Add }, { QStringLiteral("edit"), Action::Edit },
        { QStringLiteral("complete"), Action::Complete }, { QStringLiteral("reopen"), Action::Reopen },
        { QStringLiteral("delete"), Action::Delete } };
    auto found = std::find_if(
        actions.cbegin(), actions.cend(), [&what](const auto& action) { return action.first == what; });
    if (found == actions.cend()) {
        return usage(
            what.isEmpty() ? tr(
                "“tasks” needs what to do: sync, status, list, add, edit, complete, reopen or delete; for "
                "example: sia-admin tasks list --today")
                           : tr("“%1” is not something tasks does: use sync, status, list, add, edit, "
                                "complete, reopen or "
                                "delete.")
                                 .arg(what));
    }
    m_action = found->second;
    m_json = parser.isSet(QStringLiteral("json"));
    m_jsonProgress = parser.isSet(QStringLiteral("json-progress"));
    m_yes = parser.isSet(QStringLiteral("yes"));
    m_user = parser.value(QStringLiteral("user")).trimmed();
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;

    const bool takesId = m_action == Action::Edit || m_action == Action::Complete
        || m_action == Action::Reopen || m_action == Action::Delete;
    if (takesId) {
        bool isNumber = false;
        m_id = words.value(1).toLongLong(&isNumber);
        if (words.size() != 2 || !isNumber || m_id <= 0) {
            return usage(tr("“tasks %1” needs the task's number (see sia-admin tasks list), for example: "
                            "sia-admin tasks %1 12")
                             .arg(what));
        }
    } else if (m_action == Action::Add) {
        if (words.size() != 2 || words.at(1).trimmed().isEmpty()) {
            return usage(tr("“tasks add” needs the subject, in quotes if it has spaces, for example: "
                            "sia-admin tasks add \"Call Bob\" --due 2026-06-16"));
        }
        m_subject = words.at(1);
    } else if (words.size() != 1) {
        return usage(tr("“tasks %1” takes no further arguments.").arg(what));
    }
    if (m_action == Action::List) {
        const bool today = parser.isSet(QStringLiteral("today"));
        m_tomorrow = parser.isSet(QStringLiteral("tomorrow"));
        if (today == m_tomorrow) {
            return usage(tr("“tasks list” needs one day: --today or --tomorrow."));
        }
    }
    if (m_action == Action::Add || m_action == Action::Edit) {
        return configureChange(parser);
    }
    return {};
}

Result<void> TasksCommand::configureChange(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("due"))) {
        const QString text = parser.value(QStringLiteral("due")).trimmed();
        const QDate due = QDate::fromString(text, Qt::ISODate);
        if (text == u"none" && m_action == Action::Edit) {
            m_edit.dueDate = QDate();
        } else if (!due.isValid()) {
            return usage(
                tr("--due needs a date as YYYY-MM-DD (for example 2026-06-16), not “%1”.").arg(text));
        } else {
            m_edit.dueDate = due;
        }
    }
    if (parser.isSet(QStringLiteral("priority"))) {
        m_edit.priority = parser.value(QStringLiteral("priority"));
    }
    if (parser.isSet(QStringLiteral("description"))) {
        m_edit.description = parser.value(QStringLiteral("description"));
    }
    if (parser.isSet(QStringLiteral("subject"))) {
        if (m_action == Action::Add) {
            return usage(tr("“tasks add” takes the subject as its argument, not as --subject."));
        }
        m_edit.subject = parser.value(QStringLiteral("subject"));
    }
    return {};
}

void TasksCommand::start(CliContext& context)
{
    if (m_action != Action::Sync) {
        context.finish(run(context));
        return;
    }
    m_sync = std::make_unique<CliTaskSyncRun>(context, salesforce(context), m_actor, m_jsonProgress);
    m_sync->start(context);
}

Result<void> TasksCommand::run(CliContext& context)
{
    switch (m_action) {
    case Action::Status:
        return status(context);
    case Action::List:
        return list(context);
    case Action::Delete:
        return remove(context);
    case Action::Add:
    case Action::Edit:
    case Action::Complete:
    case Action::Reopen:
        return change(context);
    case Action::Sync:
        break;
    }
    return {};
}

Result<qint64> TasksCommand::userId(CliContext& context) const
{
    if (m_user.isEmpty()) {
        return qint64(0);
    }
    Result<UserRecord> user = UserDirectory(context.store()).user(m_user);
    if (!user) {
        if (user.error().kind == ErrorKind::NotFound) {
            return Error::notFound(QStringLiteral("user.not-found"),
                tr("%1 is not an Actions user. See sia-admin users list for who is.").arg(m_user));
        }
        return user.error();
    }
    return user->id;
}

Result<void> TasksCommand::status(CliContext& context) const
{
    Result<TaskSyncStatus> status = TaskSyncEngine::readStatus(context.store());
    if (!status) {
        return status.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList sentences = TaskSyncSummary::sentences(*status, QTimeZone::systemTimeZone(), now);
    if (m_json) {
        context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("enabled"), status->enabled },
            { QStringLiteral("enabledSince"),
                status->enabledSince.isValid() ? QJsonValue(toStoredTimestamp(status->enabledSince))
                                               : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("lastRun"),
                status->lastRun ? QJsonValue(SyncText::toJson(*status->lastRun))
                                : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("tasks"), status->tasks },
            { QStringLiteral("waitingForSalesforce"), status->waitingForSalesforce },
            { QStringLiteral("text"), QJsonArray::fromStringList(sentences) } }));
        return {};
    }
    for (const QString& sentence : sentences) {
        context.output().line(sentence);
    }
    context.output().line(tr("%n task(s) in Actions.", nullptr, int(status->tasks)));
    return {};
}

Result<void> TasksCommand::list(CliContext& context) const
{
    Result<qint64> owner = userId(context);
    if (!owner) {
        return owner.error();
    }
    Result<QTimeZone> zone = TaskDays::zoneOfUser(context.store(), *owner);
    if (!zone) {
        return zone.error();
    }
    const TaskDays days = TaskDays::at(QDateTime::currentDateTimeUtc(), *zone);
    const QDate day = m_tomorrow ? days.tomorrow : days.today;
    Result<QList<ActionsTask>> tasks = TaskRepository(context.store()).dueOn(day, *owner);
    if (!tasks) {
        return tasks.error();
    }
    if (m_json) {
        QJsonArray list;
        for (const ActionsTask& task : *tasks) {
            list.append(toJson(task));
        }
        context.output().json(
            QJsonDocument(QJsonObject { { QStringLiteral("day"), day.toString(Qt::ISODate) },
                { QStringLiteral("timeZone"), QString::fromUtf8(zone->id()) },
                { QStringLiteral("tasks"), list } }));
        return {};
    }
    //: %1 the day (2026-06-16), %2 its time zone
    context.output().line(
        tr("Tasks due %1 (%2):").arg(day.toString(Qt::ISODate), QString::fromUtf8(zone->id())));
    if (tasks->isEmpty()) {
        context.output().line(tr("None."));
        return {};
    }
    TextTable table(
        { tr("Number"), tr("Subject"), tr("Status"), tr("Priority"), tr("Owner"), tr("Salesforce Id") });
    for (const ActionsTask& task : *tasks) {
        table.addRow({ QString::number(task.id), task.subject, task.status, task.priority,
            orDash(task.ownerEmail), orDash(task.salesforceTaskId) });
    }
    for (const QString& line : table.render()) {
        context.output().line(line);
    }
    return {};
}

Result<void> TasksCommand::change(CliContext& context) const
{
    TaskRepository tasks(context.store());
    Result<qint64> owner = userId(context);
    if (!owner) {
        return owner.error();
    }
    Result<ActionsTask> changed = Error::internal(QStringLiteral("tasks.no-action"), QString());
    QString what;
    switch (m_action) {
    case Action::Add: {
        TaskDraft draft;
        draft.subject = m_subject;
        draft.dueDate = m_edit.dueDate.value_or(QDate());
        draft.priority = m_edit.priority.value_or(QString());
        draft.description = m_edit.description.value_or(QString());
        draft.ownerUserId = *owner;
        if (m_user.isEmpty()) {
            // Yours when you are an Actions user; else nobody's until someone takes it.
            if (Result<UserRecord> me = UserDirectory(context.store()).user(m_actor); me) {
                draft.ownerUserId = me->id;
            }
        }
        changed = tasks.create(draft, m_actor);
        what = tr("Task %1 created.");
        break;
    }
    case Action::Edit: {
        TaskEdit edit = m_edit;
        if (!m_user.isEmpty()) {
            edit.ownerUserId = *owner;
        }
        changed = tasks.edit(m_id, edit, m_actor);
        what = tr("Task %1 changed.");
        break;
    }
    case Action::Complete:
        changed = tasks.complete(m_id, m_actor);
        what = tr("Task %1 completed.");
        break;
    case Action::Reopen:
        changed = tasks.reopen(m_id, m_actor);
        what = tr("Task %1 open again.");
        break;
    default:
        break;
    }
    if (!changed) {
        return changed.error();
    }
    printTask(context, what.arg(changed->id), *changed);
    return {};
}

void TasksCommand::printTask(CliContext& context, const QString& what, const ActionsTask& task) const
{
    if (m_json) {
        context.output().json(QJsonDocument(toJson(task)));
        return;
    }
    context.output().line(what);
    //: %1 subject, %2 due date, %3 status, %4 priority, %5 owner
    context.output().line(
        tr("%1 · due %2 · %3 · %4 · %5")
            .arg(task.subject, task.dueDate.isValid() ? task.dueDate.toString(Qt::ISODate) : tr("no date"),
                task.status, task.priority, orDash(task.ownerEmail)));
    if (!task.waitsForSalesforce) {
        return;
    }
    Result<QString> sync = SettingsRepository(context.store()).get<QString>(SettingKey::TaskSync);
    if (sync && *sync != u"off") {
        context.output().line(
            tr("The task sync sends it to Salesforce on its next run (or now: sia-admin tasks sync)."));
    } else {
        context.output().line(tr("It goes to Salesforce once the task sync is on again "
                                 "(sia-admin settings set tasks.sync tasks-and-reminders)."));
    }
}

Result<void> TasksCommand::remove(CliContext& context) const
{
    TaskRepository tasks(context.store());
    Result<ActionsTask> task = tasks.find(m_id);
    if (!task) {
        return task.error();
    }
    if (!m_yes) {
        if (!askYesNo(task->salesforceTaskId.isEmpty()
                    ? tr("Delete task %1 “%2”? [y/N] ").arg(m_id).arg(task->subject)
                    : tr("Delete task %1 “%2” here and, with the next task sync, in Salesforce? "
                         "[y/N] ")
                          .arg(m_id)
                          .arg(task->subject))) {
            return Error::rule(QStringLiteral("cli.not-confirmed"), tr("Nothing was deleted."));
        }
    }
    Result<TaskDeletion> removed = tasks.remove(m_id, m_actor);
    if (!removed) {
        return removed.error();
    }
    if (m_json) {
        context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("id"), m_id },
            { QStringLiteral("waitsForSalesforce"), *removed == TaskDeletion::WaitsForSalesforce } }));
    } else {
        context.output().line(*removed == TaskDeletion::Removed
                ? tr("Task %1 deleted.").arg(m_id)
                : tr("Task %1 deleted here; the next task sync deletes it in Salesforce.").arg(m_id));
    }
    return {};
}

} // namespace sia
