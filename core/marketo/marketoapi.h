// The Marketo calls SIA Admin makes, typed, over one MarketoClient: people lookups (≤ 300 values a call,
// every page), describe, the activity feed (paging token, lead changes), activity types, the bulk lead
// extract's calls, user management and today's usage. Each reports through a callback on the client's
// thread, dropped when receiver is gone. The sync that combines them (issue 10) lives elsewhere.
#pragma once

#include "common/result.h"
#include "marketo/marketopagereader.h"

#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace sia {

class MarketoClient;

// One day's calls of the subscription, as stats/usage.json reports them.
struct MarketoUsageDay
{
    QDate date;
    qint64 total = 0;
    QList<QPair<QString, qint64>> callsPerUser; // API user → calls
};

// One page of the activity feed (lead changes, deleted leads), for a reader that commits as it goes (the
// incremental sync checkpoints after each page). A page may hold nothing while moreResult is true.
struct MarketoActivityPage
{
    QList<QJsonObject> records;
    QString nextPageToken; // where the next page (or a later read) starts
    bool moreResult = false;
};

struct MarketoFileChunk
{
    int httpStatus = 0; // 200 the whole file, 206 the range asked for
    qint64 bytesWritten = 0;
    QByteArray contentRange;
};

class MarketoApi
{
public:
    static constexpr int maxFilterValues = 300; // per call (API-NOTES "Limits")

    explicit MarketoApi(MarketoClient& client);

    template<typename T> using Done = std::function<void(Result<T>)>;

    // People whose filterType field is one of values, with fields (empty: Marketo's default fields);
    // absent requested fields read as null. More than 300 values go in several calls, one after another.
    void lookupLeads(const QString& filterType, const QStringList& values, const QStringList& fields,
        QObject* receiver, Done<QList<QJsonObject>> done);
    // leads/describe2.json: the person object's fields with REST names, types and searchable fields.
    void describeLeads(QObject* receiver, Done<QList<QJsonObject>> done);
    void activityTypes(QObject* receiver, Done<QList<QJsonObject>> done);
    // Writes activities (activities/external.json, at most maxActivitiesPerCall): each input is {leadId,
    // activityTypeId, activityDate, primaryAttributeValue, attributes: [{name, value}]}. The answer holds one
    // result per input, in order: {id, status: "added"} or {status: "skipped", reasons: [{code, message}]}.
    static constexpr int maxActivitiesPerCall = 300;
    void addActivities(const QList<QJsonObject>& input, QObject* receiver, Done<QList<QJsonObject>> done);
    // A paging token for a point in time, where the activity feed starts.
    void pagingToken(const QDateTime& since, QObject* receiver, Done<QString> done);
    // Every field change (and new lead) since pagingToken, all pages; the answer's nextPageToken is
    // where the next read resumes.
    void leadChanges(
        const QString& pagingToken, const QStringList& fields, QObject* receiver, Done<MarketoPages> done);
    // Every person deleted since pagingToken (activities/deletedleads.json), all pages; leadId and
    // activityDate of each say who and when. Marketo keeps about 14 days of deletions.
    void deletedLeads(const QString& pagingToken, QObject* receiver, Done<MarketoPages> done);
    // One page of either, from pagingToken (one token per call: tokens can be long).
    void leadChangesPage(const QString& pagingToken, const QStringList& fields, QObject* receiver,
        Done<MarketoActivityPage> done);
    void deletedLeadsPage(const QString& pagingToken, QObject* receiver, Done<MarketoActivityPage> done);

    // Bulk lead extract: create (the JSON spec: fields, filter, format…), enqueue, status, cancel — each
    // answers the job object (exportId, status, …) — and the file, from byte `from` on (Range), written
    // to sink as it arrives.
    void createLeadExport(const QJsonObject& spec, QObject* receiver, Done<QJsonObject> done);
    void enqueueLeadExport(const QString& exportId, QObject* receiver, Done<QJsonObject> done);
    void leadExportStatus(const QString& exportId, QObject* receiver, Done<QJsonObject> done);
    void cancelLeadExport(const QString& exportId, QObject* receiver, Done<QJsonObject> done);
    // The subscription's bulk lead export jobs of the last seven days (leads/export.json), every page, each
    // with its times (createdAt, queuedAt, startedAt, finishedAt); statuses filters (Created, Queued,
    // Processing, Completed, Cancelled, Failed), none: all of them.
    void leadExportJobs(const QStringList& statuses, QObject* receiver, Done<QList<QJsonObject>> done);
    void downloadLeadExportFile(const QString& exportId, qint64 from, QIODevice* sink, QObject* receiver,
        Done<MarketoFileChunk> done);

    // User management (no /rest, no success field). users(): every user of the subscription, pending
    // invitations included, page by page, with the listing's few fields (userid, names, emailAddress, id,
    // apiOnly); the rest comes per user. user() and userRoles() know accepted users only (a pending one is
    // NotFound); invitation() knows pending ones only. userRoles(): {accessRoleId, accessRoleName,
    // workspaceId, workspaceName} per role held (workspace 0 "AllZones": every workspace).
    void users(QObject* receiver, Done<QList<QJsonObject>> done);
    void user(const QString& userid, QObject* receiver, Done<QJsonObject> done);
    void userRoles(const QString& userid, QObject* receiver, Done<QList<QJsonObject>> done);
    void invitation(const QString& userid, QObject* receiver, Done<QJsonObject> done);
    void roles(QObject* receiver, Done<QList<QJsonObject>> done);
    void workspaces(QObject* receiver, Done<QList<QJsonObject>> done);
    // The user management API's date shape: "2020-02-05T01:02:23.000t+0000" (a lower-case t).
    static QDateTime parseUserServiceTime(const QString& text);

    // Today's calls (stats/usage.json); also seeds the limiter's count of today's calls.
    void usageToday(QObject* receiver, Done<MarketoUsageDay> done);

private:
    // The chains below keep no pointer to this MarketoApi (a caller may use a temporary one).
    static void list(
        MarketoClient& client, MarketoRequest request, QObject* receiver, Done<QList<QJsonObject>> done);
    static void object(
        MarketoClient& client, MarketoRequest request, QObject* receiver, Done<QJsonObject> done);
    static void firstRecord(
        MarketoClient& client, MarketoRequest request, QObject* receiver, Done<QJsonObject> done);
    static void usersFrom(MarketoClient& client, int offset, QList<QJsonObject> sofar, QObject* receiver,
        Done<QList<QJsonObject>> done);
    static MarketoRequest leadChangesRequest(const QString& pagingToken, const QStringList& fields);
    static MarketoRequest deletedLeadsRequest(const QString& pagingToken);
    void activityPage(MarketoRequest request, QObject* receiver, Done<MarketoActivityPage> done);
    static void lookupChunk(MarketoClient& client, QStringList remaining, QString filterType,
        QStringList fields, QList<QJsonObject> sofar, QObject* receiver, Done<QList<QJsonObject>> done);

    MarketoClient& m_client;
};

} // namespace sia
