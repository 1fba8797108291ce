// The sandbox's data: Marketo people and their Salesforce twins (leads, contacts, accounts, opportunities,
// contact roles, users, queues), the organization and its installed package, all derived from the seed.
// A record is generated when asked for, from (seed, number), so memory stays flat however many people
// there are; only the overlay of mutations (the control API's "mutate": changes, deletions, people added)
// is stored, and the generated history's New Lead activities (a few per cent of the people).
//
// Numbering: person i (0-based) has Marketo id firstPersonId() + i (the added people follow the generated
// ones); its Salesforce lead or contact has number i + 1 (so lead and contact numbers are sparse);
// accounts, opportunities and users are dense.
// Salesforce ids encode the number (SalesforceId), so every lookup by id is computed, not searched.
#pragma once

#include "sandbox/dataset/activityidsequence.h"
#include "sandbox/dataset/peoplegenerator.h"
#include "sandbox/dataset/peopleview.h"
#include "sandbox/dataset/records.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace sia::sandbox {

class SandboxClock;
struct SandboxOptions;

// One change of synced fields of one person (Marketo's "Change Data Value" activities feed leadchanges).
struct PersonChange
{
    struct Field
    {
        QString name; // the Person member / Marketo REST name, e.g. "title"
        QString oldValue;
        QString newValue;
    };
    qint64 activityId = 0;
    qint64 personId = 0;
    QDateTime at;
    QList<Field> fields;
};

struct PersonDeletion
{
    qint64 activityId = 0;
    qint64 personId = 0;
    QDateTime at;
    QString displayName; // "Last, First", as Marketo names a deleted person
};

// A person's arrival in the database: Marketo's "New Lead" activity (leadchanges serves it beside the
// field changes). The generated history holds one for every generated person created in its days; the
// control API's "newPeople" adds one per person it adds.
struct PersonCreation
{
    qint64 activityId = 0;
    qint64 personId = 0;
    QDateTime at; // the person's createdAt
    PersonSource source = PersonSource::WebServiceApi;
};

// What the control API's "newPeople" asks for.
struct NewPeopleSpec
{
    qint64 count = 1;
    NewPersonOwnership ownership = NewPersonOwnership::Drawn;
    QHash<QString, QString> fields; // Person member name (PeopleView::member) → value, for every new person
};

class SandboxDataset
{
public:
    SandboxDataset(const SandboxOptions& options, const SandboxClock& clock);

    quint64 seed() const { return m_generator.seed(); }
    // The people as they are now; a copy keeps them so while the data moves on (bulk export jobs).
    const PeopleView& people() const { return m_view; }

    // --- Marketo people ---------------------------------------------------------------------------
    qint64 peopleCount() const { return m_view.count(); } // generated and added, deleted included
    qint64 generatedPeopleCount() const { return m_generator.peopleCount(); } // as on the command line
    qint64 firstPersonId() const { return PeopleGenerator::firstPersonId; }
    qint64 lastPersonId() const { return firstPersonId() + peopleCount() - 1; }
    std::optional<Person> person(qint64 marketoId) const; // nullopt: no such person, or deleted
    bool isDeleted(qint64 marketoId) const { return m_view.isDeleted(marketoId); }
    QList<qint64> peopleWithEmail(const QString& email) const; // ascending ids, deleted left out
    std::optional<Person> personBySfdcLeadId(const QString& leadId) const;
    std::optional<Person> personBySfdcContactId(const QString& contactId) const;
    QList<qint64> peopleOfAccount(const QString& accountId) const; // contacts of the account, ascending
    qint64 eligiblePeopleCount() const; // living people with a Sales Owner (SPEC §4)
    qint64 livingPeopleCount() const { return peopleCount() - qint64(m_view.deleted().size()); }
    qint64 peopleOwnedBy(const QString& userId) const; // living people whose Sales Owner is the user
    QString salesOwnerIdOf(qint64 marketoId) const; // cheap (no record is built); empty without one

    // --- Salesforce -----------------------------------------------------------------------------------
    const QList<SalesforceUser>& salesforceUsers() const { return m_users; } // first: the integration user
    std::optional<SalesforceUser> salesforceUser(const QString& id) const;
    std::optional<SalesforceUser> salesforceUserByUsername(const QString& username) const;
    const QList<SalesforceQueue>& salesforceQueues() const { return m_queues; }

    std::optional<SalesforceLead> lead(const QString& id) const;
    std::optional<SalesforceContact> contact(const QString& id) const;
    std::optional<SalesforceAccount> account(const QString& id) const;
    std::optional<SalesforceOpportunity> opportunity(const QString& id) const;
    std::optional<OpportunityContactRole> opportunityContactRole(const QString& id) const;

    // Iteration in id order: the first record whose number is greater than afterNumber (0 to begin);
    // nullopt at the end. A cursor is the last number returned.
    std::optional<SalesforceLead> nextLead(qint64 afterNumber) const;
    std::optional<SalesforceContact> nextContact(qint64 afterNumber) const;
    std::optional<SalesforceAccount> nextAccount(qint64 afterNumber) const;
    std::optional<SalesforceOpportunity> nextOpportunity(qint64 afterNumber) const;
    std::optional<OpportunityContactRole> nextOpportunityContactRole(qint64 afterNumber) const;
    qint64 leadCount() const;
    qint64 contactCount() const;
    qint64 accountCount() const { return m_generator.accountCount(); }

    const SalesforceOrganization& organization() const { return m_organization; }
    std::optional<InstalledPackage> installedPackage() const { return m_package; }

    // --- The overlay: mutations through the control API ---------------------------------------------
    // Changes synced fields of count living people (chosen from the seed), at the clock's now.
    QList<qint64> mutatePeople(qint64 count);
    QList<qint64> deletePeople(qint64 count);
    // Gives count living people in Salesforce (leads and contacts) another owner, at the clock's now, as
    // a Salesforce admin's reassignment does: ToQueue hands user-owned leads to the queue (they lose their
    // Sales Owner), ToUser gives leads or contacts another user (a queue's lead gains one), Drawn either.
    // Marketo logs it as a Data Value Change of sfdcLeadOwnerId and leadOwnerEmailAddress. Answers the ids
    // (fewer when too few people qualify).
    enum class OwnerChange
    {
        Drawn,
        ToUser,
        ToQueue
    };
    QList<qint64> reownPeople(qint64 count, OwnerChange change = OwnerChange::Drawn);
    const QList<PersonChange>& changes() const { return m_changes; } // in activity order
    const QList<PersonDeletion>& deletions() const { return m_deletions; }
    // Adds spec.count people after the last one, created at the clock's now; answers their ids.
    QList<qint64> addPeople(const NewPeopleSpec& spec);
    // Every New Lead activity, in activity order: the generated history's, then the added people's. A
    // deleted person's stay here (the reader leaves them out, as Marketo deletes a person's activities).
    const QList<PersonCreation>& creations() const { return m_creations; }
    // The first creation whose activity id is at least firstId (or the end), found by bisection: the
    // history can hold tens of thousands.
    QList<PersonCreation>::const_iterator creationsFrom(qint64 firstId) const;

    // The activity log begins with a generated history: the New Lead activities of the generated people
    // created in the historyDays before the data's anchor (PeopleGenerator::anchor), in createdAt order.
    // Every later activity (the overlay's) follows it. Activity ids are shared by every activity the
    // sandbox records (see ActivityIdSequence).
    static constexpr int historyDays = 30;
    static QDateTime historyStart();
    qint64 nextActivityId() { return m_activityIds.next(); }
    qint64 lastActivityId() const { return m_activityIds.last(); } // the end of the log
    void reset(); // forget the overlay (the generated history stays)

private:
    std::optional<qint64> personNumberOf(const QString& salesforceId, const QString& keyPrefix) const;
    Person personAt(qint64 index) const { return m_view.personAt(index); } // deleted or not
    qint64 pickLivingPersonIndex();
    void generateHistory();
    struct KindCounts
    {
        qint64 eligible = 0; // with a Sales Owner
        qint64 leads = 0;
        qint64 contacts = 0;
        QList<qint64> owned; // people per owner, by index into m_users
        void add(const PeopleGenerator::Facts& facts, qint64 sign = 1);
    };
    KindCounts kindCounts() const; // every person, deleted included

    const SandboxClock& m_clock;
    PeopleGenerator m_generator;
    QList<SalesforceUser> m_users;
    PeopleView m_view;
    QList<SalesforceQueue> m_queues;
    SalesforceOrganization m_organization;
    std::optional<InstalledPackage> m_package;
    QList<PersonChange> m_changes;
    QList<PersonDeletion> m_deletions;
    QList<PersonCreation> m_creations;
    qsizetype m_generatedCreations = 0; // the history's, at the start of m_creations
    ActivityIdSequence m_activityIds;
    ActivityIdSequence m_activityIdsAfterHistory; // where a reset starts again
    quint64 m_mutationDraws = 0;
    QSet<qint64> m_reownedGenerated; // generated people re-owned: their drawn facts are in the cached counts
    // Counted once, on first use, for the generated people (a pass over the cheap per-person facts, no
    // strings); the added people are counted when asked.
    mutable std::optional<KindCounts> m_generatedKinds;
};

} // namespace sia::sandbox
