// The sandbox org's records as SOQL and the sObject resources see them: adapters from the dataset's
// generated leads, contacts, accounts, opportunities, contact roles, users, queues and organization to
// SoqlRecord (the Tooling API's packages are InstalledPackages'; a lead's or contact's Email Opt Out changes
// are EmailOptOuts'), the record source of each object, and any record by Id (for parent fields such as
// Owner.Name and for reference checks on writes).
#pragma once

#include "sandbox/salesforce/sobjectrows.h"
#include "sandbox/salesforce/soqlrecord.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>

namespace sia::sandbox {
class SandboxDataset;
}

namespace sia::sandbox::salesforce {

class EmailOptOuts;
class ReplicationLog;
class TaskStore;

class OrgRecords
{
    Q_DISABLE_COPY_MOVE(OrgRecords) // its records look their parents up through it

public:
    OrgRecords(const SandboxDataset& dataset, std::shared_ptr<TaskStore> tasks);

    // The records of a data API object; nullptr for an object the sandbox has no records of.
    std::shared_ptr<const SoqlRecordSource> source(const QString& objectName) const;

    // The org's replication history dates the generated records' last edits (set once, by the org).
    void setReplication(std::shared_ptr<const ReplicationLog> log) { m_replication = std::move(log); }
    // The org's Email Opt Out changes, which leads and contacts answer over their generated value (set once,
    // by the org, which owns them).
    void setEmailOptOuts(const EmailOptOuts* optOuts) { m_optOuts = optOuts; }
    // A generated record's LastModifiedDate and SystemModstamp: modified, or its edit in the history.
    QDateTime lastModified(
        QStringView objectName, qint64 number, const QDateTime& created, const QDateTime& modified) const;

    // Any data API record by its (18-character) Id; nullptr when there is none.
    std::shared_ptr<const SoqlRecord> byId(const QString& id) const;
    bool exists(const QString& id) const { return byId(id) != nullptr; }
    bool isActiveUser(const QString& id) const;
    QString integrationUserId() const;
    QString profileIdOf(const QString& profileName) const;
    bool userApiEnabled(const QString& userId) const;
    // The permission set a profile owns (0PS…, with the profile's permissions).
    QString permissionSetIdOf(const QString& profileName) const;
    std::shared_ptr<const SoqlRecord> permissionSetOf(
        const QString& profileName) const; // the user's profile has PermissionsApiEnabled

private:
    template<typename T> DatasetRow<T> datasetRow(T data, QDateTime created, QDateTime modified) const;
    // A dataset record's row, its LastModifiedDate from the replication history.
    template<typename T> RowRecord<DatasetRow<T>> datasetRowRecord(const SoqlObjectDef& object, T data) const;
    template<typename T> std::shared_ptr<const SoqlRecord> datasetRecord(QStringView object, T data) const;
    RowRecord<ContactRoleRow> contactRoleRecord(OpportunityContactRole role) const;
    RowRecord<UserRow> userRecord(const SalesforceUser& user) const;
    std::shared_ptr<const SoqlRecord> profileRecord(const QString& profileName) const;
    std::shared_ptr<const SoqlRecord> groupRecord(const SalesforceQueue& queue) const;

    const SandboxDataset& m_dataset;
    std::shared_ptr<TaskStore> m_tasks;
    std::shared_ptr<const ReplicationLog> m_replication;
    const EmailOptOuts* m_optOuts = nullptr;
    QHash<QString, qint64> m_profileNumbers; // profile name → its number (and its permission set's)
    QHash<QString, bool> m_profileApiEnabled; // profile name → PermissionsApiEnabled
    QHash<QString, QString> m_profileIds; // profile name → 00e… Id, numbered in the order users name them
    SoqlParentLookup m_parents; // byId
};

} // namespace sia::sandbox::salesforce
