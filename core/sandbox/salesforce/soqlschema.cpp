#include "sandbox/salesforce/soqlschema.h"

namespace sia::sandbox::salesforce {

namespace {

using Type = SoqlFieldType;

SoqlFieldDef plain(const char* name, Type type)
{
    return SoqlFieldDef { QString::fromLatin1(name), type, {}, {} };
}

SoqlFieldDef reference(const char* name, const char* relationship, QStringList targets)
{
    return SoqlFieldDef { QString::fromLatin1(name), Type::Reference, QString::fromLatin1(relationship),
        std::move(targets) };
}

// Every record of these objects carries them (User and Organization have no recycle bin).
QList<SoqlFieldDef> auditFields(bool withIsDeleted)
{
    QList<SoqlFieldDef> fields { plain("Id", Type::Id) };
    if (withIsDeleted) {
        fields << plain("IsDeleted", Type::Boolean);
    }
    fields << plain("CreatedDate", Type::DateTime)
           << reference("CreatedById", "CreatedBy", { QStringLiteral("User") })
           << plain("LastModifiedDate", Type::DateTime)
           << reference("LastModifiedById", "LastModifiedBy", { QStringLiteral("User") })
           << plain("SystemModstamp", Type::DateTime);
    return fields;
}

const QStringList user { QStringLiteral("User") };
const QStringList account { QStringLiteral("Account") };

SoqlObjectDef lead()
{
    return SoqlObjectDef(QStringLiteral("Lead"),
        auditFields(true)
            + QList<SoqlFieldDef> { plain("FirstName", Type::String), plain("LastName", Type::String),
                plain("Name", Type::String), plain("Title", Type::String), plain("Company", Type::String),
                plain("Email", Type::Email), plain("Phone", Type::Phone), plain("LeadSource", Type::Picklist),
                plain("Status", Type::Picklist),
                // A lead may belong to a queue: its owner is polymorphic, read through the Name object.
                reference("OwnerId", "Owner", { QStringLiteral("Group"), QStringLiteral("User") }),
                plain("IsConverted", Type::Boolean), plain("ConvertedDate", Type::Date),
                reference("ConvertedAccountId", "ConvertedAccount", account),
                reference("ConvertedContactId", "ConvertedContact", { QStringLiteral("Contact") }),
                reference(
                    "ConvertedOpportunityId", "ConvertedOpportunity", { QStringLiteral("Opportunity") }) });
}

SoqlObjectDef contact()
{
    return SoqlObjectDef(QStringLiteral("Contact"),
        auditFields(true)
            + QList<SoqlFieldDef> { reference("AccountId", "Account", account),
                plain("FirstName", Type::String), plain("LastName", Type::String),
                plain("Name", Type::String), plain("Title", Type::String), plain("Email", Type::Email),
                plain("Phone", Type::Phone), plain("LeadSource", Type::Picklist),
                reference("OwnerId", "Owner", user) });
}

SoqlObjectDef accountObject()
{
    return SoqlObjectDef(QStringLiteral("Account"),
        auditFields(true)
            + QList<SoqlFieldDef> { plain("Name", Type::String), plain("Website", Type::Url),
                plain("Industry", Type::Picklist), reference("OwnerId", "Owner", user) });
}

SoqlObjectDef opportunity()
{
    return SoqlObjectDef(QStringLiteral("Opportunity"),
        auditFields(true)
            + QList<SoqlFieldDef> { reference("AccountId", "Account", account), plain("Name", Type::String),
                plain("StageName", Type::Picklist), plain("Amount", Type::Currency),
                plain("CloseDate", Type::Date), plain("IsClosed", Type::Boolean),
                plain("IsWon", Type::Boolean), reference("OwnerId", "Owner", user) });
}

SoqlObjectDef userObject()
{
    return SoqlObjectDef(QStringLiteral("User"),
        auditFields(false)
            + QList<SoqlFieldDef> { plain("Username", Type::String), plain("FirstName", Type::String),
                plain("LastName", Type::String), plain("Name", Type::String), plain("Email", Type::Email),
                plain("Title", Type::String), plain("IsActive", Type::Boolean),
                plain("UserType", Type::Picklist),
                reference("ProfileId", "Profile", { QStringLiteral("Profile") }) });
}

SoqlObjectDef profile()
{
    return SoqlObjectDef(QStringLiteral("Profile"),
        { plain("Id", Type::Id), plain("Name", Type::String),
            plain("PermissionsApiEnabled", Type::Boolean) });
}

// Each profile owns a permission set with its permissions (IsOwnedByProfile), and each user is assigned
// the one of its profile: the query Salesforce documents for "does this user have API Enabled" works.
SoqlObjectDef permissionSet()
{
    return SoqlObjectDef(QStringLiteral("PermissionSet"),
        { plain("Id", Type::Id), plain("Name", Type::String), plain("Label", Type::String),
            plain("IsOwnedByProfile", Type::Boolean),
            reference("ProfileId", "Profile", { QStringLiteral("Profile") }),
            plain("PermissionsApiEnabled", Type::Boolean) });
}

SoqlObjectDef permissionSetAssignment()
{
    return SoqlObjectDef(QStringLiteral("PermissionSetAssignment"),
        { plain("Id", Type::Id), reference("AssigneeId", "Assignee", { QStringLiteral("User") }),
            reference("PermissionSetId", "PermissionSet", { QStringLiteral("PermissionSet") }) });
}

// Queues are Groups of Type "Queue".
SoqlObjectDef group()
{
    return SoqlObjectDef(QStringLiteral("Group"),
        { plain("Id", Type::Id), plain("Name", Type::String), plain("Type", Type::Picklist) });
}

// How the product finds a contact's opportunity: Marketo has no opportunity field on a person.
SoqlObjectDef opportunityContactRole()
{
    return SoqlObjectDef(QStringLiteral("OpportunityContactRole"),
        auditFields(true)
            + QList<SoqlFieldDef> { reference("ContactId", "Contact", { QStringLiteral("Contact") }),
                reference("OpportunityId", "Opportunity", { QStringLiteral("Opportunity") }),
                plain("Role", Type::Picklist), plain("IsPrimary", Type::Boolean) });
}

SoqlObjectDef task()
{
    return SoqlObjectDef(QStringLiteral("Task"),
        auditFields(true)
            + QList<SoqlFieldDef> {
                reference("WhoId", "Who", { QStringLiteral("Contact"), QStringLiteral("Lead") }),
                reference("WhatId", "What", { QStringLiteral("Account"), QStringLiteral("Opportunity") }),
                plain("Subject", Type::String), plain("ActivityDate", Type::Date),
                plain("Status", Type::Picklist), plain("Priority", Type::Picklist),
                reference("OwnerId", "Owner", user), plain("Description", Type::LongTextArea),
                plain("IsClosed", Type::Boolean), plain("TaskSubtype", Type::Picklist),
                plain("IsArchived", Type::Boolean) });
}

SoqlObjectDef organization()
{
    return SoqlObjectDef(QStringLiteral("Organization"),
        { plain("Id", Type::Id), plain("Name", Type::String), plain("OrganizationType", Type::Picklist),
            plain("IsSandbox", Type::Boolean), plain("InstanceName", Type::String),
            plain("TimeZoneSidKey", Type::Picklist), plain("LanguageLocaleKey", Type::Picklist) });
}

// What a polymorphic relationship (Task.Who, Task.What) leads to: the fields all its targets share.
SoqlObjectDef nameObject()
{
    return SoqlObjectDef(QStringLiteral("Name"),
        { plain("Id", Type::Id), plain("Name", Type::String), plain("Type", Type::Picklist),
            plain("FirstName", Type::String), plain("LastName", Type::String), plain("Email", Type::Email),
            plain("Phone", Type::Phone), plain("Title", Type::String) });
}

// The values of Task.Status and Task.Priority, as records (MasterLabel and ApiName are the same here).
SoqlObjectDef taskStatus()
{
    return SoqlObjectDef(QStringLiteral("TaskStatus"),
        { plain("Id", Type::Id), plain("MasterLabel", Type::String), plain("ApiName", Type::String),
            plain("SortOrder", Type::Integer), plain("IsClosed", Type::Boolean),
            plain("IsDefault", Type::Boolean) });
}

SoqlObjectDef taskPriority()
{
    return SoqlObjectDef(QStringLiteral("TaskPriority"),
        { plain("Id", Type::Id), plain("MasterLabel", Type::String), plain("ApiName", Type::String),
            plain("SortOrder", Type::Integer), plain("IsHighPriority", Type::Boolean),
            plain("IsDefault", Type::Boolean) });
}

SoqlSchema buildDataApi()
{
    SoqlSchema schema;
    for (SoqlObjectDef object : { lead(), contact(), accountObject(), opportunity(), opportunityContactRole(),
             userObject(), profile(), permissionSet(), permissionSetAssignment(), group(), task(),
             organization(), taskStatus(), taskPriority(), nameObject() }) {
        schema.add(std::move(object));
    }
    return schema;
}

SoqlSchema buildToolingApi()
{
    SoqlSchema schema;
    schema.add(SoqlObjectDef(QStringLiteral("InstalledSubscriberPackage"),
        { plain("Id", Type::Id),
            reference("SubscriberPackageId", "SubscriberPackage", { QStringLiteral("SubscriberPackage") }),
            reference("SubscriberPackageVersionId", "SubscriberPackageVersion",
                { QStringLiteral("SubscriberPackageVersion") }) }));
    schema.add(SoqlObjectDef(QStringLiteral("SubscriberPackage"),
        { plain("Id", Type::Id), plain("Name", Type::String), plain("NamespacePrefix", Type::String),
            plain("Description", Type::String) }));
    schema.add(SoqlObjectDef(QStringLiteral("SubscriberPackageVersion"),
        { plain("Id", Type::Id), plain("Name", Type::String), plain("MajorVersion", Type::Integer),
            plain("MinorVersion", Type::Integer), plain("PatchVersion", Type::Integer),
            plain("BuildNumber", Type::Integer), plain("IsManaged", Type::Boolean) }));
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

SoqlObjectDef::SoqlObjectDef(QString name, QList<SoqlFieldDef> fields)
    : m_name(std::move(name))
    , m_fields(std::move(fields))
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

void SoqlSchema::add(SoqlObjectDef object)
{
    const QString key = object.name().toLower();
    m_objects.insert(key, std::move(object));
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
