// Marketo's nextPageToken, made stateless: the kind of listing, a fingerprint of the query it belongs to
// and the position reached, so that any sandbox with the same seed continues the same listing and a
// token from another query is refused rather than silently misread.
#pragma once

#include <QString>

#include <optional>

namespace sia::sandbox::marketo {

struct PageToken
{
    char kind = 'L'; // 'L' leads, 'A' activities
    quint32 fingerprint = 0;
    qint64 position = 0;

    QString encode() const;
    static std::optional<PageToken> decode(const QString& text);
    static quint32 fingerprintOf(const QString& query);
};

} // namespace sia::sandbox::marketo
