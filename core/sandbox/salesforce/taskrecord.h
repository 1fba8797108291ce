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

    bool isClosed() const { return status == QLatin1String("Completed"); }
};

namespace TaskPicklists {
// The values of a standard org; Status and Priority are restricted here (see README, "Simplified").
inline const QStringList statuses { QStringLiteral("Not Started"), QStringLiteral("In Progress"),
    QStringLiteral("Completed"), QStringLiteral("Waiting on someone else"), QStringLiteral("Deferred") };
inline const QStringList priorities { QStringLiteral("High"), QStringLiteral("Normal"),
    QStringLiteral("Low") };
inline const QStringList subtypes { QStringLiteral("Task"), QStringLiteral("Email"),
    QStringLiteral("ListEmail"), QStringLiteral("Cadence"), QStringLiteral("Call"),
    QStringLiteral("LinkedIn") };
} // namespace TaskPicklists

} // namespace sia::sandbox::salesforce
