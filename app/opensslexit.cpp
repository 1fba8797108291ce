#include "opensslexit.h"

#include <openssl/crypto.h>

namespace sia {

void leaveOpenSslCleanupToTheProcessExit()
{
    // Only the first initialisation decides whether OpenSSL registers its atexit handler, hence first thing
    // in main(), before Qt loads its TLS backend.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace sia
