// Whether email can be logged through the Salesforce API (SPEC 6: Enterprise, Unlimited, Performance or
// Developer edition, or Professional with the API bought; and a connected user with "API Enabled"), with
// the reason and what would make it available. decide() is pure, over the facts; read() gathers them from
// the connected org (the org's edition, the connected user's permission).
#pragma once

#include "common/result.h"
#include "salesforce/salesforceapi.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QObject;

namespace sia {

class SalesforceClientSource;

struct EmailApiAvailability
{
    enum class State
    {
        Available,
        NotConnected, // Salesforce is not connected (step 2)
        EditionWithoutApi, // Professional without the API, Essentials, Group…
        UserWithoutPermission, // the connected user lacks "API Enabled"
        Unknown // the org could not be asked (offline): shown as such, not as unavailable
    };
    State state = State::Unknown;
    QString edition;
    QString reason; // why not (empty when available)
    QString remedy; // what would make it available
    bool isAvailable() const { return state == State::Available; }
};

class EmailApiAvailabilityCheck
{
    Q_DECLARE_TR_FUNCTIONS(sia::EmailApiAvailabilityCheck)

public:
    // organization: the org as read, or the error of reading it (API_DISABLED_FOR_ORG, not connected, …);
    // permission: the connected user's, when it could be read.
    static EmailApiAvailability decide(const Result<SalesforceOrganization>& organization,
        const std::optional<SalesforceUserApiPermission>& permission);
    static void read(
        SalesforceClientSource& source, QObject* receiver, std::function<void(EmailApiAvailability)> done);
};

} // namespace sia
