// The replication history of the org's generated records that get-updated and get-deleted serve besides
// Task: Lead, Contact, Opportunity and OpportunityContactRole. The dataset dates its records long ago, so
// the log adds what a live org has within the 30-day replication window, from the seed and relative to the
// clock at start (or reset):
// - edits: about one record in 25 of each object was modified within the 20 days before start (its
//   LastModifiedDate and SystemModstamp say so, in SOQL as in get-updated);
// - deletions: about one record in 200 (at least one) of each object was deleted within the 14 days before
//   start and sits in the recycle bin, reported by get-deleted until 15 days after its deletion. These
//   records are numbered far after the living ones: they were gone before any client could read them.
// The control API's person mutations move a lead's or contact's modified date through the dataset.
#pragma once

#include "sandbox/salesforce/replicationwindow.h"
#include "sandbox/salesforce/soqlrecord.h"
#include "sandbox/salesforce/taskstore.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace sia::sandbox {
class SandboxDataset;
}

namespace sia::sandbox::salesforce {

class ReplicationLog
{
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int editDays = 20;
    static constexpr int deletionDays = 14;
    static constexpr qint64 firstDeletedNumber = 1'000'000'000'000; // after any living record

    ReplicationLog(const SandboxDataset& dataset, Clock clock);
    void reset(); // the history again, relative to the clock's now

    // Whether get-updated and get-deleted serve the object here (Task has its own store).
    static bool serves(const QString& objectName);

    // The LastModifiedDate (and SystemModstamp) of record `number` of the object: its generated edit when
    // it has one that is later than both dates and not in the future, else modified.
    QDateTime lastModified(
        QStringView objectName, qint64 number, const QDateTime& created, const QDateTime& modified) const;
    // Whether id is a deleted record still in the recycle bin.
    bool isDeleted(const QString& id) const;

    // The ids of the object's records whose SystemModstamp (as the records answer it to SOQL) the window
    // covers.
    SfResult<UpdatedWindow> updated(const SoqlObjectDef& object, const SoqlRecordSource& records,
        const QDateTime& start, const QDateTime& end, qint64 lagSeconds) const;
    SfResult<DeletedWindow> deleted(
        const QString& objectName, const QDateTime& start, const QDateTime& end, qint64 lagSeconds) const;

private:
    struct Deletion
    {
        QString id;
        QDateTime at;
    };
    quint64 draw(QStringView objectName, qint64 number) const;
    qint64 livingEnd(QStringView objectName) const; // the highest living record number
    qint64 deletionCount(QStringView objectName) const;
    QDateTime deletedAt(QStringView objectName, qint64 number) const;
    QList<Deletion> deletions(const QString& objectName) const; // in the recycle bin or purged, by Id
    QDateTime now() const;
    QDateTime earliestDateAvailable(const QString& objectName) const;

    const SandboxDataset& m_dataset;
    Clock m_clock;
    QDateTime m_anchor; // the clock at start or reset, to the second
};

} // namespace sia::sandbox::salesforce
