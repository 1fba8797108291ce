// PKCE (RFC 7636) with the S256 method, the only one Salesforce accepts: the challenge is
// base64url(SHA-256(verifier)) without padding; a verifier is 43 to 128 unreserved characters.
#pragma once

#include <QString>

namespace sia::sandbox::salesforce::Pkce {

QString challengeFor(const QString& verifier);
bool isWellFormedVerifier(const QString& verifier);
bool isWellFormedChallenge(const QString& challenge); // 43 base64url characters
bool verifies(const QString& verifier, const QString& challenge);

} // namespace sia::sandbox::salesforce::Pkce
