// MailTransport into a folder: one .eml file per message (RFC 5322, as an SMTP server would receive it),
// which a mail program opens and sends. The default when no SMTP server is set, and the sandbox's. Each file
// is written atomically (QSaveFile): a file in the outbox is always a whole message. Its name sorts by date
// and says to whom: "20261202-112530-ana_example.com-<id>.eml".
#pragma once

#include "mail/mailtransport.h"

#include <QCoreApplication>
#include <QString>

namespace sia {

class OutboxTransport : public MailTransport
{
    Q_DECLARE_TR_FUNCTIONS(sia::OutboxTransport)

public:
    // The folder is created when missing (with its parents) at the first message.
    explicit OutboxTransport(QString folder);

    // MailDelivery::where: the .eml file's absolute path. Errors: "outbox.write" (the folder or the file).
    Result<MailDelivery> send(const MailMessage& message) override;

    // "ana_example.com": the part of the file name that says to whom, safe on every file system.
    static QString fileNameOf(const MailMessage& message);

private:
    QString m_folder;
};

} // namespace sia
