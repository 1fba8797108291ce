#include "salesforce/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace sia {
namespace {

QString randomBase64Url(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    // The system's cryptographic source: a verifier or state that can be guessed protects nothing.
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomBase64Url(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QString Pkce::challengeFor(const QString& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Pkce::randomState()
{
    return randomBase64Url(16);
}

} // namespace sia
