#include "sandbox/salesforce/describeendpoints.h"

#include "sandbox/salesforce/objectaccess.h"
#include "sandbox/salesforce/restresponses.h"
#include "sandbox/salesforce/soqlschema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sia::sandbox::salesforce {

namespace {

using Type = SoqlFieldType;

// Salesforce's sObject Collections and composite calls take at most 200 records.
constexpr int maxBatchSize = 200;

QString soapType(const SoqlFieldDef& field)
{
    switch (field.type) {
    case Type::Id:
    case Type::Reference:
        return QStringLiteral("tns:ID");
    case Type::Boolean:
        return QStringLiteral("xsd:boolean");
    case Type::Integer:
        return QStringLiteral("xsd:int");
    case Type::Double:
    case Type::Currency:
        return QStringLiteral("xsd:double");
    case Type::Date:
        return QStringLiteral("xsd:date");
    case Type::DateTime:
        return QStringLiteral("xsd:dateTime");
    default:
        return QStringLiteral("xsd:string");
    }
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// What the global describe and the basic information say of an object.
QJsonObject objectSummary(const SoqlObjectDef& object, const QString& sobjectsUrl, const ObjectAccess* access)
{
    const SoqlObjectInfo& info = object.info();
    const bool createable = info.createable && (!access || access->canCreate(object.name()));
    const bool updateable = info.updateable && (!access || access->canEdit(object.name()));
    const QString url = sobjectsUrl + QLatin1Char('/') + object.name();
    return {
        { QStringLiteral("name"), object.name() },
        { QStringLiteral("label"), info.label },
        { QStringLiteral("labelPlural"), info.labelPlural },
        { QStringLiteral("keyPrefix"), textOrNull(info.keyPrefix) },
        { QStringLiteral("custom"), false },
        { QStringLiteral("customSetting"), false },
        { QStringLiteral("queryable"), true },
        { QStringLiteral("retrieveable"), true },
        { QStringLiteral("searchable"), false },
        { QStringLiteral("createable"), createable },
        { QStringLiteral("updateable"), updateable },
        { QStringLiteral("deletable"), info.deletable },
        { QStringLiteral("undeletable"), false },
        { QStringLiteral("mergeable"), false },
        { QStringLiteral("replicateable"), info.replicateable },
        { QStringLiteral("triggerable"), false },
        { QStringLiteral("layoutable"), false },
        { QStringLiteral("activateable"), false },
        { QStringLiteral("feedEnabled"), false },
        { QStringLiteral("mruEnabled"), false },
        { QStringLiteral("deprecatedAndHidden"), false },
        { QStringLiteral("urls"),
            QJsonObject { { QStringLiteral("sobject"), url },
                { QStringLiteral("describe"), QString(url + QStringLiteral("/describe")) },
                { QStringLiteral("rowTemplate"), QString(url + QStringLiteral("/{ID}")) } } },
    };
}

QJsonArray picklistValues(const SoqlFieldDef& field)
{
    QJsonArray values;
    for (const QString& value : field.picklistValues) {
        values.append(QJsonObject { { QStringLiteral("value"), value }, { QStringLiteral("label"), value },
            { QStringLiteral("active"), true },
            { QStringLiteral("defaultValue"), value == field.defaultPicklistValue },
            { QStringLiteral("validFor"), QJsonValue::Null } });
    }
    return values;
}

} // namespace

QJsonObject DescribeEndpoints::describeField(const SoqlFieldDef& field)
{
    const bool textual = field.isTextual();
    const int digits = field.type == Type::Integer ? 9 : 0;
    const int precision = field.type == Type::Currency || field.type == Type::Double ? 18 : 0;
    const int scale = field.type == Type::Currency ? 2 : 0;
    const bool isId = field.type == Type::Id;
    // What Salesforce fills in itself when a new record leaves it out.
    const bool defaulted = isId || field.type == Type::Boolean || !field.defaultPicklistValue.isEmpty()
        || (!field.nillable && !field.createable);
    QJsonArray referenceTo;
    for (const QString& target : field.referenceTo) {
        referenceTo.append(target);
    }
    return {
        { QStringLiteral("name"), field.name },
        { QStringLiteral("label"), field.displayLabel() },
        { QStringLiteral("type"), field.describeTypeName() },
        { QStringLiteral("soapType"), soapType(field) },
        { QStringLiteral("length"), textual ? field.length : 0 },
        { QStringLiteral("byteLength"), textual ? (field.isIdLike() ? field.length : field.length * 3) : 0 },
        { QStringLiteral("digits"), digits },
        { QStringLiteral("precision"), precision },
        { QStringLiteral("scale"), scale },
        { QStringLiteral("nillable"), field.nillable },
        { QStringLiteral("createable"), field.createable },
        { QStringLiteral("updateable"), field.updateable },
        { QStringLiteral("filterable"), field.isFilterable() },
        { QStringLiteral("sortable"), field.isSortable() },
        { QStringLiteral("groupable"), field.isSortable() && field.type != Type::DateTime },
        { QStringLiteral("aggregatable"), field.isSortable() },
        { QStringLiteral("custom"), false },
        { QStringLiteral("calculated"), false },
        { QStringLiteral("autoNumber"), false },
        { QStringLiteral("unique"), false },
        { QStringLiteral("externalId"), false },
        { QStringLiteral("caseSensitive"), false },
        { QStringLiteral("idLookup"), isId },
        { QStringLiteral("nameField"), field.name == QLatin1String("Name") },
        { QStringLiteral("namePointing"), field.isPolymorphic() },
        { QStringLiteral("defaultedOnCreate"), defaulted },
        { QStringLiteral("defaultValue"), QJsonValue::Null },
        { QStringLiteral("defaultValueFormula"), QJsonValue::Null },
        { QStringLiteral("htmlFormatted"), false },
        { QStringLiteral("restrictedPicklist"), field.restrictedPicklist },
        { QStringLiteral("dependentPicklist"), false },
        { QStringLiteral("picklistValues"), picklistValues(field) },
        { QStringLiteral("referenceTo"), referenceTo },
        { QStringLiteral("relationshipName"), textOrNull(field.relationshipName) },
        { QStringLiteral("polymorphicForeignKey"), field.isPolymorphic() },
        { QStringLiteral("cascadeDelete"), false },
        { QStringLiteral("restrictedDelete"), false },
        { QStringLiteral("deprecatedAndHidden"), false },
        { QStringLiteral("inlineHelpText"), QJsonValue::Null },
        { QStringLiteral("controllerName"), QJsonValue::Null },
    };
}

QJsonObject DescribeEndpoints::describeObject(
    const SoqlObjectDef& object, const QString& sobjectsUrl, const ObjectAccess* access)
{
    QJsonObject described = objectSummary(object, sobjectsUrl, access);
    QJsonArray fields;
    for (const SoqlFieldDef& field : object.fields()) {
        fields.append(describeField(field));
    }
    described.insert(QStringLiteral("fields"), fields);
    // Not modelled: no record types, layouts or child relationships (README, "What the sandbox simplifies").
    described.insert(QStringLiteral("childRelationships"), QJsonArray());
    described.insert(QStringLiteral("recordTypeInfos"), QJsonArray());
    return described;
}

const SoqlSchema& DescribeEndpoints::schemaOf(Api api)
{
    return api == Api::Tooling ? SoqlSchema::toolingApi() : SoqlSchema::dataApi();
}

QString DescribeEndpoints::sobjectsUrl(const SandboxRequest& request, Api api)
{
    return QStringLiteral("/services/data/") + request.pathParameter(QStringLiteral("version"))
        + (api == Api::Tooling ? QStringLiteral("/tooling/sobjects") : QStringLiteral("/sobjects"));
}

SfResult<const SoqlObjectDef*> DescribeEndpoints::objectOf(const SandboxRequest& request, Api api)
{
    const QString name = request.pathParameter(QStringLiteral("object"));
    const SoqlObjectDef* object = schemaOf(api).object(name);
    // Salesforce spells object names exactly in resource paths; a view (Name) is no sObject of its own.
    if (!object || object->name() != name || !object->info().served) {
        return SalesforceError::notFound();
    }
    return object;
}

SandboxResponse DescribeEndpoints::global(const SandboxRequest& request, Api api, const ObjectAccess* access)
{
    QJsonArray sobjects;
    for (const SoqlObjectDef* object : schemaOf(api).objects()) {
        if (object->info().served && (!access || access->canRead(object->name()))) {
            sobjects.append(objectSummary(*object, sobjectsUrl(request, api), access));
        }
    }
    return RestResponses::json(QJsonDocument(
        QJsonObject { { QStringLiteral("encoding"), QStringLiteral("UTF-8") },
            { QStringLiteral("maxBatchSize"), maxBatchSize },
            { QStringLiteral("sobjects"),
                sobjects } }).toJson(QJsonDocument::Compact));
}

SandboxResponse DescribeEndpoints::basicInfo(
    const SandboxRequest& request, Api api, const ObjectAccess* access)
{
    SfResult<const SoqlObjectDef*> object = objectOf(request, api);
    if (!object) {
        return RestResponses::error(object.error());
    }
    if (access && !access->canRead((*object)->name())) {
        return RestResponses::error(SalesforceError::notFound());
    }
    // recentItems: the sandbox keeps no "recently viewed" list.
    return RestResponses::json(QJsonDocument(
        QJsonObject {
            { QStringLiteral("objectDescribe"), objectSummary(**object, sobjectsUrl(request, api), access) },
            { QStringLiteral("recentItems"),
                QJsonArray() } }).toJson(QJsonDocument::Compact));
}

SandboxResponse DescribeEndpoints::describe(
    const SandboxRequest& request, Api api, const ObjectAccess* access)
{
    SfResult<const SoqlObjectDef*> object = objectOf(request, api);
    if (!object) {
        return RestResponses::error(object.error());
    }
    if (access && !access->canRead((*object)->name())) {
        return RestResponses::error(SalesforceError::notFound());
    }
    return RestResponses::json(QJsonDocument(describeObject(**object, sobjectsUrl(request, api), access))
                                   .toJson(QJsonDocument::Compact));
}

} // namespace sia::sandbox::salesforce
