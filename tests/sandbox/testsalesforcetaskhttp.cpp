// The Task sObject over HTTP: create (201), read (all fields or ?fields=), update and delete (204), the
// recycle bin and its purge after 15 days, Salesforce's errors and statuses, reads of other records by
// Id, and get-updated / get-deleted on the sandbox clock (no sleeping), including the control API's
// "mutate tasks".
#include "salesforcetestsession.h"
#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/sandboxclock.h"

#include <QTimeZone>
#include <QtTest>

using namespace sia::sandbox;
using namespace salesforcetest;

namespace {

QJsonDocument json(const QJsonObject& object)
{
    return QJsonDocument(object);
}

// Salesforce's form of a point in time in answers.
QString sf(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

// A start near the real time (the sandbox's generated tasks are dated relative to the clock's day), at
// 30 seconds past a minute so that the windows' minute truncation shows.
QDateTime aroundNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), 30), QTimeZone::utc());
}

QString encodedTime(const QDateTime& at)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(
        at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00")));
}

} // namespace

class TestSalesforceTaskHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsReadsUpdatesAndDeletes();
    void readsTheFieldsAskedFor();
    void refusesBadWrites_data();
    void refusesBadWrites();
    void refusesALeadRelatedToARecord();
    void answersNotFound_data();
    void answersNotFound();
    void readsOtherRecordsButDoesNotWriteThem();
    void refusesOtherMethods();
    void reportsUpdatedTasksOnTheSandboxClock();
    void reportsDeletedTasksAndPurgesThemAfterFifteenDays();
    void refusesBadWindows_data();
    void refusesBadWindows();
    void countsTheControlApisTaskMutations();

private:
    QString createTask(const QJsonObject& fields);
    QString windowPath(const char* kind, const QDateTime& start, const QDateTime& end) const;
    void reopenSession() { m_session = std::make_unique<Session>(Session::open(*m_client, *m_sandbox)); }

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<Session> m_session;
    const QDateTime m_start = aroundNow();
};

void TestSalesforceTaskHttp::init()
{
    SandboxOptions options;
    options.people = 200;
    // These windows are about minute truncation; the replication lag has its own test
    // (testsalesforcereplicationhttp).
    options.salesforceReplicationLagSeconds = 0;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_sandbox->clock().setFrozen(true);
    m_sandbox->clock().set(m_start);
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
    reopenSession();
}

void TestSalesforceTaskHttp::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_sandbox.reset();
}

QString TestSalesforceTaskHttp::createTask(const QJsonObject& fields)
{
    const HttpResult created = m_session->send("POST", QStringLiteral("/sobjects/Task"), json(fields));
    return created.object().value(QStringLiteral("id")).toString();
}

QString TestSalesforceTaskHttp::windowPath(
    const char* kind, const QDateTime& start, const QDateTime& end) const
{
    return QStringLiteral("/sobjects/Task/%1/?start=%2&end=%3")
        .arg(QLatin1String(kind), encodedTime(start), encodedTime(end));
}

void TestSalesforceTaskHttp::createsReadsUpdatesAndDeletes()
{
    const QString leadId = m_sandbox->dataset().nextLead(0)->id;
    const HttpResult created = m_session->send("POST", QStringLiteral("/sobjects/Task"),
        json({ { QStringLiteral("Subject"), QStringLiteral("Rückruf: 견적서") },
            { QStringLiteral("ActivityDate"), QStringLiteral("2024-05-11") },
            { QStringLiteral("Priority"), QStringLiteral("High") }, { QStringLiteral("WhoId"), leadId } }));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QStringLiteral("success")).toBool(), true);
    QVERIFY(created.object().value(QStringLiteral("errors")).toArray().isEmpty());
    const QString id = created.object().value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("00T")));
    QCOMPARE(id.size(), 18);

    const HttpResult read = m_session->get(QStringLiteral("/sobjects/Task/") + id);
    QCOMPARE(read.status, 200);
    const QJsonObject task = read.object();
    QCOMPARE(task.value(QStringLiteral("Subject")).toString(), QStringLiteral("Rückruf: 견적서"));
    QCOMPARE(task.value(QStringLiteral("Status")).toString(), QStringLiteral("Not Started"));
    QCOMPARE(task.value(QStringLiteral("WhoId")).toString(), leadId);
    QCOMPARE(task.value(QStringLiteral("IsClosed")).toBool(), false);
    QCOMPARE(task.value(QStringLiteral("CreatedDate")).toString(), sf(m_start));
    QCOMPARE(
        task.value(QStringLiteral("OwnerId")).toString(), m_sandbox->dataset().salesforceUsers().first().id);
    QCOMPARE(task.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("url")).toString(),
        QStringLiteral("/services/data/v59.0/sobjects/Task/") + id);

    m_sandbox->clock().advance(90 * 1000);
    const HttpResult updated = m_session->send("PATCH", QStringLiteral("/sobjects/Task/") + id,
        json({ { QStringLiteral("Status"), QStringLiteral("Completed") } }));
    QCOMPARE(updated.status, 204);
    QVERIFY(updated.body.isEmpty());
    const QJsonObject after = m_session->get(QStringLiteral("/sobjects/Task/") + id).object();
    QCOMPARE(after.value(QStringLiteral("IsClosed")).toBool(), true);
    QCOMPARE(after.value(QStringLiteral("LastModifiedDate")).toString(), sf(m_start.addSecs(90)));

    QCOMPARE(m_session->send("DELETE", QStringLiteral("/sobjects/Task/") + id).status, 204);
    const HttpResult gone = m_session->get(QStringLiteral("/sobjects/Task/") + id);
    QCOMPARE(gone.status, 404);
    QCOMPARE(errorCode(gone), QStringLiteral("ENTITY_IS_DELETED"));
    QCOMPARE(errorCode(m_session->send("DELETE", QStringLiteral("/sobjects/Task/") + id)),
        QStringLiteral("ENTITY_IS_DELETED"));
}

void TestSalesforceTaskHttp::readsTheFieldsAskedFor()
{
    const QString id = createTask({ { QStringLiteral("Subject"), QStringLiteral("Call") } });
    const QJsonObject task
        = m_session->get(QStringLiteral("/sobjects/Task/%1?fields=Subject,status").arg(id)).object();
    QCOMPARE(task.keys(),
        QStringList({ QStringLiteral("Status"), QStringLiteral("Subject"), QStringLiteral("attributes") }));
    const HttpResult unknown = m_session->get(QStringLiteral("/sobjects/Task/%1?fields=Nope").arg(id));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(errorCode(unknown), QStringLiteral("INVALID_FIELD"));
}

void TestSalesforceTaskHttp::refusesBadWrites_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown field") << QByteArray(R"({"Subjekt":"x"})") << "INVALID_FIELD"
                                   << "";
    QTest::newRow("not json") << QByteArray("{\"Subject\":") << "JSON_PARSER_ERROR"
                              << "";
    QTest::newRow("a list") << QByteArray("[]") << "JSON_PARSER_ERROR"
                            << "";
    QTest::newRow("bad status") << QByteArray(R"({"Status":"Done"})")
                                << "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"
                                << "Status";
    QTest::newRow("read-only field") << QByteArray(R"({"IsClosed":true})")
                                     << "INVALID_FIELD_FOR_INSERT_UPDATE"
                                     << "IsClosed";
    QTest::newRow("malformed who") << QByteArray(R"({"WhoId":"nope"})") << "MALFORMED_ID"
                                   << "WhoId";
}

void TestSalesforceTaskHttp::refusesBadWrites()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    QFETCH(QString, field);
    const HttpResult answer = m_client->send("POST", QStringLiteral("/services/data/v59.0/sobjects/Task"),
        body, m_session->headers({ { "Content-Type", "application/json" } }));
    QCOMPARE(answer.status, 400);
    QCOMPARE(salesforcetest::errorCode(answer), errorCode);
    const QJsonArray fields = answer.array().first().toObject().value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.isEmpty() ? QString() : fields.first().toString(), field);
}

void TestSalesforceTaskHttp::refusesALeadRelatedToARecord()
{
    const auto firstId = [this](const QString& soql) {
        return m_session->query(soql)
            .object()
            .value(QStringLiteral("records"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("Id"))
            .toString();
    };
    const QString leadId = m_sandbox->dataset().nextLead(0)->id;
    const QString accountId = firstId(QStringLiteral("SELECT Id FROM Account LIMIT 1"));
    const QString opportunityId = firstId(QStringLiteral("SELECT Id FROM Opportunity LIMIT 1"));
    const QString contactId = firstId(QStringLiteral("SELECT Id FROM Contact LIMIT 1"));
    QVERIFY(!accountId.isEmpty() && !opportunityId.isEmpty() && !contactId.isEmpty());

    const HttpResult refused = m_session->send("POST", QStringLiteral("/sobjects/Task"),
        json({ { QStringLiteral("Subject"), QStringLiteral("x") }, { QStringLiteral("WhoId"), leadId },
            { QStringLiteral("WhatId"), accountId } }));
    QCOMPARE(refused.status, 400);
    QCOMPARE(errorCode(refused), QStringLiteral("FIELD_INTEGRITY_EXCEPTION"));
    QCOMPARE(refused.array().first().toObject().value(QStringLiteral("fields")).toArray().first().toString(),
        QStringLiteral("WhatId"));

    // A contact may be related to an account or an opportunity.
    const HttpResult created = m_session->send("POST", QStringLiteral("/sobjects/Task"),
        json({ { QStringLiteral("Subject"), QStringLiteral("x") }, { QStringLiteral("WhoId"), contactId },
            { QStringLiteral("WhatId"), opportunityId } }));
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    // Turning its Who into a lead while the What stays is refused too, and changes nothing.
    const HttpResult patched = m_session->send(
        "PATCH", QStringLiteral("/sobjects/Task/") + id, json({ { QStringLiteral("WhoId"), leadId } }));
    QCOMPARE(patched.status, 400);
    QCOMPARE(errorCode(patched), QStringLiteral("FIELD_INTEGRITY_EXCEPTION"));
    QCOMPARE(m_session->get(QStringLiteral("/sobjects/Task/") + id)
                 .object()
                 .value(QStringLiteral("WhoId"))
                 .toString(),
        contactId);

    // The generated tasks never relate a lead to a record.
    const QJsonArray tasks
        = m_session->query(QStringLiteral("SELECT Id, WhoId, WhatId FROM Task"), QStringLiteral("/queryAll"))
              .object()
              .value(QStringLiteral("records"))
              .toArray();
    QVERIFY(!tasks.isEmpty());
    for (const QJsonValue& task : tasks) {
        const QJsonObject record = task.toObject();
        if (record.value(QStringLiteral("WhoId")).toString().startsWith(QLatin1String("00Q"))) {
            QVERIFY2(record.value(QStringLiteral("WhatId")).isNull(),
                qPrintable(record.value(QStringLiteral("Id")).toString()));
        }
    }
}

void TestSalesforceTaskHttp::answersNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("not an id") << QByteArray("GET") << "/sobjects/Task/hello"
                               << "Provided external ID field does not exist or is not accessible: hello";
    QTest::newRow("no such task") << QByteArray("GET") << "/sobjects/Task/00T5g0000009999AAA"
                                  << "The requested resource does not exist";
    QTest::newRow("update no such task") << QByteArray("PATCH") << "/sobjects/Task/00T5g0000009999AAA"
                                         << "The requested resource does not exist";
    QTest::newRow("unknown object") << QByteArray("GET") << "/sobjects/Widget/00T5g0000009999AAA"
                                    << "The requested resource does not exist";
}

void TestSalesforceTaskHttp::answersNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const HttpResult answer = m_session->send(method, path,
        method == "PATCH" ? json({ { QStringLiteral("Subject"), QStringLiteral("x") } }) : QJsonDocument());
    QCOMPARE(answer.status, 404);
    QCOMPARE(errorCode(answer), QStringLiteral("NOT_FOUND"));
    QCOMPARE(errorMessage(answer), message);
}

void TestSalesforceTaskHttp::readsOtherRecordsButDoesNotWriteThem()
{
    const auto lead = m_sandbox->dataset().nextLead(0);
    const HttpResult read = m_session->get(QStringLiteral("/sobjects/Lead/") + lead->id);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object().value(QStringLiteral("Email")).toString(), lead->email);
    QCOMPARE(read.object().value(QStringLiteral("LastName")).toString(), lead->lastName);
    // Of a lead only Email Opt Out is written (testsalesforceemailoptouthttp); of an account nothing.
    const HttpResult written = m_session->send("PATCH", QStringLiteral("/sobjects/Lead/") + lead->id,
        json({ { QStringLiteral("Title"), QStringLiteral("x") } }));
    QCOMPARE(written.status, 400);
    QCOMPARE(errorCode(written), QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"));
    const auto account = m_sandbox->dataset().nextAccount(0);
    const HttpResult accountWritten
        = m_session->send("PATCH", QStringLiteral("/sobjects/Account/") + account->id,
            json({ { QStringLiteral("Name"), QStringLiteral("x") } }));
    QCOMPARE(accountWritten.status, 400);
    QCOMPARE(errorCode(accountWritten), QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"));
    // A Lead Id asked for as a Task is not found.
    QCOMPARE(m_session->get(QStringLiteral("/sobjects/Task/") + lead->id).status, 404);
}

void TestSalesforceTaskHttp::refusesOtherMethods()
{
    const QString id = createTask({ { QStringLiteral("Subject"), QStringLiteral("Call") } });
    const HttpResult answer = m_session->send("PUT", QStringLiteral("/sobjects/Task/") + id,
        json({ { QStringLiteral("Subject"), QStringLiteral("y") } }));
    QCOMPARE(answer.status, 405);
    QCOMPARE(errorCode(answer), QStringLiteral("METHOD_NOT_ALLOWED"));
}

void TestSalesforceTaskHttp::reportsUpdatedTasksOnTheSandboxClock()
{
    const QString early = createTask({ { QStringLiteral("Subject"), QStringLiteral("early") } });
    m_sandbox->clock().advance(5 * 60 * 1000); // start + 5:00
    const QString late = createTask({ { QStringLiteral("Subject"), QStringLiteral("late") } });
    m_sandbox->clock().advance(60 * 1000); // start + 6:00, so the current minute began at start + 5:30
    const HttpResult all
        = m_session->get(windowPath("updated", m_start.addSecs(-3600), m_start.addSecs(3600)));
    QCOMPARE(all.status, 200);
    const QStringList ids = all.object().value(QStringLiteral("ids")).toVariant().toStringList();
    QVERIFY(ids.contains(early));
    QVERIFY(ids.contains(late));
    // The end lies in the future: covered up to the current minute.
    QCOMPARE(all.object().value(QStringLiteral("latestDateCovered")).toString(), sf(m_start.addSecs(330)));
    const HttpResult window
        = m_session->get(windowPath("updated", m_start.addSecs(60), m_start.addSecs(3600)));
    const QStringList later = window.object().value(QStringLiteral("ids")).toVariant().toStringList();
    QVERIFY(!later.contains(early));
    QVERIFY(later.contains(late));
}

void TestSalesforceTaskHttp::reportsDeletedTasksAndPurgesThemAfterFifteenDays()
{
    const QString id = createTask({ { QStringLiteral("Subject"), QStringLiteral("gone") } });
    m_sandbox->clock().advance(2 * 60 * 1000);
    QCOMPARE(m_session->send("DELETE", QStringLiteral("/sobjects/Task/") + id).status, 204);
    m_sandbox->clock().advance(2 * 60 * 1000);
    const HttpResult deleted = m_session->get(windowPath("deleted", m_start, m_start.addSecs(3600)));
    QCOMPARE(deleted.status, 200);
    const QJsonArray records = deleted.object().value(QStringLiteral("deletedRecords")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(
        records.first().toObject().value(QStringLiteral("deletedDate")).toString(), sf(m_start.addSecs(120)));
    QVERIFY(!deleted.object().value(QStringLiteral("earliestDateAvailable")).toString().isEmpty());
    QCOMPARE(
        deleted.object().value(QStringLiteral("latestDateCovered")).toString(), sf(m_start.addSecs(210)));

    m_sandbox->clock().advance(15LL * 24 * 3600 * 1000);
    reopenSession(); // the session timed out meanwhile
    QCOMPARE(errorCode(m_session->get(QStringLiteral("/sobjects/Task/") + id)), QStringLiteral("NOT_FOUND"));
    const QDateTime now = m_start.addSecs(4 * 60).addDays(15);
    const HttpResult tooEarly = m_session->get(windowPath("deleted", m_start, now));
    QCOMPARE(tooEarly.status, 400);
    QCOMPARE(errorCode(tooEarly), QStringLiteral("INVALID_REPLICATION_DATE"));
    const HttpResult afterPurge = m_session->get(windowPath("deleted", m_start.addSecs(180), now));
    QCOMPARE(afterPurge.status, 200);
    QVERIFY(afterPurge.object().value(QStringLiteral("deletedRecords")).toArray().isEmpty());
}

void TestSalesforceTaskHttp::refusesBadWindows_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("no start") << "end=2024-05-10T12:00:00Z"
                              << "MISSING_ARGUMENT";
    QTest::newRow("no end") << "start=2024-05-10T11:00:00Z"
                            << "MISSING_ARGUMENT";
    QTest::newRow("not a date") << "start=yesterday&end=2024-05-10T12:00:00Z"
                                << "INVALID_REPLICATION_DATE";
    QTest::newRow("start after end") << "start=2024-05-10T12:00:00Z&end=2024-05-10T11:00:00Z"
                                     << "INVALID_REPLICATION_DATE";
    QTest::newRow("more than 30 days back") << "start=2024-04-09T12:00:00Z&end=2024-05-10T12:00:00Z"
                                            << "INVALID_REPLICATION_DATE";
}

void TestSalesforceTaskHttp::refusesBadWindows()
{
    QFETCH(QString, query);
    QFETCH(QString, errorCode);
    for (const char* kind : { "updated", "deleted" }) {
        const HttpResult answer
            = m_session->get(QStringLiteral("/sobjects/Task/%1/?").arg(QLatin1String(kind)) + query);
        QCOMPARE(answer.status, 400);
        QCOMPARE(salesforcetest::errorCode(answer), errorCode);
    }
}

void TestSalesforceTaskHttp::countsTheControlApisTaskMutations()
{
    m_sandbox->clock().advance(60 * 1000);
    const QJsonObject answer = m_client->control("POST", QStringLiteral("/sandbox/mutate"),
        { { QStringLiteral("kind"), QStringLiteral("tasks") }, { QStringLiteral("count"), 3 } });
    QCOMPARE(answer.value(QStringLiteral("changed")).toInt(), 3);
    m_sandbox->clock().advance(60 * 1000);
    const HttpResult updated
        = m_session->get(windowPath("updated", m_start.addSecs(30), m_start.addSecs(3600)));
    QCOMPARE(updated.object().value(QStringLiteral("ids")).toArray().size(), 3);
}

QTEST_GUILESS_MAIN(TestSalesforceTaskHttp)
#include "testsalesforcetaskhttp.moc"
