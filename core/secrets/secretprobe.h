// Tells the admin up-front whether secrets can be kept: one write, read back and remove of a throw-away
// secret, so a missing or locked keychain shows before they type a real client secret.
#pragma once

#include "secrets/secretstore.h"

#include <functional>

namespace sia {

// The key the probe writes under; it is removed again before the probe reports.
SecretKey secretProbeKey();

// Calls done once (asynchronously, through the store) with success, or with the first error met. The
// store must outlive the probe.
void probeSecretStore(SecretStore& store, std::function<void(Result<void>)> done);

} // namespace sia
