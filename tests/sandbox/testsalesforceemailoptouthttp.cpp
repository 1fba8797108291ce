// Email Opt Out (HasOptedOutOfEmail) on the sandbox's leads and contacts over HTTP: generated from the
// Marketo person's unsubscribed, written through PATCH …/sobjects/{Lead|Contact}/{id} and sObject
// Collections (a JSON boolean only, no other field, living records only, allOrNone rolling it back), read
// back by SOQL and get-updated at the sandbox clock's time, forgotten by a reset, and changed by the control
// API's emailOptOuts / emailOptIns. On the sandbox clock, no sleeping.
#include "salesforcetestsession.h"
#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/replicationlog.h"
#include "sandbox/sandboxclock.h"

#include <QTimeZone>
#include <QtTest>

using namespace sia::sandbox;
using namespace sia::sandbox::salesforce;
using namespace salesforcetest;

namespace {

const QString optOut = QStringLiteral("HasOptedOutOfEmail");

// Salesforce's form of a point in time in answers.
QString sf(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

// A SOQL dateTime literal.
QString literal(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QString encodedTime(const QDateTime& at)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(
        at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00")));
}

// An hour after the start, 30 seconds past a minute: later than every generated edit (those lie before
// the start), near enough that the recycle bin still holds the generated deletions.
QDateTime anHourAfterStart()
{
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(3600);
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), 30), QTimeZone::utc());
}

QJsonObject record(const QString& type, const QString& id, const QJsonValue& value)
{
    return { { QStringLiteral("attributes"), QJsonObject { { QStringLiteral("type"), type } } },
        { QStringLiteral("Id"), id }, { optOut, value } };
}

bool succeeded(const QJsonValue& result)
{
    return result.toObject().value(QStringLiteral("success")).toBool();
}

QString objectOf(const QString& id)
{
    return RecordIds::objectForPrefix(id);
}

} // namespace

class TestSalesforceEmailOptOutHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsAsMarketosUnsubscribed();
    void describesTheFieldAsTheOnlyUpdateableOne();
    void collectionsWriteWhatSoqlReadsBackAtTheClocksTime();
    void theModstampWindowAndGetUpdatedFindExactlyTheChangedRecords();
    void aPatchOfOneRecordAnswers204();
    void settingTheSameValueStillMovesTheModstamp();
    void refusesBadWrites_data();
    void refusesBadWrites();
    void refusesBadRecordsOfACollection();
    void refusesMoreThan200Records();
    void refusesCreateDeleteAndWritesWithoutEdit();
    void rollsBackWithAllOrNone();
    void writesTasksAndLeadsInOneCollection();
    void resetForgetsTheChanges();
    void controlApiOptsPeopleOutAndBackIn();

private:
    // Living people's leads or contacts with the value given (from the dataset: the generated value).
    QStringList records(CrmKind kind, bool optedOut, int count) const;
    QJsonObject row(const QString& id) const; // the SOQL row of a lead or contact
    void setClock(const QDateTime& at);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<Session> m_session;
    QDateTime m_start;
};

void TestSalesforceEmailOptOutHttp::init()
{
    SandboxOptions options;
    options.people = 300;
    options.salesforceReplicationLagSeconds = 0; // the lag has its own test (testsalesforcereplicationhttp)
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
    m_start = anHourAfterStart();
    setClock(m_start);
    m_session = std::make_unique<Session>(Session::open(*m_client, *m_sandbox));
}

void TestSalesforceEmailOptOutHttp::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_sandbox.reset();
}

void TestSalesforceEmailOptOutHttp::setClock(const QDateTime& at)
{
    const QJsonObject clock = m_client->control("POST", QStringLiteral("/sandbox/clock"),
        { { QStringLiteral("set"), at.toString(Qt::ISODate) }, { QStringLiteral("frozen"), true } });
    QCOMPARE(QDateTime::fromString(clock.value(QStringLiteral("now")).toString(), Qt::ISODateWithMs), at);
}

QStringList TestSalesforceEmailOptOutHttp::records(CrmKind kind, bool optedOut, int count) const
{
    QStringList ids;
    const SandboxDataset& data = m_sandbox->dataset();
    for (qint64 id = data.firstPersonId(); id <= data.lastPersonId() && ids.size() < count; ++id) {
        const std::optional<Person> person = data.person(id);
        if (person && person->crmKind == kind && person->unsubscribed == optedOut) {
            ids << (kind == CrmKind::Lead ? person->sfdcLeadId : person->sfdcContactId);
        }
    }
    return ids;
}

QJsonObject TestSalesforceEmailOptOutHttp::row(const QString& id) const
{
    const HttpResult answer = m_session->query(
        QStringLiteral("SELECT Id, HasOptedOutOfEmail, SystemModstamp, LastModifiedDate, LastModifiedById "
                       "FROM %1 WHERE Id = '%2'")
            .arg(objectOf(id), id));
    return answer.object().value(QStringLiteral("records")).toArray().first().toObject();
}

void TestSalesforceEmailOptOutHttp::startsAsMarketosUnsubscribed()
{
    const SandboxDataset& data = m_sandbox->dataset();
    int optedOut = 0;
    int notOptedOut = 0;
    for (const QString& object : { QStringLiteral("Lead"), QStringLiteral("Contact") }) {
        QHash<QString, bool> values;
        HttpResult page = m_session->query(QStringLiteral("SELECT Id, HasOptedOutOfEmail FROM ") + object);
        QCOMPARE(page.status, 200);
        for (;;) {
            for (const QJsonValue& value : page.object().value(QStringLiteral("records")).toArray()) {
                const QJsonValue field = value[optOut];
                QVERIFY(field.isBool()); // never null: a checkbox
                values.insert(value[QStringLiteral("Id")].toString(), field.toBool());
            }
            const QString next = page.object().value(QStringLiteral("nextRecordsUrl")).toString();
            if (next.isEmpty()) {
                break;
            }
            page = m_session->follow(next);
        }
        QVERIFY(!values.isEmpty());
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const std::optional<Person> person = object == u"Lead" ? data.personBySfdcLeadId(it.key())
                                                                   : data.personBySfdcContactId(it.key());
            QVERIFY(person);
            QCOMPARE(it.value(), person->unsubscribed);
            (it.value() ? optedOut : notOptedOut) += 1;
        }
        // Filterable: exactly the opted-out ones.
        const HttpResult filtered = m_session->query(
            QStringLiteral("SELECT Id FROM %1 WHERE HasOptedOutOfEmail = true").arg(object));
        QCOMPARE(filtered.object().value(QStringLiteral("totalSize")).toInt(),
            int(std::count(values.cbegin(), values.cend(), true)));
    }
    QVERIFY2(optedOut > 0 && notOptedOut > 0, "the data set needs people of both kinds");
}

void TestSalesforceEmailOptOutHttp::describesTheFieldAsTheOnlyUpdateableOne()
{
    for (const QString& object : { QStringLiteral("Lead"), QStringLiteral("Contact") }) {
        const QJsonObject described
            = m_session->get(QStringLiteral("/sobjects/%1/describe").arg(object)).object();
        QCOMPARE(described.value(QStringLiteral("updateable")).toBool(), true);
        QCOMPARE(described.value(QStringLiteral("createable")).toBool(), false);
        QCOMPARE(described.value(QStringLiteral("deletable")).toBool(), false);
        QStringList updateable;
        QJsonObject field;
        for (const QJsonValue& value : described.value(QStringLiteral("fields")).toArray()) {
            if (value[QStringLiteral("updateable")].toBool()) {
                updateable << value[QStringLiteral("name")].toString();
            }
            QVERIFY(!value[QStringLiteral("createable")].toBool());
            if (value[QStringLiteral("name")].toString() == optOut) {
                field = value.toObject();
            }
        }
        QCOMPARE(updateable, QStringList { optOut });
        QCOMPARE(field.value(QStringLiteral("type")).toString(), QStringLiteral("boolean"));
        QCOMPARE(field.value(QStringLiteral("label")).toString(), QStringLiteral("Email Opt Out"));
        QCOMPARE(field.value(QStringLiteral("nillable")).toBool(), false);
        QCOMPARE(field.value(QStringLiteral("filterable")).toBool(), true);
    }
}

void TestSalesforceEmailOptOutHttp::collectionsWriteWhatSoqlReadsBackAtTheClocksTime()
{
    const QStringList leads = records(CrmKind::Lead, false, 2);
    const QStringList contacts = records(CrmKind::Contact, false, 1);
    QCOMPARE(leads.size(), 2);
    QCOMPARE(contacts.size(), 1);
    const QList<qint64> marketoIds { m_sandbox->dataset().personBySfdcLeadId(leads.at(0))->id,
        m_sandbox->dataset().personBySfdcLeadId(leads.at(1))->id,
        m_sandbox->dataset().personBySfdcContactId(contacts.at(0))->id };
    const HttpResult answer = m_session->send("PATCH", QStringLiteral("/composite/sobjects"),
        collection({ record(QStringLiteral("Lead"), leads.at(0), true),
                       record(QStringLiteral("Lead"), leads.at(1), true),
                       record(QStringLiteral("Contact"), contacts.at(0), true) },
            false));
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.array();
    QCOMPARE(results.size(), 3);
    const QString user = m_session->query(QStringLiteral("SELECT Id FROM User ORDER BY Id LIMIT 1"))
                             .object()
                             .value(QStringLiteral("records"))
                             .toArray()
                             .first()[QStringLiteral("Id")]
                             .toString();
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(succeeded(results.at(i)), qPrintable(QString::number(i)));
        const QString id = (leads + contacts).at(i);
        QCOMPARE(results.at(i)[QStringLiteral("id")].toString(), id);
        const QJsonObject read = row(id);
        QCOMPARE(read.value(optOut).toBool(), true);
        QCOMPARE(read.value(QStringLiteral("SystemModstamp")).toString(), sf(m_start));
        QCOMPARE(read.value(QStringLiteral("LastModifiedDate")).toString(), sf(m_start));
        QCOMPARE(read.value(QStringLiteral("LastModifiedById")).toString(), user); // the session's user
    }
    // Marketo's own sync is not emulated: the people stay subscribed there.
    for (const qint64 id : marketoIds) {
        QCOMPARE(m_sandbox->dataset().person(id)->unsubscribed, false);
    }
}

void TestSalesforceEmailOptOutHttp::theModstampWindowAndGetUpdatedFindExactlyTheChangedRecords()
{
    QStringList leads = records(CrmKind::Lead, false, 2);
    const QStringList contacts = records(CrmKind::Contact, true, 1); // opted in again
    QCOMPARE(leads.size(), 2);
    QCOMPARE(contacts.size(), 1);
    const HttpResult answer = m_session->send("PATCH", QStringLiteral("/composite/sobjects"),
        collection({ record(QStringLiteral("Lead"), leads.at(0), true),
                       record(QStringLiteral("Lead"), leads.at(1), true),
                       record(QStringLiteral("Contact"), contacts.at(0), false) },
            true));
    QVERIFY(succeeded(answer.array().at(0)) && succeeded(answer.array().at(2)));
    setClock(m_start.addSecs(5 * 60));
    std::sort(leads.begin(), leads.end());
    const QString window = QStringLiteral(
        "SELECT Id, HasOptedOutOfEmail, SystemModstamp FROM %1 WHERE SystemModstamp > %2 AND "
        "SystemModstamp <= %3 ORDER BY SystemModstamp, Id");
    const auto idsOf = [](const HttpResult& result, const QString& member) {
        QStringList ids;
        for (const QJsonValue& value : result.object().value(member).toArray()) {
            ids << (value.isString() ? value.toString() : value[QStringLiteral("Id")].toString());
        }
        return ids;
    };
    const QString from = literal(m_start.addSecs(-60));
    const QString to = literal(m_start.addSecs(60));
    QCOMPARE(idsOf(m_session->query(window.arg(QStringLiteral("Lead"), from, to)), QStringLiteral("records")),
        leads);
    const HttpResult contactWindow = m_session->query(window.arg(QStringLiteral("Contact"), from, to));
    QCOMPARE(idsOf(contactWindow, QStringLiteral("records")), contacts);
    QCOMPARE(
        contactWindow.object().value(QStringLiteral("records")).toArray().first()[optOut].toBool(), false);
    // Just before the change: nothing.
    QCOMPARE(m_session->query(window.arg(QStringLiteral("Lead"), from, literal(m_start.addSecs(-1))))
                 .object()
                 .value(QStringLiteral("totalSize"))
                 .toInt(),
        0);

    const auto updated = [&](const QString& object) {
        const HttpResult result = m_session->get(
            QStringLiteral("/sobjects/%1/updated/?start=%2&end=%3")
                .arg(object, encodedTime(m_start.addSecs(-60)), encodedTime(m_start.addSecs(120))));
        QStringList ids = idsOf(result, QStringLiteral("ids"));
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QCOMPARE(updated(QStringLiteral("Lead")), leads);
    QCOMPARE(updated(QStringLiteral("Contact")), contacts);
}

void TestSalesforceEmailOptOutHttp::aPatchOfOneRecordAnswers204()
{
    const QString contact = records(CrmKind::Contact, false, 1).first();
    // A 15-character Id is understood, as Salesforce understands it.
    const HttpResult answer
        = m_session->send("PATCH", QStringLiteral("/sobjects/Contact/") + contact.left(15),
            QJsonDocument(QJsonObject { { optOut, true } }));
    QCOMPARE(answer.status, 204);
    QCOMPARE(row(contact).value(optOut).toBool(), true);
    QCOMPARE(
        m_session->get(QStringLiteral("/sobjects/Contact/") + contact).object().value(optOut).toBool(), true);
}

void TestSalesforceEmailOptOutHttp::settingTheSameValueStillMovesTheModstamp()
{
    const QString lead = records(CrmKind::Lead, true, 1).first();
    const QString before = row(lead).value(QStringLiteral("SystemModstamp")).toString();
    QVERIFY(before != sf(m_start));
    const HttpResult answer = m_session->send(
        "PATCH", QStringLiteral("/sobjects/Lead/") + lead, QJsonDocument(QJsonObject { { optOut, true } }));
    QCOMPARE(answer.status, 204);
    QCOMPARE(row(lead).value(optOut).toBool(), true);
    QCOMPARE(row(lead).value(QStringLiteral("SystemModstamp")).toString(), sf(m_start));
}

void TestSalesforceEmailOptOutHttp::refusesBadWrites_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("a string") << optOut << QJsonValue(QStringLiteral("true")) << 400
                              << QStringLiteral("JSON_PARSER_ERROR") << QString();
    QTest::newRow("a number") << optOut << QJsonValue(1) << 400 << QStringLiteral("JSON_PARSER_ERROR")
                              << QString();
    QTest::newRow("null") << optOut << QJsonValue(QJsonValue::Null) << 400
                          << QStringLiteral("JSON_PARSER_ERROR") << QString();
    QTest::newRow("another field")
        << QStringLiteral("Title") << QJsonValue(QStringLiteral("CEO")) << 400
        << QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE")
        << QStringLiteral("Unable to create/update fields: Title. Please check the security settings of this "
                          "field and verify that it is read/write for your profile or permission set.");
    QTest::newRow("an unknown field")
        << QStringLiteral("Bogus__c") << QJsonValue(true) << 400 << QStringLiteral("INVALID_FIELD")
        << QStringLiteral("No such column 'Bogus__c' on sobject of type Lead");
}

void TestSalesforceEmailOptOutHttp::refusesBadWrites()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const QString lead = records(CrmKind::Lead, false, 1).first();
    const QJsonObject before = row(lead);
    QJsonObject body { { field, value } };
    if (field != optOut) {
        body.insert(optOut, true); // refused whole, the valid field with it
    }
    const HttpResult answer
        = m_session->send("PATCH", QStringLiteral("/sobjects/Lead/") + lead, QJsonDocument(body));
    QCOMPARE(answer.status, status);
    QCOMPARE(errorCode(answer), code);
    if (!message.isEmpty()) {
        QCOMPARE(errorMessage(answer), message);
    }
    QCOMPARE(row(lead), before);
}

void TestSalesforceEmailOptOutHttp::refusesBadRecordsOfACollection()
{
    // A record in the recycle bin (the generated history's), a person deleted through the control API,
    // an Id of no record, a Contact's Id named as a Lead.
    const QString recycled = RecordIds::make(RecordIds::leadPrefix, ReplicationLog::firstDeletedNumber + 1);
    QCOMPARE(errorCode(m_session->get(QStringLiteral("/sobjects/Lead/") + recycled)),
        QStringLiteral("ENTITY_IS_DELETED"));
    QString deletedLead;
    for (int tries = 0; tries < 50 && deletedLead.isEmpty(); ++tries) {
        const QJsonObject deleted = m_client->control("POST", QStringLiteral("/sandbox/mutate"),
            { { QStringLiteral("kind"), QStringLiteral("deletedPeople") }, { QStringLiteral("count"), 1 } });
        const qint64 id = deleted.value(QStringLiteral("ids")).toArray().first().toInteger();
        const QString lead
            = RecordIds::make(RecordIds::leadPrefix, id - m_sandbox->dataset().firstPersonId() + 1);
        if (m_sandbox->dataset().lead(lead)) {
            deletedLead = lead;
        }
    }
    QVERIFY(!deletedLead.isEmpty());
    const QString unknown = RecordIds::make(RecordIds::leadPrefix, 999999);
    const QString contact = records(CrmKind::Contact, false, 1).first();
    const QString lead = records(CrmKind::Lead, false, 1).first();
    const HttpResult answer = m_session->send("PATCH", QStringLiteral("/composite/sobjects"),
        collection(
            { record(QStringLiteral("Lead"), recycled, true),
                record(QStringLiteral("Lead"), deletedLead, true),
                record(QStringLiteral("Lead"), unknown, true), record(QStringLiteral("Lead"), contact, true),
                record(QStringLiteral("Lead"), lead, QStringLiteral("true")),
                record(QStringLiteral("Lead"), lead, true) },
            false));
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.array();
    QCOMPARE(results.size(), 6);
    QCOMPARE(statusCodeOf(results.at(0)), QStringLiteral("ENTITY_IS_DELETED"));
    QCOMPARE(statusCodeOf(results.at(1)), QStringLiteral("ENTITY_IS_DELETED"));
    QCOMPARE(statusCodeOf(results.at(2)), QStringLiteral("INVALID_CROSS_REFERENCE_KEY"));
    QCOMPARE(statusCodeOf(results.at(3)), QStringLiteral("INVALID_CROSS_REFERENCE_KEY"));
    QCOMPARE(statusCodeOf(results.at(4)), QStringLiteral("JSON_PARSER_ERROR"));
    QVERIFY(succeeded(results.at(5))); // without allOrNone, the valid record is written
    QCOMPARE(row(lead).value(optOut).toBool(), true);
    QCOMPARE(row(contact).value(optOut).toBool(), false);
    // The sObject resource answers the same for a deleted and an unknown record.
    const auto patch = [&](const QString& id) {
        return m_session->send(
            "PATCH", QStringLiteral("/sobjects/Lead/") + id, QJsonDocument(QJsonObject { { optOut, true } }));
    };
    QCOMPARE(patch(recycled).status, 404);
    QCOMPARE(errorCode(patch(recycled)), QStringLiteral("ENTITY_IS_DELETED"));
    QCOMPARE(errorCode(patch(deletedLead)), QStringLiteral("ENTITY_IS_DELETED"));
    QCOMPARE(patch(unknown).status, 404);
    QCOMPARE(errorCode(patch(unknown)), QStringLiteral("NOT_FOUND"));
}

void TestSalesforceEmailOptOutHttp::refusesMoreThan200Records()
{
    const QStringList leads = records(CrmKind::Lead, false, 201);
    QJsonArray list;
    for (int i = 0; i < 201; ++i) {
        list.append(record(QStringLiteral("Lead"), leads.value(i, leads.first()), true));
    }
    const HttpResult answer
        = m_session->send("PATCH", QStringLiteral("/composite/sobjects"), collection(list, false));
    QCOMPARE(answer.status, 400);
    QCOMPARE(errorCode(answer), QStringLiteral("EXCEEDED_ID_LIMIT"));
    QCOMPARE(row(leads.first()).value(optOut).toBool(), false);
}

void TestSalesforceEmailOptOutHttp::refusesCreateDeleteAndWritesWithoutEdit()
{
    const QString lead = records(CrmKind::Lead, false, 1).first();
    const HttpResult created = m_session->send("POST", QStringLiteral("/sobjects/Lead"),
        QJsonDocument(QJsonObject { { QStringLiteral("LastName"), QStringLiteral("x") },
            { QStringLiteral("Company"), QStringLiteral("y") } }));
    QCOMPARE(created.status, 400);
    QCOMPARE(errorCode(created), QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"));
    const HttpResult removed = m_session->send("DELETE", QStringLiteral("/sobjects/Lead/") + lead);
    QCOMPARE(errorCode(removed), QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"));
    m_client->control("POST", QStringLiteral("/sandbox/permissions"),
        { { QStringLiteral("object"), QStringLiteral("Lead") }, { QStringLiteral("edit"), false } });
    const HttpResult patched = m_session->send(
        "PATCH", QStringLiteral("/sobjects/Lead/") + lead, QJsonDocument(QJsonObject { { optOut, true } }));
    QCOMPARE(patched.status, 400);
    QCOMPARE(errorCode(patched), QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"));
    const HttpResult inCollection = m_session->send("PATCH", QStringLiteral("/composite/sobjects"),
        collection({ record(QStringLiteral("Lead"), lead, true) }, false));
    QCOMPARE(statusCodeOf(inCollection.array().first()), QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"));
    QCOMPARE(row(lead).value(optOut).toBool(), false);
}

void TestSalesforceEmailOptOutHttp::rollsBackWithAllOrNone()
{
    const QStringList leads = records(CrmKind::Lead, false, 2);
    const QString contact = records(CrmKind::Contact, false, 1).first();
    QCOMPARE(m_session
                 ->send("PATCH", QStringLiteral("/sobjects/Lead/") + leads.at(0),
                     QJsonDocument(QJsonObject { { optOut, true } }))
                 .status,
        204);
    const QJsonObject firstBefore = row(leads.at(0));
    const QJsonObject secondBefore = row(leads.at(1));
    QCOMPARE(firstBefore.value(QStringLiteral("SystemModstamp")).toString(), sf(m_start));
    setClock(m_start.addSecs(60));
    const HttpResult answer = m_session->send("PATCH", QStringLiteral("/composite/sobjects"),
        collection({ record(QStringLiteral("Lead"), leads.at(0), false),
                       record(QStringLiteral("Lead"), leads.at(1), true),
                       record(QStringLiteral("Contact"), contact, QStringLiteral("yes")) },
            true));
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.array();
    QCOMPARE(statusCodeOf(results.at(0)), QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"));
    QCOMPARE(statusCodeOf(results.at(1)), QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"));
    QCOMPARE(statusCodeOf(results.at(2)), QStringLiteral("JSON_PARSER_ERROR"));
    QCOMPARE(row(leads.at(0)), firstBefore); // true, at the first write's time
    QCOMPARE(row(leads.at(1)), secondBefore);
}

void TestSalesforceEmailOptOutHttp::writesTasksAndLeadsInOneCollection()
{
    const QString lead = records(CrmKind::Lead, false, 1).first();
    const HttpResult created = m_session->send("POST", QStringLiteral("/sobjects/Task"),
        QJsonDocument(QJsonObject { { QStringLiteral("Subject"), QStringLiteral("Call") } }));
    QCOMPARE(created.status, 201);
    const QString task = created.object().value(QStringLiteral("id")).toString();
    const QJsonObject taskRecord { { QStringLiteral("attributes"),
                                       QJsonObject { { QStringLiteral("type"), QStringLiteral("Task") } } },
        { QStringLiteral("Id"), task }, { QStringLiteral("Subject"), QStringLiteral("Call back") } };
    const HttpResult answer = m_session->send("PATCH", QStringLiteral("/composite/sobjects"),
        collection({ taskRecord, record(QStringLiteral("Lead"), lead, true) }, true));
    QCOMPARE(answer.status, 200);
    QVERIFY(succeeded(answer.array().at(0)));
    QVERIFY(succeeded(answer.array().at(1)));
    QCOMPARE(row(lead).value(optOut).toBool(), true);
    QCOMPARE(m_session->get(QStringLiteral("/sobjects/Task/") + task)
                 .object()
                 .value(QStringLiteral("Subject"))
                 .toString(),
        QStringLiteral("Call back"));
}

void TestSalesforceEmailOptOutHttp::resetForgetsTheChanges()
{
    const QString lead = records(CrmKind::Lead, false, 1).first();
    QCOMPARE(m_session
                 ->send("PATCH", QStringLiteral("/sobjects/Lead/") + lead,
                     QJsonDocument(QJsonObject { { optOut, true } }))
                 .status,
        204);
    QCOMPARE(row(lead).value(optOut).toBool(), true);
    QCOMPARE(
        m_client->control("POST", QStringLiteral("/sandbox/reset")).value(QStringLiteral("reset")).toBool(),
        true);
    setClock(m_start);
    m_session = std::make_unique<Session>(Session::open(*m_client, *m_sandbox)); // the reset ended sessions
    const QJsonObject after = row(lead);
    QCOMPARE(after.value(optOut).toBool(), false);
    QVERIFY(after.value(QStringLiteral("SystemModstamp")).toString() != sf(m_start));
}

void TestSalesforceEmailOptOutHttp::controlApiOptsPeopleOutAndBackIn()
{
    const auto mutate = [&](const char* kind, int count) {
        return m_client->control("POST", QStringLiteral("/sandbox/mutate"),
            { { QStringLiteral("kind"), QLatin1String(kind) }, { QStringLiteral("count"), count } });
    };
    const auto activeUser = [&](const QString& id) {
        const std::optional<SalesforceUser> user = m_sandbox->dataset().salesforceUser(id);
        return user && user->isActive;
    };
    const QJsonObject out = mutate("emailOptOuts", 4);
    QCOMPARE(out.value(QStringLiteral("kind")).toString(), QStringLiteral("emailOptOuts"));
    QCOMPARE(out.value(QStringLiteral("changed")).toInt(), 4);
    QCOMPARE(QDateTime::fromString(out.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs), m_start);
    const QJsonArray ids = out.value(QStringLiteral("ids")).toArray();
    const QJsonArray salesforceIds = out.value(QStringLiteral("salesforceIds")).toArray();
    QCOMPARE(ids.size(), 4);
    QCOMPARE(salesforceIds.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const std::optional<Person> person = m_sandbox->dataset().person(ids.at(i).toInteger());
        QVERIFY(person);
        const QString id = salesforceIds.at(i).toString();
        QCOMPARE(id, person->crmKind == CrmKind::Lead ? person->sfdcLeadId : person->sfdcContactId);
        QCOMPARE(person->unsubscribed, false); // it was not opted out, and Marketo does not follow
        const QJsonObject read = row(id);
        QCOMPARE(read.value(optOut).toBool(), true);
        QCOMPARE(read.value(QStringLiteral("SystemModstamp")).toString(), sf(m_start));
        QVERIFY(activeUser(read.value(QStringLiteral("LastModifiedById")).toString()));
    }

    setClock(m_start.addSecs(60));
    const QJsonObject in = mutate("emailOptIns", 2);
    QCOMPARE(in.value(QStringLiteral("changed")).toInt(), 2);
    for (const QJsonValue& id : in.value(QStringLiteral("salesforceIds")).toArray()) {
        QCOMPARE(row(id.toString()).value(optOut).toBool(), false);
        QCOMPARE(
            row(id.toString()).value(QStringLiteral("SystemModstamp")).toString(), sf(m_start.addSecs(60)));
    }
    // Opting everyone back in leaves none opted out, and another call has nothing left to change.
    mutate("emailOptIns", 10000);
    QCOMPARE(m_session->query(QStringLiteral("SELECT COUNT() FROM Lead WHERE HasOptedOutOfEmail = true"))
                 .object()
                 .value(QStringLiteral("totalSize"))
                 .toInt(),
        0);
    QCOMPARE(mutate("emailOptIns", 1).value(QStringLiteral("changed")).toInt(), 0);

    // Drawn from the seed: after a reset the same calls choose the same records.
    m_client->control("POST", QStringLiteral("/sandbox/reset"));
    setClock(m_start);
    QCOMPARE(mutate("emailOptOuts", 4).value(QStringLiteral("salesforceIds")).toArray(), salesforceIds);
}

QTEST_GUILESS_MAIN(TestSalesforceEmailOptOutHttp)
#include "testsalesforceemailoptouthttp.moc"
