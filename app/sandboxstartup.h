// sia-admin --sandbox: reads the sandbox's options (--sandbox-option, through the parser sia-sandbox uses)
// and runs the sandbox inside the app for the window, on loopback only.
#pragma once

#include "common/result.h"
#include "marketo/marketoconnectionservice.h"
#include "salesforce/salesforceconnectionservice.h"
#include "sandbox/sandboxoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace sia {

namespace sandbox {
class SandboxHost;
}

class SandboxStartup
{
    Q_DECLARE_TR_FUNCTIONS(sia::SandboxStartup)

public:
    // The options given with --sandbox-option; a usage error (exit code 2) names the bad one.
    static Result<sandbox::SandboxOptions> options(const QStringList& sandboxArguments);
    // Starts the sandbox and says on stderr where it serves (never its test credentials).
    static Result<std::unique_ptr<sandbox::SandboxHost>> start(const sandbox::SandboxOptions& options);
    // What the sandbox offers as Marketo: its URLs, its test client ID and secret, its --tls certificate.
    static MarketoSandboxEndpoints marketoEndpoints(const sandbox::SandboxHost& host);
    // What the sandbox offers as Salesforce: its login host, instance, connected app and certificate.
    static SalesforceSandboxEndpoints salesforceEndpoints(const sandbox::SandboxHost& host);
    // Where the sandbox of sia-admin --sandbox keeps its Salesforce refresh tokens between runs.
    static QString tokenFileFor(const QString& dataDir);
    // sia-admin help sandbox
    static QString helpText();
};

} // namespace sia
