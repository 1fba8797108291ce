// The core services a step's page works through beyond the plan (the connections, and what later steps
// bring), handed to every step page by the main window; app/ creates them. A page whose service is
// missing (a review, a test) shows its controls without acting.
#pragma once

namespace sia {
class MarketoConnectionService;
class NetworkSettingsEditor;
} // namespace sia

struct StepServices
{
    sia::MarketoConnectionService* marketo = nullptr; // step 3 (and step 1's admins list)
    sia::NetworkSettingsEditor* network = nullptr; // the proxy and extra CA (the Network dialog)
};
