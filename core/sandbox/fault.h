// One fault the sandbox injects into one answer. Generic faults are the server's (HTTP status, slow,
// reset, malformed or truncated body); a vendor fault ("606", "REQUEST_LIMIT_EXCEEDED", "401") is
// rendered by the vendor module that owns the endpoint, in that vendor's shape (SandboxApi::faultResponse).
#pragma once

#include <QString>

namespace sia::sandbox {

struct Fault
{
    enum class Kind
    {
        HttpStatus, // "http500", "http503": that status with an empty body
        VendorError, // "601" … "615" (Marketo), "401", "REQUEST_LIMIT_EXCEEDED" (Salesforce): vendor's error
                     // shape
        Slow, // "slow" or "slow:<ms>": the answer is delayed (and counts as in flight meanwhile)
        ResetMidBody, // "reset": the connection is aborted after part of the body was sent
        MalformedBody, // "malformed": a JSON body is cut in the middle (with a matching Content-Length)
        TruncatedBody, // "truncate": a file body ends early, mid-row, with a matching Content-Length
        HtmlPage, // "html": HTTP 503 with an HTML page, as a proxy or maintenance page answers
    };
    Kind kind = Kind::HttpStatus;
    QString code; // the status ("500"), the vendor's code ("606"), or the kind's name
    int delayMs = 0; // Slow only
};

} // namespace sia::sandbox
