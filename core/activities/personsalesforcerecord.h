// The one Salesforce record a person's activities, tasks and Email Opt Out go to, from the people table's
// sfdc_type, sfdc_lead_id and sfdc_contact_id: the record of the person's type when its ID is known, else
// the lead, else the contact; none when neither ID is known (the person is not in Salesforce). A converted
// lead keeps both IDs: its type says which one is the person now.
#pragma once

#include <QString>

namespace sia {

struct PersonSalesforceRecord
{
    QString type; // "Lead" or "Contact"; empty: not in Salesforce
    QString id;

    static PersonSalesforceRecord of(const QString& sfdcType, const QString& leadId, const QString& contactId)
    {
        if (sfdcType == u"Contact" && !contactId.isEmpty()) {
            return { QStringLiteral("Contact"), contactId };
        }
        if (!leadId.isEmpty()) {
            return { QStringLiteral("Lead"), leadId };
        }
        if (!contactId.isEmpty()) {
            return { QStringLiteral("Contact"), contactId };
        }
        return {};
    }
};

} // namespace sia
