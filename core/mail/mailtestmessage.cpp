#include "mail/mailtestmessage.h"

namespace sia {

MailMessage MailTestMessage::compose(const MailSettings& settings, const QString& to)
{
    MailMessage message;
    message.from = { settings.fromAddress.trimmed().isEmpty() ? QStringLiteral("sia-admin@localhost")
                                                              : settings.fromAddress.trimmed(),
        settings.fromName.trimmed().isEmpty() ? QStringLiteral("SIA Admin") : settings.fromName.trimmed() };
    message.to = { to.trimmed(), {} };
    message.subject = tr("SIA Admin: a test message");
    message.plainText
        = tr("This is a test message from SIA Admin. The invitations to the Actions instance will "
             "reach their recipients the same way.");
    message.html = QStringLiteral("<p>%1</p>").arg(message.plainText.toHtmlEscaped());
    return message;
}

} // namespace sia
