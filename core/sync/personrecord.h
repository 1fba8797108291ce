// A Marketo person as the people sync reads it (from a bulk extract file or a leads.json lookup): the 13
// synced fields of SPEC section 4 (the opportunity ID excepted: it comes from Salesforce's
// OpportunityContactRole, see OpportunityRole), the Sales Owner that decides eligibility, and Marketo's
// timestamps. Text is kept as the UTF-8 bytes it arrived in, so that a million rows go from the file to the
// store's batch (StoreBatch::bindUtf8) without a conversion. A null array is "no value" (Marketo's null).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sia {

struct PersonRecord
{
    qint64 marketoId = 0; // Marketo's id: the one key of a person (people.marketo_id)
    QByteArray firstName;
    QByteArray lastName;
    QByteArray email;
    QByteArray company;
    QByteArray title;
    QByteArray phone;
    QByteArray linkedInUrl;
    QByteArray source; // leadSource
    QByteArray sfdcLeadId;
    QByteArray sfdcContactId;
    QByteArray sfdcAccountId;
    QByteArray sfdcType; // "Lead" or "Contact"
    QByteArray salesOwnerId; // sfdcLeadOwnerId: the Salesforce lead or contact owner (a user's 005… id)
    QByteArray salesOwnerEmail; // leadOwnerEmailAddress
    bool unsubscribed = false;
    QByteArray createdAt; // Marketo's ISO 8601 text, as it came
    QByteArray updatedAt;

    bool hasSalesOwner() const { return !salesOwnerId.isEmpty(); }
    friend bool operator==(const PersonRecord&, const PersonRecord&) = default;
};

// The primary OpportunityContactRole of a contact in Salesforce: where a person's opportunity ID comes
// from (Marketo has no opportunity field on a person).
struct OpportunityRole
{
    QByteArray contactId; // 003…
    QByteArray opportunityId; // 006…
    friend bool operator==(const OpportunityRole&, const OpportunityRole&) = default;
};

} // namespace sia
