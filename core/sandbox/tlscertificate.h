// The certificate --tls serves: a fresh self-signed one made at start for localhost, 127.0.0.1 and ::1
// (Qt can load a certificate but not create one, hence OpenSSL). The product's certificate handling is
// tested against it: a client must refuse it unless told to trust exactly this certificate.
#pragma once

#include "common/result.h"
#include "sandbox/sandboxserver.h"

namespace sia::sandbox {

Result<TlsIdentity> generateTlsIdentity(int validDays = 30);

} // namespace sia::sandbox
