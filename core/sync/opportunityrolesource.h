// Where the people sync gets each contact's opportunity: Salesforce's primary OpportunityContactRoles.
// Called from the sync's own thread; the implementation (SalesforceOpportunityRoles, over the connected
// org's SalesforceClientSource) does the calls on its own thread and answers on the receiver's, through a
// queued call, or not at all when the receiver is gone.
#pragma once

#include "common/result.h"
#include "sync/personrecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>

namespace sia {

struct OpportunityRoleChanges
{
    // The current primary role of every contact whose roles changed or were deleted in the window; a
    // contact that has no primary role any more comes with an empty opportunityId.
    QList<OpportunityRole> roles;
    QDateTime latestDateCovered; // where the next window starts (never the window's end)
};

class OpportunityRoleSource
{
public:
    virtual ~OpportunityRoleSource() = default;

    // Every primary role of the org (OpportunityContactRole WHERE IsPrimary = true), all pages.
    virtual void primaryRoles(QObject* receiver, std::function<void(Result<QList<OpportunityRole>>)> done)
        = 0;
    // The changes since (get updated / get deleted of OpportunityContactRole, then the affected contacts'
    // primary roles).
    virtual void changedRoles(
        const QDateTime& since, QObject* receiver, std::function<void(Result<OpportunityRoleChanges>)> done)
        = 0;
};

} // namespace sia
