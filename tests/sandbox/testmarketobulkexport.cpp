// Marketo bulk lead extract: the job's states on the sandbox clock (Failed when a fault says so), 2
// processing and 10 queued and processing together, the daily export quota at create and enqueue, the
// 31-day window in whole seconds and the updatedAt filter, and a streamed file that matches its size and
// SHA-256 checksum, resumable with Range, unchanged by later changes to the data.
#include "sandbox/marketo/marketotokens.h"
#include "sandboxclient.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QtTest>

using namespace sia::sandbox;

class TestMarketoBulkExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void jobRunsFromCreatedToCompleted();
    void fileMatchesSizeChecksumAndRecords();
    void rangeResumesTheDownload();
    void twoProcessAtOnceTheOthersWait();
    void tenQueuedAndProcessingTogetherThenRefused();
    void dailyQuotaRefusesCreateAndEnqueue();
    void windowOver31DaysIsRefused();
    void windowOf31DaysOrMoreIsRefused_data();
    void windowOf31DaysOrMoreIsRefused();
    void datesWithMillisecondsAreRefused();
    void aFaultMakesAJobFail();
    void updatedAtFilterCanBeMissing();
    void cancelStopsAJob();
    void fileBeforeCompletionIsRefused();
    void fileKeepsTheDataOfItsRun();
    void headerNamesAndTsv();
    void aCreatedAtWindowCoversTheNewPeople();

private:
    QString create(const QString& field = QStringLiteral("createdAt"),
        const QString& start = QStringLiteral("2024-06-01T00:00:00Z"),
        const QString& end = QStringLiteral("2024-07-01T00:00:00Z"), const QJsonObject& extra = {});
    QJsonObject status(const QString& exportId);
    void advanceMinutes(int minutes);
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestMarketoBulkExport::init()
{
    SandboxOptions options;
    options.people = 20000;
    options.seed = 5;
    options.limits.marketoCallsPerWindow = 100000;
    options.marketoTokenLifetimeSeconds = 100 * 24 * 3600; // the clock moves a lot here
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_sandbox->clock().set(QDateTime(QDate(2025, 2, 1), QTime(10, 0), Qt::UTC));
    m_sandbox->clock().setFrozen(true);
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void TestMarketoBulkExport::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

QString TestMarketoBulkExport::create(
    const QString& field, const QString& start, const QString& end, const QJsonObject& extra)
{
    QJsonObject body {
        { QStringLiteral("fields"),
            QJsonArray { QStringLiteral("id"), QStringLiteral("firstName"), QStringLiteral("lastName"),
                QStringLiteral("email"), QStringLiteral("company"), QStringLiteral("phone"),
                QStringLiteral("updatedAt") } },
        { QStringLiteral("format"), QStringLiteral("CSV") },
        { QStringLiteral("filter"),
            QJsonObject { { field,
                QJsonObject { { QStringLiteral("startAt"), start }, { QStringLiteral("endAt"), end } } } } }
    };
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        body.insert(it.key(), it.value());
    }
    const HttpResult answer = m_client->marketoPost(
        QStringLiteral("/bulk/v1/leads/export/create.json"), QJsonDocument(body).toJson());
    return answer.result().first().toObject().value(QStringLiteral("exportId")).toString();
}

QJsonObject TestMarketoBulkExport::status(const QString& exportId)
{
    return m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/status.json").arg(exportId))
        .result()
        .first()
        .toObject();
}

void TestMarketoBulkExport::advanceMinutes(int minutes)
{
    m_sandbox->clock().advance(qint64(minutes) * 60'000);
}

void TestMarketoBulkExport::jobRunsFromCreatedToCompleted()
{
    const QString id = create();
    QVERIFY(!id.isEmpty());
    QCOMPARE(status(id).value(QStringLiteral("status")).toString(), QStringLiteral("Created"));
    const HttpResult enqueued
        = m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(id), {});
    QVERIFY2(enqueued.success(), enqueued.body.constData());
    QCOMPARE(status(id).value(QStringLiteral("status")).toString(),
        QStringLiteral("Processing")); // a slot was free
    advanceMinutes(10);
    const QJsonObject done = status(id);
    QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QVERIFY(done.value(QStringLiteral("numberOfRecords")).toInteger() > 100);
    QVERIFY(done.value(QStringLiteral("fileChecksum")).toString().startsWith(QStringLiteral("sha256:")));
    QVERIFY(done.contains(QStringLiteral("finishedAt")));
    // Enqueuing twice is refused.
    QCOMPARE(m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(id), {})
                 .errorCode(),
        QStringLiteral("1003"));
}

void TestMarketoBulkExport::fileMatchesSizeChecksumAndRecords()
{
    const QString id = create();
    m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(id), {});
    advanceMinutes(10);
    const QJsonObject done = status(id);
    const HttpResult file
        = m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body.size(), done.value(QStringLiteral("fileSize")).toInteger());
    QCOMPARE(QStringLiteral("sha256:")
            + QString::fromLatin1(QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex()),
        done.value(QStringLiteral("fileChecksum")).toString());
    const QList<QByteArray> lines = file.body.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("id,firstName,lastName,email,company,phone,updatedAt"));
    QCOMPARE(lines.size() - 1, done.value(QStringLiteral("numberOfRecords")).toInteger());
    // Every row is someone created in the window, in id order.
    qint64 previous = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qint64 id = lines.at(i).left(lines.at(i).indexOf(',')).toLongLong();
        QVERIFY(id > previous);
        previous = id;
        const QDateTime created = m_sandbox->dataset().person(id)->createdAt;
        QVERIFY(created >= QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC)
            && created <= QDateTime(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC));
    }
    QVERIFY(file.body.contains(",null,")); // Marketo's missing value
}

void TestMarketoBulkExport::rangeResumesTheDownload()
{
    const QString id = create();
    m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(id), {});
    advanceMinutes(10);
    const QByteArray whole
        = m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id)).body;
    const QByteArray bearer = "Bearer " + m_client->marketoToken().toLatin1();
    const HttpResult tail = m_client->get(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id),
        { { "Authorization", bearer }, { "Range", "bytes=1000-" } });
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.body, whole.mid(1000));
    QCOMPARE(tail.header("Content-Range"),
        "bytes 1000-" + QByteArray::number(whole.size() - 1) + '/' + QByteArray::number(whole.size()));
    const HttpResult middle = m_client->get(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id),
        { { "Authorization", bearer }, { "Range", "bytes=10-19" } });
    QCOMPARE(middle.body, whole.mid(10, 10));
    const HttpResult beyond = m_client->get(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id),
        { { "Authorization", bearer }, { "Range", "bytes=99999999-" } });
    QCOMPARE(beyond.status, 416);
}

void TestMarketoBulkExport::twoProcessAtOnceTheOthersWait()
{
    QStringList ids;
    for (const char* month : { "2024-01", "2024-02", "2024-03" }) {
        ids.append(create(QStringLiteral("createdAt"), QLatin1String(month) + QStringLiteral("-01T00:00:00Z"),
            QLatin1String(month) + QStringLiteral("-28T00:00:00Z")));
        m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(ids.last()), {});
    }
    QCOMPARE(status(ids.at(0)).value(QStringLiteral("status")).toString(), QStringLiteral("Processing"));
    QCOMPARE(status(ids.at(1)).value(QStringLiteral("status")).toString(), QStringLiteral("Processing"));
    QCOMPARE(status(ids.at(2)).value(QStringLiteral("status")).toString(), QStringLiteral("Queued"));
    advanceMinutes(60);
    const QJsonObject first = status(ids.at(0));
    const QJsonObject second = status(ids.at(1));
    const QJsonObject third = status(ids.at(2));
    QCOMPARE(third.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    // The third started when the first of the other two finished.
    const QString earliest = std::min(first.value(QStringLiteral("finishedAt")).toString(),
        second.value(QStringLiteral("finishedAt")).toString());
    QCOMPARE(third.value(QStringLiteral("startedAt")).toString(), earliest);
}

void TestMarketoBulkExport::tenQueuedAndProcessingTogetherThenRefused()
{
    for (int job = 0; job < 10; ++job) {
        const QString id = create();
        QVERIFY(m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(id), {})
                    .success());
    }
    QCOMPARE(
        m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export.json?status=Processing")).result().size(),
        2);
    const QString eleventh = create();
    const HttpResult refused
        = m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(eleventh), {});
    QCOMPARE(refused.errorCode(), QStringLiteral("1029"));
    // Once one finishes, there is room again.
    advanceMinutes(10);
    QVERIFY(m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(eleventh), {})
                .success());
}

void TestMarketoBulkExport::dailyQuotaRefusesCreateAndEnqueue()
{
    SandboxOptions options;
    options.people = 20000;
    options.limits.marketoExportDailyBytes = 1000;
    const auto small = startSandbox(options);
    QVERIFY(small);
    SandboxClient client(small->baseUrl());
    auto createJob = [&] {
        const QJsonObject body { { QStringLiteral("fields"),
                                     QJsonArray { QStringLiteral("id"), QStringLiteral("email") } },
            { QStringLiteral("filter"),
                QJsonObject { { QStringLiteral("createdAt"),
                    QJsonObject { { QStringLiteral("startAt"), QStringLiteral("2024-06-01T00:00:00Z") },
                        { QStringLiteral("endAt"), QStringLiteral("2024-06-30T00:00:00Z") } } } } } };
        return client
            .marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"), QJsonDocument(body).toJson())
            .result()
            .first()
            .toObject()
            .value(QStringLiteral("exportId"))
            .toString();
    };
    const QString first = createJob();
    const QString second = createJob(); // created before the quota runs out, enqueued after it has
    QVERIFY(!second.isEmpty());
    QVERIFY(
        client.marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(first), {}).success());
    small->clock().advance(600'000);
    client.setMarketoCredentials(
        marketo::MarketoCredentials().clientId, marketo::MarketoCredentials().clientSecret);
    QCOMPARE(client.marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/status.json").arg(first))
                 .result()
                 .first()
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("Completed"));
    QCOMPARE(client.marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(second), {})
                 .errorCode(),
        QStringLiteral("1029"));
    // And a new job is refused when it is created.
    const QJsonObject body { { QStringLiteral("fields"), QJsonArray { QStringLiteral("id") } },
        { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("createdAt"),
                QJsonObject { { QStringLiteral("startAt"), QStringLiteral("2024-06-01T00:00:00Z") },
                    { QStringLiteral("endAt"), QStringLiteral("2024-06-30T00:00:00Z") } } } } } };
    QCOMPARE(
        client.marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"), QJsonDocument(body).toJson())
            .errorCode(),
        QStringLiteral("1029"));
}

void TestMarketoBulkExport::windowOver31DaysIsRefused()
{
    const QJsonObject body { { QStringLiteral("fields"), QJsonArray { QStringLiteral("id") } },
        { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("createdAt"),
                QJsonObject { { QStringLiteral("startAt"), QStringLiteral("2024-01-01T00:00:00Z") },
                    { QStringLiteral("endAt"), QStringLiteral("2024-02-02T00:00:01Z") } } } } } };
    QCOMPARE(
        m_client
            ->marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"), QJsonDocument(body).toJson())
            .errorCode(),
        QStringLiteral("1003"));
    QCOMPARE(m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"), "{]").errorCode(),
        QStringLiteral("609"));
    const QJsonObject unknownField { { QStringLiteral("fields"), QJsonArray { QStringLiteral("shoeSize") } },
        { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("createdAt"),
                QJsonObject { { QStringLiteral("startAt"), QStringLiteral("2024-01-01T00:00:00Z") },
                    { QStringLiteral("endAt"), QStringLiteral("2024-01-02T00:00:00Z") } } } } } };
    QCOMPARE(m_client
                 ->marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"),
                     QJsonDocument(unknownField).toJson())
                 .errorCode(),
        QStringLiteral("1006"));
}

void TestMarketoBulkExport::windowOf31DaysOrMoreIsRefused_data()
{
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("code");
    QTest::newRow("31 days less a second") << QStringLiteral("2024-02-01T23:59:59Z") << QString();
    QTest::newRow("31 days exactly") << QStringLiteral("2024-02-02T00:00:00Z") << QStringLiteral("1003");
    QTest::newRow("31 days and a second") << QStringLiteral("2024-02-02T00:00:01Z") << QStringLiteral("1003");
}

void TestMarketoBulkExport::windowOf31DaysOrMoreIsRefused()
{
    QFETCH(QString, end);
    QFETCH(QString, code);
    const QJsonObject body { { QStringLiteral("fields"), QJsonArray { QStringLiteral("id") } },
        { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("createdAt"),
                QJsonObject { { QStringLiteral("startAt"), QStringLiteral("2024-01-02T00:00:00Z") },
                    { QStringLiteral("endAt"), end } } } } } };
    const HttpResult answer = m_client->marketoPost(
        QStringLiteral("/bulk/v1/leads/export/create.json"), QJsonDocument(body).toJson());
    QCOMPARE(answer.errorCode(), code);
}

void TestMarketoBulkExport::datesWithMillisecondsAreRefused()
{
    const HttpResult startWithMs = m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"),
        R"({"fields":["id"],"filter":{"createdAt":{"startAt":"2024-06-01T00:00:00.000Z","endAt":"2024-06-10T00:00:00Z"}}})");
    QCOMPARE(startWithMs.errorCode(), QStringLiteral("1003"));
    const HttpResult endWithMs = m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"),
        R"({"fields":["id"],"filter":{"updatedAt":{"startAt":"2024-06-01T00:00:00Z","endAt":"2024-06-10T00:00:00.5+02:00"}}})");
    QCOMPARE(endWithMs.errorCode(), QStringLiteral("1003"));
    QVERIFY(!create(QStringLiteral("createdAt"), QStringLiteral("2024-06-01T00:00:00+02:00"),
        QStringLiteral("2024-06-10T00:00:00-05:00"))
                 .isEmpty());
}

void TestMarketoBulkExport::aFaultMakesAJobFail()
{
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.bulkEnqueue=FAILED@1")).ok());
    const QString failing = create();
    QVERIFY(m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(failing), {})
                .success());
    QCOMPARE(status(failing).value(QStringLiteral("status")).toString(), QStringLiteral("Processing"));
    advanceMinutes(10);
    const QJsonObject failed = status(failing);
    QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    QVERIFY(failed.contains(QStringLiteral("finishedAt")));
    QVERIFY(!failed.contains(QStringLiteral("fileChecksum")));
    QCOMPARE(
        m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(failing)).errorCode(),
        QStringLiteral("1003"));
    // A new job for the same window completes; a failed job frees its slot.
    const QString retry = create();
    QVERIFY(m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(retry), {})
                .success());
    advanceMinutes(10);
    QCOMPARE(status(retry).value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));

    // On a status poll the fault fails a running job at once.
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.bulkStatus=FAILED@2")).ok());
    const QString polled = create();
    m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(polled), {});
    QCOMPARE(status(polled).value(QStringLiteral("status")).toString(), QStringLiteral("Processing"));
    QCOMPARE(status(polled).value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    QCOMPARE(m_sandbox->counters().value(QStringLiteral("marketo.bulk.failed")), 2);
}

void TestMarketoBulkExport::updatedAtFilterCanBeMissing()
{
    QVERIFY(!create(QStringLiteral("updatedAt")).isEmpty());
    SandboxOptions options;
    options.people = 100;
    options.marketoUpdatedAtFilter = false;
    const auto without = startSandbox(options);
    QVERIFY(without);
    SandboxClient client(without->baseUrl());
    const QJsonObject body { { QStringLiteral("fields"), QJsonArray { QStringLiteral("id") } },
        { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("updatedAt"),
                QJsonObject { { QStringLiteral("startAt"), QStringLiteral("2024-01-01T00:00:00Z") },
                    { QStringLiteral("endAt"), QStringLiteral("2024-01-02T00:00:00Z") } } } } } };
    QCOMPARE(
        client.marketoPost(QStringLiteral("/bulk/v1/leads/export/create.json"), QJsonDocument(body).toJson())
            .errorCode(),
        QStringLiteral("1035"));
}

void TestMarketoBulkExport::cancelStopsAJob()
{
    QStringList ids;
    for (int job = 0; job < 3; ++job) {
        ids.append(create());
        m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(ids.last()), {});
    }
    QCOMPARE(m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/cancel.json").arg(ids.at(2)), {})
                 .result()
                 .first()
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("Cancelled"));
    QCOMPARE(m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/cancel.json").arg(ids.at(0)), {})
                 .result()
                 .first()
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("Cancelled"));
    advanceMinutes(60);
    QCOMPARE(status(ids.at(1)).value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QCOMPARE(m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/cancel.json").arg(ids.at(1)), {})
                 .errorCode(),
        QStringLiteral("1003"));
    QCOMPARE(status(QStringLiteral("no-such-job")).size(), 0);
}

void TestMarketoBulkExport::fileBeforeCompletionIsRefused()
{
    const QString id = create();
    QCOMPARE(m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id)).errorCode(),
        QStringLiteral("1003"));
}

void TestMarketoBulkExport::fileKeepsTheDataOfItsRun()
{
    const QString id = create(QStringLiteral("updatedAt"), QStringLiteral("2024-06-01T00:00:00Z"),
        QStringLiteral("2024-07-01T00:00:00Z"));
    m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(id), {});
    advanceMinutes(10);
    const QString checksum = status(id).value(QStringLiteral("fileChecksum")).toString();
    m_sandbox->dataset().mutatePeople(2000); // after the run: the file must not change
    const QByteArray file
        = m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id)).body;
    QCOMPARE(QStringLiteral("sha256:")
            + QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex()),
        checksum);
}

void TestMarketoBulkExport::headerNamesAndTsv()
{
    const QString id = create(QStringLiteral("createdAt"), QStringLiteral("2024-06-01T00:00:00Z"),
        QStringLiteral("2024-06-10T00:00:00Z"),
        { { QStringLiteral("format"), QStringLiteral("TSV") },
            { QStringLiteral("columnHeaderNames"),
                QJsonObject { { QStringLiteral("email"), QStringLiteral("E-Mail, work") } } } });
    m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(id), {});
    advanceMinutes(10);
    const QByteArray file
        = m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(id)).body;
    QVERIFY2(file.startsWith("id\tfirstName\tlastName\tE-Mail, work\tcompany\tphone\tupdatedAt\n"),
        file.left(80).constData());
}

void TestMarketoBulkExport::aCreatedAtWindowCoversTheNewPeople()
{
    // People the control API adds are created now (2025-02-01T10:00): a window around now holds them and
    // no generated person (all created before 2025), a window ending before now none of them.
    const QJsonObject added = m_client->control("POST", QStringLiteral("/sandbox/mutate"),
        { { QStringLiteral("kind"), QStringLiteral("newPeople") }, { QStringLiteral("count"), 3 },
            { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("company"), QStringLiteral("Nordwind, Ltd \"North\"") } } } });
    QList<qint64> ids;
    for (const QJsonValue& id : added.value(QStringLiteral("ids")).toArray()) {
        ids.append(id.toInteger());
    }
    QCOMPARE(ids.size(), 3);
    const QString around = create(QStringLiteral("createdAt"), QStringLiteral("2025-01-20T00:00:00Z"),
        QStringLiteral("2025-02-01T10:00:00Z"));
    const QString before = create(QStringLiteral("createdAt"), QStringLiteral("2025-01-20T00:00:00Z"),
        QStringLiteral("2025-02-01T09:59:59Z"));
    for (const QString& id : { around, before }) {
        QVERIFY(m_client->marketoPost(QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(id), {})
                    .success());
    }
    advanceMinutes(10);
    // Added after the job ran: not in its file.
    m_client->control("POST", QStringLiteral("/sandbox/mutate"),
        { { QStringLiteral("kind"), QStringLiteral("newPeople") }, { QStringLiteral("count"), 2 } });
    QCOMPARE(status(around).value(QStringLiteral("numberOfRecords")).toInteger(), 3);
    const QList<QByteArray> lines
        = m_client->marketoGet(QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(around))
              .body.trimmed()
              .split('\n');
    QCOMPARE(lines.size(), 4);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).left(lines.at(i).indexOf(',')).toLongLong(), ids.at(i - 1));
        QVERIFY2(lines.at(i).contains(R"("Nordwind, Ltd ""North""")"), lines.at(i).constData());
        QVERIFY(lines.at(i).endsWith("2025-02-01T10:00:00Z"));
    }
    QCOMPARE(status(before).value(QStringLiteral("numberOfRecords")).toInteger(), 0);
}

QTEST_GUILESS_MAIN(TestMarketoBulkExport)
#include "testmarketobulkexport.moc"
