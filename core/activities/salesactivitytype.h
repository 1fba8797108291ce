// The sales activities a seller's work records in the Actions database (SPEC section 5), and where each is
// logged: to Marketo as its native activity type (found by name in activities/types.json, never by a
// hard-coded id), to Salesforce as a task (emails and calls, one way). The keys are the rows of the
// sales_activity_types table (migration 4), which holds the same two flags for the review.
#pragma once

#include "common/enumkeys.h"

#include <QString>

namespace sia {

enum class SalesActivityType
{
    SendSalesEmail,
    OpenSalesEmail,
    ClickSalesEmail,
    SalesEmailReplied,
    SalesEmailBounced,
    SalesCall,
    AddedToSalesCampaign,
    RemovedFromSalesCampaign,
    Unsubscribe
};

template<> struct EnumKeys<SalesActivityType>
{
    static constexpr EnumKey<SalesActivityType> table[]
        = { { SalesActivityType::SendSalesEmail, "send-sales-email" },
              { SalesActivityType::OpenSalesEmail, "open-sales-email" },
              { SalesActivityType::ClickSalesEmail, "click-sales-email" },
              { SalesActivityType::SalesEmailReplied, "sales-email-replied" },
              { SalesActivityType::SalesEmailBounced, "sales-email-bounced" },
              { SalesActivityType::SalesCall, "sales-call" },
              { SalesActivityType::AddedToSalesCampaign, "added-to-sales-campaign" },
              { SalesActivityType::RemovedFromSalesCampaign, "removed-from-sales-campaign" },
              { SalesActivityType::Unsubscribe, "unsubscribe" } };
};

struct SalesActivityTypeInfo
{
    static bool logsToMarketo(SalesActivityType type) { return type != SalesActivityType::Unsubscribe; }
    // As a Salesforce task: the email sent and the call (SPEC 5: "emails and calls one way").
    static bool logsAsSalesforceTask(SalesActivityType type)
    {
        return type == SalesActivityType::SendSalesEmail || type == SalesActivityType::SalesCall;
    }
    // Marketo's name of the native type (activities/types.json), by which its id is looked up.
    static QString marketoTypeName(SalesActivityType type);
    // The attribute of the Marketo type the activity's subject goes to, beside the primary attribute.
    static bool isEmail(SalesActivityType type)
    {
        return type != SalesActivityType::SalesCall && type != SalesActivityType::AddedToSalesCampaign
            && type != SalesActivityType::RemovedFromSalesCampaign && type != SalesActivityType::Unsubscribe;
    }
};

} // namespace sia
