// How the REST resources answer: Salesforce's error array with its status, JSON bodies, and the
// Sforce-Limit-Info header every /services/data answer carries.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

namespace sia::sandbox::salesforce::RestResponses {

SandboxResponse error(const SalesforceError& error);
SandboxResponse json(QByteArray body, int status = 200);

// A query or form parameter with '+' read as a space, as form encoding (and most clients' SOQL) means it.
QString parameter(const SandboxRequest& request, const QString& key);
// The access token of "Authorization: Bearer …" (or the older "OAuth …"); empty when absent.
QString accessToken(const SandboxRequest& request);

} // namespace sia::sandbox::salesforce::RestResponses
