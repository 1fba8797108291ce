// Who the people sync takes (SPEC section 4): a lead or contact with a Sales Owner, that is a Salesforce
// user who owns it. The verdict on one PersonRecord: eligible, or the reason it is left out; and the
// warnings that do not exclude (an eligible person without an email, or with one that is not an address,
// cannot be emailed from Actions, but is still synced). One pure function, so that the dry run's report,
// the writer's counts and the incremental sync can never disagree on it.
#pragma once

#include "sync/personrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sia {

struct EligibilityVerdict
{
    bool eligible = false;
    QString reasonCode; // why not, when not eligible: "people.no-sales-owner", …
    QList<QString> warningCodes; // "people.no-email", "people.invalid-email"
};

class EligibilityRule
{
    Q_DECLARE_TR_FUNCTIONS(sia::EligibilityRule)

public:
    static inline const QString noMarketoId = QStringLiteral("people.no-marketo-id");
    static inline const QString noSalesOwner = QStringLiteral("people.no-sales-owner");
    static inline const QString ownerIsQueue = QStringLiteral("people.owner-is-queue");
    static inline const QString noEmail = QStringLiteral("people.no-email");
    static inline const QString invalidEmail = QStringLiteral("people.invalid-email");

    static EligibilityVerdict check(const PersonRecord& record);

    // The reason's or the warning's text for the admin, in their language; the code itself when unknown
    // (written by a newer SIA Admin).
    static QString text(const QString& code);

    // A plausible address: one "@" with something before it and a dotted domain after it, no spaces.
    // Deliberately loose: Marketo accepted it, and only an obviously broken one is worth a warning.
    static bool isPlausibleEmail(const QByteArray& email);
};

} // namespace sia
