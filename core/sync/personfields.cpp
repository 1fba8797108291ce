#include "sync/personfields.h"

#include <QJsonArray>
#include <QJsonValue>

namespace sia {
namespace {

QString describedName(const QJsonObject& field)
{
    const QString name = field.value(QStringLiteral("name")).toString();
    return name.isEmpty()
        ? field.value(QStringLiteral("rest")).toObject().value(QStringLiteral("name")).toString()
        : name;
}

} // namespace

const QList<PersonFieldInfo>& PersonFields::all()
{
    using F = PersonField;
    using R = PersonRecord;
    static const QList<PersonFieldInfo> table {
        { F::FirstName, true, false, { QStringLiteral("firstName") }, "first_name",
            "Lead.FirstName / Contact.FirstName", &R::firstName },
        { F::LastName, true, false, { QStringLiteral("lastName") }, "last_name",
            "Lead.LastName / Contact.LastName", &R::lastName },
        { F::SfdcContactId, true, false, { QStringLiteral("sfdcContactId") }, "sfdc_contact_id", "Contact.Id",
            &R::sfdcContactId },
        { F::SfdcLeadId, true, false, { QStringLiteral("sfdcLeadId") }, "sfdc_lead_id", "Lead.Id",
            &R::sfdcLeadId },
        { F::SfdcAccountId, true, false, { QStringLiteral("sfdcAccountId") }, "sfdc_account_id",
            "Contact.AccountId", &R::sfdcAccountId },
        { F::SfdcOpportunityId, true, false, {}, "sfdc_opportunity_id",
            "OpportunityContactRole.OpportunityId", nullptr },
        { F::MarketoId, true, true, { QStringLiteral("id") }, "marketo_id", "", nullptr },
        { F::Company, true, false, { QStringLiteral("company") }, "company", "Lead.Company / Account.Name",
            &R::company },
        { F::Title, true, false, { QStringLiteral("title") }, "title", "Lead.Title / Contact.Title",
            &R::title },
        { F::Email, true, false, { QStringLiteral("email") }, "email", "Lead.Email / Contact.Email",
            &R::email },
        { F::Phone, true, false, { QStringLiteral("phone") }, "phone", "Lead.Phone / Contact.Phone",
            &R::phone },
        // API-NOTES: the spelling is unconfirmed; subscriptions seen spell it with "URL", and Marketo's
        // social field has its own name.
        { F::LinkedInUrl, true, false,
            { QStringLiteral("linkedInProfileUrl"), QStringLiteral("linkedInProfileURL"),
                QStringLiteral("marketoSocialLinkedInProfileURL"), QStringLiteral("linkedInUrl") },
            "linkedin_url", "", &R::linkedInUrl },
        { F::Source, true, false, { QStringLiteral("leadSource") }, "source",
            "Lead.LeadSource / Contact.LeadSource", &R::source },
        { F::SalesOwnerId, false, true, { QStringLiteral("sfdcLeadOwnerId") }, "sales_owner_id",
            "Lead.OwnerId / Contact.OwnerId", &R::salesOwnerId },
        { F::SalesOwnerEmail, false, false, { QStringLiteral("leadOwnerEmailAddress") }, "sales_owner_email",
            "User.Email (the owner)", &R::salesOwnerEmail },
        { F::SfdcType, false, false, { QStringLiteral("sfdcType") }, "sfdc_type", "Lead / Contact",
            &R::sfdcType },
        { F::Unsubscribed, false, false, { QStringLiteral("unsubscribed") }, "unsubscribed", "", nullptr },
        { F::CreatedAt, false, false, { QStringLiteral("createdAt") }, "marketo_created_at", "",
            &R::createdAt },
        { F::UpdatedAt, false, false, { QStringLiteral("updatedAt") }, "marketo_updated_at", "",
            &R::updatedAt },
    };
    return table;
}

const PersonFieldInfo& PersonFields::info(PersonField field)
{
    return all().at(int(field)); // the table is in the enum's order
}

QString PersonFields::label(PersonField field)
{
    switch (field) {
    case PersonField::FirstName:
        return tr("First Name");
    case PersonField::LastName:
        return tr("Last Name");
    case PersonField::SfdcContactId:
        return tr("Salesforce Contact ID");
    case PersonField::SfdcLeadId:
        return tr("Salesforce Lead ID");
    case PersonField::SfdcAccountId:
        return tr("Salesforce Account ID");
    case PersonField::SfdcOpportunityId:
        return tr("Salesforce Opportunity ID");
    case PersonField::MarketoId:
        return tr("Marketo ID");
    case PersonField::Company:
        return tr("Company");
    case PersonField::Title:
        return tr("Title");
    case PersonField::Email:
        return tr("Email");
    case PersonField::Phone:
        return tr("Phone");
    case PersonField::LinkedInUrl:
        return tr("LinkedIn URL");
    case PersonField::Source:
        return tr("Source");
    case PersonField::SalesOwnerId:
        return tr("Sales Owner ID");
    case PersonField::SalesOwnerEmail:
        return tr("Sales Owner Email");
    case PersonField::SfdcType:
        return tr("Salesforce Type");
    case PersonField::Unsubscribed:
        return tr("Unsubscribed");
    case PersonField::CreatedAt:
        return tr("Created in Marketo");
    case PersonField::UpdatedAt:
        break;
    }
    return tr("Updated in Marketo");
}

Result<PersonFieldResolution> PersonFields::resolve(const QList<QJsonObject>& describeFields)
{
    // describe2.json answers one object ({"name": "API Lead", "fields": […]}); describe.json the fields.
    QList<QJsonObject> fields;
    for (const QJsonObject& entry : describeFields) {
        if (entry.value(QStringLiteral("fields")).isArray()) {
            for (const QJsonValue& field : entry.value(QStringLiteral("fields")).toArray()) {
                fields.append(field.toObject());
            }
        } else {
            fields.append(entry);
        }
    }
    QHash<QString, QPair<QString, QString>> byLowerName; // lower-case name → (name, display name)
    for (const QJsonObject& field : std::as_const(fields)) {
        const QString name = describedName(field);
        if (!name.isEmpty()) {
            byLowerName.insert(
                name.toLower(), { name, field.value(QStringLiteral("displayName")).toString() });
        }
    }
    PersonFieldResolution resolution;
    for (const PersonFieldInfo& info : all()) {
        if (info.restNames.isEmpty()) {
            continue;
        }
        bool found = false;
        for (const QString& candidate : info.restNames) {
            const auto it = byLowerName.constFind(candidate.toLower());
            if (it != byLowerName.cend()) {
                resolution.restNames.insert(info.field, it->first);
                resolution.labels.insert(info.field, it->second);
                found = true;
                break;
            }
        }
        if (found) {
            continue;
        }
        if (info.required) {
            return Error::environment(QStringLiteral("sync.field-missing"),
                tr("Marketo's person fields do not include \"%1\" (%2), which the people sync needs. Check "
                   "that the Marketo-Salesforce sync is set up and that the API user's role can read "
                   "person fields, then try again.")
                    .arg(info.restNames.constFirst(), label(info.field)));
        }
        resolution.missing.append(info.field);
    }
    return resolution;
}

PersonFieldResolution PersonFields::documented()
{
    PersonFieldResolution resolution;
    for (const PersonFieldInfo& info : all()) {
        if (!info.restNames.isEmpty()) {
            resolution.restNames.insert(info.field, info.restNames.constFirst());
        }
    }
    return resolution;
}

QStringList PersonFieldResolution::exportFields() const
{
    QStringList names;
    for (const PersonFieldInfo& info : PersonFields::all()) {
        const QString name = restNames.value(info.field);
        if (!name.isEmpty()) {
            names.append(name);
        }
    }
    return names;
}

bool PersonFieldResolution::fieldFor(const QString& restName, PersonField* field) const
{
    for (auto it = restNames.cbegin(); it != restNames.cend(); ++it) {
        if (it.value().compare(restName, Qt::CaseInsensitive) == 0) {
            *field = it.key();
            return true;
        }
    }
    return false;
}

void PersonFields::assign(PersonRecord& record, PersonField field, const QByteArray& value)
{
    if (field == PersonField::MarketoId) {
        record.marketoId = value.toLongLong();
        return;
    }
    if (field == PersonField::Unsubscribed) {
        record.unsubscribed = value == "true" || value == "1";
        return;
    }
    if (QByteArray PersonRecord::*member = info(field).member) {
        record.*member = value.isEmpty() ? QByteArray() : value;
    }
}

PersonRecord PersonFields::fromJson(const QJsonObject& lead, const PersonFieldResolution& resolution)
{
    PersonRecord record;
    for (auto it = resolution.restNames.cbegin(); it != resolution.restNames.cend(); ++it) {
        const QJsonValue value = lead.value(it.value());
        if (value.isNull() || value.isUndefined()) {
            continue;
        }
        if (it.key() == PersonField::MarketoId) {
            record.marketoId = qint64(value.toDouble());
        } else if (it.key() == PersonField::Unsubscribed) {
            record.unsubscribed = value.toBool();
        } else {
            const QString text = value.isString() ? value.toString() : value.toVariant().toString();
            assign(record, it.key(), text.toUtf8());
        }
    }
    return record;
}

} // namespace sia
