// Get updated / get deleted as strict as Salesforce (issue 8, item 12): latestDateCovered lags behind the
// clock (--sf-replication-lag), Lead, Contact, Opportunity and OpportunityContactRole have a replication
// history (edits and deletions within the window, agreeing with SOQL), the control API's person mutations
// move a lead's or contact's modified date, and with --sf-private-tasks a user sees only the tasks they own
// (query, get updated, read) and cannot write the others. On the sandbox clock, no sleeping.
#include "salesforcetestsession.h"
#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/sandboxclock.h"

#include <QTimeZone>
#include <QtTest>

using namespace sia::sandbox;
using namespace salesforcetest;

namespace {

QString sf(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

QString soqlTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("Z");
}

QString windowPath(const QString& object, const char* kind, const QDateTime& start, const QDateTime& end)
{
    const auto encoded = [](const QDateTime& at) {
        return QString::fromLatin1(QUrl::toPercentEncoding(
            at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00")));
    };
    return QStringLiteral("/sobjects/%1/%2/?start=%3&end=%4")
        .arg(object, QLatin1String(kind), encoded(start), encoded(end));
}

// 30 seconds past a minute, near the real time (the generated tasks are dated from the clock's day).
QDateTime aroundNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), 30), QTimeZone::utc());
}

QStringList idsOf(const HttpResult& answer)
{
    return answer.object().value(QStringLiteral("ids")).toVariant().toStringList();
}

QStringList queriedIds(const Session& session, const QString& soql)
{
    QStringList ids;
    HttpResult page = session.query(soql);
    for (;;) {
        for (const QJsonValue& record : page.object().value(QStringLiteral("records")).toArray()) {
            ids << record[QStringLiteral("Id")].toString();
        }
        const QString next = page.object().value(QStringLiteral("nextRecordsUrl")).toString();
        if (next.isEmpty()) {
            return ids;
        }
        page = session.follow(next);
    }
}

} // namespace

class TestSalesforceReplicationHttp : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void coversUpToTheLagAndNotToTheEnd();
    void aLagOfZeroCoversUpToTheCurrentMinute();
    void reportsUpdatedRecordsAsSoqlDatesThem_data();
    void reportsUpdatedRecordsAsSoqlDatesThem();
    void reportsDeletedRecordsOfEveryReplicatedObject_data();
    void reportsDeletedRecordsOfEveryReplicatedObject();
    void aMutatedPersonMovesItsLeadOrContact();
    void refusesAWindowLongerThanThirtyDays_data();
    void refusesAWindowLongerThanThirtyDays();
    void privateTasksAreSeenOnlyByTheirOwner();
    void everyoneSeesEveryTaskByDefault();

private:
    void start(const SandboxOptions& options);
    Session sessionOf(const QString& username) const;

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<Session> m_session;
    const QDateTime m_start = aroundNow();
};

void TestSalesforceReplicationHttp::start(const SandboxOptions& options)
{
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_sandbox->clock().setFrozen(true);
    m_sandbox->clock().set(m_start);
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
    m_session = std::make_unique<Session>(Session::open(*m_client, *m_sandbox));
}

Session TestSalesforceReplicationHttp::sessionOf(const QString& username) const
{
    QJsonObject info = credentials(*m_sandbox);
    info.insert(QStringLiteral("username"), username);
    return Session(
        *m_client, passwordGrant(*m_client, info).object().value(QStringLiteral("access_token")).toString());
}

void TestSalesforceReplicationHttp::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_sandbox.reset();
}

void TestSalesforceReplicationHttp::coversUpToTheLagAndNotToTheEnd()
{
    SandboxOptions options;
    options.people = 100;
    start(options); // the default lag: 120 seconds
    const HttpResult created = m_session->send("POST", QStringLiteral("/sobjects/Task"),
        QJsonDocument(QJsonObject { { QStringLiteral("Subject"), QStringLiteral("just now") } }));
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    m_sandbox->clock().advance(60 * 1000); // start + 1:00: the task is a minute old

    const HttpResult early = m_session->get(
        windowPath(QStringLiteral("Task"), "updated", m_start.addSecs(-3600), m_start.addSecs(3600)));
    QCOMPARE(early.status, 200);
    // Covered up to the minute two minutes ago, not to the end asked for, nor to now.
    QCOMPARE(early.object().value(QStringLiteral("latestDateCovered")).toString(),
        sf(m_start.addSecs(60 - 120 - 30)));
    QVERIFY(!idsOf(early).contains(id));

    m_sandbox->clock().advance(3 * 60 * 1000); // start + 4:00
    const HttpResult later = m_session->get(
        windowPath(QStringLiteral("Task"), "updated", m_start.addSecs(-3600), m_start.addSecs(3600)));
    QCOMPARE(later.object().value(QStringLiteral("latestDateCovered")).toString(),
        sf(m_start.addSecs(240 - 120 - 30)));
    QVERIFY(idsOf(later).contains(id));
    // An end already covered is the latest date covered.
    const HttpResult past = m_session->get(
        windowPath(QStringLiteral("Task"), "updated", m_start.addSecs(-3600), m_start.addSecs(-1800)));
    QCOMPARE(past.object().value(QStringLiteral("latestDateCovered")).toString(), sf(m_start.addSecs(-1830)));
    // Deletions lag the same way.
    QCOMPARE(m_session->send("DELETE", QStringLiteral("/sobjects/Task/") + id).status, 204);
    const HttpResult deleted = m_session->get(
        windowPath(QStringLiteral("Task"), "deleted", m_start.addSecs(-3600), m_start.addSecs(3600)));
    QCOMPARE(deleted.object().value(QStringLiteral("deletedRecords")).toArray().size(), 0);
    QCOMPARE(deleted.object().value(QStringLiteral("latestDateCovered")).toString(),
        sf(m_start.addSecs(240 - 120 - 30)));
}

void TestSalesforceReplicationHttp::aLagOfZeroCoversUpToTheCurrentMinute()
{
    SandboxOptions options;
    options.people = 100;
    options.salesforceReplicationLagSeconds = 0;
    start(options);
    m_sandbox->clock().advance(60 * 1000);
    const HttpResult answer = m_session->get(
        windowPath(QStringLiteral("Lead"), "updated", m_start.addDays(-1), m_start.addSecs(3600)));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("latestDateCovered")).toString(), sf(m_start.addSecs(30)));
}

void TestSalesforceReplicationHttp::reportsUpdatedRecordsAsSoqlDatesThem_data()
{
    QTest::addColumn<QString>("object");
    for (const char* object : { "Lead", "Contact", "Opportunity", "OpportunityContactRole" }) {
        QTest::newRow(object) << QString::fromLatin1(object);
    }
}

void TestSalesforceReplicationHttp::reportsUpdatedRecordsAsSoqlDatesThem()
{
    QFETCH(QString, object);
    SandboxOptions options;
    options.people = 2000;
    start(options);
    const QDateTime from = m_start.addDays(-29);
    const HttpResult answer = m_session->get(windowPath(object, "updated", from, m_start.addSecs(3600)));
    QCOMPARE(answer.status, 200);
    const QStringList ids = idsOf(answer);
    QVERIFY(!ids.isEmpty()); // about one record in 25 was edited in the 20 days before start
    const QDateTime covered = QDateTime::fromString(
        answer.object().value(QStringLiteral("latestDateCovered")).toString(), Qt::ISODateWithMs);
    QVERIFY(covered.isValid());
    // Exactly the records SOQL dates within the window.
    const QStringList soql = queriedIds(*m_session,
        QStringLiteral("SELECT Id FROM %1 WHERE SystemModstamp >= %2 AND SystemModstamp < %3 ORDER BY Id")
            .arg(object,
                soqlTime(QDateTime(
                    from.date(), QTime(from.time().hour(), from.time().minute()), QTimeZone::utc())),
                soqlTime(covered)));
    QCOMPARE(ids, soql);
    // And their LastModifiedDate says so too.
    const HttpResult read
        = m_session->get(QStringLiteral("/sobjects/%1/%2?fields=LastModifiedDate").arg(object, ids.first()));
    QCOMPARE(read.status, 200);
    const QDateTime modified = QDateTime::fromString(
        read.object().value(QStringLiteral("LastModifiedDate")).toString(), Qt::ISODateWithMs);
    QVERIFY(modified >= from.addSecs(-60) && modified < covered);
}

void TestSalesforceReplicationHttp::reportsDeletedRecordsOfEveryReplicatedObject_data()
{
    reportsUpdatedRecordsAsSoqlDatesThem_data();
}

void TestSalesforceReplicationHttp::reportsDeletedRecordsOfEveryReplicatedObject()
{
    QFETCH(QString, object);
    SandboxOptions options;
    options.people = 2000;
    start(options);
    const QDateTime from = m_start.addDays(-15);
    const HttpResult answer = m_session->get(windowPath(object, "deleted", from, m_start.addSecs(3600)));
    QCOMPARE(answer.status, 200);
    const QJsonArray records = answer.object().value(QStringLiteral("deletedRecords")).toArray();
    QVERIFY(!records.isEmpty());
    QVERIFY(!answer.object().value(QStringLiteral("earliestDateAvailable")).toString().isEmpty());
    const QDateTime covered = QDateTime::fromString(
        answer.object().value(QStringLiteral("latestDateCovered")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& record : records) {
        const QDateTime deleted
            = QDateTime::fromString(record[QStringLiteral("deletedDate")].toString(), Qt::ISODateWithMs);
        QVERIFY(deleted >= from.addSecs(-60) && deleted < covered);
    }
    const QString id = records.first()[QStringLiteral("id")].toString();
    // A deleted record is no longer read nor queried.
    const HttpResult read = m_session->get(QStringLiteral("/sobjects/%1/%2").arg(object, id));
    QCOMPARE(read.status, 404);
    QCOMPARE(errorCode(read), QStringLiteral("ENTITY_IS_DELETED"));
    QCOMPARE(m_session->query(QStringLiteral("SELECT COUNT() FROM %1 WHERE Id = '%2'").arg(object, id))
                 .object()
                 .value(QStringLiteral("totalSize"))
                 .toInt(),
        0);
    // The recycle bin keeps them 15 days: 16 days on, none of today's deletions is left.
    m_sandbox->clock().advance(16LL * 24 * 3600 * 1000);
    m_session = std::make_unique<Session>(Session::open(*m_client, *m_sandbox));
    const QDateTime now = m_sandbox->clock().now();
    const HttpResult later = m_session->get(windowPath(object, "deleted", now.addDays(-1), now));
    QCOMPARE(later.status, 200);
    QVERIFY(later.object().value(QStringLiteral("deletedRecords")).toArray().isEmpty());
    QCOMPARE(m_session->get(QStringLiteral("/sobjects/%1/%2").arg(object, id)).status, 404);
    QCOMPARE(errorCode(m_session->get(QStringLiteral("/sobjects/%1/%2").arg(object, id))),
        QStringLiteral("NOT_FOUND"));
}

void TestSalesforceReplicationHttp::aMutatedPersonMovesItsLeadOrContact()
{
    SandboxOptions options;
    options.people = 300;
    start(options);
    m_sandbox->clock().advance(60 * 1000);
    const QJsonObject mutated = m_client->control("POST", QStringLiteral("/sandbox/mutate"),
        { { QStringLiteral("kind"), QStringLiteral("people") }, { QStringLiteral("count"), 20 } });
    QStringList leads;
    QStringList contacts;
    for (const QJsonValue& id : mutated.value(QStringLiteral("ids")).toArray()) {
        const std::optional<Person> person = m_sandbox->dataset().person(id.toInteger());
        QVERIFY(person);
        if (!person->sfdcLeadId.isEmpty()) {
            leads << person->sfdcLeadId;
        } else if (!person->sfdcContactId.isEmpty()) {
            contacts << person->sfdcContactId;
        }
    }
    QVERIFY(!leads.isEmpty() || !contacts.isEmpty());
    m_sandbox->clock().advance(5 * 60 * 1000); // past the lag
    for (const auto& [object, expected] :
        { std::pair { QStringLiteral("Lead"), leads }, std::pair { QStringLiteral("Contact"), contacts } }) {
        // Only this minute's changes: the window starts after the generated history.
        const HttpResult answer
            = m_session->get(windowPath(object, "updated", m_start.addSecs(60), m_start.addSecs(3600)));
        QCOMPARE(answer.status, 200);
        QStringList ids = idsOf(answer);
        QStringList sorted = expected;
        sorted.sort();
        sorted.removeDuplicates();
        QCOMPARE(ids, sorted);
    }
}

void TestSalesforceReplicationHttp::refusesAWindowLongerThanThirtyDays_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("kind");
    for (const char* object : { "Task", "Lead", "Opportunity" }) {
        for (const char* kind : { "updated", "deleted" }) {
            QTest::addRow("%s %s", object, kind) << QString::fromLatin1(object) << QString::fromLatin1(kind);
        }
    }
}

void TestSalesforceReplicationHttp::refusesAWindowLongerThanThirtyDays()
{
    QFETCH(QString, object);
    QFETCH(QString, kind);
    SandboxOptions options;
    options.people = 50;
    start(options);
    const QByteArray kindName = kind.toLatin1();
    const HttpResult refused = m_session->get(
        windowPath(object, kindName.constData(), m_start.addDays(-1), m_start.addDays(29).addSecs(60)));
    QCOMPARE(refused.status, 400);
    QCOMPARE(errorCode(refused), QStringLiteral("INVALID_REPLICATION_DATE"));
    const HttpResult tooOld
        = m_session->get(windowPath(object, kindName.constData(), m_start.addDays(-31), m_start));
    QCOMPARE(errorCode(tooOld), QStringLiteral("INVALID_REPLICATION_DATE"));
    const HttpResult accepted
        = m_session->get(windowPath(object, kindName.constData(), m_start.addDays(-1), m_start.addDays(29)));
    QCOMPARE(accepted.status, 200);
}

void TestSalesforceReplicationHttp::privateTasksAreSeenOnlyByTheirOwner()
{
    SandboxOptions options;
    options.people = 400;
    options.salesforcePrivateTasks = true;
    options.salesforceReplicationLagSeconds = 0;
    start(options);
    const QList<SalesforceUser>& users = m_sandbox->dataset().salesforceUsers();
    const QString me = users.first().id;
    const Session other = sessionOf(users.at(1).username);
    const HttpResult created = other.send("POST", QStringLiteral("/sobjects/Task"),
        QJsonDocument(QJsonObject { { QStringLiteral("Subject"), QStringLiteral("theirs") } }));
    QCOMPARE(created.status, 201);
    const QString theirs = created.object().value(QStringLiteral("id")).toString();
    const HttpResult mine = m_session->send("POST", QStringLiteral("/sobjects/Task"),
        QJsonDocument(QJsonObject { { QStringLiteral("Subject"), QStringLiteral("mine") } }));
    QCOMPARE(mine.status, 201);
    const QString myId = mine.object().value(QStringLiteral("id")).toString();
    m_sandbox->clock().advance(2 * 60 * 1000);

    // Query and queryAll: only my own tasks, fewer than the org has.
    const HttpResult all = m_session->query(QStringLiteral("SELECT Id, OwnerId FROM Task"));
    QCOMPARE(all.status, 200);
    const QJsonArray records = all.object().value(QStringLiteral("records")).toArray();
    QVERIFY(!records.isEmpty());
    for (const QJsonValue& record : records) {
        QCOMPARE(record[QStringLiteral("OwnerId")].toString(), me);
    }
    const qint64 everyTask
        = m_client
              ->control("GET",
                  QStringLiteral("/sandbox/counters"))[QStringLiteral("salesforce")][QStringLiteral("tasks")]
              .toInteger();
    QVERIFY(all.object().value(QStringLiteral("totalSize")).toInteger() < everyTask);
    QCOMPARE(m_session
                 ->query(QStringLiteral("SELECT COUNT() FROM Task WHERE Id = '%1'").arg(theirs),
                     QStringLiteral("/queryAll"))
                 .object()
                 .value(QStringLiteral("totalSize"))
                 .toInt(),
        0);
    // Get updated: mine, not theirs; they see theirs.
    const QString window = windowPath(QStringLiteral("Task"), "updated", m_start, m_start.addSecs(3600));
    QVERIFY(idsOf(m_session->get(window)).contains(myId));
    QVERIFY(!idsOf(m_session->get(window)).contains(theirs));
    QVERIFY(idsOf(other.get(window)).contains(theirs));
    // Read: not found; write: no access.
    const HttpResult read = m_session->get(QStringLiteral("/sobjects/Task/") + theirs);
    QCOMPARE(read.status, 404);
    QCOMPARE(errorCode(read), QStringLiteral("NOT_FOUND"));
    QCOMPARE(other.get(QStringLiteral("/sobjects/Task/") + theirs).status, 200);
    const HttpResult written = m_session->send("PATCH", QStringLiteral("/sobjects/Task/") + theirs,
        QJsonDocument(QJsonObject { { QStringLiteral("Subject"), QStringLiteral("x") } }));
    QCOMPARE(written.status, 400);
    QCOMPARE(errorCode(written), QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"));
    const HttpResult collection
        = m_session->send("DELETE", QStringLiteral("/composite/sobjects?allOrNone=false&ids=") + theirs);
    QCOMPARE(collection.status, 200);
    QCOMPARE(collection.array().first()[QStringLiteral("success")].toBool(true), false);
    QCOMPARE(other.get(QStringLiteral("/sobjects/Task/") + theirs).status, 200); // still there
    // Deleted, it is still not mine to see.
    QCOMPARE(other.send("DELETE", QStringLiteral("/sobjects/Task/") + theirs).status, 204);
    m_sandbox->clock().advance(60 * 1000);
    const QString deleted = windowPath(QStringLiteral("Task"), "deleted", m_start, m_start.addSecs(3600));
    QVERIFY(m_session->get(deleted).object().value(QStringLiteral("deletedRecords")).toArray().isEmpty());
    QCOMPARE(other.get(deleted).object().value(QStringLiteral("deletedRecords")).toArray().size(), 1);
}

void TestSalesforceReplicationHttp::everyoneSeesEveryTaskByDefault()
{
    SandboxOptions options;
    options.people = 400;
    start(options);
    const Session other = sessionOf(m_sandbox->dataset().salesforceUsers().at(1).username);
    const HttpResult created = other.send("POST", QStringLiteral("/sobjects/Task"),
        QJsonDocument(QJsonObject { { QStringLiteral("Subject"), QStringLiteral("theirs") } }));
    QCOMPARE(created.status, 201);
    const QString theirs = created.object().value(QStringLiteral("id")).toString();
    QCOMPARE(m_session->get(QStringLiteral("/sobjects/Task/") + theirs).status, 200);
    const qint64 everyTask
        = m_client
              ->control("GET",
                  QStringLiteral("/sandbox/counters"))[QStringLiteral("salesforce")][QStringLiteral("tasks")]
              .toInteger();
    QCOMPARE(m_session->query(QStringLiteral("SELECT COUNT() FROM Task"))
                 .object()
                 .value(QStringLiteral("totalSize"))
                 .toInteger(),
        everyTask);
}

QTEST_GUILESS_MAIN(TestSalesforceReplicationHttp)
#include "testsalesforcereplicationhttp.moc"
