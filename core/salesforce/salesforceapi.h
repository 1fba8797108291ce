// The Salesforce calls SIA Admin makes, typed, over one SalesforceClient: SOQL (query, queryAll, the
// Tooling API) through every nextRecordsUrl, sObject Collections for tasks (≤ 200 a call, allOrNone),
// get updated / get deleted, describe, limits, the org, the connected user and a user's "API Enabled"
// permission, and the Sales Insight package's state. Each reports through a callback on the client's
// thread, dropped when receiver is gone. The sync and the named checks that combine them live elsewhere.
#pragma once

#include "common/result.h"
#include "salesforce/salesforcerequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace sia {

class SalesforceClient;

struct SalesforceQueryResult
{
    QList<QJsonObject> records;
    qint64 totalSize = 0;
    int pages = 0;
};

// One record's outcome in an sObject Collections call, in the order sent.
struct SalesforceSaveResult
{
    QString id;
    bool success = false;
    QString errorCode; // the first error's, when it failed
    QString message;
};

struct SalesforceUpdated
{
    QStringList ids;
    // Where the next window starts (never `end`: replication can lag behind it).
    QDateTime latestDateCovered;
};

struct SalesforceDeleted
{
    QList<QPair<QString, QDateTime>> records; // id, deletedDate
    QDateTime earliestDateAvailable;
    QDateTime latestDateCovered; // where the next window starts
};

struct SalesforceDailyRequests
{
    qint64 max = 0;
    qint64 remaining = 0;
};

struct SalesforceOrganization
{
    QString id;
    QString name;
    QString edition; // OrganizationType: "Enterprise Edition", …
    bool isSandbox = false;
    QString instanceName;
};

struct SalesforceIdentity
{
    QString userId;
    QString organizationId;
    QString username;
    QString displayName;
    QString email;
};

// Whether a user holds "API Enabled": from the profile and from every permission set assigned to the user.
struct SalesforceUserApiPermission
{
    QString userId;
    QString username;
    QString profileName;
    bool apiEnabled = false;
};

// The Marketo Sales Insight package in the org (Tooling API, found by its namespace prefix).
struct SalesforcePackageStatus
{
    enum class Action
    {
        Install, // not installed
        Upgrade, // installed at an older version than the newest the product knows
        UpToDate,
    };
    Action action = Action::Install;
    QString name;
    int majorVersion = 0; // installed version, when installed
    int minorVersion = 0;
    QString versionName;
};

class SalesforceApi
{
public:
    static constexpr int maxCollectionRecords = 200; // sObject Collections' limit per call
    static constexpr const char* salesInsightNamespace = "mkto_si";
    // The newest Marketo Sales Insight version this product knows (raise it with a product release).
    static constexpr int salesInsightLatestMajor = 1;
    static constexpr int salesInsightLatestMinor = 44;

    explicit SalesforceApi(SalesforceClient& client);

    template<typename T> using Done = std::function<void(Result<T>)>;

    // Every record of soql, page after page (pages need not be full: follow nextRecordsUrl until done).
    void query(const QString& soql, QObject* receiver, Done<SalesforceQueryResult> done);
    // The same with deleted and archived records (queryAll).
    void queryAll(const QString& soql, QObject* receiver, Done<SalesforceQueryResult> done);
    void toolingQuery(const QString& soql, QObject* receiver, Done<SalesforceQueryResult> done);

    // sObject Collections: create or update up to 200 records ({"attributes": {"type": …}, …}); allOrNone
    // rolls back all of them when one fails. More than 200 is refused (split them: allOrNone could not
    // hold across calls).
    void createRecords(const QList<QJsonObject>& records, bool allOrNone, QObject* receiver,
        Done<QList<SalesforceSaveResult>> done);
    void updateRecords(const QList<QJsonObject>& records, bool allOrNone, QObject* receiver,
        Done<QList<SalesforceSaveResult>> done);
    // sObject Collections' delete of up to 200 records by Id (DELETE …/composite/sobjects?ids=…).
    void deleteRecords(
        const QStringList& ids, bool allOrNone, QObject* receiver, Done<QList<SalesforceSaveResult>> done);

    // Get updated / get deleted for [start, end]; the next window starts at latestDateCovered.
    void updated(const QString& sobject, const QDateTime& start, const QDateTime& end, QObject* receiver,
        Done<SalesforceUpdated> done);
    void deleted(const QString& sobject, const QDateTime& start, const QDateTime& end, QObject* receiver,
        Done<SalesforceDeleted> done);

    void describe(const QString& sobject, QObject* receiver, Done<QJsonObject> done);
    // /limits' DailyApiRequests (the client also keeps every answer's Sforce-Limit-Info).
    void dailyApiRequests(QObject* receiver, Done<SalesforceDailyRequests> done);
    void organization(QObject* receiver, Done<SalesforceOrganization> done);
    // The connected user: the ids from the session's identity URL, the names from the User object.
    void identity(QObject* receiver, Done<SalesforceIdentity> done);
    // The org and user ids an identity URL names (no call: works where the user has no API access).
    static SalesforceIdentity identityOf(const QUrl& identityUrl);
    // Needs a session that has the API itself: tells a user without the permission from an org without
    // the API (API_DISABLED_FOR_ORG says neither).
    void userApiPermission(const QString& userId, QObject* receiver, Done<SalesforceUserApiPermission> done);
    void salesInsightPackage(QObject* receiver, Done<SalesforcePackageStatus> done);

    // Salesforce's date-times: "2025-01-01T00:00:00.000+0000" (also with Z or +00:00).
    static QDateTime parseDateTime(const QString& text);
    static QString formatDateTime(const QDateTime& at);
    // A dateTime literal in SOQL (WHERE CreatedDate >= 2026-12-04T10:00:00Z): UTC, unquoted.
    static QString soqlDateTime(const QDateTime& at);
    // Whether text has the shape of a record Id (at most 18 ASCII letters and digits): only such text is
    // put into a query or sent as a reference.
    static bool looksLikeId(const QString& text);

private:
    static void pages(SalesforceClient& client, SalesforceRequest request, SalesforceQueryResult sofar,
        QObject* receiver, Done<SalesforceQueryResult> done);
    bool refuseCollectionSize(qsizetype size, Done<QList<SalesforceSaveResult>>& done);
    void collection(const QByteArray& method, const QList<QJsonObject>& records, bool allOrNone,
        QObject* receiver, Done<QList<SalesforceSaveResult>> done);
    void object(SalesforceRequest request, QObject* receiver, Done<QJsonObject> done);

    SalesforceClient& m_client;
};

} // namespace sia
