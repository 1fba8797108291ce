// MailTransport through an SMTP server, over libcurl's SMTP (one connection per message: invitations go
// out in rounds of at most a hundred, and a connection that a server closed between two rounds is never
// reused). STARTTLS, when chosen, must succeed (CURLUSESSL_ALL: never a fallback to clear text); TLS
// (smtps://) from the first byte; the certificate and host name always verified against the system's CAs
// plus network.extra-ca-file. AUTH only when a user is set. The password is held in memory for the
// transport's life only and never logged. Blocking: run it on a worker thread.
#pragma once

#include "mail/mailsettings.h"
#include "mail/mailtransport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sia {

class SmtpTransport : public MailTransport
{
    Q_DECLARE_TR_FUNCTIONS(sia::SmtpTransport)

public:
    // extraCaFile: the setting network.extra-ca-file (empty: the system's CAs only).
    SmtpTransport(const MailSettings& settings, QByteArray password, QString extraCaFile);
    ~SmtpTransport() override;

    Result<MailDelivery> send(const MailMessage& message) override;

    // How long a connection and a whole message may take (a server that stops answering fails with
    // "smtp.timeout" instead of holding the round forever). Tests shorten them.
    void setTimeouts(int connectSeconds, int totalSeconds);

private:
    MailSettings m_settings;
    QByteArray m_password;
    QString m_extraCaFile;
    int m_connectSeconds = 20;
    int m_totalSeconds = 120;
};

} // namespace sia
