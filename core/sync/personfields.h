// The people sync's field table (SPEC section 4): for each field the sync reads, the PersonRecord member
// it fills, the REST names Marketo may give it (describe decides: the one place that knows
// "linkedInProfileUrl" may be spelt otherwise), the Actions label and column, and where Salesforce fills
// it. The 13 synced fields come first, in SPEC's order; the owner, type, subscription and timestamps the
// sync needs besides follow.
#pragma once

#include "common/result.h"
#include "sync/personrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sia {

enum class PersonField
{
    FirstName,
    LastName,
    SfdcContactId,
    SfdcLeadId,
    SfdcAccountId,
    SfdcOpportunityId, // no Marketo field: Salesforce's OpportunityContactRole
    MarketoId,
    Company,
    Title,
    Email,
    Phone,
    LinkedInUrl,
    Source,
    // Not synced fields of their own, but read by the sync: eligibility, the owner, the person's kind.
    SalesOwnerId,
    SalesOwnerEmail,
    SfdcType,
    Unsubscribed,
    CreatedAt,
    UpdatedAt
};

struct PersonFieldInfo
{
    PersonField field;
    bool synced; // one of SPEC's 13
    bool required; // the sync cannot work without it (the id, the owner)
    QStringList restNames; // candidates, the documented spelling first; empty: no Marketo field
    const char* column; // the people column
    const char* salesforceSource; // "Lead.FirstName / Contact.FirstName"
    QByteArray PersonRecord::*member; // nullptr: not a text member (the id, unsubscribed, the opportunity)
};

// What describe says the subscription calls each field.
struct PersonFieldResolution
{
    QHash<PersonField, QString> restNames; // only the fields the subscription has
    QHash<PersonField, QString> labels; // describe's display names
    QList<PersonField> missing; // optional fields describe does not list (left without values)

    QString restName(PersonField field) const { return restNames.value(field); }
    // The REST names to ask a bulk export or a lookup for, in the table's order.
    QStringList exportFields() const;
    // The field a column of an export file (or a key of a lookup's JSON) holds; false when none.
    bool fieldFor(const QString& restName, PersonField* field) const;
};

class PersonFields
{
    Q_DECLARE_TR_FUNCTIONS(sia::PersonFields)

public:
    static const QList<PersonFieldInfo>& all();
    static const PersonFieldInfo& info(PersonField field);
    static QString label(PersonField field); // translated Actions label: "First Name"

    // From describe (leads/describe2.json's fields, {"name", "displayName"}, or describe.json's
    // {"rest": {"name"}, "displayName"}): matched by candidate, case-insensitively. A required field
    // missing is an error that says which and what to check.
    static Result<PersonFieldResolution> resolve(const QList<QJsonObject>& describeFields);
    // The documented spellings, for where describe has not been read (tests, the sandbox's own names).
    static PersonFieldResolution documented();

    // Sets one field of record from its text (Marketo's UTF-8; empty: no value).
    static void assign(PersonRecord& record, PersonField field, const QByteArray& value);
    // A person from a leads.json lookup's JSON object (absent and null alike: no value).
    static PersonRecord fromJson(const QJsonObject& lead, const PersonFieldResolution& resolution);
};

} // namespace sia
