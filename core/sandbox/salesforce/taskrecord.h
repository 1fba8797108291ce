// One Salesforce Task as the sandbox stores it: the fields the product uses (API-NOTES "Task fields")
// and the audit fields Salesforce keeps.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sia::sandbox::salesforce {

struct TaskRecord
{
    qint64 number = 0; // the Id encodes it; the store's position is number - 1
    QString id; // 00T…
    QString subject;
    QDate activityDate; // the due date
    QString status = QStringLiteral("Not Started");
    QString priority = QStringLiteral("Normal");
    QString description; // "Comments" in Salesforce's labels
    QString whoId; // a lead or a contact
    QString whatId; // an account or an opportunity
    QString ownerId;
    QString taskSubtype = QStringLiteral("Task");
    QDateTime createdDate;
    QString createdById;
    QDateTime lastModifiedDate;
    QString lastModifiedById;
    QDateTime systemModstamp;
    bool isDeleted = false; // in the recycle bin; systemModstamp is then the deletion time
    bool isArchived = false; // closed and due more than 365 days ago: only queryAll sees it

    bool isClosed() const;
};

namespace TaskPicklists {
// The org's TaskStatus and TaskPriority records (queryable), in their sort order: a standard org's values
// plus "Cancelled", a closed status that is not "Completed" (a common addition), so that a client reads
// IsClosed instead of comparing with "Completed". Status and Priority are restricted picklists.
inline const QStringList statuses { QStringLiteral("Not Started"), QStringLiteral("In Progress"),
    QStringLiteral("Completed"), QStringLiteral("Waiting on someone else"), QStringLiteral("Deferred"),
    QStringLiteral("Cancelled") };
inline const QStringList closedStatuses { QStringLiteral("Completed"), QStringLiteral("Cancelled") };
inline const QString defaultStatus = QStringLiteral("Not Started");
inline const QStringList priorities { QStringLiteral("High"), QStringLiteral("Normal"),
    QStringLiteral("Low") };
inline const QStringList highPriorities { QStringLiteral("High") };
inline const QString defaultPriority = QStringLiteral("Normal");
inline const QStringList subtypes { QStringLiteral("Task"), QStringLiteral("Email"),
    QStringLiteral("ListEmail"), QStringLiteral("Cadence"), QStringLiteral("Call"),
    QStringLiteral("LinkedIn") };
} // namespace TaskPicklists

inline bool TaskRecord::isClosed() const
{
    return TaskPicklists::closedStatuses.contains(status);
}

} // namespace sia::sandbox::salesforce
