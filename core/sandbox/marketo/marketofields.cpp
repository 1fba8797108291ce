#include "sandbox/marketo/marketofields.h"

#include "sandbox/marketo/marketoenvelope.h"
#include "sandbox/marketo/textwriter.h"

#include <QJsonObject>

namespace sia::sandbox::marketo {
namespace {

const QString* stringMember(const Person& p, FieldKey key)
{
    switch (key) {
    case FieldKey::FirstName:
        return &p.firstName;
    case FieldKey::LastName:
        return &p.lastName;
    case FieldKey::Email:
        return &p.email;
    case FieldKey::Company:
        return &p.company;
    case FieldKey::Title:
        return &p.title;
    case FieldKey::Phone:
        return &p.phone;
    case FieldKey::LinkedInProfileUrl:
        return &p.linkedInProfileUrl;
    case FieldKey::LeadSource:
        return &p.leadSource;
    case FieldKey::SfdcLeadId:
        return &p.sfdcLeadId;
    case FieldKey::SfdcContactId:
        return &p.sfdcContactId;
    case FieldKey::SfdcAccountId:
        return &p.sfdcAccountId;
    case FieldKey::SfdcLeadOwnerId:
        return &p.sfdcLeadOwnerId;
    case FieldKey::LeadOwnerEmailAddress:
        return &p.leadOwnerEmailAddress;
    case FieldKey::LeadOwnerFirstName:
        return &p.leadOwnerFirstName;
    case FieldKey::LeadOwnerLastName:
        return &p.leadOwnerLastName;
    default:
        return nullptr;
    }
}

// ,"restName": for each key, made once: writing 300 leads must not look names up.
const QByteArray& restNameMember(FieldKey key)
{
    static const QList<QByteArray> members = [] {
        QList<QByteArray> list(int(FieldKey::UpdatedAt) + 1);
        for (const MarketoField& f : MarketoFields::all()) {
            list[int(f.key)] = ",\"" + f.restName.toLatin1() + "\":";
        }
        return list;
    }();
    return members.at(int(key));
}

} // namespace

const QList<MarketoField>& MarketoFields::all()
{
    static const QList<MarketoField> fields {
        { FieldKey::Id, 1, QStringLiteral("id"), QStringLiteral("Id"), QStringLiteral("Id"),
            QStringLiteral("integer"), 0, true },
        { FieldKey::Company, 2, QStringLiteral("company"), QStringLiteral("Company"),
            QStringLiteral("Company Name"), QStringLiteral("string"), 255, false },
        { FieldKey::Email, 3, QStringLiteral("email"), QStringLiteral("Email"),
            QStringLiteral("Email Address"), QStringLiteral("email"), 255, false },
        { FieldKey::FirstName, 4, QStringLiteral("firstName"), QStringLiteral("FirstName"),
            QStringLiteral("First Name"), QStringLiteral("string"), 255, false },
        { FieldKey::LastName, 5, QStringLiteral("lastName"), QStringLiteral("LastName"),
            QStringLiteral("Last Name"), QStringLiteral("string"), 255, false },
        { FieldKey::Title, 6, QStringLiteral("title"), QStringLiteral("Title"), QStringLiteral("Job Title"),
            QStringLiteral("string"), 255, false },
        { FieldKey::Phone, 7, QStringLiteral("phone"), QStringLiteral("Phone"),
            QStringLiteral("Phone Number"), QStringLiteral("phone"), 255, false },
        { FieldKey::LeadSource, 8, QStringLiteral("leadSource"), QStringLiteral("LeadSource"),
            QStringLiteral("Person Source"), QStringLiteral("string"), 255, false },
        { FieldKey::LinkedInProfileUrl, 9, QStringLiteral("linkedInProfileURL"),
            QStringLiteral("MarketoSocialLinkedInProfileURL"),
            QStringLiteral("Marketo Social LinkedIn Profile URL"), QStringLiteral("url"), 255, true },
        { FieldKey::SfdcType, 10, QStringLiteral("sfdcType"), QStringLiteral("SFDCType"),
            QStringLiteral("SFDC Type"), QStringLiteral("string"), 255, true },
        { FieldKey::SfdcLeadId, 11, QStringLiteral("sfdcLeadId"), QStringLiteral("SFDCLeadId"),
            QStringLiteral("SFDC Lead ID"), QStringLiteral("string"), 18, true },
        { FieldKey::SfdcContactId, 12, QStringLiteral("sfdcContactId"), QStringLiteral("SFDCContactId"),
            QStringLiteral("SFDC Contact ID"), QStringLiteral("string"), 18, true },
        { FieldKey::SfdcAccountId, 13, QStringLiteral("sfdcAccountId"), QStringLiteral("SFDCAccountId"),
            QStringLiteral("SFDC Account ID"), QStringLiteral("string"), 18, true },
        { FieldKey::SfdcLeadOwnerId, 14, QStringLiteral("sfdcLeadOwnerId"), QStringLiteral("SFDCLeadOwnerId"),
            QStringLiteral("Lead Owner ID"), QStringLiteral("string"), 18, true },
        { FieldKey::LeadOwnerEmailAddress, 15, QStringLiteral("leadOwnerEmailAddress"),
            QStringLiteral("LeadOwnerEmailAddress"), QStringLiteral("Lead Owner Email Address"),
            QStringLiteral("email"), 255, true },
        { FieldKey::LeadOwnerFirstName, 16, QStringLiteral("leadOwnerFirstName"),
            QStringLiteral("LeadOwnerFirstName"), QStringLiteral("Lead Owner First Name"),
            QStringLiteral("string"), 255, true },
        { FieldKey::LeadOwnerLastName, 17, QStringLiteral("leadOwnerLastName"),
            QStringLiteral("LeadOwnerLastName"), QStringLiteral("Lead Owner Last Name"),
            QStringLiteral("string"), 255, true },
        { FieldKey::ExternalSalesPersonId, 18, QStringLiteral("externalSalesPersonId"),
            QStringLiteral("ExternalSalesPersonId"), QStringLiteral("External Sales Person Id"),
            QStringLiteral("string"), 255, false },
        { FieldKey::SfdcId, 19, QStringLiteral("sfdcId"), QStringLiteral("SFDCId"), QStringLiteral("SFDC Id"),
            QStringLiteral("string"), 18, true },
        { FieldKey::Unsubscribed, 20, QStringLiteral("unsubscribed"), QStringLiteral("Unsubscribed"),
            QStringLiteral("Unsubscribed"), QStringLiteral("boolean"), 0, false },
        { FieldKey::CreatedAt, 21, QStringLiteral("createdAt"), QStringLiteral("CreatedAt"),
            QStringLiteral("Created At"), QStringLiteral("datetime"), 0, true },
        { FieldKey::UpdatedAt, 22, QStringLiteral("updatedAt"), QStringLiteral("UpdatedAt"),
            QStringLiteral("Updated At"), QStringLiteral("datetime"), 0, true },
    };
    return fields;
}

const MarketoField* MarketoFields::byRestName(const QString& name)
{
    for (const MarketoField& field : all()) {
        if (field.restName == name) {
            return &field;
        }
    }
    return nullptr;
}

QList<FieldKey> MarketoFields::defaultFields()
{
    return { FieldKey::FirstName, FieldKey::LastName, FieldKey::Email, FieldKey::UpdatedAt,
        FieldKey::CreatedAt };
}

const QStringList& MarketoFields::searchable()
{
    static const QStringList names { QStringLiteral("id"), QStringLiteral("email"),
        QStringLiteral("sfdcLeadId"), QStringLiteral("sfdcContactId"), QStringLiteral("sfdcAccountId"),
        QStringLiteral("sfdcLeadOwnerId"), QStringLiteral("sfdcOpptyId"), QStringLiteral("leadPartitionId") };
    return names;
}

QJsonArray MarketoFields::describe()
{
    QJsonArray result;
    for (const MarketoField& f : all()) {
        QJsonObject field { { QStringLiteral("id"), f.id }, { QStringLiteral("displayName"), f.displayName },
            { QStringLiteral("dataType"), f.dataType },
            { QStringLiteral("rest"),
                QJsonObject {
                    { QStringLiteral("name"), f.restName }, { QStringLiteral("readOnly"), f.readOnly } } },
            { QStringLiteral("soap"),
                QJsonObject {
                    { QStringLiteral("name"), f.soapName }, { QStringLiteral("readOnly"), f.readOnly } } } };
        if (f.length > 0) {
            field.insert(QStringLiteral("length"), f.length);
        }
        result.append(field);
    }
    return result;
}

QJsonArray MarketoFields::describe2()
{
    QJsonArray searchableFields;
    for (const QString& name : searchable()) {
        if (name != u"leadPartitionId" && name != u"sfdcOpptyId") { // filter types, not fields
            searchableFields.append(QJsonArray { name });
        }
    }
    QJsonArray fields;
    for (const MarketoField& f : all()) {
        QJsonObject field { { QStringLiteral("name"), f.restName },
            { QStringLiteral("displayName"), f.displayName }, { QStringLiteral("dataType"), f.dataType },
            { QStringLiteral("updateable"), !f.readOnly },
            { QStringLiteral("crmManaged"),
                f.restName.startsWith(QStringLiteral("sfdc"))
                    || f.restName.startsWith(QStringLiteral("leadOwner")) } };
        if (f.length > 0) {
            field.insert(QStringLiteral("length"), f.length);
        }
        fields.append(field);
    }
    return { QJsonObject { { QStringLiteral("name"), QStringLiteral("API Lead") },
        { QStringLiteral("searchableFields"), searchableFields }, { QStringLiteral("fields"), fields } } };
}

MarketoFields::Value MarketoFields::value(const Person& person, FieldKey key)
{
    using Kind = Value::Kind;
    if (const QString* member = stringMember(person, key)) {
        return member->isEmpty() ? Value {} : Value { Kind::Text, *member };
    }
    switch (key) {
    case FieldKey::Id:
        return { Kind::Number, {}, person.id };
    case FieldKey::SfdcType:
        if (person.crmKind == CrmKind::Lead) {
            return { Kind::Text, u"Lead" };
        }
        return person.crmKind == CrmKind::Contact ? Value { Kind::Text, u"Contact" } : Value {};
    case FieldKey::Unsubscribed:
        return { Kind::Boolean, {}, person.unsubscribed ? 1 : 0 };
    case FieldKey::CreatedAt:
        return { Kind::Time, {}, person.createdAt.toMSecsSinceEpoch() };
    case FieldKey::UpdatedAt:
        return { Kind::Time, {}, person.updatedAt.toMSecsSinceEpoch() };
    default:
        return {}; // externalSalesPersonId, sfdcId: never filled here
    }
}

void MarketoFields::writeLead(
    QByteArray& out, const Person& person, const QList<FieldKey>& fields, EmptyFields empty)
{
    // Room for the worst case first, then raw writes: small appends to a QByteArray cost more than the data.
    qsizetype room = 32;
    for (const FieldKey key : fields) {
        const Value v = value(person, key);
        room += restNameMember(key).size()
            + (v.kind == Value::Kind::Text ? text::maxJsonBytes(v.text.size()) : 24);
    }
    const qsizetype start = out.size();
    out.resize(start + room);
    char* at = out.data() + start;
    memcpy(at, "{\"id\":", 6);
    at = text::writeNumber(at + 6, person.id);
    for (const FieldKey key : fields) {
        if (key == FieldKey::Id) {
            continue; // always first, never twice
        }
        const Value v = value(person, key);
        if (v.kind == Value::Kind::Null && empty == EmptyFields::LeftOut) {
            continue;
        }
        const QByteArray& name = restNameMember(key);
        memcpy(at, name.constData(), size_t(name.size()));
        at += name.size();
        switch (v.kind) {
        case Value::Kind::Null:
            memcpy(at, "null", 4);
            at += 4;
            break;
        case Value::Kind::Text:
            at = text::writeJsonString(at, v.text);
            break;
        case Value::Kind::Number:
            at = text::writeNumber(at, v.number);
            break;
        case Value::Kind::Boolean:
            memcpy(at, v.number ? "true" : "false", v.number ? 4 : 5);
            at += v.number ? 4 : 5;
            break;
        case Value::Kind::Time:
            *at++ = '"';
            at = text::writeTime(at, v.number);
            *at++ = '"';
            break;
        }
    }
    *at++ = '}';
    out.truncate(at - out.constData());
}

void MarketoFields::writeCsvField(QByteArray& out, const Person& person, FieldKey key, char delimiter)
{
    const Value v = value(person, key);
    switch (v.kind) {
    case Value::Kind::Null:
        out += "null";
        break;
    case Value::Kind::Text:
        text::appendCsvField(out, v.text, delimiter);
        break;
    case Value::Kind::Number:
        out += QByteArray::number(v.number);
        break;
    case Value::Kind::Boolean:
        out += v.number ? "true" : "false";
        break;
    case Value::Kind::Time:
        text::appendTime(out, v.number);
        break;
    }
}

} // namespace sia::sandbox::marketo
