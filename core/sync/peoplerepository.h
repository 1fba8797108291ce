// The people the sync wrote, as the people browser, the command line and the status read them: counts, one
// person by Marketo ID, pages in the browser's order (last name, first name, id: a keyset over the index
// people_by_name, so the millionth row comes as fast as the first), a search by name, email, company or
// Marketo ID, and the duplicate emails among the eligible. Read-only: people are never written here.
#pragma once

#include "common/result.h"
#include "review/recordpage.h"
#include "sync/peoplesyncservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace sia {

class Store;

struct PersonRow
{
    qint64 id = 0; // people.id
    qint64 marketoId = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString company;
    QString title;
    QString phone;
    QString linkedInUrl;
    QString source;
    QString sfdcLeadId;
    QString sfdcContactId;
    QString sfdcAccountId;
    QString sfdcOpportunityId;
    QString sfdcType;
    QString salesOwnerId;
    QString salesOwnerEmail;
    bool eligible = true;
    QString ineligibleReason; // an EligibilityRule code
    bool unsubscribed = false;
    QDateTime marketoCreatedAt;
    QDateTime marketoUpdatedAt;
    QDateTime deletedAt; // deleted in Marketo (the row stays)
    QDateTime syncedAt;
};

// Where the next page starts: after this row in the browser's order.
struct PeopleCursor
{
    QString lastName; // as stored; a missing name is the empty one
    QString firstName;
    qint64 id = 0; // 0: from the start

    bool isStart() const { return id == 0; }
    static PeopleCursor after(const PersonRow& row) { return { row.lastName, row.firstName, row.id }; }
};

struct PeopleQuery
{
    // Digits: the person with that Marketo ID. With an "@": people whose email starts with it. Else
    // people whose last name, first name, email or company starts with it. Case is ignored (ASCII
    // letters, as the store's email collation). Empty: everyone.
    QString search;
    bool eligibleOnly = false; // without the ineligible and the deleted

    bool isEmpty() const { return search.trimmed().isEmpty() && !eligibleOnly; }
};

struct PeopleCounts
{
    qint64 total = 0; // rows, whatever their state
    qint64 eligible = 0; // eligible and not deleted
    qint64 ineligible = 0; // kept, no longer eligible
    qint64 deleted = 0; // tombstoned
};

struct StoredDuplicates
{
    qint64 emails = 0; // distinct emails held by more than one eligible person
    qint64 people = 0; // eligible people who share their email
    QList<DuplicateEmail> examples; // the most frequent first
};

class PeopleRepository
{
    Q_DECLARE_TR_FUNCTIONS(sia::PeopleRepository)

public:
    // A statement and its bindings, as a page runs it (a test reads its plan).
    struct Statement
    {
        QString sql;
        QVariantMap bindings;
    };

    explicit PeopleRepository(Store& store);

    Result<PeopleCounts> counts() const;
    Result<std::optional<PersonRow>> byMarketoId(qint64 marketoId) const;
    Result<QList<PersonRow>> page(const PeopleQuery& query, const PeopleCursor& after, int limit) const;
    Result<qint64> count(const PeopleQuery& query) const;
    // A page as the browser takes it: one row more than limit tells whether more follow; the first page
    // comes with the counts (filtered and not).
    Result<RecordPage<PersonRow>> browse(
        const PeopleQuery& query, const PeopleCursor& after, int limit) const;
    Result<StoredDuplicates> duplicateEmails(int examples = 5, int idsPerEmail = 5) const;

    Statement pageStatement(const PeopleQuery& query, const PeopleCursor& after, int limit) const;

private:
    Statement where(const PeopleQuery& query) const;

    Store& m_store;
};

} // namespace sia

Q_DECLARE_METATYPE(sia::PersonRow)
