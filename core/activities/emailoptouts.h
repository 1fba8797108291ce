// A person's email opt-out in Actions (SPEC section 5: unsubscribes flow both ways with Salesforce), kept
// apart from Marketo's `unsubscribed`, which the people sync copies and which never comes from Actions.
// - A seller's `unsubscribe` activity opts the person out in Actions (optOutInActions, in the recording's
//   transaction) and queues the change for Salesforce's Email Opt Out (HasOptedOutOfEmail) of the person's
//   lead or contact.
// - Salesforce's Email Opt Out, turned on or off there, is taken into Actions (applyFromSalesforce).
// - Actions never opts a person back in: only Salesforce's Email Opt Out turned off does.
// - The conflict rule: the later change wins. An Actions opt-out that has not reached Salesforce yet is
//   compared by its time with the record's SystemModstamp; at the same time the opt-out wins. Each conflict
//   is written to the audit log (email-opt-out.conflict) with both sides.
// A person opted out is never emailed by a seller (SalesActivityRepository::mayEmail).
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sia {

class Store;

enum class EmailOptOutSource
{
    Actions,
    Salesforce
};

struct EmailOptOut
{
    qint64 personId = 0;
    QString email;
    bool optedOut = false;
    QDateTime at;
    EmailOptOutSource source = EmailOptOutSource::Actions;
    bool pending = false; // an Actions change Salesforce does not have yet
    QString sfdcType; // "Lead" or "Contact"; empty: not in Salesforce
    QString sfdcId;
};

// Salesforce's Email Opt Out of one lead or contact, as a query read it.
struct SalesforceEmailOptOut
{
    QString sfdcType; // "Lead" or "Contact"
    QString sfdcId;
    bool optedOut = false;
    QDateTime modifiedAt; // its SystemModstamp
};

struct EmailOptOutApplied
{
    int changed = 0; // people whose opt-out changed
    int unchanged = 0; // already so (or a record no person in Actions has)
    int conflicts = 0; // an Actions change newer than Salesforce's, kept (and still to be pushed)
};

class EmailOptOuts
{
    Q_DECLARE_TR_FUNCTIONS(sia::EmailOptOuts)

public:
    explicit EmailOptOuts(Store& store)
        : m_store(store)
    { }

    static QString sourceKey(EmailOptOutSource source);

    // Opts the person out in Actions at `at`, queued for Salesforce; nothing when already opted out.
    Result<void> optOutInActions(qint64 personId, const QDateTime& at);
    Result<std::optional<EmailOptOut>> of(qint64 personId) const;
    // People opted out (onlyPending: Actions changes not yet in Salesforce), by person id, after afterId.
    Result<QList<EmailOptOut>> list(qint64 afterId, int limit, bool onlyPending = false) const;
    // The Actions changes to push, of people in Salesforce, by person id, after afterId.
    Result<QList<EmailOptOut>> waitingForSalesforce(qint64 afterId, int limit) const;
    Result<qint64> waitingCount() const;
    // Salesforce has the person's change now; a change made since (a newer time) stays queued.
    Result<void> markPushed(qint64 personId, const QDateTime& changeAt);
    // The record is gone from Salesforce (deleted): there is nothing to push the change to any more.
    Result<void> dropPending(qint64 personId);
    // Salesforce's values, applied by the conflict rule (above); one transaction; audited as actor.
    Result<EmailOptOutApplied> applyFromSalesforce(
        const QList<SalesforceEmailOptOut>& records, const QString& actor);

private:
    Store& m_store;
};

} // namespace sia
