#include "sync/syncerrorexplanation.h"

#include "sync/eligibilityrule.h"

namespace sia {

QString SyncErrorExplanations::bareCode(const QString& code)
{
    for (const QLatin1StringView prefix :
        { QLatin1StringView("salesforce."), QLatin1StringView("marketo.") }) {
        if (code.startsWith(prefix)) {
            return code.mid(prefix.size());
        }
    }
    return code;
}

SyncErrorExplanation SyncErrorExplanations::explain(const QString& code, const QString& vendorMessage)
{
    const auto known = [](QString title, QString explanation, QString whatToDo) {
        return SyncErrorExplanation { true, std::move(title), std::move(explanation), std::move(whatToDo) };
    };
    // Our own codes first: they carry their prefix, and "people." is not a vendor's.
    if (code == EligibilityRule::noSalesOwner) {
        return known(tr("No sales owner"),
            tr("The lead or contact has no owner in Salesforce, or is not in Salesforce at all, so no seller "
               "can work it: it is left out of Actions."),
            tr("Assign an owner to these records in Salesforce; the next people sync takes them in."));
    }
    if (code == EligibilityRule::ownerIsQueue) {
        return known(tr("Owned by a queue"),
            tr("The lead is owned by a Salesforce queue, not by a seller: it is left out of Actions."),
            tr("Assign these leads to a user in Salesforce; the next people sync takes them in."));
    }
    if (code == EligibilityRule::noEmail) {
        return known(tr("No email address"),
            tr("The person is synced, but has no email address, so sellers cannot email them from Actions."),
            tr("Add the email address in Marketo or Salesforce if sellers should email these people."));
    }
    if (code == EligibilityRule::invalidEmail) {
        return known(tr("Invalid email address"),
            tr("The person is synced, but the email address is not a valid one: emails to it will fail."),
            tr("Correct the addresses in Marketo or Salesforce."));
    }
    if (code == EligibilityRule::noMarketoId) {
        return known(tr("No Marketo ID"),
            tr("The record came without a Marketo ID, so it cannot be told apart from the others."),
            tr("Run the sync again; if it stays, send the export to support."));
    }
    if (code == QLatin1StringView("people.too-long")) {
        return known(tr("Value too long"),
            tr("A field of the person is longer than Actions keeps, so the record was not written."),
            tr("Shorten the value in Marketo; the next sync writes the record."));
    }
    if (code == QLatin1StringView("tasks.what-id-dropped")) {
        return known(tr("Relation dropped"),
            tr("The task is about a lead, and Salesforce cannot also relate such a task to an account or "
               "opportunity: it was saved without that relation."),
            tr("Nothing, unless the relation matters: then convert the lead to a contact in Salesforce."));
    }
    const QString vendor = bareCode(code);
    if (vendor == QLatin1StringView("INVALID_CROSS_REFERENCE_KEY")) {
        return known(tr("Unknown related record"),
            tr("Salesforce refused the record because a record it points to (the lead, contact, account, "
               "opportunity or owner) does not exist or the connected user cannot see it."),
            tr("Check that the related records exist and that the connected Salesforce user may see them, "
               "then retry."));
    }
    if (vendor == QLatin1StringView("FIELD_INTEGRITY_EXCEPTION")) {
        return known(tr("Field refused"),
            tr("Salesforce refused a field's value: for example a task about a lead that also names an "
               "account, or a status or priority the org does not have."),
            tr("Read the message of a record below, correct the value in Actions or in Salesforce, then "
               "retry."));
    }
    if (vendor == QLatin1StringView("ENTITY_IS_DELETED")) {
        return known(tr("Deleted in Salesforce"),
            tr("The record, or one it points to, was deleted in Salesforce."),
            tr("Restore it from Salesforce's recycle bin if it should stay, or delete it in Actions too."));
    }
    if (vendor == QLatin1StringView("INVALID_SESSION_ID")) {
        return known(tr("Salesforce session ended"),
            tr("Salesforce no longer accepts the connection's session: its token was revoked or expired."),
            tr("Reconnect Salesforce (step 2), then retry."));
    }
    if (vendor == QLatin1StringView("REQUEST_LIMIT_EXCEEDED")) {
        return known(tr("Salesforce's daily limit reached"),
            tr("The org has used all its API requests of the last 24 hours."),
            tr("Wait until requests are available again (see the API budget below), then retry."));
    }
    if (vendor == QLatin1StringView("1003")) {
        return known(tr("Value refused by Marketo"), tr("Marketo refused a value of the request as invalid."),
            tr("Read the message of a record below and correct the value, then retry."));
    }
    if (vendor == QLatin1StringView("1004")) {
        return known(tr("Person not in Marketo"),
            tr("Marketo has no person with that ID: it was deleted or merged."),
            tr("Nothing to do for deleted people; for merged ones the next people sync brings the "
               "surviving record."));
    }
    if (vendor == QLatin1StringView("603")) {
        return known(tr("Marketo access denied"),
            tr("The Marketo API user's role lacks a permission this call needs."),
            tr("Give the API user's role the permission named in the message (Marketo Admin → Users & "
               "Roles), then retry."));
    }
    if (vendor == QLatin1StringView("607")) {
        return known(tr("Marketo's daily quota reached"),
            tr("The subscription has used its daily API calls; Marketo refuses more until midnight US "
               "Central time."),
            tr("Wait for the quota to reset (see the API budget below), then retry."));
    }
    //: %1 the error's code, %2 the service's own message.
    return { false, code,
        tr("The sync reported \"%1\": %2")
            .arg(code, vendorMessage.isEmpty() ? tr("(no message)") : vendorMessage),
        tr("Read the records' messages below; if the cause is not clear, export the group as CSV and send "
           "it to support.") };
}

} // namespace sia
