// The sales activity logging (SPEC section 5) against the sandbox's Marketo and org, on both databases:
// every activity goes to Marketo as its native type (found by name), once, 300 a call; one Marketo refuses
// stays waiting with its reason; emails and calls become completed Salesforce tasks on the lead or contact
// (a contact's related to its account, a lead's never) when logging through the API applies to the seller,
// are settled without a task when it does not (and stay so when it is turned on later), follow the
// preferences, keep a refused record waiting while the rest go; a batch whose answer was lost is linked to
// the tasks already made, not doubled; recording an email honours Marketo's unsubscribe when checked; and a
// run without either service says what waits.
#include "activities/emailoptouts.h"
#include "activities/salesactivityrepository.h"
#include "common/timestamps.h"
#include "fixtureclientsource.h"
#include "marketotestsupport.h"
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforcerelay.h"
#include "salesforcetestsupport.h"
#include "sandbox/salesforce/recordids.h"
#include "sandbox/sandbox.h"
#include "settings/settingsrepository.h"
#include "settings/syncsettings.h"
#include "store/longjobrunner.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"
#include "sync/salesactivityengine.h"
#include "sync/salesactivitylog.h"
#include "sync/syncrunrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace sia;
using namespace sia::test;
using namespace salesforcetest;

namespace {

const QString actor = QStringLiteral("alice@acme.example");

} // namespace

class TestSalesActivityLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void activitiesGoToMarketoOnceByTypeName();
    void aPersonMarketoDoesNotKnowStaysWaiting();
    void marketoTakesThreeHundredACall();
    void emailsAndCallsBecomeCompletedTasksOnTheRightRecords();
    void whatTheSettingsDoNotLogIsSettledWithoutATask();
    void aSellersOwnSettingOverTheInstances();
    void aRefusedTaskStaysWaitingWhileTheRestGo();
    void aBatchWhoseAnswerWasLostIsLinkedNotDoubled();
    void anEmailToAnUnsubscribedPersonIsRefusedWhenChecked();
    void withoutTheServicesTheRunSaysWhatWaits();
    void unsubscribesStayInActionsWhileTheSyncIsOff();
    void anUnsubscribeInActionsSetsEmailOptOutInSalesforce();
    void emailOptOutChangedInSalesforceIsTakenIntoActions();
    void aRecordGoneFromSalesforceKeepsTheOptOutInActions();
    void theEngineRunsItAndTheScheduleTakesWhatWaits();

private:
    template<typename T> Result<T> call(SalesforceRelay::Work<T> work);
    QList<QJsonObject> salesforceTasks(const QString& where);
    QList<QJsonObject> salesforceRecords(const QString& soql);
    bool emailOptOutInSalesforce(const sandbox::Person& person);
    bool setEmailOptOutInSalesforce(const sandbox::Person& person, bool optedOut);
    EmailOptOut optOut(qint64 person)
    {
        Result<std::optional<EmailOptOut>> read = EmailOptOuts(*m_store).of(person);
        return read && *read ? **read : EmailOptOut {};
    }
    qint64 addPerson(const sandbox::Person& person);
    qint64 addSeller(const QString& email, const QString& salesforceId);
    qint64 record(SalesActivityType type, qint64 person, qint64 seller,
        const QString& subject = QStringLiteral("Hello"));
    Result<JobEnding> runLog(bool withMarketo = true, bool withSalesforce = true);
    std::optional<SyncRun> lastRun();
    QVariant value(const QString& sql, const QVariantMap& bindings = {});
    void setSetting(SettingKey key, const QVariant& value, qint64 userId = 0);
    qint64 marketoLogged(int typeId)
    {
        return m_sandbox->counters().value(QStringLiteral("marketo.salesActivities.%1").arg(typeId));
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DirectStoreRunner> m_runner;
    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ClientFixture> m_salesforce;
    FixtureClientSource m_source;
    std::unique_ptr<SalesforceRelay> m_relay;
    std::optional<sandbox::Person> m_contact;
    std::optional<sandbox::Person> m_lead;
    qint64 m_contactRow = 0;
    qint64 m_leadRow = 0;
    qint64 m_seller = 0;
    QString m_sellerSalesforceId;
};

void TestSalesActivityLog::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(*opened);
    m_runner = std::make_unique<DirectStoreRunner>(*m_store);
    m_callbacks = callbacksOnFreePorts();
    sandbox::SandboxOptions options;
    options.people = 60;
    options.salesforceTaskCount = 0;
    options.limits.marketoCallsPerWindow = 2000;
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_salesforce = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
    const Result<SalesforceTokens> connected = m_salesforce->connect();
    QVERIFY2(connected.ok(), failureText(connected).constData());
    m_source = FixtureClientSource {};
    m_source.client = m_salesforce->client.get();
    m_relay = std::make_unique<SalesforceRelay>(m_source);

    const sandbox::PeopleView& people = m_sandbox->dataset().people();
    for (qint64 index = 0; index < people.count() && (!m_contact || !m_lead); ++index) {
        const sandbox::Person person = people.personAt(index);
        if (person.unsubscribed) {
            continue; // Salesforce's Email Opt Out starts as Marketo's unsubscribed: these start without
        }
        if (!m_contact && person.crmKind == sandbox::CrmKind::Contact && !person.sfdcAccountId.isEmpty()) {
            m_contact = person;
        } else if (!m_lead && person.crmKind == sandbox::CrmKind::Lead) {
            m_lead = person;
        }
    }
    QVERIFY2(m_contact && m_lead, "the sandbox has no contact or no lead among its first people");
    m_contactRow = addPerson(*m_contact);
    m_leadRow = addPerson(*m_lead);
    m_sellerSalesforceId = m_sandbox->dataset().people().users().first().id;
    m_seller = addSeller(QStringLiteral("seller@acme.example"), m_sellerSalesforceId);
    QVERIFY(m_contactRow && m_leadRow && m_seller);
    setSetting(SettingKey::EmailLogViaApi, true);
}

void TestSalesActivityLog::cleanup()
{
    m_relay.reset();
    m_salesforce.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_store.reset();
    m_database.reset();
    m_contact.reset();
    m_lead.reset();
}

template<typename T> Result<T> TestSalesActivityLog::call(SalesforceRelay::Work<T> work)
{
    std::optional<Result<T>> answer;
    QObject receiver;
    m_relay->call<T>(
        &receiver, [&](Result<T> outcome) { answer.emplace(std::move(outcome)); }, std::move(work));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    }();
    return answer ? std::move(*answer)
                  : Result<T>(Error::internal(QStringLiteral("test.timeout"), QStringLiteral("no answer")));
}

QList<QJsonObject> TestSalesActivityLog::salesforceTasks(const QString& where)
{
    return salesforceRecords(
        QStringLiteral("SELECT Id, Subject, Status, IsClosed, WhoId, WhatId, OwnerId, TaskSubtype, "
                       "ActivityDate FROM Task")
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
}

bool TestSalesActivityLog::emailOptOutInSalesforce(const sandbox::Person& person)
{
    const bool lead = person.crmKind == sandbox::CrmKind::Lead;
    const QList<QJsonObject> found
        = salesforceRecords(QStringLiteral("SELECT Id, HasOptedOutOfEmail FROM %1 WHERE Id = '%2'")
                                .arg(lead ? QStringLiteral("Lead") : QStringLiteral("Contact"),
                                    lead ? person.sfdcLeadId : person.sfdcContactId));
    if (found.size() != 1) {
        qWarning() << "no such record in the sandbox's org" << person.sfdcLeadId << person.sfdcContactId;
        return false;
    }
    return found.first().value(QStringLiteral("HasOptedOutOfEmail")).toBool();
}

bool TestSalesActivityLog::setEmailOptOutInSalesforce(const sandbox::Person& person, bool optedOut)
{
    const bool lead = person.crmKind == sandbox::CrmKind::Lead;
    const QList<QJsonObject> records {
        { { QStringLiteral("attributes"),
              QJsonObject {
                  { QStringLiteral("type"), lead ? QStringLiteral("Lead") : QStringLiteral("Contact") } } },
            { QStringLiteral("Id"), lead ? person.sfdcLeadId : person.sfdcContactId },
            { QStringLiteral("HasOptedOutOfEmail"), optedOut } }
    };
    using Results = QList<SalesforceSaveResult>;
    Result<Results> saved = call<Results>(
        [records](SalesforceApi& api, QObject* context, std::function<void(Result<Results>)> done) {
            api.updateRecords(records, false, context, std::move(done));
        });
    if (!saved || saved->size() != 1 || !saved->first().success) {
        qWarning() << "Salesforce did not take the opt-out" << failureText(saved)
                   << (saved && !saved->isEmpty() ? saved->first().message : QString());
        return false;
    }
    return true;
}

QList<QJsonObject> TestSalesActivityLog::salesforceRecords(const QString& soql)
{
    Result<SalesforceQueryResult> found
        = call<SalesforceQueryResult>([soql](SalesforceApi& api, QObject* context,
                                          std::function<void(Result<SalesforceQueryResult>)> done) {
              api.query(soql, context, std::move(done));
          });
    return found ? found->records : QList<QJsonObject> {};
}

qint64 TestSalesActivityLog::addPerson(const sandbox::Person& person)
{
    Result<QSqlQuery> added = m_store->exec(
        QStringLiteral(
            "INSERT INTO people (marketo_id, email, sfdc_lead_id, sfdc_contact_id, sfdc_account_id,"
            " sfdc_type, synced_at) VALUES (:id, :email, :lead, :contact, :account, :type, :at) RETURNING "
            "id"),
        { { QStringLiteral("id"), person.id }, { QStringLiteral("email"), person.email },
            { QStringLiteral("lead"),
                person.sfdcLeadId.isEmpty() ? QVariant() : QVariant(person.sfdcLeadId) },
            { QStringLiteral("contact"),
                person.sfdcContactId.isEmpty() ? QVariant() : QVariant(person.sfdcContactId) },
            { QStringLiteral("account"),
                person.sfdcAccountId.isEmpty() ? QVariant() : QVariant(person.sfdcAccountId) },
            { QStringLiteral("type"), person.sfdcType() },
            { QStringLiteral("at"), QStringLiteral("2026-12-01T10:00:00.000Z") } });
    if (!added || !added->next()) {
        qWarning() << failureText(added);
        return 0;
    }
    return added->value(0).toLongLong();
}

qint64 TestSalesActivityLog::addSeller(const QString& email, const QString& salesforceId)
{
    Result<QSqlQuery> added
        = m_store->exec(QStringLiteral("INSERT INTO users (email, salesforce_user_id, created_at, created_by)"
                                       " VALUES (:email, :sfid, :at, 'test') RETURNING id"),
            { { QStringLiteral("email"), email },
                { QStringLiteral("sfid"), salesforceId.isEmpty() ? QVariant() : QVariant(salesforceId) },
                { QStringLiteral("at"), QStringLiteral("2026-12-01T10:00:00.000Z") } });
    if (!added || !added->next()) {
        qWarning() << failureText(added);
        return 0;
    }
    return added->value(0).toLongLong();
}

qint64 TestSalesActivityLog::record(
    SalesActivityType type, qint64 person, qint64 seller, const QString& subject)
{
    NewSalesActivity activity;
    activity.type = type;
    activity.personId = person;
    activity.userId = seller;
    activity.subject = subject;
    activity.occurredAt = QDateTime(QDate(2026, 12, 2), QTime(9, 15), Qt::UTC);
    activity.details = type == SalesActivityType::SalesCall
        ? QJsonObject { { QStringLiteral("outcome"), QStringLiteral("Connected") },
              { QStringLiteral("notes"), QStringLiteral("Wants a demo") } }
        : QJsonObject { { QStringLiteral("template"), QStringLiteral("Intro") },
              { QStringLiteral("body"), QStringLiteral("Hi there") } };
    Result<qint64> id = SalesActivityRepository(*m_store).record(activity);
    if (!id) {
        qWarning() << failureText(id);
        return 0;
    }
    return *id;
}

Result<JobEnding> TestSalesActivityLog::runLog(bool withMarketo, bool withSalesforce)
{
    SalesActivityLogOptions options;
    options.actor = actor;
    if (withMarketo) {
        options.marketo = sandboxConnection(*m_sandbox);
    }
    options.salesforce = withSalesforce ? m_relay.get() : nullptr;
    LongJobRunner runner(m_database->options());
    std::optional<Result<JobEnding>> outcome;
    QObject context;
    connect(&runner, &LongJobRunner::finished, &context,
        [&](const Result<JobEnding>& ended) { outcome = ended; });
    if (Result<void> started = runner.start(std::make_unique<SalesActivityLog>(std::move(options)));
        !started) {
        return started.error();
    }
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
    }();
    return outcome
        ? *outcome
        : Result<JobEnding>(Error::internal(QStringLiteral("test.timeout"), QStringLiteral("no end")));
}

std::optional<SyncRun> TestSalesActivityLog::lastRun()
{
    Result<std::optional<SyncRun>> run = SyncRunRepository(*m_store).latest(SyncKind::SalesActivities);
    return run ? *run : std::nullopt;
}

QVariant TestSalesActivityLog::value(const QString& sql, const QVariantMap& bindings)
{
    Result<QSqlQuery> query = m_store->exec(sql, bindings);
    return query && query->next() ? query->value(0) : QVariant();
}

void TestSalesActivityLog::setSetting(SettingKey key, const QVariant& value, qint64 userId)
{
    Result<void> set = SettingsRepository(*m_store).set(key, value, actor, userId);
    QVERIFY2(set.ok(), failureText(set).constData());
}

void TestSalesActivityLog::activitiesGoToMarketoOnceByTypeName()
{
    record(SalesActivityType::SendSalesEmail, m_contactRow, m_seller);
    record(SalesActivityType::SalesCall, m_leadRow, m_seller);
    record(SalesActivityType::OpenSalesEmail, m_contactRow, 0);
    record(SalesActivityType::AddedToSalesCampaign, m_leadRow, m_seller);

    const Result<JobEnding> ended = runLog(true, false);
    QVERIFY2(ended.ok(), failureText(ended).constData());
    QCOMPARE(marketoLogged(39), 1); // Send Sales Email
    QCOMPARE(marketoLogged(42), 1); // Received Sales Call
    QCOMPARE(marketoLogged(40), 1); // Open Sales Email
    QCOMPARE(marketoLogged(43), 1); // Add to Sales Campaign
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM sales_activities WHERE marketo_logged_at IS NULL"))
                 .toInt(),
        0);
    const std::optional<SyncRun> run = lastRun();
    QVERIFY(run);
    QCOMPARE(run->state, SyncRunState::Completed);
    QCOMPARE(run->counts.created, 4);
    QVERIFY2(run->message.contains(QLatin1String("Salesforce is not connected")), qPrintable(run->message));

    // Once: the next run sends nothing again.
    QVERIFY(runLog(true, false).ok());
    QCOMPARE(marketoLogged(39), 1);
    QCOMPARE(lastRun()->counts.created, 0);
}

void TestSalesActivityLog::aPersonMarketoDoesNotKnowStaysWaiting()
{
    sandbox::Person stranger = *m_contact;
    stranger.id = 987654;
    stranger.sfdcContactId.clear();
    stranger.sfdcAccountId.clear();
    const qint64 strangerRow = addPerson(stranger);
    const qint64 lost = record(SalesActivityType::OpenSalesEmail, strangerRow, 0);
    record(SalesActivityType::OpenSalesEmail, m_contactRow, 0);

    QVERIFY(runLog(true, false).ok());
    QCOMPARE(marketoLogged(40), 1);
    const std::optional<SyncRun> run = lastRun();
    QCOMPARE(run->counts.created, 1);
    QCOMPARE(run->counts.failed, 1);
    QVERIFY(value(QStringLiteral("SELECT marketo_logged_at FROM sales_activities WHERE id = :id"),
        { { QStringLiteral("id"), lost } })
                .isNull());
    Result<QList<SyncErrorRecord>> errors = SyncRunRepository(*m_store).errors(run->id, 0, 10);
    QVERIFY(errors.ok());
    QCOMPARE(errors->size(), 1);
    QCOMPARE(errors->first().recordRef, QStringLiteral("activity:%1").arg(lost));
    QVERIFY2(errors->first().code.startsWith(QLatin1String("marketo.")), qPrintable(errors->first().code));
}

void TestSalesActivityLog::marketoTakesThreeHundredACall()
{
    QVERIFY(
        m_store
            ->transaction([&]() -> Result<void> {
                for (int i = 0; i < 301; ++i) {
                    if (record(SalesActivityType::OpenSalesEmail, i % 2 ? m_contactRow : m_leadRow, 0) == 0) {
                        return Error::internal(QStringLiteral("test"), QStringLiteral("not recorded"));
                    }
                }
                return {};
            })
            .ok());
    QVERIFY(runLog(true, false).ok());
    QCOMPARE(marketoLogged(40), 301);
    QCOMPARE(lastRun()->counts.created, 301);
    QCOMPARE(m_sandbox->counters().calls(QStringLiteral("marketo.addActivities")), 2); // 300, then 1
}

void TestSalesActivityLog::emailsAndCallsBecomeCompletedTasksOnTheRightRecords()
{
    const qint64 email
        = record(SalesActivityType::SendSalesEmail, m_contactRow, m_seller, QStringLiteral("Pricing"));
    const qint64 call
        = record(SalesActivityType::SalesCall, m_leadRow, m_seller, QStringLiteral("Follow-up"));
    record(SalesActivityType::OpenSalesEmail, m_contactRow, 0); // never a task

    QVERIFY(runLog(false, true).ok());
    const QList<QJsonObject> tasks = salesforceTasks({});
    QCOMPARE(tasks.size(), 2);
    QJsonObject emailTask;
    QJsonObject callTask;
    for (const QJsonObject& task : tasks) {
        (task.value(QStringLiteral("TaskSubtype")).toString() == u"Call" ? callTask : emailTask) = task;
    }
    QCOMPARE(emailTask.value(QStringLiteral("Subject")).toString(), QStringLiteral("Email: Pricing"));
    QCOMPARE(emailTask.value(QStringLiteral("WhoId")).toString(), m_contact->sfdcContactId);
    QCOMPARE(emailTask.value(QStringLiteral("WhatId")).toString(),
        m_contact->sfdcAccountId); // a contact's account
    QCOMPARE(emailTask.value(QStringLiteral("TaskSubtype")).toString(), QStringLiteral("Email"));
    QVERIFY(emailTask.value(QStringLiteral("IsClosed")).toBool()); // the org's closed status
    QCOMPARE(emailTask.value(QStringLiteral("OwnerId")).toString(), m_sellerSalesforceId);
    QCOMPARE(emailTask.value(QStringLiteral("ActivityDate")).toString(), QStringLiteral("2026-12-02"));
    QCOMPARE(callTask.value(QStringLiteral("Subject")).toString(), QStringLiteral("Call: Follow-up"));
    QCOMPARE(callTask.value(QStringLiteral("WhoId")).toString(), m_lead->sfdcLeadId);
    QVERIFY(callTask.value(QStringLiteral("WhatId")).isNull()); // never beside a lead
    QCOMPARE(value(QStringLiteral("SELECT sfdc_task_id FROM sales_activities WHERE id = :id"),
                 { { QStringLiteral("id"), email } })
                 .toString(),
        emailTask.value(QStringLiteral("Id")).toString());
    QCOMPARE(value(QStringLiteral("SELECT sfdc_task_id FROM sales_activities WHERE id = :id"),
                 { { QStringLiteral("id"), call } })
                 .toString(),
        callTask.value(QStringLiteral("Id")).toString());

    QVERIFY(runLog(false, true).ok()); // once
    QCOMPARE(salesforceTasks({}).size(), 2);
}

void TestSalesActivityLog::whatTheSettingsDoNotLogIsSettledWithoutATask()
{
    setSetting(SettingKey::EmailLogViaApi, false);
    const qint64 email = record(SalesActivityType::SendSalesEmail, m_contactRow, m_seller);
    QVERIFY(runLog(false, true).ok());
    QCOMPARE(salesforceTasks({}).size(), 0);
    QVERIFY(!value(QStringLiteral("SELECT sfdc_logged_at FROM sales_activities WHERE id = :id"),
        { { QStringLiteral("id"), email } })
                 .isNull());
    QVERIFY(value(QStringLiteral("SELECT sfdc_task_id FROM sales_activities WHERE id = :id"),
        { { QStringLiteral("id"), email } })
                .isNull());

    // Turned on later: the past is not sent; what comes after is, as the preferences say.
    setSetting(SettingKey::EmailLogViaApi, true);
    EmailApiPreferences preferences;
    preferences.logCalls = false;
    preferences.relateToOpportunityOrAccount = false;
    preferences.emailSubtype = QStringLiteral("Task");
    preferences.emailSubject = QStringLiteral("Sent: {subject}");
    setSetting(SettingKey::EmailApiPreferences, preferences.toJson());
    record(SalesActivityType::SendSalesEmail, m_contactRow, m_seller, QStringLiteral("Later"));
    record(SalesActivityType::SalesCall, m_contactRow, m_seller);
    QVERIFY(runLog(false, true).ok());
    const QList<QJsonObject> tasks = salesforceTasks({});
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().value(QStringLiteral("Subject")).toString(), QStringLiteral("Sent: Later"));
    QCOMPARE(tasks.first().value(QStringLiteral("TaskSubtype")).toString(), QStringLiteral("Task"));
    QVERIFY(tasks.first().value(QStringLiteral("WhatId")).isNull());
    QCOMPARE(SalesActivityRepository(*m_store).waitingForSalesforce(0, 10).value().size(), 0);
    QCOMPARE(SalesActivityRepository(*m_store).waitingCount().value(), 3); // Marketo's half was not run
}

void TestSalesActivityLog::aSellersOwnSettingOverTheInstances()
{
    setSetting(SettingKey::EmailLogViaApi, false);
    const qint64 other = addSeller(QStringLiteral("other@acme.example"), m_sellerSalesforceId);
    setSetting(SettingKey::EmailLogViaApi, true, other);
    record(SalesActivityType::SendSalesEmail, m_contactRow, m_seller, QStringLiteral("Instance off"));
    record(SalesActivityType::SendSalesEmail, m_contactRow, other, QStringLiteral("Own on"));

    QVERIFY(runLog(false, true).ok());
    const QList<QJsonObject> tasks = salesforceTasks({});
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().value(QStringLiteral("Subject")).toString(), QStringLiteral("Email: Own on"));
}

void TestSalesActivityLog::aRefusedTaskStaysWaitingWhileTheRestGo()
{
    const qint64 stranger
        = addSeller(QStringLiteral("gone@acme.example"), QStringLiteral("005000000000999AAA"));
    const qint64 refused
        = record(SalesActivityType::SendSalesEmail, m_contactRow, stranger, QStringLiteral("Nobody"));
    record(SalesActivityType::SendSalesEmail, m_leadRow, m_seller, QStringLiteral("Fine"));

    QVERIFY(runLog(false, true).ok());
    QCOMPARE(salesforceTasks({}).size(), 1);
    const std::optional<SyncRun> run = lastRun();
    QCOMPARE(run->counts.created, 1);
    QCOMPARE(run->counts.failed, 1);
    QVERIFY(value(QStringLiteral("SELECT sfdc_logged_at FROM sales_activities WHERE id = :id"),
        { { QStringLiteral("id"), refused } })
                .isNull());
    Result<QList<SyncErrorRecord>> errors = SyncRunRepository(*m_store).errors(run->id, 0, 10);
    QVERIFY(errors.ok() && errors->size() == 1);
    QVERIFY2(errors->first().code.startsWith(QLatin1String("salesforce.")), qPrintable(errors->first().code));

    // The owner fixed: the next run sends it, the other is not sent again.
    QVERIFY(m_store
                ->exec(QStringLiteral(
                           "UPDATE users SET salesforce_user_id = :id WHERE email = 'gone@acme.example'"),
                    { { QStringLiteral("id"), m_sellerSalesforceId } })
                .ok());
    QVERIFY(runLog(false, true).ok());
    QCOMPARE(salesforceTasks({}).size(), 2);
}

void TestSalesActivityLog::aBatchWhoseAnswerWasLostIsLinkedNotDoubled()
{
    const qint64 email
        = record(SalesActivityType::SendSalesEmail, m_contactRow, m_seller, QStringLiteral("Lost"));
    // As if a run had sent it and the answer never came: the task is in Salesforce, the checkpoint says so.
    const QJsonObject made { { QStringLiteral("attributes"),
                                 QJsonObject { { QStringLiteral("type"), QStringLiteral("Task") } } },
        { QStringLiteral("Subject"), QStringLiteral("Email: Lost") },
        { QStringLiteral("WhoId"), m_contact->sfdcContactId },
        { QStringLiteral("ActivityDate"), QStringLiteral("2026-12-02") },
        { QStringLiteral("Status"), QStringLiteral("Completed") } };
    using Results = QList<SalesforceSaveResult>;
    Result<Results> created = call<Results>(
        [made](SalesforceApi& api, QObject* context, std::function<void(Result<Results>)> done) {
            api.createRecords({ made }, true, context, std::move(done));
        });
    QVERIFY(created.ok() && created->first().success);
    SyncRunRepository runs(*m_store);
    Result<SyncRun> interrupted = runs.begin(SyncKind::SalesActivities, actor);
    QVERIFY(interrupted.ok());
    QVERIFY(runs.saveCheckpoint(QString::fromLatin1(SalesActivityLog::stream), interrupted->id,
                    { { QStringLiteral("inFlight"), QJsonArray { email } },
                        { QStringLiteral("sentAt"),
                            m_sandbox->clock().now().addSecs(-30).toString(Qt::ISODateWithMs) } })
                .ok());
    QVERIFY(runs.finish(interrupted->id, SyncRunState::Failed, {}, QStringLiteral("network")).ok());

    QVERIFY(runLog(false, true).ok());
    QCOMPARE(salesforceTasks({}).size(), 1);
    QCOMPARE(value(QStringLiteral("SELECT sfdc_task_id FROM sales_activities WHERE id = :id"),
                 { { QStringLiteral("id"), email } })
                 .toString(),
        created->first().id);
}

void TestSalesActivityLog::anEmailToAnUnsubscribedPersonIsRefusedWhenChecked()
{
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE people SET unsubscribed = :yes WHERE id = :id"),
                    { { QStringLiteral("yes"), true }, { QStringLiteral("id"), m_contactRow } })
                .ok());
    SalesActivityRepository activities(*m_store);
    NewSalesActivity email;
    email.personId = m_contactRow;
    email.userId = m_seller;
    email.subject = QStringLiteral("Hi");

    QVERIFY(activities.record(email).ok()); // not checked: the seller may
    setSetting(SettingKey::EmailCheckMarketoUnsubscribe, true);
    Result<qint64> refused = activities.record(email);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("activity.may-not-email"));
    QVERIFY(refused.error().message.contains(m_contact->email));
    // What Marketo answers now overrides the synced copy, both ways.
    QVERIFY(activities.record(email, false).ok());
    QVERIFY(
        !activities
             .record({ SalesActivityType::SendSalesEmail, m_leadRow, m_seller, {}, QStringLiteral("x"), {} },
                 true)
             .ok());
    // Not an email: a call is recorded whatever the unsubscribe.
    QVERIFY(activities
                .record({ SalesActivityType::SalesCall, m_contactRow, m_seller, {}, QStringLiteral("x"), {} })
                .ok());
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM sales_activities")).toInt(), 3);
}

void TestSalesActivityLog::unsubscribesStayInActionsWhileTheSyncIsOff()
{
    QVERIFY(record(SalesActivityType::Unsubscribe, m_leadRow, m_seller));
    const Result<JobEnding> ended = runLog();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    QVERIFY(!emailOptOutInSalesforce(*m_lead));
    const EmailOptOut out = optOut(m_leadRow);
    QVERIFY(out.optedOut);
    QVERIFY(out.pending); // sent once the sync is turned on
    QVERIFY(!SalesActivityRepository(*m_store).mayEmail(m_leadRow)->allowed);
}

void TestSalesActivityLog::anUnsubscribeInActionsSetsEmailOptOutInSalesforce()
{
    setSetting(SettingKey::EmailSyncUnsubscribes, true);
    QVERIFY(record(SalesActivityType::Unsubscribe, m_leadRow, m_seller));
    QVERIFY(record(SalesActivityType::Unsubscribe, m_contactRow, m_seller));
    Result<JobEnding> ended = runLog();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    QVERIFY(emailOptOutInSalesforce(*m_lead));
    QVERIFY(emailOptOutInSalesforce(*m_contact));
    QVERIFY(!optOut(m_leadRow).pending);
    QVERIFY(!optOut(m_contactRow).pending);
    QCOMPARE(optOut(m_leadRow).source, EmailOptOutSource::Actions); // its own change read back is no news
    std::optional<SyncRun> run = lastRun();
    QVERIFY(run);
    // (The tests load no translation: the plural reads "unsubscribe(s)" here.)
    QVERIFY2(run->message.contains(QStringLiteral("2 unsubscribe")), qPrintable(run->message));
    QVERIFY2(run->message.contains(QStringLiteral("sent to Salesforce")), qPrintable(run->message));
    QVERIFY2(!run->message.contains(QStringLiteral("taken from Salesforce")), qPrintable(run->message));
    QCOMPARE(run->counts.failed, 0);

    // Nothing waits any more: the next run sends nothing.
    ended = runLog();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    QVERIFY2(!lastRun()->message.contains(QStringLiteral("unsubscribe")), qPrintable(lastRun()->message));
}

void TestSalesActivityLog::emailOptOutChangedInSalesforceIsTakenIntoActions()
{
    setSetting(SettingKey::EmailSyncUnsubscribes, true);
    Result<JobEnding> ended = runLog(); // the first run reads every opt-out: none of these two
    QVERIFY2(ended.ok(), failureText(ended).constData());
    QVERIFY(!optOut(m_contactRow).optedOut);

    QVERIFY(setEmailOptOutInSalesforce(*m_contact, true));
    ended = runLog();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    EmailOptOut out = optOut(m_contactRow);
    QVERIFY(out.optedOut);
    QCOMPARE(out.source, EmailOptOutSource::Salesforce);
    QVERIFY(!out.pending);
    QVERIFY2(lastRun()->message.contains(QStringLiteral("1 email opt-out change")),
        qPrintable(lastRun()->message));
    QVERIFY2(
        lastRun()->message.contains(QStringLiteral("taken from Salesforce")), qPrintable(lastRun()->message));
    QVERIFY2(
        !lastRun()->message.contains(QStringLiteral("sent to Salesforce")), qPrintable(lastRun()->message));
    Result<EmailPermission> permission = SalesActivityRepository(*m_store).mayEmail(m_contactRow);
    QVERIFY(!permission->allowed);
    QVERIFY2(permission->reason.contains(QStringLiteral("Email Opt Out")), qPrintable(permission->reason));
    QVERIFY(!optOut(m_leadRow).optedOut); // only the one that changed

    // Cleared in Salesforce: the person may be emailed again.
    QVERIFY(setEmailOptOutInSalesforce(*m_contact, false));
    ended = runLog();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    QVERIFY(!optOut(m_contactRow).optedOut);
    QVERIFY(SalesActivityRepository(*m_store).mayEmail(m_contactRow)->allowed);
}

void TestSalesActivityLog::aRecordGoneFromSalesforceKeepsTheOptOutInActions()
{
    setSetting(SettingKey::EmailSyncUnsubscribes, true);
    // A lead ID of the right shape that the org has no record of (deleted since the people sync).
    sandbox::Person gone = *m_lead;
    gone.id += 100000;
    gone.email = QStringLiteral("gone@example.com");
    gone.sfdcLeadId
        = sandbox::salesforce::RecordIds::make(sandbox::salesforce::RecordIds::leadPrefix, 999'999);
    const qint64 row = addPerson(gone);
    QVERIFY(row);
    QVERIFY(record(SalesActivityType::Unsubscribe, row, m_seller));
    QVERIFY(record(SalesActivityType::Unsubscribe, m_leadRow, m_seller));
    const Result<JobEnding> ended = runLog();
    QVERIFY2(ended.ok(), failureText(ended).constData());
    QVERIFY(emailOptOutInSalesforce(*m_lead)); // the batch's other record went
    const EmailOptOut out = optOut(row);
    QVERIFY(out.optedOut); // still opted out in Actions
    QVERIFY(!out.pending); // and not sent again and again
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM sync_errors WHERE record_ref = :ref"),
                 { { QStringLiteral("ref"), QStringLiteral("person:%1").arg(row) } })
                 .toInt(),
        1);
    QCOMPARE(lastRun()->counts.skipped, 1);
}

void TestSalesActivityLog::withoutTheServicesTheRunSaysWhatWaits()
{
    record(SalesActivityType::SendSalesEmail, m_contactRow, m_seller);
    QVERIFY(runLog(false, false).ok());
    const std::optional<SyncRun> run = lastRun();
    QCOMPARE(run->state, SyncRunState::Completed);
    QVERIFY2(run->message.contains(QLatin1String("Marketo is not connected")), qPrintable(run->message));
    QVERIFY2(run->message.contains(QLatin1String("Salesforce is not connected")), qPrintable(run->message));
    QCOMPARE(SalesActivityRepository(*m_store).waitingCount().value(), 1);
}

void TestSalesActivityLog::theEngineRunsItAndTheScheduleTakesWhatWaits()
{
    SalesActivityEngineOptions options;
    options.actor = actor;
    options.scheduleTick = std::chrono::milliseconds(20);
    options.interval = std::chrono::minutes(0);
    SalesActivityEngine engine(m_database->options(), *m_runner, nullptr, &m_source, options);
    QSignalSpy finished(&engine, &SyncRunService::runFinished);
    record(SalesActivityType::SendSalesEmail, m_contactRow, m_seller, QStringLiteral("Scheduled"));

    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 30000);
    QCOMPARE(finished.first().first().value<SyncRun>().state, SyncRunState::Completed);
    QCOMPARE(salesforceTasks({}).size(), 1);
    // A run while one goes is refused with what to do.
    if (engine.isRunning()) {
        QVERIFY(!engine.start().ok());
    }
}

QTEST_GUILESS_MAIN(TestSalesActivityLog)
#include "testsalesactivitylog.moc"
