// The person fields the sandbox's Marketo knows: their REST and SOAP names, types, which are searchable
// (describe, describe2), and how each is written into a lead record (the hot path of leads.json).
//
// Decisions (see README): LinkedIn is "linkedInProfileURL" (Marketo's standard "Marketo Social" field,
// spelled like facebookProfileURL); there is no opportunity-id field on a person: the opportunity comes
// from Salesforce's OpportunityContactRole, and filterType=sfdcOpptyId finds the people on one.
#pragma once

#include "sandbox/dataset/records.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace sia::sandbox::marketo {

enum class FieldKey
{
    Id,
    FirstName,
    LastName,
    Email,
    Company,
    Title,
    Phone,
    LinkedInProfileUrl,
    LeadSource,
    SfdcType,
    SfdcLeadId,
    SfdcContactId,
    SfdcAccountId,
    SfdcLeadOwnerId,
    LeadOwnerEmailAddress,
    LeadOwnerFirstName,
    LeadOwnerLastName,
    ExternalSalesPersonId,
    SfdcId, // a formula field the REST API never computes: always null (Marketo documents this)
    Unsubscribed,
    CreatedAt,
    UpdatedAt,
};

struct MarketoField
{
    FieldKey key;
    int id;
    QString restName;
    QString soapName;
    QString displayName;
    QString dataType; // "integer", "string", "email", "phone", "url", "datetime", "boolean", "reference"
    int length; // 0: none
    bool readOnly;
};

class MarketoFields
{
public:
    static const QList<MarketoField>& all();
    static const MarketoField* byRestName(const QString& name); // case-sensitive, as Marketo's REST names are
    static QList<FieldKey> defaultFields(); // id, firstName, lastName, email, updatedAt, createdAt
    // filterType values leads.json accepts (describe2's searchableFields, plus leadPartitionId).
    static const QStringList& searchable();

    static QJsonArray describe(); // describe.json's result
    static QJsonArray describe2(); // describe2.json's result

    // One field's value of a person, without copying it (text views into the person).
    struct Value
    {
        enum class Kind
        {
            Null,
            Text,
            Number,
            Boolean,
            Time
        };
        Kind kind = Kind::Null;
        QStringView text;
        qint64 number = 0; // Number: the value; Time: ms since the epoch; Boolean: 0 or 1
    };
    static Value value(const Person& person, FieldKey key);

    // How a requested field without a value is written: Marketo's recorded answers say null, its
    // documentation allows leaving it out ("requested but not returned means null").
    enum class EmptyFields
    {
        Null,
        LeftOut
    };
    // Appends {"id":…,"f1":…,…} for person with the given fields, as Marketo writes a lead.
    static void writeLead(QByteArray& out, const Person& person, const QList<FieldKey>& fields,
        EmptyFields empty = EmptyFields::Null);
    // Appends one value as a CSV (TSV, SSV) field; Marketo writes a missing value as null.
    static void writeCsvField(QByteArray& out, const Person& person, FieldKey key, char delimiter);
};

} // namespace sia::sandbox::marketo
