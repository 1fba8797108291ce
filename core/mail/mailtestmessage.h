// The test message an admin sends to see that mail leaves the way the settings say (`sia-admin mail test`,
// the Mail dialog's "Send test message…"): from the settings' sender, to the address given, in the app's
// language. One wording for both, so that what arrives is the same whichever sent it.
#pragma once

#include "mail/mailmessage.h"
#include "mail/mailsettings.h"

#include <QCoreApplication>
#include <QString>

namespace sia {

class MailTestMessage
{
    Q_DECLARE_TR_FUNCTIONS(sia::MailTestMessage)

public:
    // The sender is sia-admin@localhost when the settings name none (the outbox needs no sender).
    static MailMessage compose(const MailSettings& settings, const QString& to);
};

} // namespace sia
