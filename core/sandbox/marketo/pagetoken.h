// Marketo's nextPageToken, made stateless: the kind of listing, a fingerprint of the query it belongs to
// and the position reached, so that any sandbox continues the same listing and a token from another query
// is refused rather than silently misread.
//
// The text has the vendor's shape: 32 opaque bytes in upper-case base32 with its padding, 56 characters
// ending in "====" (as Marketo's tokens look today), so that a client that keeps tokens in a short column,
// strips the padding or encodes them twice fails here as it would there. The bytes are sealed (the
// position XORed with a keystream) and authenticated (a truncated HMAC): a token that was altered, cut,
// re-cased or not issued by the sandbox does not decode.
#pragma once

#include <QString>

#include <optional>

namespace sia::sandbox::marketo {

struct PageToken
{
    char kind = 'L'; // 'L' leads, 'A' activities
    quint32 fingerprint = 0;
    qint64 position = 0;

    static constexpr qsizetype textLength = 56; // 32 bytes: 52 base32 characters and 4 of padding

    QString encode() const;
    static std::optional<PageToken> decode(const QString& text);
    static quint32 fingerprintOf(const QString& query);
};

} // namespace sia::sandbox::marketo
