#include "sandbox/marketo/pagetoken.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace sia::sandbox::marketo {
namespace {

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr char version = 1;
constexpr qsizetype sealedSize = 16; // version, kind, fingerprint (4), position (8), two zero bytes
constexpr qsizetype tagSize = 16;

// Not a secret worth the name: it only makes tokens opaque and lets the sandbox tell its own from others.
const QByteArray& key()
{
    static const QByteArray k = QByteArrayLiteral("sia-sandbox/marketo/nextPageToken/v1");
    return k;
}

// RFC 4648 base32 with padding, as Marketo's tokens are written.
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
    while (out.size() % 8 != 0) {
        out += u'=';
    }
    return out;
}

// Only the canonical text of exactly 32 bytes decodes: no lower case, no missing or extra padding.
std::optional<QByteArray> fromBase32(const QString& text)
{
    constexpr qsizetype digits = (sealedSize + tagSize) * 8 / 5 + 1; // 52
    if (text.size() != PageToken::textLength
        || text.mid(digits) != QString(PageToken::textLength - digits, u'=')) {
        return std::nullopt;
    }
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : QStringView(text).first(digits)) {
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
    if ((buffer & ((1u << bits) - 1)) != 0) {
        return std::nullopt; // the unused low bits of the last digit must be zero
    }
    return out;
}

QByteArray tagOf(const QByteArray& plain)
{
    return QMessageAuthenticationCode::hash(plain, key(), QCryptographicHash::Sha256).first(tagSize);
}

// XOR with a keystream drawn from the tag: sealing and unsealing are the same operation.
QByteArray sealed(QByteArray bytes, const QByteArray& tag)
{
    const QByteArray stream = QCryptographicHash::hash(QByteArray(key() + tag), QCryptographicHash::Sha256);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        bytes[i] = char(bytes.at(i) ^ stream.at(i));
    }
    return bytes;
}

} // namespace

QString PageToken::encode() const
{
    QByteArray plain(sealedSize, '\0');
    plain[0] = version;
    plain[1] = kind;
    qToBigEndian(fingerprint, plain.data() + 2);
    qToBigEndian(quint64(position), plain.data() + 6);
    const QByteArray tag = tagOf(plain);
    return base32(sealed(plain, tag) + tag);
}

std::optional<PageToken> PageToken::decode(const QString& text)
{
    const std::optional<QByteArray> bytes = fromBase32(text);
    if (!bytes) {
        return std::nullopt;
    }
    const QByteArray tag = bytes->sliced(sealedSize);
    const QByteArray plain = sealed(bytes->first(sealedSize), tag);
    if (tagOf(plain) != tag || plain.at(0) != version || plain.at(14) != 0 || plain.at(15) != 0) {
        return std::nullopt;
    }
    PageToken token { plain.at(1), qFromBigEndian<quint32>(plain.constData() + 2),
        qint64(qFromBigEndian<quint64>(plain.constData() + 6)) };
    if (token.position < 0) {
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
