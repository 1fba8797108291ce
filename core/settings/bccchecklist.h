// The guided checklist for logging email by BCC ("Email to Salesforce", SPEC 6) when it does not work: the
// user's own set-up, the admin's activation that must come first, and the other usual causes. And the check
// of a user's Email-to-Salesforce address.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sia {

struct ChecklistStep
{
    QString title;
    QString detail; // where in Salesforce, what to do
};

class BccChecklist
{
    Q_DECLARE_TR_FUNCTIONS(sia::BccChecklist)

public:
    // The admin, first: Setup → Email Administration → Email to Salesforce → Edit → Active → Save.
    static QList<ChecklistStep> adminActivation();
    // Each user: My Settings → Email → My Email to Salesforce, the address and its acceptable addresses.
    static QList<ChecklistStep> userSetup();
    // The sending address missing from the acceptable ones, the org's email security refusing the sender,
    // one email matching several records.
    static QList<ChecklistStep> otherCauses();

    struct AddressCheck
    {
        QString address; // normalised
        QString warning; // set when it does not look like Salesforce's (not at a salesforce.com domain)
    };
    // Empty is allowed (no address yet); anything else must be an email address.
    static Result<AddressCheck> checkAddress(const QString& typed);
};

} // namespace sia
