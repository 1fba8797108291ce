// What the window and the command line ask of the people sync (SPEC section 4, step 4): the preview of
// the synced fields with real sample values, the dry run with its eligibility and duplicates report, the
// initial sync (start, pause, resume, cancel; resumed after a crash), the incremental sync (on an interval
// and on demand), the status, the history and the errors. An interface, so that the page can be tested
// under QSignalSpy with a scripted service; PeopleSyncEngine is the real one. Lives on the GUI (or the
// command line's) thread; the work runs on a long-job thread of its own, never on this one.
#pragma once

#include "common/result.h"
#include "sync/syncprogress.h"
#include "sync/syncrun.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace sia {

// One row of the preview: Actions field ← Marketo field (REST name, from describe) ← where Salesforce
// fills it, with sample values from real records.
struct SyncPreviewField
{
    QString actionsField; // translated label: "First Name", "Salesforce Opportunity ID", …
    QString actionsColumn; // people column: "first_name"
    QString marketoField; // REST name as describe lists it; empty for the opportunity ID
    QString marketoLabel; // describe's display name
    QString salesforceSource; // "Lead.FirstName / Contact.FirstName", "OpportunityContactRole.OpportunityId"
    QStringList samples; // one per sampled person, in the same order for every field (empty: no value)
    QString note; // e.g. why the opportunity ID has no Marketo field
};

struct SyncPreview
{
    QList<SyncPreviewField> fields; // the 13, in SPEC order
    QList<qint64> sampledMarketoIds; // the people the samples come from
    QString note; // e.g. "No owned lead or contact was found in Salesforce: no samples yet"
};

struct DuplicateEmail
{
    QString email;
    qint64 count = 0; // eligible people with this email
    QList<qint64> marketoIds; // a few of them
};

struct ReasonCount
{
    QString code; // "people.no-sales-owner", "people.no-email", …
    QString text; // for the admin, translated
    qint64 count = 0;
};

// The dry run's answer: a full pass over the subscription that wrote nothing.
struct EligibilityReport
{
    qint64 scanned = 0; // people in the subscription's export files (each Marketo id once)
    qint64 eligible = 0; // with a Sales Owner
    QList<ReasonCount> excluded; // why the others are left out
    QList<ReasonCount> warnings; // eligible but worth a look (no email, …): not excluded
    qint64 duplicateEmails = 0; // distinct emails held by more than one eligible person
    qint64 peopleWithDuplicateEmail = 0; // eligible people who share their email with another
    QList<DuplicateEmail> duplicateExamples; // the most frequent first, a few
    SyncCounts wouldDo; // what a sync now would create, update, leave unchanged and skip
    QDateTime finishedAt;
};

struct PeopleSyncStatus
{
    std::optional<SyncRun> initial; // the last initial run
    std::optional<SyncRun> incremental; // the last incremental run
    bool running = false; // in this process
    bool resumable = false; // an initial run is paused or interrupted
    qint64 people = 0; // rows in the store
    qint64 eligiblePeople = 0;
    int incrementalIntervalMinutes = 0; // 0: only on demand
    QDateTime nextIncrementalAt; // invalid when not scheduled
};

class PeopleSyncService : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(Result<T>)>;

    using QObject::QObject;

    virtual void preview(int samples, Done<SyncPreview> done) = 0;
    // A full pass that writes nothing; progress through progressChanged (dryRun true).
    virtual void dryRun(Done<EligibilityReport> done) = 0;

    // Starts the initial sync, or resumes the unfinished one (after a pause, a crash or a kill) from its
    // checkpoint. Refused while a run is going (here or in another process) or when Marketo is not
    // connected (the message says what to do).
    virtual Result<void> start() = 0;
    // Stops at the next checkpoint; the run is paused and start() resumes it.
    virtual void pause() = 0;
    // Stops at the next checkpoint; the run ends cancelled (what was committed stays).
    virtual void cancel() = 0;
    // The incremental sync now (refused before an initial sync completed).
    virtual Result<void> syncChanges() = 0;
    virtual bool isRunning() const = 0;

    virtual void status(Done<PeopleSyncStatus> done) = 0;
    virtual void history(int limit, Done<QList<SyncRun>> done) = 0;
    // The run's errors as CSV in file; answers the rows written.
    virtual void exportErrors(qint64 runId, const QString& file, Done<qint64> done) = 0;
    // 0: only on demand. Saved in the settings (sync.people.interval-minutes).
    virtual void setIncrementalInterval(int minutes, Done<void> done) = 0;

signals:
    void runStarted(const sia::SyncRun& run);
    void progressChanged(const sia::SyncProgress& progress);
    // state: paused, completed, failed (message), cancelled; a dry run is not a run (no signal here)
    void runFinished(const sia::SyncRun& run);
    void runningChanged(bool running);
};

} // namespace sia
