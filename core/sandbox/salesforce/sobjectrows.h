// The rows behind the org's sObjects: what the schema's accessors read (soqlschema.cpp) and OrgRecords
// builds from the dataset. Each object's row type is named by its SoqlObjectDef (rowType()).
#pragma once

#include "sandbox/dataset/records.h"
#include "sandbox/salesforce/taskrecord.h"

#include <QDateTime>
#include <QString>

namespace sia::sandbox::salesforce {

// A dataset record with its audit fields: the integration user loaded the data, so it created and last
// modified every record, unless a later write through the API (an Email Opt Out change) modified it.
template<typename T> struct DatasetRow
{
    T data;
    QString writerId; // CreatedById
    QDateTime created;
    QDateTime modified;
    QString modifierId; // LastModifiedById
};

using LeadRow = DatasetRow<SalesforceLead>;
using ContactRow = DatasetRow<SalesforceContact>;
using AccountRow = DatasetRow<SalesforceAccount>;
using OpportunityRow = DatasetRow<SalesforceOpportunity>;
using ContactRoleRow = DatasetRow<OpportunityContactRole>;

struct UserRow : DatasetRow<SalesforceUser>
{
    QString profileId;
};

struct ProfileRow
{
    QString id;
    QString name;
    bool apiEnabled = true;
};

// The permission set a profile owns (IsOwnedByProfile): it holds the profile's permissions.
struct PermissionSetRow
{
    QString id;
    QString profileId;
    bool apiEnabled = true;
};

struct PermissionSetAssignmentRow
{
    QString id;
    QString assigneeId;
    QString permissionSetId;
};

// One TaskStatus or TaskPriority record: a value of Task.Status or Task.Priority.
struct TaskPicklistRow
{
    QString id;
    QString label; // MasterLabel and ApiName
    double sortOrder = 0;
    bool isClosed = false; // TaskStatus
    bool isHighPriority = false; // TaskPriority
    bool isDefault = false;
};

// The Tooling API's view of the installed package.
struct InstalledPackageRow
{
    QString id;
    QString subscriberPackageId;
    QString versionId;
};

struct SubscriberPackageRow
{
    QString id;
    QString name;
    QString namespacePrefix;
};

struct PackageVersionRow
{
    QString id;
    QString name;
    int majorVersion = 0;
    int minorVersion = 0;
    int patchVersion = 0;
    int buildNumber = 0;
    bool isManaged = true;
};

} // namespace sia::sandbox::salesforce
