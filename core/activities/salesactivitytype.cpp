#include "activities/salesactivitytype.h"

namespace sia {

QString SalesActivityTypeInfo::marketoTypeName(SalesActivityType type)
{
    switch (type) {
    case SalesActivityType::SendSalesEmail:
        return QStringLiteral("Send Sales Email");
    case SalesActivityType::OpenSalesEmail:
        return QStringLiteral("Open Sales Email");
    case SalesActivityType::ClickSalesEmail:
        return QStringLiteral("Click Sales Email");
    case SalesActivityType::SalesEmailReplied:
        return QStringLiteral("Received Sales Email");
    case SalesActivityType::SalesEmailBounced:
        return QStringLiteral("Sales Email Bounced");
    case SalesActivityType::SalesCall:
        return QStringLiteral("Received Sales Call");
    case SalesActivityType::AddedToSalesCampaign:
        return QStringLiteral("Add to Sales Campaign");
    case SalesActivityType::RemovedFromSalesCampaign:
        return QStringLiteral("Remove from Sales Campaign");
    case SalesActivityType::Unsubscribe:
        break;
    }
    return {};
}

} // namespace sia
