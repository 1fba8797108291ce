// What the people sync's end-to-end tests share: the store's people compared with the sandbox's, field
// for field, every eligible living person exactly once and nobody else.
#pragma once

#include "sandbox/dataset/peopleview.h"
#include "sandbox/marketo/marketofields.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

// Empty when the store holds exactly the sandbox's eligible living people with every synced field equal;
// else what differs first (and how many differ).
inline QString compareWithSandbox(sia::Store& store, const sia::sandbox::PeopleView& people)
{
    using sia::sandbox::Person;
    QHash<qint64, QStringList> expected;
    for (qint64 index = 0; index < people.count(); ++index) {
        const qint64 id = people.idOf(index);
        if (people.isDeleted(id)) {
            continue;
        }
        const Person p = people.personAt(index);
        if (!p.hasSalesOwner()) {
            continue;
        }
        expected.insert(id,
            { p.firstName, p.lastName, p.email, p.company, p.title, p.phone, p.linkedInProfileUrl,
                p.leadSource, p.sfdcLeadId, p.sfdcContactId, p.sfdcAccountId, p.sfdcType(), p.sfdcLeadOwnerId,
                p.leadOwnerEmailAddress, p.unsubscribed ? QStringLiteral("1") : QStringLiteral("0") });
    }
    sia::Result<QSqlQuery> rows = store.exec(QStringLiteral(
        "SELECT marketo_id, first_name, last_name, email, company, title, phone, linkedin_url, source, "
        "sfdc_lead_id, sfdc_contact_id, sfdc_account_id, sfdc_type, sales_owner_id, sales_owner_email, "
        "unsubscribed FROM people WHERE eligible AND deleted_at IS NULL"));
    if (!rows) {
        return rows.error().message;
    }
    qint64 seen = 0;
    qint64 differing = 0;
    QString first;
    QSet<qint64> ids;
    while (rows->next()) {
        ++seen;
        const qint64 id = rows->value(0).toLongLong();
        if (ids.contains(id)) {
            return QStringLiteral("person %1 is there twice").arg(id);
        }
        ids.insert(id);
        const auto it = expected.constFind(id);
        if (it == expected.cend()) {
            ++differing;
            first = first.isEmpty() ? QStringLiteral("person %1 should not be there").arg(id) : first;
            continue;
        }
        QStringList actual;
        for (int column = 1; column <= 15; ++column) {
            const QVariant value = rows->value(column);
            actual.append(column == 15 ? (value.toBool() ? QStringLiteral("1") : QStringLiteral("0"))
                                       : value.toString());
        }
        if (actual != *it) {
            ++differing;
            if (first.isEmpty()) {
                first = QStringLiteral("person %1: stored [%2], the sandbox has [%3]")
                            .arg(id)
                            .arg(actual.join(u'|'), it->join(u'|'));
            }
        }
    }
    if (seen != expected.size()) {
        const qint64 missing = std::count_if(
            expected.keyBegin(), expected.keyEnd(), [&](qint64 id) { return !ids.contains(id); });
        return QStringLiteral("%1 people stored, %2 expected (%3 missing); %4")
            .arg(seen)
            .arg(expected.size())
            .arg(missing)
            .arg(first);
    }
    return differing == 0 ? QString() : QStringLiteral("%1 people differ; %2").arg(differing).arg(first);
}
