// The sObject resources: POST …/sobjects/Task, GET/PATCH/DELETE …/sobjects/Task/{id} (PATCH and DELETE
// answer 204), GET …/sobjects/{Object}/updated/ and …/deleted/ (Task from its store, Lead, Contact,
// Opportunity and OpportunityContactRole from the org's replication history), GET of any other record the
// org has (Lead, Contact, Account, …) by Id, and PATCH …/sobjects/{Lead|Contact}/{id} of Email Opt Out only
// (EmailOptOutWrites). Other writes to objects than Task are refused as the sandbox's integration user lacks
// the right (README, "Simplified").
#pragma once

#include "sandbox/salesforce/salesforceerror.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonObject>

namespace sia::sandbox::salesforce {

class SalesforceOrg;
class SoqlObjectDef;

class SObjectEndpoints
{
public:
    explicit SObjectEndpoints(SalesforceOrg& org)
        : m_org(org)
    { }

    SandboxResponse create(const SandboxRequest& request);
    SandboxResponse read(const SandboxRequest& request);
    SandboxResponse update(const SandboxRequest& request);
    SandboxResponse remove(const SandboxRequest& request);
    SandboxResponse updated(const SandboxRequest& request);
    SandboxResponse deleted(const SandboxRequest& request);

    // A request body that must be a JSON object; the parser's error as Salesforce words it otherwise.
    static SfResult<QJsonObject> jsonObject(const QByteArray& body);
    static SalesforceError readOnlyObject();

private:
    // The object named in the path, or the answer for an unknown one.
    SfResult<const SoqlObjectDef*> objectOf(const SandboxRequest& request) const;
    // The id in the path of a write, which only Task allows; or the error to answer.
    SfResult<QString> writableTaskId(const SandboxRequest& request) const;
    QString userOf(const SandboxRequest& request);
    SandboxResponse updateEmailOptOut(const SandboxRequest& request, const QString& objectName);
    SandboxResponse window(const SandboxRequest& request, bool deletedRecords);

    SalesforceOrg& m_org;
};

} // namespace sia::sandbox::salesforce
