#include "activities/emailoptouts.h"

#include "activities/personsalesforcerecord.h"
#include "common/timestamps.h"
#include "store/auditlog.h"
#include "store/store.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace sia {

namespace {

const QString columns = QStringLiteral(
    "p.id, p.email, p.email_opt_out, p.email_opt_out_at, p.email_opt_out_source, p.email_opt_out_pending,"
    " p.sfdc_type, p.sfdc_lead_id, p.sfdc_contact_id");

EmailOptOut optOutFrom(const QSqlQuery& query)
{
    EmailOptOut optOut;
    optOut.personId = query.value(0).toLongLong();
    optOut.email = query.value(1).toString();
    optOut.optedOut = query.value(2).toBool();
    optOut.at = query.value(3).isNull() ? QDateTime() : fromStoredTimestamp(query.value(3).toString());
    optOut.source = query.value(4).toString() == u"salesforce" ? EmailOptOutSource::Salesforce
                                                               : EmailOptOutSource::Actions;
    optOut.pending = query.value(5).toBool();
    const PersonSalesforceRecord record = PersonSalesforceRecord::of(
        query.value(6).toString(), query.value(7).toString(), query.value(8).toString());
    optOut.sfdcType = record.type;
    optOut.sfdcId = record.id;
    return optOut;
}

} // namespace

QString EmailOptOuts::sourceKey(EmailOptOutSource source)
{
    return source == EmailOptOutSource::Salesforce ? QStringLiteral("salesforce") : QStringLiteral("actions");
}

Result<void> EmailOptOuts::optOutInActions(qint64 personId, const QDateTime& at)
{
    Result<QSqlQuery> updated
        = m_store.exec(QStringLiteral("UPDATE people SET email_opt_out = :yes, email_opt_out_at = :at,"
                                      " email_opt_out_source = 'actions', email_opt_out_pending = :yes"
                                      " WHERE id = :id AND NOT email_opt_out"),
            { { QStringLiteral("id"), personId }, { QStringLiteral("yes"), true },
                { QStringLiteral("at"), toStoredTimestamp(at) } });
    if (!updated) {
        return updated.error();
    }
    return {};
}

Result<std::optional<EmailOptOut>> EmailOptOuts::of(qint64 personId) const
{
    Result<QSqlQuery> query
        = m_store.exec(QStringLiteral("SELECT %1 FROM people p WHERE p.id = :id").arg(columns),
            { { QStringLiteral("id"), personId } });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<EmailOptOut>();
    }
    return std::optional<EmailOptOut>(optOutFrom(*query));
}

Result<QList<EmailOptOut>> EmailOptOuts::list(qint64 afterId, int limit, bool onlyPending) const
{
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral("SELECT %1 FROM people p WHERE p.id > :after AND %2 ORDER BY p.id LIMIT %3")
            .arg(columns,
                onlyPending ? QStringLiteral("p.email_opt_out_pending") : QStringLiteral("p.email_opt_out"))
            .arg(qMax(1, limit)),
        { { QStringLiteral("after"), afterId } });
    if (!query) {
        return query.error();
    }
    QList<EmailOptOut> optOuts;
    while (query->next()) {
        optOuts.append(optOutFrom(*query));
    }
    return optOuts;
}

Result<QList<EmailOptOut>> EmailOptOuts::waitingForSalesforce(qint64 afterId, int limit) const
{
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral(
            "SELECT %1 FROM people p WHERE p.id > :after AND p.email_opt_out_pending"
            " AND p.deleted_at IS NULL AND (p.sfdc_lead_id IS NOT NULL OR p.sfdc_contact_id IS NOT NULL)"
            " ORDER BY p.id LIMIT %2")
            .arg(columns)
            .arg(qMax(1, limit)),
        { { QStringLiteral("after"), afterId } });
    if (!query) {
        return query.error();
    }
    QList<EmailOptOut> waiting;
    while (query->next()) {
        EmailOptOut optOut = optOutFrom(*query);
        if (!optOut.sfdcId.isEmpty()) {
            waiting.append(optOut);
        }
    }
    return waiting;
}

Result<qint64> EmailOptOuts::waitingCount() const
{
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral("SELECT COUNT(*) FROM people WHERE email_opt_out_pending AND deleted_at IS NULL"
                       " AND (sfdc_lead_id IS NOT NULL OR sfdc_contact_id IS NOT NULL)"));
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<void> EmailOptOuts::markPushed(qint64 personId, const QDateTime& changeAt)
{
    Result<QSqlQuery> updated = m_store.exec(
        QStringLiteral(
            "UPDATE people SET email_opt_out_pending = :no WHERE id = :id AND email_opt_out_at = :at"),
        { { QStringLiteral("id"), personId }, { QStringLiteral("no"), false },
            { QStringLiteral("at"), toStoredTimestamp(changeAt) } });
    if (!updated) {
        return updated.error();
    }
    return {};
}

Result<void> EmailOptOuts::dropPending(qint64 personId)
{
    Result<QSqlQuery> updated
        = m_store.exec(QStringLiteral("UPDATE people SET email_opt_out_pending = :no WHERE id = :id"),
            { { QStringLiteral("id"), personId }, { QStringLiteral("no"), false } });
    if (!updated) {
        return updated.error();
    }
    return {};
}

Result<EmailOptOutApplied> EmailOptOuts::applyFromSalesforce(
    const QList<SalesforceEmailOptOut>& records, const QString& actor)
{
    EmailOptOutApplied applied;
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        AuditLog audit(m_store);
        for (const SalesforceEmailOptOut& record : records) {
            Result<QSqlQuery> people = m_store.exec(
                QStringLiteral(
                    "SELECT %1 FROM people p WHERE (p.sfdc_lead_id = :sfdc OR p.sfdc_contact_id = :sfdc)"
                    " AND p.deleted_at IS NULL ORDER BY p.id")
                    .arg(columns),
                { { QStringLiteral("sfdc"), record.sfdcId } });
            if (!people) {
                return people.error();
            }
            QList<EmailOptOut> matches;
            while (people->next()) {
                matches.append(optOutFrom(*people));
            }
            if (matches.isEmpty()) {
                ++applied.unchanged; // a lead or contact no person in Actions has
            }
            for (const EmailOptOut& person : matches) {
                if (person.optedOut == record.optedOut) {
                    ++applied.unchanged;
                    if (person.pending) { // Salesforce has it already (from Marketo's sync, say)
                        if (Result<void> dropped = dropPending(person.personId); !dropped) {
                            return dropped;
                        }
                    }
                    continue;
                }
                // Only an Actions opt-out is ever pending; at the same time it wins over an opt-in.
                if (person.pending && person.at.isValid() && person.at >= record.modifiedAt) {
                    ++applied.conflicts;
                    if (Result<void> noted = audit.append(actor, QStringLiteral("email-opt-out.conflict"),
                            { { QStringLiteral("person"), person.personId },
                                { QStringLiteral("email"), person.email },
                                { QStringLiteral("kept"), QStringLiteral("actions") },
                                { QStringLiteral("actionsOptedOut"), person.optedOut },
                                { QStringLiteral("actionsChangedAt"), toStoredTimestamp(person.at) },
                                { QStringLiteral("salesforceOptedOut"), record.optedOut },
                                { QStringLiteral("salesforceChangedAt"),
                                    toStoredTimestamp(record.modifiedAt) },
                                { QStringLiteral("sfdcId"), record.sfdcId } });
                        !noted) {
                        return noted;
                    }
                    continue;
                }
                Result<QSqlQuery> updated = m_store.exec(
                    QStringLiteral(
                        "UPDATE people SET email_opt_out = :out, email_opt_out_at = :at,"
                        " email_opt_out_source = 'salesforce', email_opt_out_pending = :no WHERE id = :id"),
                    { { QStringLiteral("id"), person.personId }, { QStringLiteral("out"), record.optedOut },
                        { QStringLiteral("no"), false },
                        { QStringLiteral("at"), toStoredTimestamp(record.modifiedAt) } });
                if (!updated) {
                    return updated.error();
                }
                ++applied.changed;
                QJsonObject arguments { { QStringLiteral("person"), person.personId },
                    { QStringLiteral("email"), person.email },
                    { QStringLiteral("optedOut"), record.optedOut },
                    { QStringLiteral("sfdcId"), record.sfdcId },
                    { QStringLiteral("changedAt"), toStoredTimestamp(record.modifiedAt) } };
                if (person.pending) {
                    // Salesforce's change is the later one: the Actions opt-out not yet pushed gives way.
                    ++applied.conflicts;
                    arguments.insert(QStringLiteral("kept"), QStringLiteral("salesforce"));
                    arguments.insert(QStringLiteral("actionsChangedAt"), toStoredTimestamp(person.at));
                }
                if (Result<void> noted = audit.append(actor,
                        person.pending ? QStringLiteral("email-opt-out.conflict")
                                       : QStringLiteral("email-opt-out.from-salesforce"),
                        arguments);
                    !noted) {
                    return noted;
                }
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return applied;
}

} // namespace sia
