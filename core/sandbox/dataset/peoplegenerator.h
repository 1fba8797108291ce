// Derives every record of the sandbox's world from (seed, number) with a counter-based hash, so that
// the same seed always gives the same data and nothing needs to be stored. It knows the shape of the
// world (how many leads, contacts, owners, duplicates, gaps, scripts); SandboxDataset adds the overlay.
#pragma once

#include "sandbox/dataset/records.h"

#include <QList>
#include <QString>

namespace sia::sandbox {

// Where a person added after the start (the control API's "newPeople") stands in Salesforce.
enum class NewPersonOwnership
{
    Drawn, // from the seed, as the generated people (a drawn contact enters as a lead)
    Owned, // a Salesforce lead with a user as its Sales Owner
    Unowned, // only in Marketo: no Salesforce record, no Sales Owner
};

class PeopleGenerator
{
public:
    static constexpr qint64 firstPersonId = 1001;
    static constexpr qint64 peoplePerAccount = 8; // contacts of account a are among persons 8(a-1) … 8a-1
    static constexpr qint64 duplicateReach
        = 50; // a duplicate copies the email of one of the 50 people before it

    PeopleGenerator(quint64 seed, qint64 people);

    quint64 seed() const { return m_seed; }
    qint64 peopleCount() const { return m_people; }
    qint64 accountCount() const { return (m_people + peoplePerAccount - 1) / peoplePerAccount; }
    qint64 userCount() const { return m_userCount; }

    // The cheap facts of person index (0-based), without building a single string.
    struct Facts
    {
        CrmKind kind = CrmKind::None;
        bool ownedByQueue = false; // a lead whose owner is the queue: no Sales Owner
        int ownerUser = -1; // index into users(); -1 without a user owner
        qint64 accountNumber = 0; // contacts only
        bool duplicateEmail = false;
        qint64 emailSourceIndex = -1; // duplicates: whose email they copy
        bool hasEmail = true;
    };
    Facts facts(qint64 index) const;
    bool hasSalesOwner(qint64 index) const { return facts(index).ownerUser >= 0; }
    // The facts of a person added after the start at index (>= peopleCount()): drawn as facts(index) are,
    // then as ownership says. A new person is never a contact: contacts come from converting leads in
    // Salesforce, and a new contact would need an account.
    Facts newPersonFacts(qint64 index, NewPersonOwnership ownership) const;

    Person person(qint64 index, const QList<SalesforceUser>& users) const; // without overlay
    Person person(qint64 index, const QList<SalesforceUser>& users, const Facts& facts) const;
    QString baseEmail(qint64 index) const; // the email person index has unless it copies another's
    // The index whose base email this is, among the first people indexes (the generated ones and those
    // added since).
    std::optional<qint64> indexFromBaseEmail(const QString& email, qint64 people) const;
    PersonSource sourceOf(qint64 index) const; // how a generated person entered the database

    QList<SalesforceUser> users() const;
    QList<SalesforceQueue> queues() const;
    SalesforceAccount account(qint64 number, const QList<SalesforceUser>& users) const;
    QString accountName(qint64 number) const;
    static QString phoneNumber(quint64 draw);
    int opportunityCountOfAccount(qint64 accountNumber) const; // 0, 1 or 2
    SalesforceOpportunity opportunity(
        qint64 number, const QList<SalesforceUser>& users) const; // number = 2(a-1)+k+1
    bool contactHasRole(qint64 index) const; // the contact is on its account's first opportunity
    SalesforceOrganization organization() const;
    static QDateTime anchor(); // the data's "now": records were created before it
    // A person's generated createdAt / updatedAt in ms since the epoch, without building the person.
    qint64 createdAtMs(qint64 index) const;
    qint64 updatedAtMs(qint64 index) const;

private:
    quint64 draw(qint64 index, quint32 salt) const;
    int percent(qint64 index, quint32 salt) const { return int(draw(index, salt) % 100); }
    QDateTime createdAt(qint64 index, quint32 salt) const;
    QDateTime updatedAt(const QDateTime& created, qint64 index, quint32 salt) const;
    qint64 createdOffsetSeconds(qint64 index, quint32 salt) const; // before the anchor
    qint64 updatedOffsetSeconds(qint64 createdOffset, qint64 index, quint32 salt) const; // after createdAt

    quint64 m_seed;
    qint64 m_people;
    int m_userCount;
};

} // namespace sia::sandbox
