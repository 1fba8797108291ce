// The records of the sandbox's world, as plain values: Marketo people and their Salesforce twins. They are
// generated on demand from (seed, number) by SandboxDataset, never stored (except the few users).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sia::sandbox {

// Where a Marketo person stands in Salesforce.
enum class CrmKind
{
    Lead, // synced with a Salesforce Lead (sfdcType "Lead")
    Contact, // synced with a Salesforce Contact (sfdcType "Contact") of an Account
    None, // only in Marketo
};

// How a person entered Marketo's database: the "Source Type" of its New Lead activity.
enum class PersonSource
{
    WebForm, // "Web form fillout"
    ListImport, // "List import"
    WebServiceApi, // "Web service API" (every person the control API adds)
};

// A Marketo person with the fields the product syncs (SPEC §4) and the owner fields.
struct Person
{
    qint64 id = 0; // Marketo ID
    QString firstName;
    QString lastName;
    QString email;
    QString company;
    QString title;
    QString phone;
    QString linkedInProfileUrl; // REST name "linkedInProfileURL" (see MarketoFields)
    QString leadSource;
    CrmKind crmKind = CrmKind::None;
    QString sfdcLeadId;
    QString sfdcContactId;
    QString sfdcAccountId;
    // The Sales Owner: a Salesforce user id, empty when the lead belongs to a queue or the person is not
    // in Salesforce. Marketo's sfdcLeadOwnerId holds it for leads and contacts alike.
    QString sfdcLeadOwnerId;
    QString leadOwnerEmailAddress;
    QString leadOwnerFirstName;
    QString leadOwnerLastName;
    // Not a Marketo field (Marketo has no standard opportunity field on a person): the opportunity this
    // contact has a primary OpportunityContactRole on, as Salesforce answers it. Empty for most.
    QString primaryOpportunityId;
    bool unsubscribed = false; // Marketo's "unsubscribed" (SPEC §5: checked before a seller emails)
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // how many times the control API mutated this person

    bool hasSalesOwner() const { return !sfdcLeadOwnerId.isEmpty(); }
    QString sfdcType() const;
};

struct SalesforceUser
{
    QString id; // 005…
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString title;
    QString profileName; // "System Administrator", "Standard User", "Marketing User"
    bool isActive = true;
    QDateTime createdDate;
    bool apiEnabled = true; // the profile's "API Enabled" permission (PermissionsApiEnabled)
    QString name() const { return firstName + u' ' + lastName; }
};

struct SalesforceQueue
{
    QString id; // 00G…
    QString name;
};

struct SalesforceAccount
{
    qint64 number = 0;
    QString id; // 001…
    QString name;
    QString industry;
    QString website;
    QString ownerId;
    QDateTime createdDate;
    QDateTime lastModifiedDate;
};

struct SalesforceLead
{
    qint64 number = 0; // also the Marketo person's index + 1
    QString id; // 00Q…
    QString firstName;
    QString lastName;
    QString email;
    QString company;
    QString title;
    QString phone;
    QString leadSource;
    QString status; // "Open - Not Contacted", "Working - Contacted", …
    QString ownerId; // a user (005…) or a queue (00G…)
    qint64 marketoId = 0;
    // Email Opt Out as generated: the Marketo person's unsubscribed (Marketo's sync maps one to the other).
    bool hasOptedOutOfEmail = false;
    QDateTime createdDate;
    QDateTime lastModifiedDate;
};

struct SalesforceContact
{
    qint64 number = 0;
    QString id; // 003…
    QString accountId;
    QString firstName;
    QString lastName;
    QString email;
    QString title;
    QString phone;
    QString leadSource;
    QString ownerId; // always a user
    qint64 marketoId = 0;
    bool hasOptedOutOfEmail = false; // as a lead's
    QDateTime createdDate;
    QDateTime lastModifiedDate;
};

struct SalesforceOpportunity
{
    qint64 number = 0;
    QString id; // 006…
    QString accountId;
    QString name;
    QString stageName;
    bool isClosed = false;
    bool isWon = false;
    double amount = 0;
    QDate closeDate;
    QString ownerId;
    QDateTime createdDate;
    QDateTime lastModifiedDate;
};

struct OpportunityContactRole
{
    qint64 number = 0; // the contact's number
    QString id; // 00K…
    QString opportunityId;
    QString contactId;
    QString role; // "Decision Maker", "Economic Buyer", …
    bool isPrimary = true;
};

struct SalesforceOrganization
{
    QString id; // 00D…
    QString name;
    QString organizationType; // the edition: "Enterprise Edition", "Professional Edition", …
    bool isSandbox = false;
    bool apiEnabled = true; // false: every API call answers API_DISABLED_FOR_ORG
    QString instanceName; // "NA1"
    QString languageLocaleKey; // "en_US"
    QString timeZoneSidKey;
};

// A managed package installed in the org (Tooling API InstalledSubscriberPackage).
struct InstalledPackage
{
    QString id; // 0A3…
    QString subscriberPackageId; // 033…
    QString name;
    QString namespacePrefix;
    int majorVersion = 0;
    int minorVersion = 0;
};

} // namespace sia::sandbox
