// The one table of the sObjects the sandbox serves and their fields: what SOQL may name (the types decide
// which literals and operators a filter accepts), what describe answers, what writes accept, and the
// accessor that reads each field from a record. Names are case-insensitive, as in SOQL; answers use the
// canonical spelling held here.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <typeindex>

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

// One field of an sObject, declared once (soqlschema.cpp): what SOQL may select, filter and sort on, what
// describe answers, what a write may set, and how its value is read from (and written to) a row.
struct SoqlFieldDef
{
    SoqlFieldDef() = default;
    SoqlFieldDef(
        QString fieldName, SoqlFieldType fieldType, QString relationship = {}, QStringList targets = {})
        : name(std::move(fieldName))
        , type(fieldType)
        , relationshipName(std::move(relationship))
        , referenceTo(std::move(targets))
    { }

    QString name;
    SoqlFieldType type = SoqlFieldType::String;
    QString relationshipName; // references only: "Owner" for OwnerId
    QStringList referenceTo; // references only; more than one: polymorphic, traversed as the Name object

    // What describe says of it, and what writes hold it to.
    QString label; // Salesforce's label, which its write errors name ("Assigned To ID"); the name if empty
    int length = 0; // text types: the longest value a write accepts (ids: 18); 0 for the others
    QStringList picklistValues; // picklists: the active values, in order
    QString defaultPicklistValue;
    bool restrictedPicklist = false; // a write with a value not in picklistValues is refused
    bool nillable = true; // false: a write cannot set it to null (REQUIRED_FIELD_MISSING)
    bool createable = false;
    bool updateable = false;

    // Reads the field from a row of its object's row type (SoqlObjectDef::rowType()); unset for the
    // fields of a view (the Name object) and of fields built by hand.
    std::function<QVariant(const void* row)> read;
    // Sets a checked value (TaskFields) on such a row; only createable or updateable fields have one.
    std::function<void(void* row, const QVariant& value)> write;

    bool isTextual() const;
    bool isIdLike() const { return type == SoqlFieldType::Id || type == SoqlFieldType::Reference; }
    bool isNumeric() const;
    bool isFilterable() const { return type != SoqlFieldType::LongTextArea; }
    bool isSortable() const { return type != SoqlFieldType::LongTextArea; }
    bool isPolymorphic() const { return referenceTo.size() > 1; }
    QString soapTypeName() const; // the type named in Salesforce's messages: "string", "dateTime" …
    QString describeTypeName() const; // the type describe answers: "id", "reference", "textarea" …
    QString displayLabel() const { return label.isEmpty() ? name : label; }
};

// What describe says of an object beside its fields.
struct SoqlObjectInfo
{
    QString label;
    QString labelPlural;
    QString keyPrefix; // empty for a view (Name)
    bool createable = false;
    bool updateable = false;
    bool deletable = false;
    bool replicateable = false; // get updated / get deleted
    bool served = true; // false: a view SOQL reads through relationships only (Name), not in describe
};

class SoqlObjectDef
{
public:
    SoqlObjectDef() = default;
    SoqlObjectDef(QString name, QList<SoqlFieldDef> fields, SoqlObjectInfo info = {},
        std::type_index rowType = typeid(void));

    const QString& name() const { return m_name; }
    const SoqlObjectInfo& info() const { return m_info; }
    const QList<SoqlFieldDef>& fields() const { return m_fields; }
    const SoqlFieldDef* field(QStringView name) const;
    const SoqlFieldDef* relationship(QStringView relationshipName) const; // the reference field behind it
    bool hasField(QStringView name) const { return field(name) != nullptr; }

    // The type of row its fields' accessors read (typeid(void): none, as for a view).
    std::type_index rowType() const { return m_rowType; }
    // field's value in row (of rowType()): field is one of this object's, or one of the same name (as
    // the Name view's fields are read from the record behind it); null for a field it does not have.
    QVariant read(const SoqlFieldDef& field, const void* row) const;

private:
    QString m_name;
    QList<SoqlFieldDef> m_fields;
    SoqlObjectInfo m_info;
    std::type_index m_rowType = typeid(void);
    QHash<QString, int> m_byName; // lower-case name → index
    QHash<QString, int> m_byRelationship;
};

class SoqlSchema
{
public:
    void add(SoqlObjectDef object);
    const SoqlObjectDef* object(QStringView name) const;
    // Every object in the order added (the served ones and the views).
    QList<const SoqlObjectDef*> objects() const;
    // The object a reference leads to: its single target, or the Name object for a polymorphic one.
    const SoqlObjectDef* target(const SoqlFieldDef& reference) const;

    // Lead, Contact, Account, Opportunity, OpportunityContactRole, User, Profile, PermissionSet,
    // PermissionSetAssignment, Group, Task, TaskStatus, TaskPriority, Organization; the Name view.
    static const SoqlSchema& dataApi();
    static const SoqlSchema& toolingApi(); // InstalledSubscriberPackage and the package objects it leads to

private:
    QHash<QString, SoqlObjectDef> m_objects; // lower-case name → object
    QStringList m_order; // lower-case names, in the order added
};

} // namespace sia::sandbox::salesforce
