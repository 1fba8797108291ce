// One email as the product sends it (an invitation, a test message): a plain-text and an HTML body as
// multipart/alternative, UTF-8 throughout (RFC 2047 encoded words in headers, quoted-printable or base64
// bodies), with Date and a Message-ID of our own, so that the same bytes can go to an SMTP server or into
// an .eml file of the outbox.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sia {

struct MailAddress
{
    QString address; // "ana@example.com" (an IDN domain is sent in its ACE form)
    QString displayName; // may be empty
};

struct MailMessage
{
    MailAddress from;
    MailAddress to;
    QString subject;
    QString plainText;
    QString html;
    QDateTime date; // now when invalid
    QByteArray messageId; // "<...@host>"; generated when empty

    // The RFC 5322 message, CRLF line ends, lines of at most 78 characters.
    QByteArray toMime() const;
};

} // namespace sia
