// Marketo's lead partitions: GET /rest/v1/leads/partitions.json in the envelope (Default and one more,
// each with id, name, description), and leads.json's leadPartitionId filter agreeing with that list.
#include "sandboxclient.h"

#include <QtTest>

using namespace sia::sandbox;

class TestMarketoPartitions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsThePartitionsInTheEnvelope();
    void onlyGetIsServed();
    void partitionFilterAgreesWithTheList();
    void unlistedPartitionMatchesNobody();

private:
    QJsonArray partitions();
    qint64 peopleInPartition(const QString& id);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestMarketoPartitions::initTestCase()
{
    SandboxOptions options;
    options.people = 700; // fewer than a lookup's 1,000: the Default partition can be read by leads.json
    options.seed = 3;
    options.limits.marketoCallsPerWindow = 100000;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void TestMarketoPartitions::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.reset();
}

QJsonArray TestMarketoPartitions::partitions()
{
    return m_client->marketoGet(QStringLiteral("/rest/v1/leads/partitions.json")).result();
}

qint64 TestMarketoPartitions::peopleInPartition(const QString& id)
{
    qint64 seen = 0;
    QString token;
    int pages = 0;
    do {
        QString query
            = QStringLiteral("/rest/v1/leads.json?filterType=leadPartitionId&filterValues=%1&fields=id")
                  .arg(id);
        if (!token.isEmpty()) {
            query += QStringLiteral("&nextPageToken=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
        }
        const HttpResult page = m_client->marketoGet(query);
        if (!page.success()) {
            qWarning("%s", page.body.constData());
            return -1;
        }
        seen += page.result().size();
        token = page.object().value(QStringLiteral("nextPageToken")).toString();
    } while (!token.isEmpty() && ++pages < 100);
    return seen;
}

void TestMarketoPartitions::listsThePartitionsInTheEnvelope()
{
    const HttpResult answer = m_client->marketoGet(QStringLiteral("/rest/v1/leads/partitions.json"));
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.success(), answer.body.constData());
    QVERIFY(!answer.object().value(QStringLiteral("requestId")).toString().isEmpty());
    const QJsonArray result = answer.result();
    QVERIFY(result.size() >= 2);
    bool hasDefault = false;
    for (const QJsonValue& value : result) {
        const QJsonObject partition = value.toObject();
        QVERIFY(partition.value(QStringLiteral("id")).isDouble());
        QVERIFY(!partition.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(partition.value(QStringLiteral("description")).isString());
        hasDefault = hasDefault
            || (partition.value(QStringLiteral("name")).toString() == u"Default"
                && partition.value(QStringLiteral("id")).toInt() == 1);
    }
    QVERIFY(hasDefault);
}

void TestMarketoPartitions::onlyGetIsServed()
{
    const HttpResult answer
        = m_client->marketoPost(QStringLiteral("/rest/v1/leads/partitions.json"), QByteArrayLiteral("{}"));
    QVERIFY(!answer.success());
    QCOMPARE(answer.errorCode(), QStringLiteral("605"));
}

void TestMarketoPartitions::partitionFilterAgreesWithTheList()
{
    qint64 total = 0;
    for (const QJsonValue& value : partitions()) {
        const QJsonObject partition = value.toObject();
        const qint64 people
            = peopleInPartition(QString::number(partition.value(QStringLiteral("id")).toInt()));
        QVERIFY2(people >= 0, qPrintable(partition.value(QStringLiteral("name")).toString()));
        if (partition.value(QStringLiteral("name")).toString() == u"Default") {
            QVERIFY(people > 0);
        }
        total += people;
    }
    QCOMPARE(total, m_sandbox->dataset().livingPeopleCount()); // every person in exactly one partition
}

void TestMarketoPartitions::unlistedPartitionMatchesNobody()
{
    int unlisted = 1;
    for (const QJsonValue& value : partitions()) {
        unlisted = std::max(unlisted, value.toObject().value(QStringLiteral("id")).toInt() + 1);
    }
    const HttpResult answer = m_client->marketoGet(
        QStringLiteral("/rest/v1/leads.json?filterType=leadPartitionId&filterValues=%1").arg(unlisted));
    QVERIFY(answer.success());
    QVERIFY(answer.result().isEmpty());
}

QTEST_GUILESS_MAIN(TestMarketoPartitions)
#include "testmarketopartitions.moc"
