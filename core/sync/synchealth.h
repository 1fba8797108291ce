// The sync health of the three syncs an admin watches (the people sync, the task sync and the logging of
// sales activities): each one's last runs with their counts, and the errors of those runs grouped by kind
// (sync_errors.code) with the number of records each affects, what it means and what to do, the records of
// a group a page at a time, and the CSV export of a group or of every error. Reads only; what "Retry these"
// does is SyncRetry's. Both backends; run it where the StoreRunner puts store work (SyncHealthService).
#pragma once

#include "common/enumkeys.h"
#include "common/result.h"
#include "sync/syncerrorexplanation.h"
#include "sync/syncrun.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QIODevice;

namespace sia {

class Store;

enum class SyncArea
{
    People, // the initial and the incremental people sync
    Tasks, // the task sync with Salesforce
    SalesActivities // sales emails and calls logged to Salesforce and Marketo
};

template<> struct EnumKeys<SyncArea>
{
    static constexpr EnumKey<SyncArea> table[] = { { SyncArea::People, "people" },
        { SyncArea::Tasks, "tasks" }, { SyncArea::SalesActivities, "sales-activities" } };
};

// One group of errors: an area's errors of one code. As text "tasks/salesforce.ENTITY_IS_DELETED", which
// is what the command line takes.
struct SyncErrorGroupKey
{
    SyncArea area = SyncArea::People;
    QString code;

    QString toString() const;
    static std::optional<SyncErrorGroupKey> parse(const QString& text);
    friend bool operator==(const SyncErrorGroupKey&, const SyncErrorGroupKey&) = default;
};

// Whether "Retry these" can do something for a group. recordable: SyncRetry can mark its records for the
// next run; honoured: that run actually takes them. The window and the command line offer it only when
// both hold, and otherwise show reason.
struct SyncRetrySupport
{
    bool recordable = false;
    bool honoured = false;
    QString reason; // when not offered: one line, why

    bool offered() const { return recordable && honoured; }
};

struct SyncErrorGroup
{
    SyncErrorGroupKey key;
    qint64 records = 0; // distinct records affected
    qint64 failedRecords = 0; // of them, those with an error that failed (not skipped on purpose)
    qint64 errors = 0; // rows: a record that failed in several runs counts once in records
    QDateTime lastAt;
    QString sampleMessage; // one of its messages (the vendor's words, for the fallback)
    SyncErrorExplanation explanation;
    SyncRetrySupport retry;
};

// A record of a group, with its newest error among the recent runs.
struct SyncErrorGroupRecord
{
    qint64 errorId = 0;
    qint64 runId = 0;
    QString recordRef; // "marketo:1234", "task:12", "activity:7", "salesforce:00T…"
    QDateTime at;
    SyncErrorOutcome outcome = SyncErrorOutcome::Failed;
    QString message;
};

struct SyncAreaHealth
{
    SyncArea area = SyncArea::People;
    QList<SyncRun> runs; // newest first
    QList<SyncErrorGroup> groups; // most records first
};

class SyncHealth
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncHealth)

public:
    static constexpr int defaultRecentRuns = 10;

    // recentRuns: how many of each area's last runs are shown, and whose errors are grouped.
    explicit SyncHealth(Store& store, int recentRuns = defaultRecentRuns);

    static QList<SyncKind> kindsOf(SyncArea area);
    static std::optional<SyncArea> areaOf(SyncKind kind);
    static QString title(SyncArea area); // translated

    Result<SyncAreaHealth> area(SyncArea area) const;
    Result<QList<SyncAreaHealth>> areas() const; // the three, in order
    Result<std::optional<SyncErrorGroup>> group(const SyncErrorGroupKey& key) const;

    // A page of the group's records in the order of their references, after afterRef (empty: from the
    // first); filter (empty: all) keeps those whose reference or message contains it, ignoring case.
    Result<QList<SyncErrorGroupRecord>> records(
        const SyncErrorGroupKey& key, const QString& filter, const QString& afterRef, int limit) const;

    // The records of one group, or of every group of every area, as CSV (RFC 4180, UTF-8, a header row,
    // formulas neutralised): answers the number of rows written. Read a page at a time.
    Result<qint64> exportCsv(const std::optional<SyncErrorGroupKey>& key, QIODevice& out) const;

private:
    Result<QList<SyncErrorGroup>> groups(SyncArea area) const;
    Result<qint64> exportGroup(const SyncErrorGroupKey& key, QIODevice& out) const;

    Store& m_store;
    int m_recentRuns;
};

} // namespace sia
