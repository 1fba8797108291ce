// The sales activities recorded in the Actions database (sales_activities): what a seller's emails and calls
// leave behind, and what the logging (SalesActivityLog) still has to write to Marketo and to Salesforce.
// Recording a sales email honours the unsubscribe check (SPEC 5): when email.check-marketo-unsubscribe is on,
// a person Marketo has as unsubscribed may not be emailed, and nothing is recorded.
#pragma once

#include "activities/salesactivitytype.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace sia {

class Store;

struct SalesActivity
{
    qint64 id = 0;
    SalesActivityType type = SalesActivityType::SendSalesEmail;
    qint64 personId = 0;
    qint64 userId = 0; // the seller; 0: none (a person's own act: an open, a click)
    QDateTime occurredAt;
    QString subject;
    QJsonObject details; // {template, body, outcome, durationSeconds, campaign} as the type has them
    QDateTime marketoLoggedAt;
    QString sfdcTaskId;
    QDateTime sfdcLoggedAt;
};

struct NewSalesActivity
{
    SalesActivityType type = SalesActivityType::SendSalesEmail;
    qint64 personId = 0;
    qint64 userId = 0;
    QDateTime occurredAt; // invalid: now
    QString subject;
    QJsonObject details;
};

// What the logging needs of one activity, with its person's and seller's IDs on either side.
struct SalesActivityToLog
{
    SalesActivity activity;
    qint64 marketoId = 0;
    QString sfdcType; // "Lead" or "Contact"; empty: the person is not in Salesforce
    QString sfdcWhoId; // the lead's or the contact's ID
    QString sfdcAccountId;
    QString sfdcOpportunityId;
    QString sellerSalesforceId; // the seller's Salesforce user ID (users.salesforce_user_id)
};

struct SalesActivityFilter
{
    qint64 personId = 0; // 0: every person
    qint64 userId = 0; // 0: every seller
    bool onlyWaiting = false; // not yet logged where its type goes
    int limit = 200;
};

// A person as the recording finds them: by email or by Marketo ID.
struct SalesActivityPerson
{
    qint64 id = 0;
    qint64 marketoId = 0;
    QString email;
};

// Whether a seller may email a person now (SPEC 5).
struct EmailPermission
{
    bool allowed = true;
    QString reason; // why not
};

class SalesActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(sia::SalesActivityRepository)

public:
    explicit SalesActivityRepository(Store& store)
        : m_store(store)
    { }

    // marketoId 0: by email, which must name one person (duplicates stay two in Actions: SPEC 4).
    Result<SalesActivityPerson> findPerson(const QString& email, qint64 marketoId = 0) const;
    // liveUnsubscribed: what Marketo answered just now for this person (MarketoUnsubscribeCheck), which
    // overrides the synced copy; empty: the copy the people sync keeps.
    Result<EmailPermission> mayEmail(qint64 personId, std::optional<bool> liveUnsubscribed = {}) const;
    // Refused (a rule) for an email to a person who may not be emailed; the person must exist, the seller
    // too when given.
    Result<qint64> record(const NewSalesActivity& activity, std::optional<bool> liveUnsubscribed = {});
    Result<QList<SalesActivity>> list(const SalesActivityFilter& filter = {}) const; // newest first

    // Oldest first, after afterId: activities not yet in Marketo (of a person known to Marketo), and
    // emails and calls not yet a Salesforce task.
    Result<QList<SalesActivityToLog>> waitingForMarketo(qint64 afterId, int limit) const;
    Result<QList<SalesActivityToLog>> waitingForSalesforce(qint64 afterId, int limit) const;
    Result<qint64> waitingCount() const; // either side

    Result<void> markLoggedInMarketo(const QList<qint64>& ids, const QDateTime& at);
    Result<void> markLoggedInSalesforce(qint64 id, const QString& taskId, const QDateTime& at);

private:
    Result<QList<SalesActivityToLog>> waiting(const QString& condition, qint64 afterId, int limit) const;

    Store& m_store;
};

} // namespace sia
