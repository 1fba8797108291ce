// The email opt-outs in Actions (EmailOptOuts), on both databases: a seller's unsubscribe opts the person
// out and queues it for Salesforce, once; whoever is opted out may not be emailed, whatever the settings
// say; Salesforce's Email Opt Out (on or off) is taken in; the later change wins a conflict with an Actions
// opt-out not yet pushed (the opt-out at the same time), and the audit log records both sides; the push
// queue holds only people in Salesforce and is emptied only by the change that was pushed.
#include "activities/emailoptouts.h"
#include "activities/salesactivityrepository.h"
#include "common/timestamps.h"
#include "store/auditlog.h"
#include "storetesthelpers.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace sia;
using namespace sia::test;

namespace {

const QString leadId = QStringLiteral("00Q000000000001AAA");
const QString contactId = QStringLiteral("003000000000002AAA");
const QDateTime monday(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

} // namespace

class TestEmailOptOuts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anUnsubscribeOptsOutInActionsAndWaitsForSalesforceOnce();
    void anOptedOutPersonIsNeverEmailed();
    void salesforcesOptOutAndOptInAreTakenIn();
    void anActionsOptOutNewerThanSalesforcesOptInIsKept();
    void aSalesforceChangeNewerThanAnUnpushedOptOutWins();
    void atTheSameMomentTheOptOutWins();
    void salesforceAlreadyHavingItEmptiesTheQueue();
    void theQueueHoldsOnlyPeopleInSalesforce();
    void onlyThePushedChangeLeavesTheQueue();

private:
    qint64 addPerson(const QString& email, const QString& lead, const QString& contact);
    qint64 unsubscribe(qint64 person, const QDateTime& at);
    EmailOptOut optOut(qint64 person);
    QList<AuditEntry> audited(const QString& action);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
};

void TestEmailOptOuts::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(*opened);
    m_lead = addPerson(QStringLiteral("lena@example.com"), leadId, {});
    m_contact = addPerson(QStringLiteral("carl@example.com"), {}, contactId);
    QVERIFY(m_lead && m_contact);
}

void TestEmailOptOuts::cleanup()
{
    m_store.reset();
    m_database.reset();
}

qint64 TestEmailOptOuts::addPerson(const QString& email, const QString& lead, const QString& contact)
{
    static qint64 marketoId = 1000;
    Result<QSqlQuery> added = m_store->exec(
        QStringLiteral(
            "INSERT INTO people (marketo_id, email, sfdc_lead_id, sfdc_contact_id, sfdc_type, synced_at)"
            " VALUES (:id, :email, :lead, :contact, :type, :at) RETURNING id"),
        { { QStringLiteral("id"), ++marketoId }, { QStringLiteral("email"), email },
            { QStringLiteral("lead"), lead.isEmpty() ? QVariant() : QVariant(lead) },
            { QStringLiteral("contact"), contact.isEmpty() ? QVariant() : QVariant(contact) },
            { QStringLiteral("type"),
                lead.isEmpty() ? (contact.isEmpty() ? QVariant() : QVariant(QStringLiteral("Contact")))
                               : QVariant(QStringLiteral("Lead")) },
            { QStringLiteral("at"), toStoredTimestamp(monday) } });
    if (!added || !added->next()) {
        qWarning() << failureText(added);
        return 0;
    }
    return added->value(0).toLongLong();
}

qint64 TestEmailOptOuts::unsubscribe(qint64 person, const QDateTime& at)
{
    NewSalesActivity activity;
    activity.type = SalesActivityType::Unsubscribe;
    activity.personId = person;
    activity.occurredAt = at;
    Result<qint64> id = SalesActivityRepository(*m_store).record(activity);
    if (!id) {
        qWarning() << failureText(id);
        return 0;
    }
    return *id;
}

EmailOptOut TestEmailOptOuts::optOut(qint64 person)
{
    Result<std::optional<EmailOptOut>> read = EmailOptOuts(*m_store).of(person);
    if (!read || !*read) {
        qWarning() << "no person" << person << failureText(read);
        return {};
    }
    return **read;
}

QList<AuditEntry> TestEmailOptOuts::audited(const QString& action)
{
    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();
    QList<AuditEntry> found;
    for (const AuditEntry& entry : entries ? *entries : QList<AuditEntry> {}) {
        if (entry.action == action) {
            found.append(entry);
        }
    }
    return found;
}

void TestEmailOptOuts::anUnsubscribeOptsOutInActionsAndWaitsForSalesforceOnce()
{
    QVERIFY(!optOut(m_lead).optedOut);
    QVERIFY(unsubscribe(m_lead, monday));
    EmailOptOut out = optOut(m_lead);
    QVERIFY(out.optedOut);
    QVERIFY(out.pending);
    QCOMPARE(out.source, EmailOptOutSource::Actions);
    QCOMPARE(out.at, monday);
    QCOMPARE(out.sfdcType, QStringLiteral("Lead"));
    QCOMPARE(out.sfdcId, leadId);

    // A second unsubscribe is recorded as an activity, but the opt-out keeps its first time.
    QVERIFY(unsubscribe(m_lead, monday.addDays(1)));
    QCOMPARE(optOut(m_lead).at, monday);
    Result<QList<EmailOptOut>> waiting = EmailOptOuts(*m_store).waitingForSalesforce(0, 200);
    QVERIFY2(waiting.ok(), failureText(waiting).constData());
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().personId, m_lead);
    QCOMPARE(*EmailOptOuts(*m_store).waitingCount(), 1);
}

void TestEmailOptOuts::anOptedOutPersonIsNeverEmailed()
{
    SalesActivityRepository activities(*m_store);
    QVERIFY(activities.mayEmail(m_lead)->allowed);
    QVERIFY(unsubscribe(m_lead, monday));
    // email.check-marketo-unsubscribe is off (its default): the person's own opt-out holds all the same.
    Result<EmailPermission> permission = activities.mayEmail(m_lead);
    QVERIFY2(permission.ok(), failureText(permission).constData());
    QVERIFY(!permission->allowed);
    QVERIFY2(permission->reason.contains(QStringLiteral("unsubscribed in Actions")),
        qPrintable(permission->reason));

    NewSalesActivity email;
    email.type = SalesActivityType::SendSalesEmail;
    email.personId = m_lead;
    email.subject = QStringLiteral("Hello again");
    Result<qint64> recorded = activities.record(email);
    QVERIFY(!recorded);
    QCOMPARE(recorded.error().code, QStringLiteral("activity.may-not-email"));
    // A call is no email: it is still recorded.
    NewSalesActivity call;
    call.type = SalesActivityType::SalesCall;
    call.personId = m_lead;
    QVERIFY(activities.record(call).ok());
}

void TestEmailOptOuts::salesforcesOptOutAndOptInAreTakenIn()
{
    EmailOptOuts optOuts(*m_store);
    const QDateTime at = monday.addSecs(3600);
    Result<EmailOptOutApplied> applied = optOuts.applyFromSalesforce(
        { { QStringLiteral("Contact"), contactId, true, at },
            { QStringLiteral("Lead"), QStringLiteral("00Q0000000000099AA"), true, at } },
        QStringLiteral("alice@acme.example"));
    QVERIFY2(applied.ok(), failureText(applied).constData());
    QCOMPARE(applied->changed, 1);
    QCOMPARE(applied->unchanged, 1); // the lead no person in Actions has
    QCOMPARE(applied->conflicts, 0);
    EmailOptOut out = optOut(m_contact);
    QVERIFY(out.optedOut);
    QVERIFY(!out.pending); // Salesforce has it: nothing to push back
    QCOMPARE(out.source, EmailOptOutSource::Salesforce);
    QCOMPARE(out.at, at);
    Result<EmailPermission> permission = SalesActivityRepository(*m_store).mayEmail(m_contact);
    QVERIFY(!permission->allowed);
    QVERIFY2(permission->reason.contains(QStringLiteral("Email Opt Out")), qPrintable(permission->reason));
    QCOMPARE(audited(QStringLiteral("email-opt-out.from-salesforce")).size(), 1);

    // The same again changes nothing; turned off in Salesforce, the person may be emailed again.
    QCOMPARE(
        optOuts.applyFromSalesforce({ { QStringLiteral("Contact"), contactId, true, at } }, {})->changed, 0);
    applied = optOuts.applyFromSalesforce({ { QStringLiteral("Contact"), contactId, false, at.addDays(1) } },
        QStringLiteral("alice@acme.example"));
    QCOMPARE(applied->changed, 1);
    QVERIFY(!optOut(m_contact).optedOut);
    QVERIFY(SalesActivityRepository(*m_store).mayEmail(m_contact)->allowed);
    QCOMPARE(*optOuts.waitingCount(), 0);
}

void TestEmailOptOuts::anActionsOptOutNewerThanSalesforcesOptInIsKept()
{
    QVERIFY(unsubscribe(m_lead, monday));
    Result<EmailOptOutApplied> applied = EmailOptOuts(*m_store).applyFromSalesforce(
        { { QStringLiteral("Lead"), leadId, false, monday.addSecs(-60) } },
        QStringLiteral("alice@acme.example"));
    QCOMPARE(applied->changed, 0);
    QCOMPARE(applied->conflicts, 1);
    EmailOptOut out = optOut(m_lead);
    QVERIFY(out.optedOut);
    QVERIFY(out.pending); // still to be pushed
    const QList<AuditEntry> conflicts = audited(QStringLiteral("email-opt-out.conflict"));
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject arguments = conflicts.first().arguments;
    QCOMPARE(arguments.value(QStringLiteral("kept")).toString(), QStringLiteral("actions"));
    QCOMPARE(arguments.value(QStringLiteral("salesforceOptedOut")).toBool(), false);
    QCOMPARE(arguments.value(QStringLiteral("actionsChangedAt")).toString(), toStoredTimestamp(monday));
}

void TestEmailOptOuts::aSalesforceChangeNewerThanAnUnpushedOptOutWins()
{
    QVERIFY(unsubscribe(m_lead, monday));
    Result<EmailOptOutApplied> applied = EmailOptOuts(*m_store).applyFromSalesforce(
        { { QStringLiteral("Lead"), leadId, false, monday.addSecs(60) } },
        QStringLiteral("alice@acme.example"));
    QCOMPARE(applied->changed, 1);
    QCOMPARE(applied->conflicts, 1);
    EmailOptOut out = optOut(m_lead);
    QVERIFY(!out.optedOut);
    QVERIFY(!out.pending);
    QCOMPARE(out.source, EmailOptOutSource::Salesforce);
    const QList<AuditEntry> conflicts = audited(QStringLiteral("email-opt-out.conflict"));
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(
        conflicts.first().arguments.value(QStringLiteral("kept")).toString(), QStringLiteral("salesforce"));
}

void TestEmailOptOuts::atTheSameMomentTheOptOutWins()
{
    QVERIFY(unsubscribe(m_lead, monday));
    Result<EmailOptOutApplied> applied = EmailOptOuts(*m_store).applyFromSalesforce(
        { { QStringLiteral("Lead"), leadId, false, monday } }, QStringLiteral("alice@acme.example"));
    QCOMPARE(applied->conflicts, 1);
    QVERIFY(optOut(m_lead).optedOut);
    QVERIFY(optOut(m_lead).pending);
}

void TestEmailOptOuts::salesforceAlreadyHavingItEmptiesTheQueue()
{
    QVERIFY(unsubscribe(m_lead, monday));
    Result<EmailOptOutApplied> applied = EmailOptOuts(*m_store).applyFromSalesforce(
        { { QStringLiteral("Lead"), leadId, true, monday.addSecs(-3600) } },
        QStringLiteral("alice@acme.example"));
    QCOMPARE(applied->unchanged, 1);
    EmailOptOut out = optOut(m_lead);
    QVERIFY(out.optedOut);
    QVERIFY(!out.pending);
    QCOMPARE(out.source, EmailOptOutSource::Actions); // the Actions opt-out stays what it was
    QCOMPARE(out.at, monday);
}

void TestEmailOptOuts::theQueueHoldsOnlyPeopleInSalesforce()
{
    const qint64 marketoOnly = addPerson(QStringLiteral("mo@example.com"), {}, {});
    const qint64 deleted
        = addPerson(QStringLiteral("gone@example.com"), QStringLiteral("00Q000000000003AAA"), {});
    QVERIFY(marketoOnly && deleted);
    QVERIFY(m_store->exec(QStringLiteral("UPDATE people SET deleted_at = :at WHERE id = :id"),
        { { QStringLiteral("id"), deleted }, { QStringLiteral("at"), toStoredTimestamp(monday) } }));
    QVERIFY(unsubscribe(marketoOnly, monday));
    QVERIFY(unsubscribe(m_contact, monday));
    Result<QList<EmailOptOut>> waiting = EmailOptOuts(*m_store).waitingForSalesforce(0, 200);
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().personId, m_contact);
    QCOMPARE(waiting->first().sfdcType, QStringLiteral("Contact"));
    QCOMPARE(waiting->first().sfdcId, contactId);
    // Still opted out in Actions, and listed as waiting: a person linked later is pushed then.
    QVERIFY(optOut(marketoOnly).optedOut);
    QCOMPARE(EmailOptOuts(*m_store).list(0, 50, true)->size(), 2);
    QCOMPARE(EmailOptOuts(*m_store).list(0, 50, false)->size(), 2);
}

void TestEmailOptOuts::onlyThePushedChangeLeavesTheQueue()
{
    QVERIFY(unsubscribe(m_lead, monday));
    EmailOptOuts optOuts(*m_store);
    QVERIFY(optOuts.markPushed(m_lead, monday.addSecs(-1)).ok()); // another change's time: stays
    QVERIFY(optOut(m_lead).pending);
    QVERIFY(optOuts.markPushed(m_lead, monday).ok());
    QVERIFY(!optOut(m_lead).pending);
    QVERIFY(optOut(m_lead).optedOut);
    QCOMPARE(*optOuts.waitingCount(), 0);
}

QTEST_GUILESS_MAIN(TestEmailOptOuts)
#include "testemailoptouts.moc"
