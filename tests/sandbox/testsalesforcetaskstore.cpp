// The Task store: creation with Salesforce's defaults and audit fields, the checks a write meets, updates,
// the recycle bin and its purge after 15 days, and the get-updated / get-deleted windows on the sandbox
// clock (seconds ignored, 30 days back at most, an end in the future covered up to now, earliest date
// available after a purge).
#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/salesforcetime.h"
#include "sandbox/salesforce/taskgenerator.h"
#include "sandbox/salesforce/taskstore.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace sia::sandbox::salesforce;

namespace {

QString alice()
{
    return RecordIds::make(RecordIds::userPrefix, 1);
}
QString bob()
{
    return RecordIds::make(RecordIds::userPrefix, 2);
}
QString inactiveUser()
{
    return RecordIds::make(RecordIds::userPrefix, 3);
}
QString lead()
{
    return RecordIds::make(RecordIds::leadPrefix, 7);
}
QString missingLead()
{
    return RecordIds::make(RecordIds::leadPrefix, 999);
}
QString account()
{
    return RecordIds::make(RecordIds::accountPrefix, 2);
}

QJsonObject json(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

QStringList names(const char* commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

struct Harness
{
    QDateTime now = QDateTime(QDate(2024, 5, 10), QTime(12, 30, 15, 500), QTimeZone::utc());
    TaskStore store { [this] { return now; },
        TaskReferences { [](const QString& id) { return id != missingLead(); },
            [](const QString& id) {
                return id != inactiveUser();
            } } };

    QString create(const QJsonObject& body = json(R"({"Subject":"Call"})"))
    {
        const SfResult<QString> id = store.create(body, alice());
        return id.ok() ? *id : QString();
    }
    void advanceSeconds(qint64 seconds) { now = now.addSecs(seconds); }
};

QDateTime at(const char* iso)
{
    return parseDateTime(QString::fromLatin1(iso));
}

} // namespace

class TestSalesforceTaskStore : public QObject
{
    Q_OBJECT

private slots:
    void createsWithDefaultsAndAuditFields()
    {
        Harness harness;
        const QString id = harness.create(json(QByteArray(
            R"({"attributes":{"type":"Task"},"subject":"Call Ana","ActivityDate":"2024-05-11","WhoId":")"
            + lead().left(15).toLatin1() + R"("})")));
        QVERIFY(!id.isEmpty());
        QCOMPARE(id.size(), 18);
        QVERIFY(id.startsWith(QLatin1String("00T")));
        const TaskRecord* task = harness.store.find(id);
        QVERIFY(task);
        QCOMPARE(task->subject, QStringLiteral("Call Ana"));
        QCOMPARE(task->activityDate, QDate(2024, 5, 11));
        QCOMPARE(task->whoId, lead()); // stored in its 18-character form
        QCOMPARE(task->status, QStringLiteral("Not Started"));
        QCOMPARE(task->priority, QStringLiteral("Normal"));
        QCOMPARE(task->taskSubtype, QStringLiteral("Task"));
        QCOMPARE(task->ownerId, alice());
        QCOMPARE(task->createdById, alice());
        QVERIFY(!task->isClosed());
        QCOMPARE(task->createdDate, at("2024-05-10T12:30:15Z")); // to the second
        QCOMPARE(task->lastModifiedDate, task->createdDate);
        QCOMPARE(task->systemModstamp, task->createdDate);
        QCOMPARE(harness.store.find(id.left(15)), task);
    }

    void refusesABadWrite_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << QByteArray(R"({"Subjekt":"x"})") << "INVALID_FIELD" << QStringList()
                                       << "No such column 'Subjekt' on sobject of type Task";
        QTest::newRow("read-only fields")
            << QByteArray(R"({"IsClosed":true,"CreatedDate":"2024-01-01T00:00:00Z"})")
            << "INVALID_FIELD_FOR_INSERT_UPDATE" << names("CreatedDate,IsClosed")
            << "Unable to create/update fields: CreatedDate, IsClosed.";
        QTest::newRow("id on insert") << QByteArray(R"({"Id":"00T5g000000000BAAQ"})") << "INVALID_FIELD"
                                      << names("Id") << "cannot specify Id in an insert call";
        QTest::newRow("subject too long")
            << QByteArray("{\"Subject\":\"" + QByteArray(256, 'x') + "\"}") << "STRING_TOO_LONG"
            << names("Subject") << "Subject: data value too large";
        QTest::newRow("bad status") << QByteArray(R"({"Status":"Done"})")
                                    << "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST" << names("Status")
                                    << "Status: bad value for restricted picklist field: Done";
        QTest::newRow("null status") << QByteArray(R"({"Status":null})") << "REQUIRED_FIELD_MISSING"
                                     << names("Status") << "Required fields are missing: [Status]";
        QTest::newRow("bad priority")
            << QByteArray(R"({"Priority":"Urgent"})") << "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"
            << names("Priority") << "bad value for restricted picklist field: Urgent";
        QTest::newRow("bad date") << QByteArray(R"({"ActivityDate":"tomorrow"})") << "JSON_PARSER_ERROR"
                                  << QStringList()
                                  << "Cannot deserialize instance of date from VALUE_STRING value tomorrow";
        QTest::newRow("object for text")
            << QByteArray(R"({"Subject":{"a":1}})") << "JSON_PARSER_ERROR" << QStringList()
            << "Cannot deserialize instance of string from START_OBJECT";
        QTest::newRow("malformed who") << QByteArray(R"({"WhoId":"abc"})") << "MALFORMED_ID" << names("WhoId")
                                       << "Name ID: id value of incorrect type: abc";
        QTest::newRow("account as who")
            << QByteArray("{\"WhoId\":\"" + account().toLatin1() + "\"}") << "FIELD_INTEGRITY_EXCEPTION"
            << names("WhoId") << "Name ID: id value of incorrect type";
        QTest::newRow("lead as what")
            << QByteArray("{\"WhatId\":\"" + lead().toLatin1() + "\"}") << "FIELD_INTEGRITY_EXCEPTION"
            << names("WhatId") << "Related To ID: id value of incorrect type";
        QTest::newRow("missing who") << QByteArray("{\"WhoId\":\"" + missingLead().toLatin1() + "\"}")
                                     << "INVALID_CROSS_REFERENCE_KEY" << names("WhoId")
                                     << "invalid cross reference id";
        QTest::newRow("inactive owner") << QByteArray("{\"OwnerId\":\"" + inactiveUser().toLatin1() + "\"}")
                                        << "FIELD_INTEGRITY_EXCEPTION" << names("OwnerId")
                                        << "Assigned To ID: owner cannot be inactive user";
        QTest::newRow("null owner") << QByteArray(R"({"OwnerId":null})") << "REQUIRED_FIELD_MISSING"
                                    << names("OwnerId") << "Required fields are missing: [OwnerId]";
    }
    void refusesABadWrite()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorCode);
        QFETCH(QStringList, fields);
        QFETCH(QString, message);
        Harness harness;
        const SfResult<QString> created
            = harness.store.create(QJsonDocument::fromJson(body).object(), alice());
        QVERIFY(!created.ok());
        QCOMPARE(created.error().errorCode, errorCode);
        QCOMPARE(created.error().fields, fields);
        QCOMPARE(created.error().httpStatus, 400);
        QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
        QCOMPARE(harness.store.endPosition(), qint64(0));
    }

    void updatesFieldsAndModificationTimes()
    {
        Harness harness;
        const QString id = harness.create();
        harness.advanceSeconds(90);
        QVERIFY(harness.store
                    .update(id, json(R"({"Status":"completed","Description":"Done.","WhoId":null})"), bob())
                    .ok());
        const TaskRecord* task = harness.store.find(id);
        QCOMPARE(
            task->status, QStringLiteral("Completed")); // picklist values are matched without regard to case
        QVERIFY(task->isClosed());
        QCOMPARE(task->description, QStringLiteral("Done."));
        QCOMPARE(task->subject, QStringLiteral("Call")); // untouched
        QCOMPARE(task->lastModifiedById, bob());
        QCOMPARE(task->createdDate.secsTo(task->lastModifiedDate), qint64(90));
        QCOMPARE(task->systemModstamp, task->lastModifiedDate);
    }

    void refusesChangingTheSubtypeAfterCreation()
    {
        Harness harness;
        const QString id = harness.create(json(R"({"TaskSubtype":"Call"})"));
        QCOMPARE(harness.store.find(id)->taskSubtype, QStringLiteral("Call"));
        const SfResult<void> updated = harness.store.update(id, json(R"({"TaskSubtype":"Email"})"), alice());
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().errorCode, QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"));
    }

    void answersNotFoundForOtherIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("never created") << RecordIds::make(RecordIds::taskPrefix, 50);
        QTest::newRow("a lead()") << lead();
        QTest::newRow("not an id") << "hello";
    }
    void answersNotFoundForOtherIds()
    {
        QFETCH(QString, id);
        Harness harness;
        harness.create();
        QVERIFY(!harness.store.find(id));
        const SfResult<void> updated = harness.store.update(id, json(R"({"Subject":"x"})"), alice());
        QCOMPARE(updated.error().errorCode, QStringLiteral("NOT_FOUND"));
        QCOMPARE(updated.error().httpStatus, 404);
        QCOMPARE(harness.store.remove(id, alice()).error().errorCode, QStringLiteral("NOT_FOUND"));
    }

    void keepsDeletedTasksFifteenDays()
    {
        Harness harness;
        const QString id = harness.create();
        harness.advanceSeconds(60);
        QVERIFY(harness.store.remove(id, alice()).ok());
        QVERIFY(harness.store.find(id)->isDeleted);
        QCOMPARE(harness.store.remove(id, alice()).error().errorCode, QStringLiteral("ENTITY_IS_DELETED"));
        QCOMPARE(harness.store.update(id, json(R"({"Subject":"x"})"), alice()).error().errorCode,
            QStringLiteral("ENTITY_IS_DELETED"));
        QCOMPARE(harness.store.liveCount(), qint64(0));
        harness.advanceSeconds(15 * 24 * 3600 - 1);
        harness.store.purgeRecycleBin();
        QVERIFY(harness.store.find(id));
        harness.advanceSeconds(2);
        harness.store.purgeRecycleBin();
        QVERIFY(!harness.store.find(id));
        QCOMPARE(harness.store.update(id, json(R"({"Subject":"x"})"), alice()).error().errorCode,
            QStringLiteral("NOT_FOUND"));
    }

    void reportsUpdatedTasksInAWindow_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("expected"); // task numbers, or the error code
        QTest::addColumn<QString>("latest");
        // Task 1 modified 12:30:15, task 2 at 12:45:40, task 3 at 13:10:05; now is 13:20:30.
        QTest::newRow("all") << "2024-05-10T12:00:00Z"
                             << "2024-05-10T13:20:00Z"
                             << "1,2,3"
                             << "2024-05-10T13:20:00.000+0000";
        QTest::newRow("seconds ignored") << "2024-05-10T12:45:59Z"
                                         << "2024-05-10T13:10:59Z"
                                         << "2"
                                         << "2024-05-10T13:10:00.000+0000";
        QTest::newRow("end is exclusive") << "2024-05-10T12:00:00Z"
                                          << "2024-05-10T12:45:00Z"
                                          << "1"
                                          << "2024-05-10T12:45:00.000+0000";
        QTest::newRow("end in the future") << "2024-05-10T13:00:00Z"
                                           << "2024-05-11T00:00:00Z"
                                           << "3"
                                           << "2024-05-10T13:20:00.000+0000";
        QTest::newRow("offset form") << "2024-05-10T14:30:00+02:00"
                                     << "2024-05-10T15:00:00+02:00"
                                     << "1,2"
                                     << "2024-05-10T13:00:00.000+0000";
        QTest::newRow("empty window") << "2024-05-10T12:31:00Z"
                                      << "2024-05-10T12:45:00Z"
                                      << ""
                                      << "2024-05-10T12:45:00.000+0000";
        QTest::newRow("start after end") << "2024-05-10T13:00:00Z"
                                         << "2024-05-10T12:00:00Z"
                                         << "INVALID_REPLICATION_DATE"
                                         << "";
        QTest::newRow("same minute") << "2024-05-10T13:00:10Z"
                                     << "2024-05-10T13:00:50Z"
                                     << "INVALID_REPLICATION_DATE"
                                     << "";
        QTest::newRow("30 days back") << "2024-04-10T13:20:00Z"
                                      << "2024-05-10T13:00:00Z"
                                      << "1,2"
                                      << "2024-05-10T13:00:00.000+0000";
        QTest::newRow("more than 30 days back") << "2024-04-10T13:19:00Z"
                                                << "2024-05-10T13:00:00Z"
                                                << "INVALID_REPLICATION_DATE"
                                                << "";
        QTest::newRow("start in the future") << "2024-05-10T13:21:00Z"
                                             << "2024-05-10T14:00:00Z"
                                             << "INVALID_REPLICATION_DATE"
                                             << "";
    }
    void reportsUpdatedTasksInAWindow()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, expected);
        QFETCH(QString, latest);
        Harness harness;
        harness.now = at("2024-05-10T12:30:15Z");
        const QString first = harness.create();
        harness.now = at("2024-05-10T12:45:40Z");
        const QString second = harness.create();
        harness.now = at("2024-05-10T12:00:00Z");
        const QString third = harness.create();
        harness.now = at("2024-05-10T13:10:05Z");
        QVERIFY(harness.store.update(third, json(R"({"Priority":"High"})"), alice()).ok());
        harness.now = at("2024-05-10T13:20:30Z");
        const SfResult<UpdatedWindow> window
            = harness.store.updated(parseDateTime(start), parseDateTime(end));
        if (!window.ok()) {
            QCOMPARE(window.error().errorCode, expected);
            QCOMPARE(window.error().httpStatus, 400);
            return;
        }
        QStringList numbers;
        for (const QString& id : window->ids) {
            numbers << QString::number(id == first ? 1 : id == second ? 2 : id == third ? 3 : 0);
        }
        QCOMPARE(numbers.join(QLatin1Char(',')), expected);
        QCOMPARE(formatDateTime(window->latestDateCovered), latest);
    }

    void leavesNothingBetweenConsecutiveWindows()
    {
        // Asking again from latestDateCovered misses nothing and repeats nothing, even for changes made
        // in the minute the previous call ended in.
        Harness harness;
        harness.now = at("2024-05-10T10:00:00Z");
        QDateTime from = at("2024-05-10T09:00:00Z");
        QStringList seen;
        QStringList made;
        for (int round = 0; round < 20; ++round) {
            made << harness.create();
            harness.advanceSeconds(37);
            const auto window = harness.store.updated(from, harness.now.addSecs(3600));
            QVERIFY(window.ok());
            seen += window->ids;
            from = window->latestDateCovered;
        }
        harness.advanceSeconds(120);
        seen += harness.store.updated(from, harness.now)->ids;
        QCOMPARE(seen, made);
    }

    void reportsDeletedTasksInAWindow()
    {
        Harness harness;
        harness.now = at("2024-05-01T08:00:00Z");
        const QString kept = harness.create();
        const QString gone = harness.create();
        harness.now = at("2024-05-01T09:15:30Z");
        QVERIFY(harness.store.remove(gone, alice()).ok());
        harness.now = at("2024-05-02T00:00:00Z");
        const SfResult<DeletedWindow> window
            = harness.store.deleted(at("2024-05-01T09:00:00Z"), at("2024-05-03T00:00:00Z"));
        QVERIFY(window.ok());
        QCOMPARE(window->records.size(), 1);
        QCOMPARE(window->records.first().id, gone);
        QCOMPARE(formatDateTime(window->records.first().deletedDate),
            QStringLiteral("2024-05-01T09:15:30.000+0000"));
        QCOMPARE(formatDateTime(window->latestDateCovered), QStringLiteral("2024-05-02T00:00:00.000+0000"));
        QVERIFY(window->earliestDateAvailable <= at("2024-05-01T09:00:00Z"));
        QVERIFY(
            harness.store.deleted(at("2024-05-01T09:16:00Z"), at("2024-05-02T00:00:00Z"))->records.isEmpty());
        Q_UNUSED(kept)
    }

    void refusesAWindowThatReachesPastAPurge()
    {
        Harness harness;
        harness.now = at("2024-05-01T08:00:00Z");
        const QString gone = harness.create();
        QVERIFY(harness.store.remove(gone, alice()).ok());
        harness.now = at("2024-05-16T08:00:01Z"); // 15 days and a second later: purged
        const auto refused = harness.store.deleted(at("2024-05-01T07:00:00Z"), harness.now);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().errorCode, QStringLiteral("INVALID_REPLICATION_DATE"));
        const auto accepted = harness.store.deleted(at("2024-05-01T08:01:00Z"), harness.now);
        QVERIFY(accepted.ok());
        QCOMPARE(
            formatDateTime(accepted->earliestDateAvailable), QStringLiteral("2024-05-01T08:01:00.000+0000"));
        QVERIFY(accepted->records.isEmpty());
    }

    void rollsBackToASnapshot()
    {
        Harness harness;
        const QString id = harness.create();
        const TaskStore::Snapshot before = harness.store.snapshot();
        harness.create();
        QVERIFY(harness.store.remove(id, alice()).ok());
        harness.store.restore(before);
        QCOMPARE(harness.store.endPosition(), qint64(1));
        QVERIFY(!harness.store.find(id)->isDeleted);
    }

    void generatesTheSameTasksFromTheSameSeed()
    {
        const auto generate = [](quint64 seedValue) {
            Harness harness;
            TaskSeed seed;
            seed.seed = seedValue;
            seed.count = 300;
            seed.now = harness.now;
            seed.ownerIds = { alice(), bob() };
            seed.creatorId = alice();
            seed.pickWho = [](quint64 draw) {
                return RecordIds::make(RecordIds::leadPrefix, qint64(draw % 1000) + 1);
            };
            TaskGenerator::fill(harness.store, seed);
            QStringList lines;
            harness.store.scan(0, harness.store.endPosition(), [&](qint64, const SoqlRecord& record) {
                const auto value = [&](const char* name) {
                    return record
                        .value(SoqlFieldDef { QString::fromLatin1(name), SoqlFieldType::String, {}, {} })
                        .toString();
                };
                lines << QStringList { value("Id"), value("Subject"), value("Status"), value("WhoId"),
                    value("CreatedDate"), value("IsDeleted") }
                             .join(QLatin1Char('|'));
                return true;
            });
            return lines;
        };
        const QStringList first = generate(42);
        QCOMPARE(first.size(), 300);
        QCOMPARE(generate(42), first);
        QVERIFY(generate(43) != first);
        QVERIFY(first.filter(QStringLiteral("|true")).size() > 0); // some start in the recycle bin
        QVERIFY(first.filter(QStringLiteral("Completed")).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSalesforceTaskStore)
#include "testsalesforcetaskstore.moc"
