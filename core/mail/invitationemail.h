// The invitation email (SPEC §3): who invites whom to which Actions instance, with which role and teams,
// until when, and what to do. A plain-text and an HTML body (every value escaped), in the language of
// MailSettings::language (the app's when empty). That language may differ from the window's: its strings
// come from a QTranslator loaded for it from the app's translations, asked directly, so composing never
// changes the app's installed translators and is safe on any thread.
#pragma once

#include "mail/mailmessage.h"
#include "mail/mailsettings.h"
#include "users/uservocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sia {

struct InvitationEmailContent
{
    QString instanceName; // the Actions instance ("Acme Marketing")
    QString inviteeEmail;
    QString inviteeName; // may be empty
    QString inviter; // who invited (the actor's name); may be empty
    UserRole role = UserRole::User;
    QStringList teams; // by name
    QDateTime expiresAt; // invalid: the invitation does not expire
};

class InvitationEmail
{
    Q_DECLARE_TR_FUNCTIONS(sia::InvitationEmail)

public:
    // From: the settings' sender (fromName, "SIA Admin" when empty); To: the invitee.
    static MailMessage compose(const InvitationEmailContent& content, const MailSettings& settings);
};

} // namespace sia
