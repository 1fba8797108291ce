#include "settings/emailapiavailability.h"

#include "salesforce/salesforceclient.h"
#include "salesforce/salesforceclientsource.h"
#include "salesforce/salesforcesession.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace sia {

EmailApiAvailability EmailApiAvailabilityCheck::decide(const Result<SalesforceOrganization>& organization,
    const std::optional<SalesforceUserApiPermission>& permission)
{
    EmailApiAvailability availability;
    if (organization) {
        availability.edition = organization->edition;
        if (permission && !permission->apiEnabled) {
            availability.state = EmailApiAvailability::State::UserWithoutPermission;
            availability.reason
                = tr("The connected Salesforce user %1 does not have the “API Enabled” permission.")
                      .arg(permission->username);
            availability.remedy
                = tr("Ask your Salesforce admin to grant “API Enabled” to that user's profile "
                     "or a permission set, then open these settings again.");
            return availability;
        }
        // The org answered a REST call: its edition has the API (Enterprise, Unlimited, Performance,
        // Developer, or Professional with the API bought).
        availability.state = EmailApiAvailability::State::Available;
        return availability;
    }
    const QString code = organization.error().code;
    if (code == u"salesforce.not-connected") {
        availability.state = EmailApiAvailability::State::NotConnected;
        availability.reason = tr("Salesforce is not connected.");
        availability.remedy = tr("Connect Salesforce in step 2, then open these settings again.");
        return availability;
    }
    if (code == u"salesforce.API_DISABLED_FOR_ORG" || code == u"salesforce.API_CURRENTLY_DISABLED") {
        // Salesforce answers the same for an edition without the API and for a user without the permission.
        availability.state = EmailApiAvailability::State::EditionWithoutApi;
        availability.reason
            = tr("Salesforce refused API access: the org's edition has no API access (Professional "
                 "Edition without the API, Essentials), or the connected user lacks “API Enabled”.");
        availability.remedy
            = tr("Email through the API needs Enterprise, Unlimited, Performance or Developer "
                 "Edition, or Professional Edition with the API added. If the org has it, ask "
                 "your Salesforce admin to grant “API Enabled” to the connected user. Until then, "
                 "log email by BCC (the next tab).");
        return availability;
    }
    availability.state = EmailApiAvailability::State::Unknown;
    availability.reason
        = tr("Whether the org has API access could not be checked: %1").arg(organization.error().message);
    availability.remedy = tr("Check the connection (step 2), then open these settings again.");
    return availability;
}

void EmailApiAvailabilityCheck::read(
    SalesforceClientSource& source, QObject* receiver, std::function<void(EmailApiAvailability)> done)
{
    source.withClient(receiver, [receiver, done = std::move(done)](Result<SalesforceClient*> client) {
        if (!client) {
            done(decide(client.error(), std::nullopt));
            return;
        }
        SalesforceClient* org = *client;
        SalesforceApi(*org).organization(
            receiver, [org, receiver, done](Result<SalesforceOrganization> read) {
                if (!read) {
                    done(decide(read, std::nullopt));
                    return;
                }
                const SalesforceIdentity who = SalesforceApi::identityOf(org->session().identityUrl());
                if (who.userId.isEmpty()) {
                    done(decide(read, std::nullopt));
                    return;
                }
                SalesforceApi(*org).userApiPermission(
                    who.userId, receiver, [read, done](Result<SalesforceUserApiPermission> permission) {
                        done(decide(read, permission ? std::optional(*permission) : std::nullopt));
                    });
            });
    });
}

} // namespace sia
