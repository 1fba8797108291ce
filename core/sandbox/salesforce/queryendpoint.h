// GET …/query?q=, …/queryAll?q= (the recycle bin included) and …/tooling/query?q=: runs the SOQL and
// answers its first page; further pages come from nextRecordsUrl (…/query/01g…-2000). The page size is
// the Sforce-Query-Options header's batchSize, from 200 to 2,000 (2,000 by default), and at most 200 when
// a long text field is selected; queryAll's next pages are under /query/ as well.
#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QString>

namespace sia::sandbox::salesforce {

class SalesforceOrg;
class SoqlCursor;
class SoqlPlan;

class QueryEndpoint
{
public:
    static constexpr int defaultBatchSize = 2000;
    static constexpr int minimumBatchSize = 200;
    static constexpr int longTextBatchSize = 200;

    explicit QueryEndpoint(SalesforceOrg& org)
        : m_org(org)
    { }

    SandboxResponse query(const SandboxRequest& request, bool includeDeleted, bool tooling);
    SandboxResponse nextPage(const SandboxRequest& request, bool tooling);

    static int batchSize(const SandboxRequest& request);
    // The records one page holds: batchSize, brought down for large records.
    static int pageSize(const SandboxRequest& request, const SoqlPlan& plan);

private:
    SandboxResponse page(const SandboxRequest& request, SoqlCursor& cursor, const QString& locator,
        qint64 start, bool tooling);

    SalesforceOrg& m_org;
};

} // namespace sia::sandbox::salesforce
