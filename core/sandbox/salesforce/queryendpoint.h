// GET …/query?q=, …/queryAll?q= (the recycle bin included) and …/tooling/query?q=: runs the SOQL and
// answers its first page; further pages come from nextRecordsUrl (…/query/01g…-2000). The page size is
// the Sforce-Query-Options header's batchSize, from 200 to 2,000 (2,000 by default).
#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QString>

namespace sia::sandbox::salesforce {

class SalesforceOrg;
class SoqlCursor;

class QueryEndpoint
{
public:
    static constexpr int defaultBatchSize = 2000;
    static constexpr int minimumBatchSize = 200;

    explicit QueryEndpoint(SalesforceOrg& org)
        : m_org(org)
    { }

    SandboxResponse query(const SandboxRequest& request, bool includeDeleted, bool tooling);
    SandboxResponse nextPage(const SandboxRequest& request, bool includeDeleted, bool tooling);

    static int batchSize(const SandboxRequest& request);

private:
    SandboxResponse page(const SandboxRequest& request, SoqlCursor& cursor, const QString& locator,
        qint64 start, bool includeDeleted, bool tooling);

    SalesforceOrg& m_org;
};

} // namespace sia::sandbox::salesforce
