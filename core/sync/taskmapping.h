// How an Actions task and a Salesforce Task correspond (API-NOTES "Task fields"; SPEC section 6): the
// fields read and written, the org's own status and priority values (TaskStatus / TaskPriority: a closed
// status is whatever the org marks IsClosed, never the text "Completed"), Salesforce's rule on WhoId and
// WhatId (a lead's task has no WhatId), and the rule that settles a task changed on both sides since the
// last sync. Pure: no store, no network, so that every rule is tested on its own.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sia {

// The org's Task.Status and Task.Priority values as its TaskStatus and TaskPriority records list them, in
// their sort order. Stored as checkpoint "tasks.picklists" ({"statuses": [{"label", "closed",
// "default"}], "priorities": [{"label", "high", "default"}]}), which the command center reads too.
struct OrgTaskPicklists
{
    struct Value
    {
        QString label;
        bool flag = false; // closed (a status), high (a priority)
        bool isDefault = false;
    };
    QList<Value> statuses;
    QList<Value> priorities;

    static OrgTaskPicklists fromOrgRecords(
        const QList<QJsonObject>& statuses, const QList<QJsonObject>& priorities);
    QJsonObject toJson() const;
    // The checkpoint's form back (toJson); values without a label are left out.
    static OrgTaskPicklists fromJson(const QJsonObject& json);
    // A new org's values (Salesforce's defaults), for as long as the sync has not read the org's own.
    static OrgTaskPicklists salesforceDefaults();

    // The org's status for an Actions status label and its open/closed sense: the label itself when the
    // org has it with that sense, else the org's first closed status, or its default open one.
    QString orgStatus(const QString& label, bool closed) const;
    // The label when the org has it, else the org's default priority.
    QString orgPriority(const QString& label) const;
};

// The fields of a Task the sync reads, as Salesforce answered them.
struct SalesforceTask
{
    QString id;
    QString subject;
    QDate activityDate; // the due date; invalid: none
    QString status;
    bool isClosed = false;
    QString priority;
    QString description;
    QString whoId;
    QString whatId;
    QString ownerId;
    QString subtype;
    QDateTime lastModified;

    // The same content as an Actions task holds it (the timestamps and owner aside).
    friend bool operator==(const SalesforceTask&, const SalesforceTask&) = default;
};

// The fields of an Actions task the sync writes to Salesforce.
struct ActionsTaskContent
{
    QString subject;
    QDate dueDate;
    QString status;
    bool isClosed = false;
    QString priority;
    QString description;
    QString whoId;
    QString whatId;
    QString subtype;
    QString ownerSalesforceId; // the owner's Salesforce user; empty: the connected user owns it
};

enum class ConflictWinner
{
    Salesforce,
    Actions
};

class TaskMapping
{
public:
    // SELECT list of every Task field the sync reads.
    static QString selectFields();
    // A Task record of a query answer; nullopt without an Id.
    static std::optional<SalesforceTask> fromRecord(const QJsonObject& record);

    // The record to send through sObject Collections: for a create (with TaskSubtype and OwnerId, which
    // Salesforce sets only then) or an update of id. The status and the priority become the org's: a
    // label the org has with the same open/closed sense stays, else the org's first closed status or its
    // default open one (and the default priority). whatIdDropped is set when WhatId was left out because
    // WhoId names a lead (Salesforce refuses both).
    static QJsonObject toRecord(const ActionsTaskContent& task, const OrgTaskPicklists& picklists,
        const QString& updateId, bool* whatIdDropped = nullptr);

    // A lead's Id starts with 00Q (a contact's with 003).
    static bool isLeadId(const QString& id);

    // Both sides changed since the last sync: the later edit wins, Salesforce on a tie (its time is the
    // server's, and the admin can see it in Salesforce's history). README "Task sync" states this rule.
    static ConflictWinner resolveConflict(
        const QDateTime& actionsEditedAt, const QDateTime& salesforceEditedAt);
};

} // namespace sia
