// The services an instance connects to (SPEC steps 2 and 3): the key of a row of the connections table,
// the one home of a connection's non-secret details (its secrets live in the OS keychain). Kept in core
// rather than in a CHECK constraint (see common/enumkeys.h): a new service comes with its client code.
#pragma once

#include "common/enumkeys.h"

namespace sia {

enum class ConnectionService
{
    Marketo,
    Salesforce
};

template<> struct EnumKeys<ConnectionService>
{
    static constexpr EnumKey<ConnectionService> table[]
        = { { ConnectionService::Marketo, "marketo" }, { ConnectionService::Salesforce, "salesforce" } };
};

} // namespace sia
