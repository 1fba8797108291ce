// Where the features that work on the connected org (steps 6 and 7, the checks, later the task sync) get
// their SalesforceClient: the stored connection's client, built from the connection record and the
// keychain's refresh token, or an error that says the org is not connected (or why it cannot be used).
// SalesforceConnectionService implements it; the tests implement it over a sandbox org.
#pragma once

#include "common/result.h"

#include <QObject>

#include <functional>

namespace sia {

class SalesforceClient;

class SalesforceClientSource
{
public:
    virtual ~SalesforceClientSource() = default;
    // done runs later, on the source's thread, unless receiver is destroyed first. The client stays owned
    // by the source and valid until the connection changes (connect, disconnect, hand-over).
    virtual void withClient(QObject* receiver, std::function<void(Result<SalesforceClient*>)> done) = 0;
};

} // namespace sia
