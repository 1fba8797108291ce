#include "activities/salesactivityrepository.h"

#include "activities/emailoptouts.h"
#include "activities/personsalesforcerecord.h"
#include "common/timestamps.h"
#include "settings/settingsrepository.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace sia {

namespace {

const QString columns = QStringLiteral(
    "a.id, a.type, a.person_id, a.user_id, a.occurred_at, a.subject, a.details, a.marketo_logged_at,"
    " a.sfdc_task_id, a.sfdc_logged_at");

// The types in SQL, from the one table of core (salesactivitytype.h), for an IN (…) list.
QString typeList(bool (*wanted)(SalesActivityType))
{
    QStringList keys;
    for (const EnumKey<SalesActivityType>& entry : EnumKeys<SalesActivityType>::table) {
        if (wanted(entry.value)) {
            keys.append(QStringLiteral("'%1'").arg(QLatin1String(entry.key)));
        }
    }
    return keys.join(u',');
}

bool logsToMarketo(SalesActivityType type)
{
    return SalesActivityTypeInfo::logsToMarketo(type);
}

bool logsAsTask(SalesActivityType type)
{
    return SalesActivityTypeInfo::logsAsSalesforceTask(type);
}

std::optional<SalesActivity> activityFrom(const Store& store, const QSqlQuery& query)
{
    const std::optional<SalesActivityType> type = fromKey<SalesActivityType>(query.value(1).toString());
    if (!type) {
        return std::nullopt; // a type of a newer SIA Admin: not ours to log
    }
    const SqlDialect& dialect = store.dialect();
    SalesActivity activity;
    activity.id = query.value(0).toLongLong();
    activity.type = *type;
    activity.personId = query.value(2).toLongLong();
    activity.userId = query.value(3).toLongLong();
    activity.occurredAt = dialect.timestampFrom(query.value(4));
    activity.subject = query.value(5).toString();
    activity.details = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    activity.marketoLoggedAt = dialect.timestampFrom(query.value(7));
    activity.sfdcTaskId = query.value(8).toString();
    activity.sfdcLoggedAt = dialect.timestampFrom(query.value(9));
    return activity;
}

} // namespace

Result<SalesActivityPerson> SalesActivityRepository::findPerson(const QString& email, qint64 marketoId) const
{
    Result<QSqlQuery> query = marketoId != 0
        ? m_store.exec(
            QStringLiteral(
                "SELECT id, marketo_id, email FROM people WHERE marketo_id = :id AND deleted_at IS NULL"),
            { { QStringLiteral("id"), marketoId } })
        : m_store.exec(
            QStringLiteral(
                "SELECT id, marketo_id, email FROM people WHERE email = :email AND deleted_at IS NULL"
                " ORDER BY id LIMIT 2"),
            { { QStringLiteral("email"), email.trimmed() } });
    if (!query) {
        return query.error();
    }
    QList<SalesActivityPerson> found;
    while (query->next()) {
        found.append(
            { query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString() });
    }
    if (found.isEmpty()) {
        return Error::notFound(QStringLiteral("activity.no-person"),
            marketoId != 0
                ? tr("No person in Actions has the Marketo ID %1. Run the people sync (step 4) if they "
                     "are new in Marketo.")
                      .arg(marketoId)
                : tr("No person in Actions has the email %1. Run the people sync (step 4) if they are "
                     "new in Marketo.")
                      .arg(email));
    }
    if (found.size() > 1) {
        return Error::input(QStringLiteral("activity.several-people"),
            tr("Several people in Actions have the email %1 (Marketo keeps duplicates apart). Name one by "
               "its "
               "Marketo ID instead.")
                .arg(email));
    }
    return found.first();
}

Result<EmailPermission> SalesActivityRepository::mayEmail(
    qint64 personId, std::optional<bool> liveUnsubscribed) const
{
    Result<QSqlQuery> person = m_store.exec(
        QStringLiteral("SELECT unsubscribed, email, deleted_at, email_opt_out, email_opt_out_source,"
                       " email_opt_out_at FROM people WHERE id = :id"),
        { { QStringLiteral("id"), personId } });
    if (!person) {
        return person.error();
    }
    if (!person->next()) {
        return Error::notFound(QStringLiteral("activity.no-person"),
            tr("There is no person %1 in Actions. Sync the people from Marketo (step 4) first.")
                .arg(personId));
    }
    EmailPermission permission;
    if (!person->value(2).isNull()) {
        permission.allowed = false;
        permission.reason = tr("%1 was deleted in Marketo.").arg(person->value(1).toString());
        return permission;
    }
    // An opt-out in Actions (a seller's unsubscribe, or Salesforce's Email Opt Out) holds whatever the
    // settings say: it is the person's own wish.
    if (person->value(3).toBool()) {
        permission.allowed = false;
        const QString email = person->value(1).toString();
        const QString since = QLocale().toString(
            fromStoredTimestamp(person->value(5).toString()).toLocalTime(), QLocale::ShortFormat);
        permission.reason = person->value(4).toString() == u"salesforce"
            ? tr("%1 has Email Opt Out set in Salesforce (taken into Actions; changed %2).").arg(email, since)
            : tr("%1 unsubscribed in Actions (%2).").arg(email, since);
        return permission;
    }
    Result<bool> check = SettingsRepository(m_store).get<bool>(SettingKey::EmailCheckMarketoUnsubscribe);
    if (!check) {
        return check.error();
    }
    const bool unsubscribed = liveUnsubscribed.value_or(person->value(0).toBool());
    if (*check && unsubscribed) {
        permission.allowed = false;
        permission.reason
            = tr("%1 is unsubscribed in Marketo, and this instance checks Marketo's unsubscribe "
                 "before a seller emails (email.check-marketo-unsubscribe).")
                  .arg(person->value(1).toString());
    }
    return permission;
}

Result<qint64> SalesActivityRepository::record(
    const NewSalesActivity& activity, std::optional<bool> liveUnsubscribed)
{
    qint64 id = 0;
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        Result<EmailPermission> permission = mayEmail(activity.personId, liveUnsubscribed);
        if (!permission) {
            return permission.error();
        }
        if (activity.type == SalesActivityType::SendSalesEmail && !permission->allowed) {
            return Error::rule(QStringLiteral("activity.may-not-email"),
                tr("The email was not recorded: %1").arg(permission->reason));
        }
        if (activity.userId != 0) {
            Result<QSqlQuery> user = m_store.exec(QStringLiteral("SELECT 1 FROM users WHERE id = :id"),
                { { QStringLiteral("id"), activity.userId } });
            if (!user) {
                return user.error();
            }
            if (!user->next()) {
                return Error::notFound(QStringLiteral("activity.no-user"),
                    tr("There is no Actions user %1: invite the seller first (step 5).")
                        .arg(activity.userId));
            }
        }
        if (activity.subject.size() > 255) {
            return Error::input(QStringLiteral("activity.subject-too-long"),
                tr("The subject has %1 characters; Salesforce and Marketo keep at most 255. Shorten it.")
                    .arg(activity.subject.size()));
        }
        const QDateTime at
            = activity.occurredAt.isValid() ? activity.occurredAt : QDateTime::currentDateTimeUtc();
        Result<QSqlQuery> inserted = m_store.exec(
            QStringLiteral(
                "INSERT INTO sales_activities (type, person_id, user_id, occurred_at, subject, details)"
                " VALUES (:type, :person, :user, :at, :subject, :details) RETURNING id"),
            { { QStringLiteral("type"), toKey(activity.type) },
                { QStringLiteral("person"), activity.personId },
                { QStringLiteral("user"), activity.userId == 0 ? QVariant() : QVariant(activity.userId) },
                { QStringLiteral("at"), toStoredTimestamp(at) },
                { QStringLiteral("subject"),
                    activity.subject.isEmpty() ? QVariant() : QVariant(activity.subject) },
                { QStringLiteral("details"),
                    activity.details.isEmpty()
                        ? QVariant()
                        : QVariant(QString::fromUtf8(
                            QJsonDocument(activity.details).toJson(QJsonDocument::Compact))) } });
        if (!inserted) {
            return inserted.error();
        }
        if (!inserted->next()) {
            return Error::internal(
                QStringLiteral("activity.no-id"), tr("The activity was stored without an id."));
        }
        id = inserted->value(0).toLongLong();
        if (activity.type == SalesActivityType::Unsubscribe) {
            return EmailOptOuts(m_store).optOutInActions(activity.personId, at);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Result<QList<SalesActivity>> SalesActivityRepository::list(const SalesActivityFilter& filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM sales_activities a WHERE 1 = 1").arg(columns);
    QVariantMap bindings;
    if (filter.personId != 0) {
        sql += QStringLiteral(" AND a.person_id = :person");
        bindings.insert(QStringLiteral("person"), filter.personId);
    }
    if (filter.userId != 0) {
        sql += QStringLiteral(" AND a.user_id = :user");
        bindings.insert(QStringLiteral("user"), filter.userId);
    }
    if (filter.onlyWaiting) {
        sql += QStringLiteral(" AND ((a.marketo_logged_at IS NULL AND a.type IN (%1))"
                              " OR (a.sfdc_logged_at IS NULL AND a.type IN (%2)))")
                   .arg(typeList(logsToMarketo), typeList(logsAsTask));
    }
    sql += QStringLiteral(" ORDER BY a.occurred_at DESC, a.id DESC LIMIT %1").arg(qMax(1, filter.limit));
    Result<QSqlQuery> query = m_store.exec(sql, bindings);
    if (!query) {
        return query.error();
    }
    QList<SalesActivity> activities;
    while (query->next()) {
        if (std::optional<SalesActivity> activity = activityFrom(m_store, *query)) {
            activities.append(*activity);
        }
    }
    return activities;
}

Result<QList<SalesActivityToLog>> SalesActivityRepository::waiting(
    const QString& condition, qint64 afterId, int limit) const
{
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral(
            "SELECT %1, p.marketo_id, p.sfdc_type, p.sfdc_lead_id, p.sfdc_contact_id, p.sfdc_account_id,"
            " p.sfdc_opportunity_id, u.salesforce_user_id"
            " FROM sales_activities a JOIN people p ON p.id = a.person_id"
            " LEFT JOIN users u ON u.id = a.user_id"
            " WHERE a.id > :after AND %2 ORDER BY a.id LIMIT %3")
            .arg(columns, condition)
            .arg(qMax(1, limit)),
        { { QStringLiteral("after"), afterId } });
    if (!query) {
        return query.error();
    }
    QList<SalesActivityToLog> waiting;
    while (query->next()) {
        std::optional<SalesActivity> activity = activityFrom(m_store, *query);
        if (!activity) {
            continue;
        }
        SalesActivityToLog entry;
        entry.activity = *activity;
        entry.marketoId = query->value(10).toLongLong();
        const PersonSalesforceRecord who = PersonSalesforceRecord::of(
            query->value(11).toString(), query->value(12).toString(), query->value(13).toString());
        entry.sfdcType = who.type;
        entry.sfdcWhoId = who.id;
        entry.sfdcAccountId = query->value(14).toString();
        entry.sfdcOpportunityId = query->value(15).toString();
        entry.sellerSalesforceId = query->value(16).toString();
        waiting.append(entry);
    }
    return waiting;
}

Result<QList<SalesActivityToLog>> SalesActivityRepository::waitingForMarketo(qint64 afterId, int limit) const
{
    return waiting(
        QStringLiteral("a.marketo_logged_at IS NULL AND a.type IN (%1)").arg(typeList(logsToMarketo)),
        afterId, limit);
}

Result<QList<SalesActivityToLog>> SalesActivityRepository::waitingForSalesforce(
    qint64 afterId, int limit) const
{
    return waiting(QStringLiteral("a.sfdc_logged_at IS NULL AND a.type IN (%1)").arg(typeList(logsAsTask)),
        afterId, limit);
}

Result<qint64> SalesActivityRepository::waitingCount() const
{
    Result<QSqlQuery> query = m_store.exec(QStringLiteral(
        "SELECT COUNT(*) FROM sales_activities WHERE (marketo_logged_at IS NULL AND type IN (%1))"
        " OR (sfdc_logged_at IS NULL AND type IN (%2))")
                                               .arg(typeList(logsToMarketo), typeList(logsAsTask)));
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<void> SalesActivityRepository::markLoggedInMarketo(const QList<qint64>& ids, const QDateTime& at)
{
    return m_store.transaction([&]() -> Result<void> {
        for (qint64 id : ids) {
            Result<QSqlQuery> marked = m_store.exec(
                QStringLiteral("UPDATE sales_activities SET marketo_logged_at = :at WHERE id = :id"),
                { { QStringLiteral("id"), id }, { QStringLiteral("at"), toStoredTimestamp(at) } });
            if (!marked) {
                return marked.error();
            }
        }
        return {};
    });
}

Result<void> SalesActivityRepository::markLoggedInSalesforce(
    qint64 id, const QString& taskId, const QDateTime& at)
{
    Result<QSqlQuery> marked = m_store.exec(
        QStringLiteral(
            "UPDATE sales_activities SET sfdc_task_id = :task, sfdc_logged_at = :at WHERE id = :id"),
        { { QStringLiteral("id"), id }, { QStringLiteral("task"), taskId },
            { QStringLiteral("at"), toStoredTimestamp(at) } });
    if (!marked) {
        return marked.error();
    }
    return {};
}

} // namespace sia
