#include "cli/activitiescommand.h"

#include "activities/emailoptouts.h"
#include "activities/marketounsubscribecheck.h"
#include "activities/salesactivityrepository.h"
#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/tasksyncaction.h"
#include "cli/texttable.h"
#include "common/actor.h"
#include "common/timestamps.h"
#include "marketo/marketoconnectionservice.h"
#include "salesforce/salesforceconnectionservice.h"
#include "settings/settingsrepository.h"
#include "store/store.h"
#include "store/storerunner.h"
#include "sync/salesactivityengine.h"
#include "users/userdirectory.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sia {

namespace {

Error usage(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

QString typeKeys()
{
    QStringList keys;
    for (const EnumKey<SalesActivityType>& entry : EnumKeys<SalesActivityType>::table) {
        keys.append(QLatin1String(entry.key));
    }
    return keys.join(QStringLiteral(", "));
}

QString when(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("—");
}

} // namespace

ActivitiesCommand::ActivitiesCommand() = default;
ActivitiesCommand::~ActivitiesCommand() = default;

QString ActivitiesCommand::summary() const
{
    return tr("Record a sales activity (an email, a call, an unsubscribe…), list them with where each was "
              "logged, list who is opted out of email, or log what waits to Marketo and Salesforce now.");
}

QList<QCommandLineOption> ActivitiesCommand::options() const
{
    return { CommonCliOptions::json(),
        { QStringLiteral("person"), tr("record: the person, by email."), QStringLiteral("EMAIL") },
        { QStringLiteral("marketo-id"), tr("record: the person, by Marketo ID."), QStringLiteral("N") },
        { QStringLiteral("user"), tr("record: the seller, by email."), QStringLiteral("EMAIL") },
        { QStringLiteral("subject"), tr("record: the email's subject or the call's."),
            QStringLiteral("TEXT") },
        { QStringLiteral("notes"), tr("record: the email's body or the call's notes."),
            QStringLiteral("TEXT") },
        { QStringLiteral("waiting"),
            tr("list: only what is not yet logged where it goes; opt-outs: only those Salesforce does "
               "not have yet.") },
        { QStringLiteral("limit"), tr("list, opt-outs: at most N (default 50)."), QStringLiteral("N") },
        { QStringLiteral("json-progress"), tr("log: one JSON object of progress a line.") },
        CommonCliOptions::by() };
}

Result<void> ActivitiesCommand::configure(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    const QString what = words.value(0, QStringLiteral("list"));
    if (what == u"record") {
        m_action = Action::Record;
        if (words.size() != 2) {
            return usage(tr("“activities record” needs the type, one of: %1").arg(typeKeys()));
        }
        const std::optional<SalesActivityType> type = fromKey<SalesActivityType>(words.at(1));
        if (!type) {
            return usage(
                tr("“%1” is not a sales activity type; the types are: %2").arg(words.at(1), typeKeys()));
        }
        m_type = *type;
        m_personEmail = parser.value(QStringLiteral("person")).trimmed();
        if (parser.isSet(QStringLiteral("marketo-id"))) {
            bool number = false;
            m_marketoId = parser.value(QStringLiteral("marketo-id")).toLongLong(&number);
            if (!number || m_marketoId <= 0) {
                return usage(tr("--marketo-id needs a Marketo ID, a whole number; “%1” is not one.")
                                 .arg(parser.value(QStringLiteral("marketo-id"))));
            }
        }
        if (m_personEmail.isEmpty() == (m_marketoId == 0)) {
            return usage(tr("Name the person with either --person EMAIL or --marketo-id N."));
        }
        m_user = parser.value(QStringLiteral("user")).trimmed();
        m_subject = parser.value(QStringLiteral("subject"));
        m_notes = parser.value(QStringLiteral("notes"));
    } else if (what == u"list") {
        m_action = Action::List;
        if (words.size() > 1) {
            return usage(
                tr("“activities list” takes no arguments, but was given: %1").arg(words.mid(1).join(u' ')));
        }
        m_waiting = parser.isSet(QStringLiteral("waiting"));
        if (Result<void> limit = readLimit(parser); !limit) {
            return limit;
        }
    } else if (what == u"opt-outs") {
        m_action = Action::OptOuts;
        if (words.size() > 1) {
            return usage(tr("“activities opt-outs” takes no arguments, but was given: %1")
                             .arg(words.mid(1).join(u' ')));
        }
        m_waiting = parser.isSet(QStringLiteral("waiting"));
        if (Result<void> limit = readLimit(parser); !limit) {
            return limit;
        }
    } else if (what == u"log") {
        m_action = Action::Log;
        if (words.size() > 1) {
            return usage(
                tr("“activities log” takes no arguments, but was given: %1").arg(words.mid(1).join(u' ')));
        }
        m_jsonProgress = parser.isSet(QStringLiteral("json-progress"));
    } else {
        return usage(
            tr("“%1” is not something activities does: use record, list, opt-outs or log.").arg(what));
    }
    m_json = parser.isSet(QStringLiteral("json"));
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    return {};
}

Result<void> ActivitiesCommand::readLimit(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("limit"))) {
        bool number = false;
        m_limit = parser.value(QStringLiteral("limit")).toInt(&number);
        if (!number || m_limit < 1) {
            return usage(tr("--limit needs a number from 1 up; “%1” is not one.")
                             .arg(parser.value(QStringLiteral("limit"))));
        }
    }
    return {};
}

void ActivitiesCommand::start(CliContext& context)
{
    switch (m_action) {
    case Action::List:
        context.finish(list(context));
        return;
    case Action::OptOuts:
        context.finish(optOuts(context));
        return;
    case Action::Record:
        record(context);
        return;
    case Action::Log: {
        m_engineStore = std::make_unique<DirectStoreRunner>(context.store());
        SalesActivityEngineOptions options;
        options.actor = m_actor;
        options.schedule = false;
        m_engine = std::make_unique<SalesActivityEngine>(
            context.store().options(), *m_engineStore, &service(context), &salesforce(context), options);
        m_run = std::make_unique<TaskSyncAction>(m_jsonProgress, SyncKind::SalesActivities);
        m_run->start(context, *m_engine);
        return;
    }
    }
}

void ActivitiesCommand::record(CliContext& context)
{
    Result<SalesActivityPerson> person
        = SalesActivityRepository(context.store()).findPerson(m_personEmail, m_marketoId);
    if (!person) {
        context.finish(person.error());
        return;
    }
    Result<bool> checked
        = SettingsRepository(context.store()).get<bool>(SettingKey::EmailCheckMarketoUnsubscribe);
    if (!checked) {
        context.finish(checked.error());
        return;
    }
    if (m_type != SalesActivityType::SendSalesEmail || !*checked) {
        recordWith(context, person->id, std::nullopt);
        return;
    }
    // Asked now: the synced copy may be minutes old.
    const qint64 personId = person->id;
    MarketoUnsubscribeCheck::ask(service(context), person->marketoId,
        [this, &context, personId](std::optional<bool> unsubscribed, const QString& why) {
            if (!unsubscribed) {
                context.output().error(
                    tr("Marketo could not be asked (%1); the unsubscribe of the last people "
                       "sync applies.")
                        .arg(why));
            }
            recordWith(context, personId, unsubscribed);
        });
}

void ActivitiesCommand::recordWith(CliContext& context, qint64 personId, std::optional<bool> liveUnsubscribed)
{
    NewSalesActivity activity;
    activity.type = m_type;
    activity.personId = personId;
    activity.subject = m_subject.trimmed();
    if (!m_notes.isEmpty()) {
        activity.details.insert(
            m_type == SalesActivityType::SalesCall ? QStringLiteral("notes") : QStringLiteral("body"),
            m_notes);
    }
    if (!m_user.isEmpty()) {
        Result<UserRecord> seller = UserDirectory(context.store()).user(m_user);
        if (!seller) {
            context.finish(seller.error());
            return;
        }
        activity.userId = seller->id;
    }
    Result<qint64> id = SalesActivityRepository(context.store()).record(activity, liveUnsubscribed);
    if (!id) {
        context.finish(id.error());
        return;
    }
    if (m_json) {
        context.output().json(QJsonDocument(
            QJsonObject { { QStringLiteral("id"), *id }, { QStringLiteral("type"), toKey(m_type) } }));
    } else {
        context.output().line(
            tr("Recorded activity %1 (%2). It is logged by the next run: sia-admin activities log.")
                .arg(*id)
                .arg(toKey(m_type)));
        if (m_type == SalesActivityType::Unsubscribe) {
            Result<bool> synced
                = SettingsRepository(context.store()).get<bool>(SettingKey::EmailSyncUnsubscribes);
            context.output().line(synced && *synced
                    ? tr("The person is opted out of email in Actions; the next run sets Email Opt Out on "
                         "their lead or contact in Salesforce.")
                    : tr("The person is opted out of email in Actions. Salesforce is not told while "
                         "email.sync-unsubscribes is off."));
        }
    }
    context.finish({});
}

Result<void> ActivitiesCommand::list(CliContext& context) const
{
    SalesActivityFilter filter;
    filter.onlyWaiting = m_waiting;
    filter.limit = m_limit;
    Result<QList<SalesActivity>> activities = SalesActivityRepository(context.store()).list(filter);
    if (!activities) {
        return activities.error();
    }
    if (m_json) {
        QJsonArray list;
        for (const SalesActivity& activity : *activities) {
            list.append(QJsonObject { { QStringLiteral("id"), activity.id },
                { QStringLiteral("type"), toKey(activity.type) },
                { QStringLiteral("person"), activity.personId },
                { QStringLiteral("user"), activity.userId == 0 ? QJsonValue() : QJsonValue(activity.userId) },
                { QStringLiteral("occurredAt"), activity.occurredAt.toUTC().toString(Qt::ISODateWithMs) },
                { QStringLiteral("subject"), activity.subject },
                { QStringLiteral("marketoLoggedAt"),
                    activity.marketoLoggedAt.isValid()
                        ? QJsonValue(activity.marketoLoggedAt.toString(Qt::ISODateWithMs))
                        : QJsonValue() },
                { QStringLiteral("salesforceTaskId"),
                    activity.sfdcTaskId.isEmpty() ? QJsonValue() : QJsonValue(activity.sfdcTaskId) },
                { QStringLiteral("salesforceSettledAt"),
                    activity.sfdcLoggedAt.isValid()
                        ? QJsonValue(activity.sfdcLoggedAt.toString(Qt::ISODateWithMs))
                        : QJsonValue() } });
        }
        context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("activities"), list } }));
        return {};
    }
    if (activities->isEmpty()) {
        context.output().line(m_waiting ? tr("Nothing waits: every activity is logged where it goes.")
                                        : tr("No sales activity yet."));
        return {};
    }
    TextTable table({ tr("ID"), tr("Type"), tr("When"), tr("Subject"), tr("Marketo"), tr("Salesforce") });
    for (const SalesActivity& activity : *activities) {
        QString salesforce;
        if (!SalesActivityTypeInfo::logsAsSalesforceTask(activity.type)) {
            salesforce = tr("not a task");
        } else if (!activity.sfdcTaskId.isEmpty()) {
            salesforce = activity.sfdcTaskId;
        } else if (activity.sfdcLoggedAt.isValid()) {
            salesforce = tr("not logged (settings)");
        } else {
            salesforce = tr("waiting");
        }
        const QString marketo = !SalesActivityTypeInfo::logsToMarketo(activity.type) ? tr("not logged there")
            : activity.marketoLoggedAt.isValid() ? when(activity.marketoLoggedAt)
                                                 : tr("waiting");
        table.addRow({ QString::number(activity.id), toKey(activity.type), when(activity.occurredAt),
            activity.subject.isEmpty() ? QStringLiteral("—") : activity.subject, marketo, salesforce });
    }
    for (const QString& row : table.render()) {
        context.output().line(row);
    }
    return {};
}

Result<void> ActivitiesCommand::optOuts(CliContext& context) const
{
    Result<QList<EmailOptOut>> optOuts = EmailOptOuts(context.store()).list(0, m_limit, m_waiting);
    if (!optOuts) {
        return optOuts.error();
    }
    if (m_json) {
        QJsonArray list;
        for (const EmailOptOut& optOut : *optOuts) {
            list.append(QJsonObject { { QStringLiteral("person"), optOut.personId },
                { QStringLiteral("email"), optOut.email }, { QStringLiteral("optedOut"), optOut.optedOut },
                { QStringLiteral("at"),
                    optOut.at.isValid() ? QJsonValue(toStoredTimestamp(optOut.at)) : QJsonValue() },
                { QStringLiteral("source"), EmailOptOuts::sourceKey(optOut.source) },
                { QStringLiteral("waitingForSalesforce"), optOut.pending },
                { QStringLiteral("salesforceId"),
                    optOut.sfdcId.isEmpty() ? QJsonValue() : QJsonValue(optOut.sfdcId) } });
        }
        context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("optOuts"), list } }));
        return {};
    }
    if (optOuts->isEmpty()) {
        context.output().line(m_waiting ? tr("No unsubscribe waits for Salesforce.")
                                        : tr("Nobody is opted out of email in Actions."));
        return {};
    }
    TextTable table({ tr("Person"), tr("Email"), tr("Since"), tr("From"), tr("Salesforce") });
    for (const EmailOptOut& optOut : *optOuts) {
        const QString salesforce = optOut.sfdcId.isEmpty() ? tr("not in Salesforce")
            : optOut.pending                               ? tr("waiting: %1").arg(optOut.sfdcId)
                                                           : optOut.sfdcId;
        table.addRow({ QString::number(optOut.personId), optOut.email, when(optOut.at),
            optOut.source == EmailOptOutSource::Salesforce ? tr("Salesforce") : tr("Actions"), salesforce });
    }
    for (const QString& row : table.render()) {
        context.output().line(row);
    }
    return {};
}

} // namespace sia
