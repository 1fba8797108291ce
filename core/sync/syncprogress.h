// Where a running people sync (or dry run) stands, as the live page and `sync start --json-progress` show
// it. Built by the job on its own thread, throttled to a few a second by LongJobRunner, carried to the GUI
// thread in JobProgress::detail (toJson / fromJson).
#pragma once

#include "sync/syncrun.h"

#include <QJsonObject>
#include <QMetaType>

#include <optional>

namespace sia {

enum class SyncPhase
{
    Preparing, // finding the oldest person, planning the export windows, reading what the store holds
    Extracting, // Marketo is building an export file (queued or processing)
    Downloading, // a file is being downloaded (Range resume) and verified
    Applying, // rows are being parsed and written in batches
    Opportunities, // the primary OpportunityContactRoles are being read from Salesforce and applied
    Changes, // incremental: reading lead changes and deleted leads, fetching and applying the people
    TaskImport, // the task sync: reading Salesforce's new and changed tasks and applying them
    TaskPush, // the task sync: sending Actions' creates, edits, completions and deletions to Salesforce
    TaskDeletions, // the task sync: applying the tasks deleted in Salesforce
    Logging, // the activity logging: sending sales emails and calls to Salesforce and Marketo
    Finishing
};

template<> struct EnumKeys<SyncPhase>
{
    static constexpr EnumKey<SyncPhase> table[] = { { SyncPhase::Preparing, "preparing" },
        { SyncPhase::Extracting, "extracting" }, { SyncPhase::Downloading, "downloading" },
        { SyncPhase::Applying, "applying" }, { SyncPhase::Opportunities, "opportunities" },
        { SyncPhase::Changes, "changes" }, { SyncPhase::TaskImport, "task-import" },
        { SyncPhase::TaskPush, "task-push" }, { SyncPhase::TaskDeletions, "task-deletions" },
        { SyncPhase::Logging, "logging" }, { SyncPhase::Finishing, "finishing" } };
};

struct SyncProgress
{
    qint64 runId = 0; // 0 for a dry run
    SyncKind kind = SyncKind::PeopleInitial;
    bool dryRun = false;
    SyncPhase phase = SyncPhase::Preparing;
    SyncCounts counts; // counts.total: people in the export files so far (numberOfRecords), -1 unknown
    int windowsDone = 0; // export windows applied
    int windowsTotal = 0;
    qint64 bytesDownloaded = 0; // of the file being downloaded
    qint64 bytesTotal = -1;
    double peoplePerSecond = 0; // processed people per second over the last several seconds
    // Seconds left, only once it can be trusted (enough people processed, a steady rate, total known).
    std::optional<qint64> etaSeconds;
    qint64 apiCallsUsed = 0; // Marketo calls made by this run so far

    QJsonObject toJson() const;
    static SyncProgress fromJson(const QJsonObject& json);
};

} // namespace sia

Q_DECLARE_METATYPE(sia::SyncProgress)
