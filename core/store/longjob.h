// A long job (the people sync, an import): work that takes minutes, runs on a thread of its own with a
// store connection of its own (LongJobRunner), and writes in batches of one transaction each, so that the
// GUI keeps reading and writing beside it and a cancel loses nothing that was committed.
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace sia {

class Store;

struct JobProgress
{
    qint64 done = 0;
    qint64 total = -1; // -1 while unknown
    QString stage; // for the admin, translated: "Downloading the people", "Saving the people"
    // What a job says beyond the three above, for a page that shows more (the people sync carries its
    // SyncProgress here); empty for a job that has nothing more to say.
    QJsonObject detail;

    friend bool operator==(const JobProgress&, const JobProgress&) = default;
};

enum class JobEnding
{
    Completed,
    Cancelled, // stopped at its last committed batch because it was asked to
};

// What a running job sees of the world around it. Both calls are cheap enough for every batch.
class JobContext
{
public:
    virtual ~JobContext() = default;

    // Asked between batches: once true, the job returns JobEnding::Cancelled without starting another.
    virtual bool isCancelled() const = 0;

    // As often as the job likes (after every batch); the GUI hears of it a few times a second, and
    // always of the last report.
    virtual void reportProgress(
        qint64 done, qint64 total, const QString& stage = {}, const QJsonObject& detail = {})
        = 0;
};

class LongJob
{
public:
    virtual ~LongJob() = default;

    // Runs on the job's thread with its own store (attached to the same database, never migrated). The
    // contract that keeps cancel and quit prompt: work in batches of one store.transaction() each, sized so
    // that one takes well under a second; record the checkpoint (how far it got) in the same transaction
    // as the batch; check context.isCancelled() between batches. Everything a batch writes is committed or
    // nothing of it is, so a cancelled or failed job stops at its last committed batch.
    virtual Result<JobEnding> run(Store& store, JobContext& context) = 0;
};

} // namespace sia

Q_DECLARE_METATYPE(sia::JobProgress)
