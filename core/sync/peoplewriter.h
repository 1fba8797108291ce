// Writes people into the store (people): the one place where a PersonRecord becomes a row. A batch of
// records goes in through one prepared upsert (StoreBatch, the SQLite C API on SQLite) inside the
// caller's transaction; what each record became is counted by comparing a hash of its synced fields with
// the stored one, so a re-sync of a quiet database writes almost nothing. People are read-only in the
// product: this class is used only by the syncs.
//
// What becomes of a record (SPEC section 4):
// - eligible (it has a Sales Owner), not in the store: created;
// - eligible, in the store with the same content (and eligible, not tombstoned): unchanged;
// - eligible, in the store with other content, or ineligible or tombstoned there: updated (and eligible);
// - not eligible, not in the store: skipped, with the reason recorded as a sync_errors row (outcome skipped)
//   when a run id is given;
// - not eligible, in the store and eligible there: updated to eligible = false with the reason (kept, so
//   that their tasks and activities keep their person; see README "People who lose their Sales Owner").
// With dryRun nothing is written at all (not even the skipped reasons) and the counts are the same as a
// real apply would give against the same store.
#pragma once

#include "common/result.h"
#include "sync/personrecord.h"
#include "sync/syncrun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <memory>

namespace sia {

class Store;

class PeopleWriter
{
    Q_DECLARE_TR_FUNCTIONS(sia::PeopleWriter)

public:
    // runId: the run the skipped and failed rows are recorded under (sync_errors); 0 for a dry run.
    // people.sync_run_id is not written (a foreign key in the upsert halves its rate on SQLite).
    static Result<PeopleWriter> prepare(Store& store, qint64 runId);
    PeopleWriter(PeopleWriter&&) noexcept;
    PeopleWriter& operator=(PeopleWriter&&) noexcept;
    ~PeopleWriter();

    // Applies records (any size up to a few thousand; duplicates of one marketoId within the batch count
    // once, the last wins) inside the caller's transaction. A record that cannot be written (a value the
    // database refuses) is counted failed and recorded; the rest of the batch goes on.
    Result<SyncCounts> apply(const QList<PersonRecord>& records, bool dryRun = false);

    // Tombstones people deleted in Marketo (deleted_at set; the row stays). Answers how many changed.
    Result<qint64> markDeleted(
        const QList<qint64>& marketoIds, const QDateTime& deletedAt, bool dryRun = false);

    // Sets each contact's opportunity (people.sfdc_opportunity_id by sfdc_contact_id; an empty
    // opportunityId clears it: the contact's primary role was deleted). A contact not in roles keeps what
    // it has unless clearOthers (the initial sync's full list: everyone else's is cleared). The opportunity
    // is not part of contentHash (it comes from Salesforce, not from the person). Answers how many people
    // changed.
    Result<qint64> setOpportunities(
        const QList<OpportunityRole>& roles, bool clearOthers, bool dryRun = false);

    // The hash the store keeps of a record's synced fields and owner (people.content_hash).
    static QByteArray contentHash(const PersonRecord& record);

private:
    struct Statements;
    PeopleWriter(Store& store, qint64 runId, std::unique_ptr<Statements> statements);

    Store* m_store;
    qint64 m_runId;
    std::unique_ptr<Statements> m_statements;
};

} // namespace sia
