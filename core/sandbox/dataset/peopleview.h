// Marketo people as of one moment: the generated people, those added since (the control API's
// "newPeople": indexes from generator().peopleCount() on, drawn from the seed like the others), and the
// overlay of mutations and deletions applied. Copying one is cheap (Qt's implicit sharing), which is how a
// bulk export job keeps the data as it was when the job ran while the sandbox's data moves on.
#pragma once

#include "sandbox/dataset/peoplegenerator.h"
#include "sandbox/dataset/records.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace sia::sandbox {

class PeopleView
{
public:
    struct Overlay
    {
        QHash<QString, QString> fields; // Person member name → value
        QDateTime updatedAt;
        int version = 0;
        // Re-owned in Salesforce: the new owner's index into users(), -1 for the queue (no Sales Owner).
        std::optional<int> ownerUser;
    };

    // A person added after the start: when, and how it stands in Salesforce.
    struct Addition
    {
        qint64 createdAtMs = 0;
        NewPersonOwnership ownership = NewPersonOwnership::Drawn;
    };

    PeopleView(PeopleGenerator generator, QList<SalesforceUser> users)
        : m_generator(generator)
        , m_users(std::move(users))
    { }

    const PeopleGenerator& generator() const { return m_generator; }
    const QList<SalesforceUser>& users() const { return m_users; }
    qint64 count() const { return generatedCount() + m_added.size(); } // deleted included
    qint64 generatedCount() const { return m_generator.peopleCount(); }
    bool isAdded(qint64 index) const { return index >= generatedCount(); }
    qint64 idOf(qint64 index) const { return PeopleGenerator::firstPersonId + index; }

    PeopleGenerator::Facts facts(qint64 index) const; // generated or added, re-owned as the overlay says
    PeopleGenerator::Facts drawnFacts(qint64 index) const; // as drawn, before any re-owning
    Person personAt(qint64 index) const; // deleted or not
    bool isDeleted(qint64 marketoId) const { return m_deleted.contains(marketoId); }
    qint64 createdAtMs(qint64 index) const;
    qint64 updatedAtMs(qint64 index) const; // the overlay's time for a mutated person

    // Adds one person at index count(), created at createdAtMs, with these values (member names, see
    // member()) over the drawn ones; answers its index.
    qint64 addPerson(const Addition& addition, const QHash<QString, QString>& fields);

    void setOverlay(qint64 marketoId, Overlay overlay) { m_overlay.insert(marketoId, std::move(overlay)); }
    const Overlay* overlay(qint64 marketoId) const;
    void markDeleted(qint64 marketoId) { m_deleted.insert(marketoId); }
    const QSet<qint64>& deleted() const { return m_deleted; }
    void clearOverlay(); // the added people too

    // The member of person that the overlay's field name means; nullptr for a name it does not know.
    static QString* member(Person* person, const QString& name);

private:
    PeopleGenerator m_generator;
    QList<SalesforceUser> m_users;
    QList<Addition> m_added; // by index - generatedCount()
    QHash<qint64, Overlay> m_overlay; // by Marketo id
    QSet<qint64> m_deleted;
};

} // namespace sia::sandbox
