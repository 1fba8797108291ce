#include "mail/mailmessage.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

namespace sia {

namespace {

const QByteArray crlf = QByteArrayLiteral("\r\n");
constexpr int maxLine = 76; // RFC 2045's limit for encoded lines (RFC 5322 allows 78)

// "ana@bücher.example" → "ana@xn--bcher-kva.example": the address as an SMTP server reads it. The local
// part stays as it is (SMTPUTF8 would be needed for a non-ASCII one, which the envelope never asks for).
QByteArray asciiAddress(const QString& given)
{
    // An address holds no control character; one that does ends there, so that a line break in it can
    // never start a header of its own (SmtpTransport refuses such an address before anything is sent).
    QString address = given;
    for (qsizetype i = 0; i < address.size(); ++i) {
        if (address.at(i).unicode() < 0x20 || address.at(i).unicode() == 0x7f) {
            address.truncate(i);
            break;
        }
    }
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        return address.toUtf8();
    }
    const QString domain = address.mid(at + 1);
    const QByteArray ace = QUrl::toAce(domain);
    return address.left(at).toUtf8() + '@' + (ace.isEmpty() ? domain.toUtf8() : ace);
}

// A header's text on one line: a control character (a CR or LF above all) becomes a space. Encoded, a line
// break could not start a header, but a mail program that shows the decoded name or subject would still
// show two lines, and some parsers refuse such a header outright.
QString oneLine(const QString& text)
{
    QString line = text;
    for (QChar& c : line) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = QLatin1Char(' ');
        }
    }
    return line;
}

bool isPrintableAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

// RFC 2047 encoded words ("=?UTF-8?B?...?="), never splitting a UTF-8 sequence, folded onto continuation
// lines. firstLineUsed: how much of the first line the header's name took.
QByteArray encodedWords(const QString& text, int firstLineUsed)
{
    const QByteArray prefix = QByteArrayLiteral("=?UTF-8?B?");
    const QByteArray suffix = QByteArrayLiteral("?=");
    // 39 bytes of UTF-8 are 52 characters of base64, 64 with the prefix and suffix: a word fits after the
    // longest header name we write ("Subject: ", 9) within RFC 2047's 76, and so within 78.
    constexpr int maxBytes = 39;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > maxBytes) {
            words.append(prefix + chunk.toBase64() + suffix);
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty()) {
        words.append(prefix + chunk.toBase64() + suffix);
    }
    QByteArray out;
    int used = firstLineUsed;
    for (const QByteArray& word : words) {
        if (!out.isEmpty()) {
            if (used + 1 + word.size() > maxLine) {
                out += crlf;
                used = 0;
            }
            out += ' ';
            used += 1;
        }
        out += word;
        used += int(word.size());
    }
    return out;
}

// A header's text: as it is when it is short printable ASCII, else encoded words. Plain ASCII that is too
// long is folded at spaces.
QByteArray headerText(const QString& text, int firstLineUsed)
{
    if (!isPrintableAscii(text)) {
        return encodedWords(text, firstLineUsed);
    }
    if (text.contains(QLatin1String("=?"))) {
        return encodedWords(text, firstLineUsed); // would read as an encoded word otherwise
    }
    const QStringList words = text.split(QLatin1Char(' '));
    for (const QString& word : words) {
        if (firstLineUsed + word.size() > 78) {
            return encodedWords(text, firstLineUsed); // a word longer than a line folds only when encoded
        }
    }
    QByteArray out;
    int used = firstLineUsed;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray word = words.at(i).toLatin1();
        if (i > 0) {
            if (used + 1 + word.size() > 78 && used > 1) {
                out += crlf;
                used = 0;
            }
            out += ' ';
            used += 1;
        }
        out += word;
        used += int(word.size());
    }
    return out;
}

// "Ana Lind <ana@example.com>", the name quoted when it has specials, encoded when it is not ASCII.
QByteArray addressHeader(const MailAddress& address, int firstLineUsed)
{
    const QByteArray addr = '<' + asciiAddress(address.address.trimmed()) + '>';
    const QString name = oneLine(address.displayName).trimmed();
    if (name.isEmpty()) {
        return addr;
    }
    QByteArray shown;
    QByteArray quoted = name.toLatin1();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    // A quoted string cannot be folded: a name too long for the line is encoded instead.
    if (isPrintableAscii(name) && !name.contains(QLatin1String("=?"))
        && firstLineUsed + quoted.size() + 2 <= maxLine) {
        shown = '"' + quoted + '"';
    } else {
        shown = encodedWords(name, firstLineUsed);
    }
    const qsizetype lastLine = shown.lastIndexOf(crlf);
    const qsizetype lastLength = lastLine < 0 ? firstLineUsed + shown.size() : shown.size() - lastLine - 2;
    return shown + (lastLength + 1 + addr.size() > 78 ? crlf + ' ' : QByteArray(" ")) + addr;
}

QByteArray header(const char* name, const QByteArray& value)
{
    return QByteArray(name) + ": " + value + crlf;
}

// Base64 in lines of 76 characters: safe for any text (long HTML lines, any script), and what a UTF-8
// body of mostly non-Latin text is smallest in.
QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += maxLine) {
        out += encoded.mid(i, maxLine) + crlf;
    }
    return out;
}

// Every line end as CRLF (a body's "\n" or "\r\n" alike).
QByteArray withCrlf(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace("\r\n", "\n");
    utf8.replace('\r', '\n');
    utf8.replace("\n", crlf);
    return utf8;
}

QByteArray part(const QByteArray& contentType, const QString& body)
{
    return header("Content-Type", contentType + "; charset=UTF-8")
        + header("Content-Transfer-Encoding", "base64") + crlf + base64Lines(withCrlf(body));
}

QByteArray offsetText(const QDateTime& date)
{
    const int seconds = date.offsetFromUtc();
    const int minutes = qAbs(seconds) / 60;
    return QByteArray(seconds < 0 ? "-" : "+") + QByteArray::number(minutes / 60).rightJustified(2, '0')
        + QByteArray::number(minutes % 60).rightJustified(2, '0');
}

} // namespace

QByteArray MailMessage::toMime() const
{
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTime();
    QByteArray id = messageId;
    if (id.isEmpty()) {
        const QByteArray fromAddress = asciiAddress(from.address.trimmed());
        const qsizetype at = fromAddress.lastIndexOf('@');
        const QByteArray host = at < 0 ? QByteArrayLiteral("sia-admin.invalid") : fromAddress.mid(at + 1);
        id = '<' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + host + '>';
    }
    const QByteArray boundary
        = "sia-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "-alternative";

    QByteArray out;
    out += header("Date",
        QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1()
            + offsetText(when));
    out += header("From", addressHeader(from, 6));
    out += header("To", addressHeader(to, 4));
    out += header("Subject", headerText(oneLine(subject), 9));
    out += header("Message-ID", id);
    out += header("MIME-Version", "1.0");
    out += header("Content-Type", "multipart/alternative; boundary=\"" + boundary + '"');
    out += crlf;
    out += "--" + boundary + crlf;
    out += part("text/plain", plainText);
    out += "--" + boundary + crlf;
    out += part("text/html", html);
    out += "--" + boundary + "--" + crlf;
    return out;
}

} // namespace sia
