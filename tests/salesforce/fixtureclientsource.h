// A SalesforceClientSource over a test's client of the sandbox's org (what SalesforceConnectionService is
// in the product): it hands out the connected client, or the error it was told to give (not connected).
#pragma once

#include "common/result.h"
#include "salesforce/salesforceclient.h"
#include "salesforce/salesforceclientsource.h"

#include <QPointer>
#include <QTimer>

#include <optional>

namespace salesforcetest {

class FixtureClientSource : public sia::SalesforceClientSource
{
public:
    sia::SalesforceClient* client = nullptr;
    std::optional<sia::Error> refusal; // set: withClient answers this instead of the client
    int asked = 0;

    void withClient(QObject* receiver, std::function<void(sia::Result<sia::SalesforceClient*>)> done) override
    {
        ++asked;
        QTimer::singleShot(0, receiver, [this, done = std::move(done)] {
            if (refusal || !client) {
                done(refusal.value_or(sia::Error::notFound(QStringLiteral("salesforce.not-connected"),
                    QStringLiteral("Salesforce is not connected."))));
                return;
            }
            done(client);
        });
    }
};

} // namespace salesforcetest
