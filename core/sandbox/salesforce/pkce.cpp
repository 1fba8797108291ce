#include "sandbox/salesforce/pkce.h"

#include <QCryptographicHash>

namespace sia::sandbox::salesforce::Pkce {

namespace {

bool isUnreserved(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
        || c == u'.' || c == u'_' || c == u'~';
}

} // namespace

QString challengeFor(const QString& verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isWellFormedVerifier(const QString& verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128) {
        return false;
    }
    return std::all_of(verifier.begin(), verifier.end(), isUnreserved);
}

bool isWellFormedChallenge(const QString& challenge)
{
    if (challenge.size() != 43) {
        return false;
    }
    return std::all_of(challenge.begin(), challenge.end(),
        [](QChar c) { return isUnreserved(c) && c != u'.' && c != u'~'; });
}

bool verifies(const QString& verifier, const QString& challenge)
{
    return isWellFormedVerifier(verifier) && challengeFor(verifier) == challenge;
}

} // namespace sia::sandbox::salesforce::Pkce
