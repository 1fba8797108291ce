// The SalesforceClientSource of a run that has no Salesforce connection to offer (step 2 not connected, or
// a build where nothing provides one): every request is answered "not connected", so that steps 6 and 7
// say the API cannot tell and offer the confirmation by hand, instead of pretending to have asked.
#pragma once

#include "salesforce/salesforceclientsource.h"

#include <QCoreApplication>
#include <QTimer>

namespace sia {

class NoSalesforceConnection final : public SalesforceClientSource
{
    Q_DECLARE_TR_FUNCTIONS(sia::NoSalesforceConnection)

public:
    void withClient(QObject* receiver, std::function<void(Result<SalesforceClient*>)> done) override
    {
        QTimer::singleShot(0, receiver, [done = std::move(done)] {
            done(Error::notFound(QStringLiteral("salesforce.not-connected"),
                tr("SIA Admin is not connected to Salesforce (step 2), so the Salesforce API cannot be "
                   "asked.")));
        });
    }
};

} // namespace sia
