#include "sync/eligibilityrule.h"

namespace sia {

namespace {

// Salesforce's key prefix of a queue (Group); a lead owned by a queue has no seller who owns it.
constexpr char queuePrefix[] = "00G";

} // namespace

EligibilityVerdict EligibilityRule::check(const PersonRecord& record)
{
    EligibilityVerdict verdict;
    if (record.marketoId <= 0) {
        verdict.reasonCode = noMarketoId;
        return verdict;
    }
    if (!record.hasSalesOwner()) {
        verdict.reasonCode = noSalesOwner;
        return verdict;
    }
    if (record.salesOwnerId.startsWith(queuePrefix)) {
        verdict.reasonCode = ownerIsQueue;
        return verdict;
    }
    verdict.eligible = true;
    if (record.email.isEmpty()) {
        verdict.warningCodes.append(noEmail);
    } else if (!isPlausibleEmail(record.email)) {
        verdict.warningCodes.append(invalidEmail);
    }
    return verdict;
}

bool EligibilityRule::isPlausibleEmail(const QByteArray& email)
{
    const qsizetype at = email.indexOf('@');
    if (at <= 0 || email.indexOf('@', at + 1) >= 0) {
        return false;
    }
    for (const char c : email) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            return false;
        }
    }
    const qsizetype dot = email.indexOf('.', at + 2);
    return dot > at + 1 && dot < email.size() - 1;
}

QString EligibilityRule::text(const QString& code)
{
    if (code == noMarketoId) {
        return tr("The record has no Marketo ID, so it cannot be told apart from the others. Check the "
                  "export file.");
    }
    if (code == noSalesOwner) {
        return tr("No Sales Owner: the lead or contact has no owner in Salesforce (or is not in "
                  "Salesforce). Assign an owner in Salesforce to sync it.");
    }
    if (code == ownerIsQueue) {
        return tr("The lead is owned by a Salesforce queue, not by a seller. Assign it to a user to sync "
                  "it.");
    }
    if (code == noEmail) {
        return tr("No email address: synced, but Actions cannot email this person.");
    }
    if (code == invalidEmail) {
        return tr("The email address is not a valid address: synced, but emails to it will fail. Correct "
                  "it in Marketo or Salesforce.");
    }
    return code;
}

} // namespace sia
