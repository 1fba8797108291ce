#include "sandbox/marketo/pagetoken.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>

namespace sia::sandbox::marketo {
namespace {

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// Base32 without padding: Marketo's tokens are upper-case letters and digits too.
QString base32(const QByteArray& data)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0) {
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    }
    return out;
}

std::optional<QByteArray> fromBase32(const QString& text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char* at
            = std::char_traits<char>::find(alphabet, 32, char(c.unicode() < 128 ? c.unicode() : 0));
        if (!at) {
            return std::nullopt;
        }
        buffer = (buffer << 5) | quint32(at - alphabet);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

} // namespace

QString PageToken::encode() const
{
    const QByteArray plain = QByteArray(1, kind) + '|' + QByteArray::number(fingerprint, 16) + '|'
        + QByteArray::number(position);
    return base32(plain);
}

std::optional<PageToken> PageToken::decode(const QString& text)
{
    const std::optional<QByteArray> plain = fromBase32(text.trimmed());
    if (!plain) {
        return std::nullopt;
    }
    const QList<QByteArray> parts = plain->split('|');
    if (parts.size() != 3 || parts.at(0).size() != 1) {
        return std::nullopt;
    }
    bool fingerprintOk = false;
    bool positionOk = false;
    PageToken token { parts.at(0).at(0), parts.at(1).toUInt(&fingerprintOk, 16),
        parts.at(2).toLongLong(&positionOk) };
    if (!fingerprintOk || !positionOk || token.position < 0) {
        return std::nullopt;
    }
    return token;
}

quint32 PageToken::fingerprintOf(const QString& query)
{
    const QByteArray hash = QCryptographicHash::hash(query.toUtf8(), QCryptographicHash::Md5);
    return (quint32(quint8(hash[0])) << 24) | (quint32(quint8(hash[1])) << 16)
        | (quint32(quint8(hash[2])) << 8) | quint8(hash[3]);
}

} // namespace sia::sandbox::marketo
