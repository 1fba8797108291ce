// The dry run's eligibility and duplicates report, built while every record of a full pass goes by
// (SPEC section 4): how many people were scanned, how many are eligible, why the others are left out,
// the warnings that do not exclude, and the emails that several eligible people share (Actions keeps them
// as separate records, as Marketo does), with the most frequent as examples.
//
// Memory: the records themselves are not kept. Each eligible person with an email costs one slot of an
// open-addressing table (a 64-bit hash of the email and the first Marketo ID with it, 16 bytes) at a load
// between 3/8 and 3/4, so 21 to 43 bytes a person: 32 MiB at 1,000,000 eligible people. Each email that
// turns out to be shared also keeps its text, its count and up to exampleIds Marketo IDs (about 150 bytes;
// a few percent of the people). memoryBytes() says what it holds; testeligibilitytally measures it at a
// million.
#pragma once

#include "sync/peoplesyncservice.h"
#include "sync/personrecord.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>

#include <vector>

namespace sia {

class EligibilityTally
{
public:
    static constexpr int exampleEmails = 5; // duplicate emails shown as examples
    static constexpr int exampleIds = 5; // Marketo IDs kept per duplicate email

    // Every person of the pass once (the pass de-duplicates by Marketo ID before).
    void add(const PersonRecord& record);
    // What the writer's dry run said it would do with a batch.
    void addWouldDo(const SyncCounts& counts) { m_wouldDo += counts; }

    // The report so far; texts in the reader's language; finishedAt is left for the caller.
    EligibilityReport report() const;

    qint64 memoryBytes() const;

private:
    struct Slot
    {
        quint64 hash = 0; // 0: empty (a real hash of 0 is moved to 1)
        qint64 firstId = 0;
    };
    struct Shared
    {
        QByteArray email; // as the first duplicate spelt it
        qint64 count = 0;
        QList<qint64> ids;
    };

    // The slot of hash: its own, or the empty one where it would go.
    Slot& slotFor(quint64 hash);
    void grow();
    void noteEmail(const PersonRecord& record);

    qint64 m_scanned = 0;
    qint64 m_eligible = 0;
    QMap<QString, qint64> m_excluded; // by reason code
    QMap<QString, qint64> m_warnings;
    std::vector<Slot> m_slots;
    qint64 m_used = 0;
    QHash<quint64, Shared> m_shared;
    SyncCounts m_wouldDo;
};

} // namespace sia
