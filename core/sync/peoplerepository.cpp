#include "sync/peoplerepository.h"

#include "store/store.h"

#include <QSqlQuery>

namespace sia {

namespace {

const QString columns = QStringLiteral(
    "SELECT id, marketo_id, first_name, last_name, email, company, title, phone, linkedin_url, source,"
    " sfdc_lead_id, sfdc_contact_id, sfdc_account_id, sfdc_opportunity_id, sfdc_type, sales_owner_id,"
    " sales_owner_email, eligible, ineligible_reason, unsubscribed, marketo_created_at, marketo_updated_at,"
    " deleted_at, synced_at FROM people");

// The browser's order, exactly as the index people_by_name has it (migration 7).
const QString lastKey = QStringLiteral("coalesce(last_name, '')");
const QString firstKey = QStringLiteral("coalesce(first_name, '')");

PersonRow rowFrom(const QSqlQuery& query, const SqlDialect& dialect)
{
    PersonRow row;
    row.id = query.value(0).toLongLong();
    row.marketoId = query.value(1).toLongLong();
    row.firstName = query.value(2).toString();
    row.lastName = query.value(3).toString();
    row.email = query.value(4).toString();
    row.company = query.value(5).toString();
    row.title = query.value(6).toString();
    row.phone = query.value(7).toString();
    row.linkedInUrl = query.value(8).toString();
    row.source = query.value(9).toString();
    row.sfdcLeadId = query.value(10).toString();
    row.sfdcContactId = query.value(11).toString();
    row.sfdcAccountId = query.value(12).toString();
    row.sfdcOpportunityId = query.value(13).toString();
    row.sfdcType = query.value(14).toString();
    row.salesOwnerId = query.value(15).toString();
    row.salesOwnerEmail = query.value(16).toString();
    row.eligible = query.value(17).toBool();
    row.ineligibleReason = query.value(18).toString();
    row.unsubscribed = query.value(19).toBool();
    row.marketoCreatedAt = dialect.timestampFrom(query.value(20));
    row.marketoUpdatedAt = dialect.timestampFrom(query.value(21));
    row.deletedAt = dialect.timestampFrom(query.value(22));
    row.syncedAt = dialect.timestampFrom(query.value(23));
    return row;
}

} // namespace

PeopleRepository::PeopleRepository(Store& store)
    : m_store(store)
{ }

Result<PeopleCounts> PeopleRepository::counts() const
{
    Result<QSqlQuery> query = m_store.exec(
        QStringLiteral("SELECT COUNT(*),"
                       " COALESCE(SUM(CASE WHEN eligible AND deleted_at IS NULL THEN 1 ELSE 0 END), 0),"
                       " COALESCE(SUM(CASE WHEN NOT eligible AND deleted_at IS NULL THEN 1 ELSE 0 END), 0),"
                       " COALESCE(SUM(CASE WHEN deleted_at IS NOT NULL THEN 1 ELSE 0 END), 0) FROM people"));
    if (!query) {
        return query.error();
    }
    PeopleCounts counts;
    if (query->next()) {
        counts.total = query->value(0).toLongLong();
        counts.eligible = query->value(1).toLongLong();
        counts.ineligible = query->value(2).toLongLong();
        counts.deleted = query->value(3).toLongLong();
    }
    return counts;
}

Result<std::optional<PersonRow>> PeopleRepository::byMarketoId(qint64 marketoId) const
{
    Result<QSqlQuery> query = m_store.exec(
        columns + QStringLiteral(" WHERE marketo_id = :id"), { { QStringLiteral("id"), marketoId } });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<PersonRow>();
    }
    return std::optional<PersonRow>(rowFrom(*query, m_store.dialect()));
}

PeopleRepository::Statement PeopleRepository::where(const PeopleQuery& query) const
{
    const SqlDialect& dialect = m_store.dialect();
    Statement statement;
    QStringList conditions;
    if (query.eligibleOnly) {
        conditions << QStringLiteral("eligible AND deleted_at IS NULL");
    }
    const QString text = query.search.trimmed();
    bool isNumber = false;
    const qint64 marketoId = text.toLongLong(&isNumber);
    if (text.isEmpty()) {
        // everyone
    } else if (isNumber && marketoId > 0) {
        // A Marketo ID: the unique index finds it at once.
        conditions << QStringLiteral("marketo_id = :marketo_id");
        statement.bindings.insert(QStringLiteral("marketo_id"), marketoId);
    } else if (text.contains(QLatin1Char('@'))) {
        // Part of an address: the email's index, by prefix.
        conditions << dialect.startsWith(QStringLiteral("email"), QStringLiteral("email"));
        statement.bindings.insert(dialect.startsWithBindings(QStringLiteral("email"), text));
    } else {
        // A name or a company. The last name and the email have indexes; the first name and the company
        // have none (each index slows every upsert of a million-person sync), so this search walks the
        // browser's order and stops after a page: quick when it matches many, slower when it matches few.
        const QList<QPair<QString, QString>> fields { { lastKey, QStringLiteral("last") },
            { firstKey, QStringLiteral("first") }, { QStringLiteral("email"), QStringLiteral("email") },
            { QStringLiteral("coalesce(company, '')"), QStringLiteral("company") } };
        QStringList matches;
        for (const auto& [expression, name] : fields) {
            matches << dialect.startsWith(expression, name);
            statement.bindings.insert(dialect.startsWithBindings(name, text));
        }
        conditions << QLatin1Char('(') + matches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    statement.sql = conditions.join(QStringLiteral(" AND "));
    return statement;
}

PeopleRepository::Statement PeopleRepository::pageStatement(
    const PeopleQuery& query, const PeopleCursor& after, int limit) const
{
    const SqlDialect& dialect = m_store.dialect();
    const QString last = dialect.expandTokens(lastKey + QStringLiteral(" {{nocase}}"));
    const QString first = dialect.expandTokens(firstKey + QStringLiteral(" {{nocase}}"));
    Statement statement = where(query);
    QStringList conditions;
    if (!statement.sql.isEmpty()) {
        conditions << statement.sql;
    }
    if (after.isStart()) {
        // A range from the first key on, so that the plan seeks the index rather than scanning the table.
        conditions << last + QStringLiteral(" >= ''");
    } else {
        // (last, first, id) > (:last, :first, :id), spelt out so that the index's first column bounds it.
        conditions << QStringLiteral("%1 >= :after_last AND (%1 > :after_last OR %2 > :after_first"
                                     " OR (%2 = :after_first AND id > :after_id))")
                          .arg(last, first);
        // A missing name is the empty one (a null QString would bind NULL, which compares as nothing).
        const auto nonNull = [](const QString& name) {
            return name.isNull() ? QStringLiteral("") : name;
        };
        statement.bindings.insert(QStringLiteral("after_last"), nonNull(after.lastName));
        statement.bindings.insert(QStringLiteral("after_first"), nonNull(after.firstName));
        statement.bindings.insert(QStringLiteral("after_id"), after.id);
    }
    statement.sql = columns + QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))
        + QStringLiteral(" ORDER BY %1, %2, id LIMIT :limit").arg(last, first);
    statement.bindings.insert(QStringLiteral("limit"), qMax(1, limit));
    return statement;
}

Result<QList<PersonRow>> PeopleRepository::page(
    const PeopleQuery& query, const PeopleCursor& after, int limit) const
{
    const Statement statement = pageStatement(query, after, limit);
    Result<QSqlQuery> rows = m_store.exec(statement.sql, statement.bindings);
    if (!rows) {
        return rows.error();
    }
    QList<PersonRow> people;
    while (rows->next()) {
        people.append(rowFrom(*rows, m_store.dialect()));
    }
    return people;
}

Result<qint64> PeopleRepository::count(const PeopleQuery& query) const
{
    const Statement filter = where(query);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM people");
    if (!filter.sql.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + filter.sql;
    }
    Result<QSqlQuery> counted = m_store.exec(sql, filter.bindings);
    if (!counted) {
        return counted.error();
    }
    return counted->next() ? counted->value(0).toLongLong() : qint64(0);
}

Result<RecordPage<PersonRow>> PeopleRepository::browse(
    const PeopleQuery& query, const PeopleCursor& after, int limit) const
{
    RecordPage<PersonRow> page;
    // One read transaction: the rows and their counts are of one state of the database, while a sync
    // writes beside it.
    Result<void> read = m_store.readTransaction([&]() -> Result<void> {
        Result<QList<PersonRow>> rows = this->page(query, after, limit + 1);
        if (!rows) {
            return rows.error();
        }
        page.hasMore = rows->size() > limit;
        if (page.hasMore) {
            rows->resize(limit);
        }
        page.rows = std::move(rows).value();
        if (!after.isStart()) {
            return {};
        }
        Result<qint64> total = count(query);
        if (!total) {
            return total.error();
        }
        page.total = page.unfiltered = *total;
        if (!query.isEmpty()) {
            Result<qint64> unfiltered = count({});
            if (!unfiltered) {
                return unfiltered.error();
            }
            page.unfiltered = *unfiltered;
        }
        return {};
    });
    if (!read) {
        return read.error();
    }
    return page;
}

Result<StoredDuplicates> PeopleRepository::duplicateEmails(int examples, int idsPerEmail) const
{
    // Grouped by the column's own collation: case-insensitively on both backends, as the store compares
    // emails (SPEC: two Marketo records with one email stay two people).
    const QString shared = QStringLiteral("SELECT email, COUNT(*) AS n FROM people"
                                          " WHERE eligible AND deleted_at IS NULL AND email IS NOT NULL"
                                          " GROUP BY email HAVING COUNT(*) > 1");
    StoredDuplicates duplicates;
    Result<QSqlQuery> totals
        = m_store.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(n), 0) FROM (%1) AS d").arg(shared));
    if (!totals) {
        return totals.error();
    }
    if (totals->next()) {
        duplicates.emails = totals->value(0).toLongLong();
        duplicates.people = totals->value(1).toLongLong();
    }
    totals->finish();
    if (duplicates.emails == 0 || examples <= 0) {
        return duplicates;
    }
    Result<QSqlQuery> top = m_store.exec(shared + QStringLiteral(" ORDER BY n DESC, email LIMIT :limit"),
        { { QStringLiteral("limit"), examples } });
    if (!top) {
        return top.error();
    }
    while (top->next()) {
        duplicates.examples.append({ top->value(0).toString(), top->value(1).toLongLong(), {} });
    }
    top->finish();
    for (DuplicateEmail& example : duplicates.examples) {
        Result<QSqlQuery> ids
            = m_store.exec(QStringLiteral("SELECT marketo_id FROM people WHERE email = :email"
                                          " AND eligible AND deleted_at IS NULL"
                                          " ORDER BY marketo_id LIMIT :limit"),
                { { QStringLiteral("email"), example.email },
                    { QStringLiteral("limit"), qMax(1, idsPerEmail) } });
        if (!ids) {
            return ids.error();
        }
        while (ids->next()) {
            example.marketoIds.append(ids->value(0).toLongLong());
        }
    }
    return duplicates;
}

} // namespace sia
