// Where a MailMessage goes: SmtpTransport (libcurl's SMTP: STARTTLS or TLS verified against the system's
// CAs and network.extra-ca-file, AUTH, the network settings' proxy not used: SMTP goes direct) or
// OutboxTransport (an .eml file per message in the outbox folder, written atomically). Blocking: call it on
// a worker thread (InvitationDelivery does), never on the GUI thread. A transport is used by one thread at a
// time.
#pragma once

#include "common/result.h"
#include "mail/mailmessage.h"

#include <QString>

namespace sia {

struct MailDelivery
{
    QString where; // the server's reply for SMTP ("250 2.0.0 Ok: queued as …") or the .eml file's path
};

class MailTransport
{
public:
    virtual ~MailTransport() = default;

    // Errors (Environment unless said):
    // - before anything is sent (InvalidInput): the settings' own (MailSettings::check: "mail.invalid-port",
    //   "mail.invalid-language", "mail.invalid-from", "mail.invalid-host", "mail.no-from",
    //   "mail.password-in-clear"; "mail.invalid-from" also for a sender with a line break in it),
    //   "smtp.no-host" (SMTP asked for without a server), the extra CA file's
    //   ("network.extra-ca-unreadable", "network.extra-ca-invalid", "network.extra-ca-expired");
    // - "smtp.init" (Internal: libcurl could not make a handle);
    // - "smtp.connect" (cannot reach host:port, or the name does not resolve), "smtp.timeout" (the server
    //   stopped answering), "smtp.tls" (the handshake or the certificate failed: says which),
    //   "smtp.starttls-refused" (STARTTLS asked for and not offered: nothing went in clear), "smtp.auth"
    //   (the server refused the user or password, or wants one), "smtp.sender-refused";
    // - "smtp.recipient-refused" (RuleViolation: the server's reply text in the message; this one invitation
    //   fails, the others go on), "mail.invalid-recipient" (RuleViolation: a recipient with a space, a line
    //   break or an angle bracket, never sent; this one fails alone too), "smtp.refused" (another command
    //   refused, with the server's reply);
    // - "outbox.write" (OutboxTransport: the folder or the file).
    virtual Result<MailDelivery> send(const MailMessage& message) = 0;
};

} // namespace sia
