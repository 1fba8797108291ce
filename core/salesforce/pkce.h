// Proof Key for Code Exchange (RFC 7636) with S256, and the OAuth state: a fresh random verifier per login,
// its challenge base64url(SHA-256(verifier)) without padding. Qt 6.4's NetworkAuth has no PKCE.
#pragma once

#include <QString>

namespace sia {

struct Pkce
{
    QString verifier; // 43 characters of base64url: 32 random bytes
    QString challenge;

    static Pkce generate();
    static QString challengeFor(const QString& verifier);
    static QString randomState(); // 16 random bytes, base64url
};

} // namespace sia
