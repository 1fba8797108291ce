// sObject Collections: POST (create), PATCH (update) and DELETE (?ids=) of up to 200 records at
// /services/data/vXX.X/composite/sobjects (Tasks; and PATCH of Leads' and Contacts' Email Opt Out). The
// answer is one result per record, in order, with HTTP 200 even when records fail; with allOrNone every
// change is rolled back when one record fails, and the records that were fine report
// ALL_OR_NONE_OPERATION_ROLLED_BACK.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonObject>

#include <functional>

namespace sia::sandbox::salesforce {

class SalesforceOrg;

class CollectionsEndpoint
{
public:
    static constexpr int maximumRecords = 200;

    explicit CollectionsEndpoint(SalesforceOrg& org)
        : m_org(org)
    { }

    SandboxResponse create(const SandboxRequest& request);
    SandboxResponse update(const SandboxRequest& request);
    SandboxResponse remove(const SandboxRequest& request);

private:
    struct Outcome
    {
        QString id; // empty for a create that failed
        std::optional<SalesforceError> error;
    };
    using Operation = std::function<Outcome(int index)>;

    // Runs operation on each record in order; with allOrNone, a failure undoes the others.
    SandboxResponse run(int count, bool allOrNone, bool reportIdOnFailure, const Operation& operation);
    // The records of a request body (a JSON object with "records" and "allOrNone"), or the error to answer.
    SfResult<QJsonArray> records(const QByteArray& requestBody, bool* allOrNone) const;
    QString userOf(const SandboxRequest& request);

    SalesforceOrg& m_org;
};

} // namespace sia::sandbox::salesforce
