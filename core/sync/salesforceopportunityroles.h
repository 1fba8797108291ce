// The people sync's OpportunityRoleSource over the connected org: the primary OpportunityContactRoles by
// SOQL through every page, and their changes through get updated / get deleted from a point in time. Lives
// on the thread of its SalesforceClientSource (the GUI thread): a call from the sync's own thread is
// carried here, made here, and its answer carried back to the receiver's thread, or dropped once the
// receiver is gone.
#pragma once

#include "sync/opportunityrolesource.h"

#include <QCoreApplication>
#include <QObject>

namespace sia {

class SalesforceClientSource;

class SalesforceOpportunityRoles : public QObject, public OpportunityRoleSource
{
    Q_OBJECT

public:
    // Ids in one IN (…) list: 200 ids of 18 characters keep the query's URL near 6 KB, well under
    // Salesforce's 16 KB for a request line and headers.
    static constexpr int idsPerQuery = 200;

    explicit SalesforceOpportunityRoles(SalesforceClientSource& source, QObject* parent = nullptr);

    void primaryRoles(QObject* receiver, std::function<void(Result<QList<OpportunityRole>>)> done) override;
    // One replication window from since (at most 30 days, up to now): the roles updated or deleted in it
    // give the contacts whose primary role is then read again. Refused by Salesforce when since lies more
    // than 30 days back (salesforce.INVALID_REPLICATION_DATE): the caller reads primaryRoles() instead.
    void changedRoles(const QDateTime& since, QObject* receiver,
        std::function<void(Result<OpportunityRoleChanges>)> done) override;

    // The SOQL of the primary roles of these contacts (ids that are not Salesforce ids are left out, so
    // nothing but an id can reach the query).
    static QString primaryRolesOf(const QStringList& contactIds);

private:
    SalesforceClientSource& m_source;
};

} // namespace sia
