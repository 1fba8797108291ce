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

    // Errors (Environment unless said): "smtp.connect" (cannot reach host:port), "smtp.tls" (the handshake or
    // the certificate failed: says which), "smtp.starttls-refused", "smtp.auth" (the server refused the user
    // or password), "smtp.recipient-refused" (RuleViolation: the server's reply text in the message; this one
    // invitation fails, the others go on), "smtp.sender-refused", "smtp.timeout", "outbox.write".
    virtual Result<MailDelivery> send(const MailMessage& message) = 0;
};

} // namespace sia
