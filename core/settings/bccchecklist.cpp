#include "settings/bccchecklist.h"

#include "users/emailaddress.h"

namespace sia {

QList<ChecklistStep> BccChecklist::adminActivation()
{
    return { { tr("Activate Email to Salesforce (a Salesforce admin, once)"),
                 tr("In Salesforce Setup: Email Administration → Email to Salesforce → Edit, tick Active, "
                    "then Save. Until this is done, users do not see “My Email to Salesforce” in their "
                    "settings.") },
        { tr("Choose where emails are logged"),
            tr("On the same page, decide whether emails are added to leads, contacts and opportunities, and "
               "what happens to an email that matches no record.") } };
}

QList<ChecklistStep> BccChecklist::userSetup()
{
    return { { tr("Find your Email-to-Salesforce address"),
                 tr("In Salesforce: your name → My Settings → Email → My Email to Salesforce. Copy the long "
                    "address shown there into your Email-to-Salesforce address in My Account.") },
        { tr("Add the address you send from"),
            tr("On the same page, put every address you send sales email from in “My Acceptable Email "
               "Addresses”. Salesforce ignores a BCC from any other address.") },
        { tr("Choose where your emails are logged"),
            tr("Still there, choose whether emails go to leads, contacts and opportunities, and save.") } };
}

QList<ChecklistStep> BccChecklist::otherCauses()
{
    return { { tr("The sending address is not an acceptable one"),
                 tr("An email sent from an address missing from “My Acceptable Email Addresses” is dropped "
                    "without a word. Add the address and send again.") },
        { tr("The org's email security refuses the sender"),
            tr("If Salesforce's email security settings (Setup → Email Administration → Deliverability and "
               "the org's compliance settings) refuse mail that fails SPF, DKIM or DMARC checks, the BCC "
               "from "
               "your mail server is refused. Ask your mail admin to sign outgoing mail, or your Salesforce "
               "admin to review those settings.") },
        { tr("One email matches several records"),
            tr("When the recipient's address belongs to several leads or contacts, Salesforce logs the email "
               "on one of them or on none, as the Email to Salesforce settings say. Merge the duplicates, or "
               "check the “unresolved items” list in Salesforce.") } };
}

Result<BccChecklist::AddressCheck> BccChecklist::checkAddress(const QString& typed)
{
    AddressCheck check;
    if (typed.trimmed().isEmpty()) {
        return check;
    }
    Result<QString> normalised = EmailAddress::normalised(typed);
    if (!normalised) {
        return normalised.error();
    }
    check.address = *normalised;
    const QString domain = check.address.section(u'@', -1).toLower();
    if (domain != u"salesforce.com" && !domain.endsWith(QLatin1String(".salesforce.com"))) {
        check.warning = tr("Email-to-Salesforce addresses end in salesforce.com (for example "
                           "emailtosalesforce@….salesforce.com). Check that you copied the address from My "
                           "Email to Salesforce.");
    }
    return check;
}

} // namespace sia
