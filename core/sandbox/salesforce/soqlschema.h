// What SOQL may name: the sObjects the sandbox serves and their fields, with the types that decide which
// literals and operators a filter accepts. Names are case-insensitive, as in SOQL; answers use the
// canonical spelling held here.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sia::sandbox::salesforce {

enum class SoqlFieldType
{
    Id,
    Reference, // a lookup: OwnerId, WhoId, AccountId …
    String,
    Picklist,
    Email,
    Phone,
    Url,
    LongTextArea, // neither filterable nor sortable (Task.Description)
    Boolean,
    Integer,
    Double,
    Currency,
    Date,
    DateTime,
};

struct SoqlFieldDef
{
    QString name;
    SoqlFieldType type = SoqlFieldType::String;
    QString relationshipName; // references only: "Owner" for OwnerId
    QStringList referenceTo; // references only; more than one: polymorphic, traversed as the Name object

    bool isTextual() const;
    bool isIdLike() const { return type == SoqlFieldType::Id || type == SoqlFieldType::Reference; }
    bool isNumeric() const;
    bool isFilterable() const { return type != SoqlFieldType::LongTextArea; }
    bool isSortable() const { return type != SoqlFieldType::LongTextArea; }
    bool isPolymorphic() const { return referenceTo.size() > 1; }
    QString soapTypeName() const; // the type named in Salesforce's messages: "string", "dateTime" …
};

class SoqlObjectDef
{
public:
    SoqlObjectDef() = default;
    SoqlObjectDef(QString name, QList<SoqlFieldDef> fields);

    const QString& name() const { return m_name; }
    const QList<SoqlFieldDef>& fields() const { return m_fields; }
    const SoqlFieldDef* field(QStringView name) const;
    const SoqlFieldDef* relationship(QStringView relationshipName) const; // the reference field behind it
    bool hasField(QStringView name) const { return field(name) != nullptr; }

private:
    QString m_name;
    QList<SoqlFieldDef> m_fields;
    QHash<QString, int> m_byName; // lower-case name → index
    QHash<QString, int> m_byRelationship;
};

class SoqlSchema
{
public:
    void add(SoqlObjectDef object);
    const SoqlObjectDef* object(QStringView name) const;
    // The object a reference leads to: its single target, or the Name object for a polymorphic one.
    const SoqlObjectDef* target(const SoqlFieldDef& reference) const;

    // Lead, Contact, Account, Opportunity, OpportunityContactRole, User, Profile, PermissionSet,
    // PermissionSetAssignment, Group, Task, Organization, Name.
    static const SoqlSchema& dataApi();
    static const SoqlSchema& toolingApi(); // InstalledSubscriberPackage and the package objects it leads to

private:
    QHash<QString, SoqlObjectDef> m_objects; // lower-case name → object
};

} // namespace sia::sandbox::salesforce
