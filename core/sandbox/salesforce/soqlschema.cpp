#include "sandbox/salesforce/soqlschema.h"

#include "sandbox/salesforce/sobjectrows.h"

#include <functional>

namespace sia::sandbox::salesforce {

namespace {

using Type = SoqlFieldType;

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QString fullName(const QString& first, const QString& last)
{
    return first.isEmpty() ? last : first + QLatin1Char(' ') + last;
}

QStringList values(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names) {
        list << QString::fromLatin1(name);
    }
    return list;
}

// The declarations below: a field's kind, then what describe and writes need of it.
SoqlFieldDef plain(const char* name, Type type, const char* label = nullptr)
{
    SoqlFieldDef field { QString::fromLatin1(name), type, {}, {} };
    field.label = label ? QString::fromLatin1(label) : QString();
    // Salesforce never answers null for an Id or a checkbox.
    field.nillable = type != Type::Id && type != Type::Boolean;
    field.length = type == Type::Id ? 18 : 0;
    return field;
}

SoqlFieldDef text(const char* name, int length, Type type = Type::String, const char* label = nullptr)
{
    SoqlFieldDef field = plain(name, type, label);
    field.length = length;
    return field;
}

SoqlFieldDef picklist(const char* name, QStringList active, const char* label = nullptr)
{
    SoqlFieldDef field = text(name, 255, Type::Picklist, label);
    field.picklistValues = std::move(active);
    return field;
}

SoqlFieldDef reference(
    const char* name, const char* relationship, QStringList targets, const char* label = nullptr)
{
    SoqlFieldDef field = plain(name, Type::Reference, label);
    field.length = 18;
    field.relationshipName = QString::fromLatin1(relationship);
    field.referenceTo = std::move(targets);
    return field;
}

SoqlFieldDef required(SoqlFieldDef field)
{
    field.nillable = false;
    return field;
}

// A picklist whose writes must hold one of its values; default: the value a new record takes.
SoqlFieldDef restricted(SoqlFieldDef field, QString defaultValue)
{
    field.restrictedPicklist = true;
    field.defaultPicklistValue = std::move(defaultValue);
    return field;
}

// A field the integration user may set: on create, and on update unless createOnly.
SoqlFieldDef writable(SoqlFieldDef field, bool createOnly = false)
{
    field.createable = true;
    field.updateable = !createOnly;
    return field;
}

// A field the integration user may update but not set on create (the sandbox creates no such record);
// its writes are the object's own (EmailOptOutWrites), not through an accessor.
SoqlFieldDef updatable(SoqlFieldDef field)
{
    field.updateable = true;
    return field;
}

// The only field of Lead and Contact the sandbox writes; the generated value is the Marketo person's
// unsubscribed, an API write's is the org's EmailOptOuts (applied by OrgRecords).
SoqlFieldDef emailOptOut()
{
    return updatable(plain("HasOptedOutOfEmail", Type::Boolean, "Email Opt Out"));
}

// Lead and Contact: updateable (Email Opt Out only), never created or deleted.
SoqlObjectInfo updatablePeople(SoqlObjectInfo objectInfo)
{
    objectInfo.updateable = true;
    return objectInfo;
}

SoqlObjectInfo info(const char* label, const char* labelPlural, const char* keyPrefix)
{
    return SoqlObjectInfo { QString::fromLatin1(label), QString::fromLatin1(labelPlural),
        QString::fromLatin1(keyPrefix) };
}

// An object get updated / get deleted answer for (its history is ReplicationLog's, Task's the TaskStore's).
SoqlObjectInfo replicateable(SoqlObjectInfo objectInfo)
{
    objectInfo.replicateable = true;
    return objectInfo;
}

// Collects an object's fields with their accessors, typed by the object's row.
template<typename Row> class ObjectBuilder
{
public:
    using Read = QVariant (*)(const Row&);
    using Write = void (*)(Row&, const QVariant&);

    ObjectBuilder(const char* name, SoqlObjectInfo objectInfo)
        : m_name(QString::fromLatin1(name))
        , m_info(std::move(objectInfo))
    { }

    ObjectBuilder& add(SoqlFieldDef field, Read read, Write write = nullptr)
    {
        field.read = [read](const void* row) {
            return read(*static_cast<const Row*>(row));
        };
        if (write) {
            Q_ASSERT(field.createable || field.updateable);
            field.write = [write](void* row, const QVariant& value) {
                write(*static_cast<Row*>(row), value);
            };
        }
        m_fields.append(std::move(field));
        return *this;
    }

    // Id, IsDeleted (unless the object has no recycle bin) and the audit fields of a dataset row.
    ObjectBuilder& datasetAudit(bool withIsDeleted)
    {
        add(plain("Id", Type::Id, "Record ID"), [](const Row& r) { return QVariant(r.data.id); });
        if (withIsDeleted) {
            add(plain("IsDeleted", Type::Boolean, "Deleted"), [](const Row&) { return QVariant(false); });
        }
        return add(required(plain("CreatedDate", Type::DateTime, "Created Date")),
            [](const Row& r) { return QVariant(r.created); })
            .add(required(reference("CreatedById", "CreatedBy", values({ "User" }), "Created By ID")),
                [](const Row& r) { return text(r.writerId); })
            .add(required(plain("LastModifiedDate", Type::DateTime, "Last Modified Date")),
                [](const Row& r) { return QVariant(r.modified); })
            .add(required(reference(
                     "LastModifiedById", "LastModifiedBy", values({ "User" }), "Last Modified By ID")),
                [](const Row& r) { return text(r.modifierId); })
            .add(required(plain("SystemModstamp", Type::DateTime, "System Modstamp")),
                [](const Row& r) { return QVariant(r.modified); });
    }

    SoqlObjectDef build() { return SoqlObjectDef(m_name, std::move(m_fields), m_info, typeid(Row)); }

private:
    QString m_name;
    SoqlObjectInfo m_info;
    QList<SoqlFieldDef> m_fields;
};

// The values the generated data uses, among the standard org's.
const QStringList leadSources = values({ "Web", "Trade Show", "Webinar", "Partner Referral", "Purchased List",
    "Sales Generated", "Employee Referral", "Advertisement", "Other" });

SoqlObjectDef lead()
{
    return ObjectBuilder<LeadRow>("Lead", updatablePeople(replicateable(info("Lead", "Leads", "00Q"))))
        .datasetAudit(true)
        .add(text("FirstName", 40, Type::String, "First Name"),
            [](const LeadRow& r) { return text(r.data.firstName); })
        .add(required(text("LastName", 80, Type::String, "Last Name")),
            [](const LeadRow& r) { return text(r.data.lastName); })
        .add(text("Name", 121, Type::String, "Full Name"),
            [](const LeadRow& r) { return QVariant(fullName(r.data.firstName, r.data.lastName)); })
        .add(text("Title", 128), [](const LeadRow& r) { return text(r.data.title); })
        .add(required(text("Company", 255)), [](const LeadRow& r) { return text(r.data.company); })
        .add(text("Email", 80, Type::Email), [](const LeadRow& r) { return text(r.data.email); })
        .add(text("Phone", 40, Type::Phone), [](const LeadRow& r) { return text(r.data.phone); })
        .add(picklist("LeadSource", leadSources, "Lead Source"),
            [](const LeadRow& r) { return text(r.data.leadSource); })
        .add(emailOptOut(), [](const LeadRow& r) { return QVariant(r.data.hasOptedOutOfEmail); })
        .add(required(picklist("Status",
                 values({ "Open - Not Contacted", "Working - Contacted", "Closed - Converted",
                     "Closed - Not Converted" }))),
            [](const LeadRow& r) { return text(r.data.status); })
        // A lead may belong to a queue: its owner is polymorphic, read through the Name object.
        .add(required(reference("OwnerId", "Owner", values({ "Group", "User" }), "Owner ID")),
            [](const LeadRow& r) { return text(r.data.ownerId); })
        // The sandbox's leads are never converted: their Converted* fields stay null.
        .add(plain("IsConverted", Type::Boolean, "Converted"), [](const LeadRow&) { return QVariant(false); })
        .add(plain("ConvertedDate", Type::Date, "Converted Date"), [](const LeadRow&) { return QVariant(); })
        .add(reference(
                 "ConvertedAccountId", "ConvertedAccount", values({ "Account" }), "Converted Account ID"),
            [](const LeadRow&) { return QVariant(); })
        .add(reference(
                 "ConvertedContactId", "ConvertedContact", values({ "Contact" }), "Converted Contact ID"),
            [](const LeadRow&) { return QVariant(); })
        .add(reference("ConvertedOpportunityId", "ConvertedOpportunity", values({ "Opportunity" }),
                 "Converted Opportunity ID"),
            [](const LeadRow&) { return QVariant(); })
        .build();
}

SoqlObjectDef contact()
{
    return ObjectBuilder<ContactRow>(
        "Contact", updatablePeople(replicateable(info("Contact", "Contacts", "003"))))
        .datasetAudit(true)
        .add(reference("AccountId", "Account", values({ "Account" }), "Account ID"),
            [](const ContactRow& r) { return text(r.data.accountId); })
        .add(text("FirstName", 40, Type::String, "First Name"),
            [](const ContactRow& r) { return text(r.data.firstName); })
        .add(required(text("LastName", 80, Type::String, "Last Name")),
            [](const ContactRow& r) { return text(r.data.lastName); })
        .add(text("Name", 121, Type::String, "Full Name"),
            [](const ContactRow& r) { return QVariant(fullName(r.data.firstName, r.data.lastName)); })
        .add(text("Title", 128), [](const ContactRow& r) { return text(r.data.title); })
        .add(text("Email", 80, Type::Email), [](const ContactRow& r) { return text(r.data.email); })
        .add(text("Phone", 40, Type::Phone, "Business Phone"),
            [](const ContactRow& r) { return text(r.data.phone); })
        .add(picklist("LeadSource", leadSources, "Lead Source"),
            [](const ContactRow& r) { return text(r.data.leadSource); })
        .add(emailOptOut(), [](const ContactRow& r) { return QVariant(r.data.hasOptedOutOfEmail); })
        .add(required(reference("OwnerId", "Owner", values({ "User" }), "Owner ID")),
            [](const ContactRow& r) { return text(r.data.ownerId); })
        .build();
}

SoqlObjectDef account()
{
    return ObjectBuilder<AccountRow>("Account", info("Account", "Accounts", "001"))
        .datasetAudit(true)
        .add(required(text("Name", 255, Type::String, "Account Name")),
            [](const AccountRow& r) { return text(r.data.name); })
        .add(text("Website", 255, Type::Url), [](const AccountRow& r) { return text(r.data.website); })
        .add(picklist("Industry",
                 values({ "Agriculture", "Apparel", "Banking", "Biotechnology", "Chemicals", "Communications",
                     "Construction", "Consulting", "Education", "Electronics", "Energy", "Engineering",
                     "Entertainment", "Environmental", "Finance", "Food & Beverage", "Government",
                     "Healthcare", "Hospitality", "Insurance", "Machinery", "Manufacturing", "Media",
                     "Not For Profit", "Recreation", "Retail", "Shipping", "Technology", "Telecommunications",
                     "Transportation", "Utilities", "Other" })),
            [](const AccountRow& r) { return text(r.data.industry); })
        .add(required(reference("OwnerId", "Owner", values({ "User" }), "Owner ID")),
            [](const AccountRow& r) { return text(r.data.ownerId); })
        .build();
}

SoqlObjectDef opportunity()
{
    return ObjectBuilder<OpportunityRow>(
        "Opportunity", replicateable(info("Opportunity", "Opportunities", "006")))
        .datasetAudit(true)
        .add(reference("AccountId", "Account", values({ "Account" }), "Account ID"),
            [](const OpportunityRow& r) { return text(r.data.accountId); })
        .add(required(text("Name", 120)), [](const OpportunityRow& r) { return text(r.data.name); })
        .add(required(picklist("StageName",
                 values({ "Prospecting", "Qualification", "Needs Analysis", "Value Proposition",
                     "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote",
                     "Negotiation/Review", "Closed Won", "Closed Lost" }),
                 "Stage")),
            [](const OpportunityRow& r) { return text(r.data.stageName); })
        .add(plain("Amount", Type::Currency), [](const OpportunityRow& r) { return QVariant(r.data.amount); })
        .add(required(plain("CloseDate", Type::Date, "Close Date")),
            [](const OpportunityRow& r) { return QVariant(r.data.closeDate); })
        .add(plain("IsClosed", Type::Boolean, "Closed"),
            [](const OpportunityRow& r) { return QVariant(r.data.isClosed); })
        .add(plain("IsWon", Type::Boolean, "Won"),
            [](const OpportunityRow& r) { return QVariant(r.data.isWon); })
        .add(required(reference("OwnerId", "Owner", values({ "User" }), "Owner ID")),
            [](const OpportunityRow& r) { return text(r.data.ownerId); })
        .build();
}

// How the product finds a contact's opportunity: Marketo has no opportunity field on a person.
SoqlObjectDef opportunityContactRole()
{
    return ObjectBuilder<ContactRoleRow>("OpportunityContactRole",
        replicateable(info("Opportunity Contact Role", "Opportunity Contact Role", "00K")))
        .datasetAudit(true)
        .add(required(reference("ContactId", "Contact", values({ "Contact" }), "Contact ID")),
            [](const ContactRoleRow& r) { return text(r.data.contactId); })
        .add(required(reference("OpportunityId", "Opportunity", values({ "Opportunity" }), "Opportunity ID")),
            [](const ContactRoleRow& r) { return text(r.data.opportunityId); })
        .add(picklist("Role",
                 values({ "Business User", "Decision Maker", "Economic Buyer", "Economic Decision Maker",
                     "Evaluator", "Executive Sponsor", "Influencer", "Technical Buyer", "Other" })),
            [](const ContactRoleRow& r) { return text(r.data.role); })
        .add(plain("IsPrimary", Type::Boolean, "Primary"),
            [](const ContactRoleRow& r) { return QVariant(r.data.isPrimary); })
        .build();
}

SoqlObjectDef user()
{
    // User has no recycle bin: no IsDeleted.
    return ObjectBuilder<UserRow>("User", info("User", "Users", "005"))
        .datasetAudit(false)
        .add(required(text("Username", 80)), [](const UserRow& r) { return QVariant(r.data.username); })
        .add(text("FirstName", 40, Type::String, "First Name"),
            [](const UserRow& r) { return text(r.data.firstName); })
        .add(required(text("LastName", 80, Type::String, "Last Name")),
            [](const UserRow& r) { return text(r.data.lastName); })
        .add(text("Name", 121, Type::String, "Full Name"),
            [](const UserRow& r) { return QVariant(fullName(r.data.firstName, r.data.lastName)); })
        .add(required(text("Email", 128, Type::Email)), [](const UserRow& r) { return text(r.data.email); })
        .add(text("Title", 80), [](const UserRow& r) { return text(r.data.title); })
        .add(plain("IsActive", Type::Boolean, "Active"),
            [](const UserRow& r) { return QVariant(r.data.isActive); })
        .add(picklist("UserType", values({ "Standard" }), "User Type"),
            [](const UserRow&) { return QVariant(QStringLiteral("Standard")); })
        .add(required(reference("ProfileId", "Profile", values({ "Profile" }), "Profile ID")),
            [](const UserRow& r) { return text(r.profileId); })
        .build();
}

SoqlObjectDef profile()
{
    return ObjectBuilder<ProfileRow>("Profile", info("Profile", "Profile", "00e"))
        .add(plain("Id", Type::Id, "Profile ID"), [](const ProfileRow& r) { return QVariant(r.id); })
        .add(required(text("Name", 255)), [](const ProfileRow& r) { return QVariant(r.name); })
        .add(plain("PermissionsApiEnabled", Type::Boolean, "API Enabled"),
            [](const ProfileRow& r) { return QVariant(r.apiEnabled); })
        .build();
}

// Each profile owns a permission set with its permissions (IsOwnedByProfile), and each user is assigned
// the one of its profile: the query Salesforce documents for "does this user have API Enabled" works.
SoqlObjectDef permissionSet()
{
    return ObjectBuilder<PermissionSetRow>("PermissionSet", info("Permission Set", "Permission Sets", "0PS"))
        .add(plain("Id", Type::Id, "Permission Set ID"),
            [](const PermissionSetRow& r) { return QVariant(r.id); })
        .add(required(text("Name", 80)),
            [](const PermissionSetRow& r) {
                return QVariant(QString(QStringLiteral("X") + r.profileId.left(15)));
            })
        .add(required(text("Label", 80)),
            [](const PermissionSetRow& r) { return QVariant(r.profileId.left(15)); })
        .add(plain("IsOwnedByProfile", Type::Boolean, "Is Owned By Profile"),
            [](const PermissionSetRow&) { return QVariant(true); })
        .add(reference("ProfileId", "Profile", values({ "Profile" }), "Profile ID"),
            [](const PermissionSetRow& r) { return QVariant(r.profileId); })
        .add(plain("PermissionsApiEnabled", Type::Boolean, "API Enabled"),
            [](const PermissionSetRow& r) { return QVariant(r.apiEnabled); })
        .build();
}

SoqlObjectDef permissionSetAssignment()
{
    return ObjectBuilder<PermissionSetAssignmentRow>(
        "PermissionSetAssignment", info("Permission Set Assignment", "Permission Set Assignments", "0Pa"))
        .add(plain("Id", Type::Id, "Permission Set Assignment ID"),
            [](const PermissionSetAssignmentRow& r) { return QVariant(r.id); })
        .add(required(reference("AssigneeId", "Assignee", values({ "User" }), "Assignee ID")),
            [](const PermissionSetAssignmentRow& r) { return QVariant(r.assigneeId); })
        .add(required(reference(
                 "PermissionSetId", "PermissionSet", values({ "PermissionSet" }), "Permission Set ID")),
            [](const PermissionSetAssignmentRow& r) { return QVariant(r.permissionSetId); })
        .build();
}

// Queues are Groups of Type "Queue".
SoqlObjectDef group()
{
    return ObjectBuilder<SalesforceQueue>("Group", info("Group", "Groups", "00G"))
        .add(plain("Id", Type::Id, "Group ID"), [](const SalesforceQueue& r) { return QVariant(r.id); })
        .add(required(text("Name", 40)), [](const SalesforceQueue& r) { return QVariant(r.name); })
        .add(required(picklist(
                 "Type", values({ "Regular", "Role", "RoleAndSubordinates", "Organization", "Queue" }))),
            [](const SalesforceQueue&) { return QVariant(QStringLiteral("Queue")); })
        .build();
}

SoqlObjectDef task()
{
    using Row = TaskRecord;
    SoqlObjectInfo objectInfo = info("Task", "Tasks", "00T");
    objectInfo.createable = objectInfo.updateable = objectInfo.deletable = objectInfo.replicateable = true;
    return ObjectBuilder<Row>("Task", objectInfo)
        .add(plain("Id", Type::Id, "Activity ID"), [](const Row& r) { return QVariant(r.id); })
        .add(plain("IsDeleted", Type::Boolean, "Deleted"), [](const Row& r) { return QVariant(r.isDeleted); })
        .add(required(plain("CreatedDate", Type::DateTime, "Created Date")),
            [](const Row& r) { return QVariant(r.createdDate); })
        .add(required(reference("CreatedById", "CreatedBy", values({ "User" }), "Created By ID")),
            [](const Row& r) { return text(r.createdById); })
        .add(required(plain("LastModifiedDate", Type::DateTime, "Last Modified Date")),
            [](const Row& r) { return QVariant(r.lastModifiedDate); })
        .add(required(
                 reference("LastModifiedById", "LastModifiedBy", values({ "User" }), "Last Modified By ID")),
            [](const Row& r) { return text(r.lastModifiedById); })
        .add(required(plain("SystemModstamp", Type::DateTime, "System Modstamp")),
            [](const Row& r) { return QVariant(r.systemModstamp); })
        .add(
            writable(reference("WhoId", "Who", values({ "Contact", "Lead" }), "Name ID")),
            [](const Row& r) { return text(r.whoId); },
            [](Row& r, const QVariant& v) { r.whoId = v.toString(); })
        .add(
            writable(reference("WhatId", "What", values({ "Account", "Opportunity" }), "Related To ID")),
            [](const Row& r) { return text(r.whatId); },
            [](Row& r, const QVariant& v) { r.whatId = v.toString(); })
        .add(
            writable(text("Subject", 255)), [](const Row& r) { return text(r.subject); },
            [](Row& r, const QVariant& v) { r.subject = v.toString(); })
        .add(
            writable(plain("ActivityDate", Type::Date, "Due Date Only")),
            [](const Row& r) { return r.activityDate.isValid() ? QVariant(r.activityDate) : QVariant(); },
            [](Row& r, const QVariant& v) { r.activityDate = v.toDate(); })
        .add(
            writable(restricted(
                required(picklist("Status", TaskPicklists::statuses)), TaskPicklists::defaultStatus)),
            [](const Row& r) { return QVariant(r.status); },
            [](Row& r, const QVariant& v) { r.status = v.toString(); })
        .add(
            writable(restricted(
                required(picklist("Priority", TaskPicklists::priorities)), TaskPicklists::defaultPriority)),
            [](const Row& r) { return QVariant(r.priority); },
            [](Row& r, const QVariant& v) { r.priority = v.toString(); })
        // New tasks belong to the user who creates them.
        .add(
            writable(required(reference("OwnerId", "Owner", values({ "User" }), "Assigned To ID"))),
            [](const Row& r) { return text(r.ownerId); },
            [](Row& r, const QVariant& v) { r.ownerId = v.toString(); })
        .add(
            writable(text("Description", 32000, Type::LongTextArea, "Comments")),
            [](const Row& r) { return text(r.description); },
            [](Row& r, const QVariant& v) { r.description = v.toString(); })
        .add(plain("IsClosed", Type::Boolean, "Closed"), [](const Row& r) { return QVariant(r.isClosed()); })
        // Set on create only; a null leaves the default (Task).
        .add(
            writable(restricted(picklist("TaskSubtype", TaskPicklists::subtypes, "Task Subtype"),
                         QStringLiteral("Task")),
                true),
            [](const Row& r) { return QVariant(r.taskSubtype); },
            [](Row& r, const QVariant& v) {
                if (!v.toString().isEmpty()) {
                    r.taskSubtype = v.toString();
                }
            })
        .add(plain("IsArchived", Type::Boolean, "Archived"),
            [](const Row& r) { return QVariant(r.isArchived); })
        .build();
}

SoqlObjectDef organization()
{
    using Row = SalesforceOrganization;
    return ObjectBuilder<Row>("Organization", info("Organization", "Organizations", "00D"))
        .add(plain("Id", Type::Id, "Organization ID"), [](const Row& r) { return QVariant(r.id); })
        .add(required(text("Name", 80)), [](const Row& r) { return QVariant(r.name); })
        .add(picklist("OrganizationType",
                 values({ "Team Edition", "Professional Edition", "Enterprise Edition", "Developer Edition",
                     "Personal Edition", "Unlimited Edition", "Contact Manager Edition", "Base Edition" }),
                 "Edition"),
            [](const Row& r) { return QVariant(r.organizationType); })
        .add(plain("IsSandbox", Type::Boolean), [](const Row& r) { return QVariant(r.isSandbox); })
        .add(text("InstanceName", 40, Type::String, "Instance Name"),
            [](const Row& r) { return QVariant(r.instanceName); })
        .add(required(picklist("TimeZoneSidKey", values({ "America/Chicago" }), "Default Time Zone")),
            [](const Row& r) { return QVariant(r.timeZoneSidKey); })
        .add(required(picklist("LanguageLocaleKey", values({ "en_US" }), "Language")),
            [](const Row& r) { return QVariant(r.languageLocaleKey); })
        .build();
}

// What a polymorphic relationship (Task.Who, Task.What) leads to: the fields all its targets share, read
// by name from the record behind it (so no accessors of its own).
SoqlObjectDef nameObject()
{
    SoqlObjectInfo view = info("Name", "Names", "");
    view.served = false;
    return SoqlObjectDef(QStringLiteral("Name"),
        { plain("Id", Type::Id), text("Name", 255), picklist("Type", {}), text("FirstName", 40),
            text("LastName", 80), text("Email", 80, Type::Email), text("Phone", 40, Type::Phone),
            text("Title", 128) },
        view);
}

// The values of Task.Status and Task.Priority, as records (MasterLabel and ApiName are the same here).
template<typename Flag>
SoqlObjectDef taskPicklistObject(const char* name, SoqlObjectInfo objectInfo, const char* flagName, Flag flag)
{
    using Row = TaskPicklistRow;
    ObjectBuilder<Row> object(name, std::move(objectInfo));
    object.add(plain("Id", Type::Id), [](const Row& r) { return QVariant(r.id); })
        .add(required(text("MasterLabel", 255, Type::String, "Master Label")),
            [](const Row& r) { return QVariant(r.label); })
        .add(text("ApiName", 255, Type::String, "Api Name"), [](const Row& r) { return QVariant(r.label); })
        .add(plain("SortOrder", Type::Integer, "Sort Order"),
            [](const Row& r) { return QVariant(r.sortOrder); })
        .add(plain(flagName, Type::Boolean), flag)
        .add(plain("IsDefault", Type::Boolean, "Is Default"),
            [](const Row& r) { return QVariant(r.isDefault); });
    return object.build();
}

SoqlSchema buildDataApi()
{
    SoqlSchema schema;
    for (SoqlObjectDef object : { lead(), contact(), account(), opportunity(), opportunityContactRole(),
             user(), profile(), permissionSet(), permissionSetAssignment(), group(), task(),
             taskPicklistObject(
                 "TaskStatus", info("Task Status", "Task Status", "01J"), "IsClosed",
                 +[](const TaskPicklistRow& r) { return QVariant(r.isClosed); }),
             taskPicklistObject(
                 "TaskPriority", info("Task Priority", "Task Priority", "01K"), "IsHighPriority",
                 +[](const TaskPicklistRow& r) { return QVariant(r.isHighPriority); }),
             organization(), nameObject() }) {
        schema.add(std::move(object));
    }
    return schema;
}

SoqlSchema buildToolingApi()
{
    SoqlSchema schema;
    schema.add(ObjectBuilder<InstalledPackageRow>(
        "InstalledSubscriberPackage", info("Installed Package", "Installed Packages", "0A3"))
                   .add(plain("Id", Type::Id), [](const InstalledPackageRow& r) { return QVariant(r.id); })
                   .add(reference("SubscriberPackageId", "SubscriberPackage", values({ "SubscriberPackage" }),
                            "Subscriber Package ID"),
                       [](const InstalledPackageRow& r) { return QVariant(r.subscriberPackageId); })
                   .add(reference("SubscriberPackageVersionId", "SubscriberPackageVersion",
                            values({ "SubscriberPackageVersion" }), "Subscriber Package Version ID"),
                       [](const InstalledPackageRow& r) { return QVariant(r.versionId); })
                   .build());
    schema.add(ObjectBuilder<SubscriberPackageRow>(
        "SubscriberPackage", info("Subscriber Package", "Subscriber Packages", "033"))
                   .add(plain("Id", Type::Id), [](const SubscriberPackageRow& r) { return QVariant(r.id); })
                   .add(text("Name", 255), [](const SubscriberPackageRow& r) { return QVariant(r.name); })
                   .add(text("NamespacePrefix", 15, Type::String, "Namespace Prefix"),
                       [](const SubscriberPackageRow& r) { return text(r.namespacePrefix); })
                   .add(text("Description", 255), [](const SubscriberPackageRow&) { return QVariant(); })
                   .build());
    schema.add(ObjectBuilder<PackageVersionRow>(
        "SubscriberPackageVersion", info("Subscriber Package Version", "Subscriber Package Versions", "04t"))
                   .add(plain("Id", Type::Id), [](const PackageVersionRow& r) { return QVariant(r.id); })
                   .add(text("Name", 255), [](const PackageVersionRow& r) { return QVariant(r.name); })
                   .add(plain("MajorVersion", Type::Integer, "Major Version"),
                       [](const PackageVersionRow& r) { return QVariant(r.majorVersion); })
                   .add(plain("MinorVersion", Type::Integer, "Minor Version"),
                       [](const PackageVersionRow& r) { return QVariant(r.minorVersion); })
                   .add(plain("PatchVersion", Type::Integer, "Patch Version"),
                       [](const PackageVersionRow& r) { return QVariant(r.patchVersion); })
                   .add(plain("BuildNumber", Type::Integer, "Build Number"),
                       [](const PackageVersionRow& r) { return QVariant(r.buildNumber); })
                   .add(plain("IsManaged", Type::Boolean, "Is Managed"),
                       [](const PackageVersionRow& r) { return QVariant(r.isManaged); })
                   .build());
    return schema;
}

} // namespace

bool SoqlFieldDef::isTextual() const
{
    switch (type) {
    case Type::Id:
    case Type::Reference:
    case Type::String:
    case Type::Picklist:
    case Type::Email:
    case Type::Phone:
    case Type::Url:
    case Type::LongTextArea:
        return true;
    default:
        return false;
    }
}

bool SoqlFieldDef::isNumeric() const
{
    return type == Type::Integer || type == Type::Double || type == Type::Currency;
}

QString SoqlFieldDef::describeTypeName() const
{
    switch (type) {
    case Type::Id:
        return QStringLiteral("id");
    case Type::Reference:
        return QStringLiteral("reference");
    case Type::String:
        return QStringLiteral("string");
    case Type::Picklist:
        return QStringLiteral("picklist");
    case Type::Email:
        return QStringLiteral("email");
    case Type::Phone:
        return QStringLiteral("phone");
    case Type::Url:
        return QStringLiteral("url");
    case Type::LongTextArea:
        return QStringLiteral("textarea");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::Integer:
        return QStringLiteral("int");
    case Type::Double:
        return QStringLiteral("double");
    case Type::Currency:
        return QStringLiteral("currency");
    case Type::Date:
        return QStringLiteral("date");
    case Type::DateTime:
        return QStringLiteral("datetime");
    }
    return QStringLiteral("string");
}

QString SoqlFieldDef::soapTypeName() const
{
    switch (type) {
    case Type::Id:
    case Type::Reference:
        return QStringLiteral("id");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::Integer:
        return QStringLiteral("int");
    case Type::Double:
        return QStringLiteral("double");
    case Type::Currency:
        return QStringLiteral("currency");
    case Type::Date:
        return QStringLiteral("date");
    case Type::DateTime:
        return QStringLiteral("dateTime");
    default:
        return QStringLiteral("string");
    }
}

SoqlObjectDef::SoqlObjectDef(
    QString name, QList<SoqlFieldDef> fields, SoqlObjectInfo info, std::type_index rowType)
    : m_name(std::move(name))
    , m_fields(std::move(fields))
    , m_info(std::move(info))
    , m_rowType(rowType)
{
    for (int i = 0; i < m_fields.size(); ++i) {
        m_byName.insert(m_fields.at(i).name.toLower(), i);
        if (!m_fields.at(i).relationshipName.isEmpty()) {
            m_byRelationship.insert(m_fields.at(i).relationshipName.toLower(), i);
        }
    }
}

const SoqlFieldDef* SoqlObjectDef::field(QStringView name) const
{
    const auto it = m_byName.constFind(name.toString().toLower());
    return it == m_byName.constEnd() ? nullptr : &m_fields.at(*it);
}

const SoqlFieldDef* SoqlObjectDef::relationship(QStringView relationshipName) const
{
    const auto it = m_byRelationship.constFind(relationshipName.toString().toLower());
    return it == m_byRelationship.constEnd() ? nullptr : &m_fields.at(*it);
}

QVariant SoqlObjectDef::read(const SoqlFieldDef& field, const void* row) const
{
    const SoqlFieldDef* own = &field;
    const std::less<const SoqlFieldDef*> before;
    if (m_fields.isEmpty() || before(&field, m_fields.constData())
        || !before(&field, m_fields.constData() + m_fields.size())) {
        own = this->field(field.name); // a view's field (Name.Email), or one built by hand
    }
    return own && own->read ? own->read(row) : QVariant();
}

void SoqlSchema::add(SoqlObjectDef object)
{
    const QString key = object.name().toLower();
    if (!m_objects.contains(key)) {
        m_order.append(key);
    }
    m_objects.insert(key, std::move(object));
}

QList<const SoqlObjectDef*> SoqlSchema::objects() const
{
    QList<const SoqlObjectDef*> all;
    for (const QString& key : m_order) {
        all.append(&*m_objects.constFind(key));
    }
    return all;
}

const SoqlObjectDef* SoqlSchema::object(QStringView name) const
{
    const auto it = m_objects.constFind(name.toString().toLower());
    return it == m_objects.constEnd() ? nullptr : &*it;
}

const SoqlObjectDef* SoqlSchema::target(const SoqlFieldDef& reference) const
{
    if (reference.referenceTo.isEmpty()) {
        return nullptr;
    }
    return object(
        reference.isPolymorphic() ? QStringView(u"Name") : QStringView(reference.referenceTo.first()));
}

const SoqlSchema& SoqlSchema::dataApi()
{
    static const SoqlSchema schema = buildDataApi();
    return schema;
}

const SoqlSchema& SoqlSchema::toolingApi()
{
    static const SoqlSchema schema = buildToolingApi();
    return schema;
}

} // namespace sia::sandbox::salesforce
