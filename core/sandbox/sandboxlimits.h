// The vendors' limits as the sandbox enforces them, with the vendors' defaults; --rate-limit overrides
// them with "key=value" pairs, for example "calls=100/20s,concurrent=10,daily=50000,batch=300".
#pragma once

#include "common/result.h"

#include <QString>

namespace sia::sandbox {

struct SandboxLimits
{
    // Marketo (API-NOTES "Limits"; shared by every API user of the subscription).
    int marketoCallsPerWindow = 100; // "calls=100/20s"
    int marketoWindowSeconds = 20;
    int marketoConcurrent = 10; // "concurrent="
    qint64 marketoDailyCalls = 50000; // "daily="
    int marketoBatchSize = 300; // "batch=": records per call, filter values per call
    qint64 marketoExportDailyBytes = 500LL * 1024 * 1024; // "exportMB=": checked at create and enqueue
    int marketoExportProcessing = 2; // "exportProcessing="
    int marketoExportQueued = 10; // "exportQueued=": jobs queued and processing together
    // Salesforce: the org's daily API requests (for /limits, Sforce-Limit-Info, REQUEST_LIMIT_EXCEEDED).
    qint64 salesforceDailyRequests = 100000; // "sfDaily="

    static Result<SandboxLimits> parse(const QString& spec); // unknown keys are refused, not ignored
};

} // namespace sia::sandbox
