// Marketo activities: types, paging tokens, the lead changes feed (fields required, paging, filtering),
// deleted leads and their window, and sales activities written through activities/external.json.
#include "sandbox/marketo/marketotokens.h"
#include "sandboxclient.h"

#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace sia::sandbox;

class TestMarketoActivities : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typesIncludeTheSalesActivities();
    void leadChangesFromAPagingToken();
    void leadChangesNeedFields();
    void leadChangesPageWithoutLossOrRepeat();
    void leadChangesKeepOnlyTheFieldsAsked();
    void pagingTokenSkipsEarlierChanges();
    void deletedLeadsWithinTheirWindow();
    void salesActivitiesAreWrittenAndRead();
    void externalActivitiesRefuseBadInput();

private:
    QString tokenAt(const QDateTime& at);
    QJsonObject leadChanges(const QString& token, const QString& fields, int batchSize = 300);
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestMarketoActivities::init()
{
    SandboxOptions options;
    options.people = 1000;
    options.limits.marketoCallsPerWindow = 100000;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_sandbox->clock().set(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
    m_sandbox->clock().setFrozen(true);
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void TestMarketoActivities::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

QString TestMarketoActivities::tokenAt(const QDateTime& at)
{
    const HttpResult answer = m_client->marketoGet(
        QStringLiteral("/rest/v1/activities/pagingtoken.json?sinceDatetime=") + at.toString(Qt::ISODate));
    return answer.object().value(QStringLiteral("nextPageToken")).toString();
}

QJsonObject TestMarketoActivities::leadChanges(const QString& token, const QString& fields, int batchSize)
{
    return m_client
        ->marketoGet(
            QStringLiteral("/rest/v1/activities/leadchanges.json?nextPageToken=%1&fields=%2&batchSize=%3")
                .arg(token, fields)
                .arg(batchSize))
        .object();
}

void TestMarketoActivities::typesIncludeTheSalesActivities()
{
    const HttpResult answer = m_client->marketoGet(QStringLiteral("/rest/v1/activities/types.json"));
    QVERIFY(answer.success());
    QHash<int, QString> names;
    for (const QJsonValue& type : answer.result()) {
        names.insert(type.toObject().value(QStringLiteral("id")).toInt(),
            type.toObject().value(QStringLiteral("name")).toString());
    }
    QCOMPARE(names.value(13), QStringLiteral("Change Data Value"));
    for (const int id : { 39, 40, 41, 42, 43, 44, 45, 46, 48 }) {
        QVERIFY2(names.contains(id), qPrintable(QString::number(id)));
    }
    const HttpResult custom = m_client->marketoGet(QStringLiteral("/rest/v1/activities/external/types.json"));
    QCOMPARE(custom.result().first().toObject().value(QStringLiteral("apiName")).toString(),
        QStringLiteral("siaSalesActivity_c"));
}

void TestMarketoActivities::leadChangesFromAPagingToken()
{
    const QString token = tokenAt(m_sandbox->clock().now());
    QVERIFY(!token.isEmpty());
    m_sandbox->dataset().mutatePeople(5);
    const QJsonObject page = leadChanges(token, QStringLiteral("title,phone,company,leadSource"));
    QVERIFY(page.value(QStringLiteral("success")).toBool());
    QCOMPARE(page.value(QStringLiteral("result")).toArray().size(), 5);
    QCOMPARE(page.value(QStringLiteral("moreResult")).toBool(), false);
    const QJsonObject first = page.value(QStringLiteral("result")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("activityTypeId")).toInt(), 13);
    QCOMPARE(
        first.value(QStringLiteral("leadId")).toInteger(), m_sandbox->dataset().changes().first().personId);
    // Asking again with the returned token finds nothing new: no "result" at all, as Marketo answers.
    const QJsonObject again
        = leadChanges(page.value(QStringLiteral("nextPageToken")).toString(), QStringLiteral("title"));
    QVERIFY(!again.contains(QStringLiteral("result")));
    QCOMPARE(again.value(QStringLiteral("moreResult")).toBool(), false);
    // …until something changes.
    m_sandbox->dataset().mutatePeople(2);
    const QJsonObject later = leadChanges(again.value(QStringLiteral("nextPageToken")).toString(),
        QStringLiteral("title,phone,company,leadSource"));
    QCOMPARE(later.value(QStringLiteral("result")).toArray().size(), 2);
}

void TestMarketoActivities::leadChangesNeedFields()
{
    const QString token = tokenAt(m_sandbox->clock().now());
    const HttpResult answer
        = m_client->marketoGet(QStringLiteral("/rest/v1/activities/leadchanges.json?nextPageToken=") + token);
    QCOMPARE(answer.errorCode(), QStringLiteral("1003"));
    QCOMPARE(
        m_client->marketoGet(QStringLiteral("/rest/v1/activities/leadchanges.json?fields=title")).errorCode(),
        QStringLiteral("1003"));
}

void TestMarketoActivities::leadChangesPageWithoutLossOrRepeat()
{
    QString token = tokenAt(m_sandbox->clock().now());
    m_sandbox->dataset().mutatePeople(25);
    QList<qint64> seen;
    for (int page = 0; page < 10; ++page) {
        const QJsonObject answer = leadChanges(token, QStringLiteral("title,phone,company,leadSource"), 10);
        for (const QJsonValue& change : answer.value(QStringLiteral("result")).toArray()) {
            seen.append(change.toObject().value(QStringLiteral("id")).toInteger());
        }
        token = answer.value(QStringLiteral("nextPageToken")).toString();
        if (!answer.value(QStringLiteral("moreResult")).toBool()) {
            break;
        }
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 25);
}

void TestMarketoActivities::leadChangesKeepOnlyTheFieldsAsked()
{
    const QString token = tokenAt(m_sandbox->clock().now());
    m_sandbox->dataset().mutatePeople(40);
    qsizetype withTitle = 0;
    for (const PersonChange& change : m_sandbox->dataset().changes()) {
        withTitle += std::any_of(change.fields.cbegin(), change.fields.cend(),
                         [](const PersonChange::Field& f) { return f.name == u"title"; })
            ? 1
            : 0;
    }
    const QJsonArray result
        = leadChanges(token, QStringLiteral("title")).value(QStringLiteral("result")).toArray();
    QCOMPARE(result.size(), withTitle);
    for (const QJsonValue& change : result) {
        for (const QJsonValue& field : change.toObject().value(QStringLiteral("fields")).toArray()) {
            QCOMPARE(field.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("title"));
        }
    }
}

void TestMarketoActivities::pagingTokenSkipsEarlierChanges()
{
    const QDateTime start = m_sandbox->clock().now();
    m_sandbox->dataset().mutatePeople(3);
    m_sandbox->clock().advance(3600'000);
    m_sandbox->dataset().mutatePeople(2);
    const QJsonObject page
        = leadChanges(tokenAt(start.addSecs(1800)), QStringLiteral("title,phone,company,leadSource"));
    QCOMPARE(page.value(QStringLiteral("result")).toArray().size(), 2);
}

void TestMarketoActivities::deletedLeadsWithinTheirWindow()
{
    const QString token = tokenAt(m_sandbox->clock().now());
    const QList<qint64> deleted = m_sandbox->dataset().deletePeople(3);
    const HttpResult answer = m_client->marketoGet(
        QStringLiteral("/rest/v1/activities/deletedleads.json?nextPageToken=") + token);
    QVERIFY(answer.success());
    QList<qint64> ids;
    for (const QJsonValue& item : answer.result()) {
        QCOMPARE(item.toObject().value(QStringLiteral("activityTypeId")).toInt(), 37);
        ids.append(item.toObject().value(QStringLiteral("leadId")).toInteger());
    }
    QCOMPARE(ids, deleted);
    QVERIFY(m_client
                ->marketoGet(
                    QStringLiteral("/rest/v1/leads.json?filterType=id&filterValues=%1").arg(deleted.first()))
                .result()
                .isEmpty());
    m_sandbox->clock().advance(15LL * 24 * 3600 * 1000);
    m_client->setMarketoCredentials(
        marketo::MarketoCredentials().clientId, marketo::MarketoCredentials().clientSecret);
    const HttpResult later = m_client->marketoGet(
        QStringLiteral("/rest/v1/activities/deletedleads.json?nextPageToken=") + token);
    QVERIFY(later.result().isEmpty()); // older than Marketo keeps them
}

void TestMarketoActivities::salesActivitiesAreWrittenAndRead()
{
    const QString token = tokenAt(m_sandbox->clock().now());
    const QJsonObject body { { QStringLiteral("input"),
        QJsonArray {
            QJsonObject { { QStringLiteral("leadId"), 1001 },
                { QStringLiteral("activityDate"), QStringLiteral("2025-03-01T11:00:00Z") },
                { QStringLiteral("activityTypeId"), 39 },
                { QStringLiteral("primaryAttributeValue"), QStringLiteral("Intro") },
                { QStringLiteral("attributes"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Subject") },
                        { QStringLiteral("value"), QStringLiteral("Hello Zoë") } } } } },
            QJsonObject { { QStringLiteral("leadId"), 1002 },
                { QStringLiteral("activityDate"), QStringLiteral("2025-03-01T11:05:00Z") },
                { QStringLiteral("activityTypeId"), 100001 },
                { QStringLiteral("primaryAttributeValue"), QStringLiteral("Call") } },
            QJsonObject { { QStringLiteral("leadId"), 99999999 },
                { QStringLiteral("activityDate"), QStringLiteral("2025-03-01T11:05:00Z") },
                { QStringLiteral("activityTypeId"), 39 },
                { QStringLiteral("primaryAttributeValue"), QStringLiteral("x") } },
            QJsonObject { { QStringLiteral("leadId"), 1003 },
                { QStringLiteral("activityDate"), QStringLiteral("2025-03-01T11:05:00Z") },
                { QStringLiteral("activityTypeId"), 1 },
                { QStringLiteral("primaryAttributeValue"), QStringLiteral("x") } },
        } } };
    const HttpResult answer = m_client->marketoPost(
        QStringLiteral("/rest/v1/activities/external.json"), QJsonDocument(body).toJson());
    QVERIFY2(answer.success(), answer.body.constData());
    const QJsonArray result = answer.result();
    QCOMPARE(result.size(), 4);
    QCOMPARE(result.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("added"));
    QCOMPARE(result.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("added"));
    QCOMPARE(result.at(2)
                 .toObject()
                 .value(QStringLiteral("reasons"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
        QStringLiteral("1004"));
    QCOMPARE(result.at(3).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));

    const HttpResult read = m_client->marketoGet(
        QStringLiteral("/rest/v1/activities.json?activityTypeIds=39,100001&nextPageToken=") + token);
    QCOMPARE(read.result().size(), 2);
    QCOMPARE(read.result()
                 .first()
                 .toObject()
                 .value(QStringLiteral("attributes"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
        QStringLiteral("Hello Zoë"));
    QCOMPARE(m_sandbox->counters().value(QStringLiteral("marketo.salesActivities.39")), 1);
}

void TestMarketoActivities::externalActivitiesRefuseBadInput()
{
    QCOMPARE(
        m_client->marketoPost(QStringLiteral("/rest/v1/activities/external.json"), "{not json").errorCode(),
        QStringLiteral("609"));
    QJsonArray many;
    for (int i = 0; i < 301; ++i) {
        many.append(
            QJsonObject { { QStringLiteral("leadId"), 1001 }, { QStringLiteral("activityTypeId"), 39 },
                { QStringLiteral("activityDate"), QStringLiteral("2025-03-01T11:00:00Z") },
                { QStringLiteral("primaryAttributeValue"), QStringLiteral("x") } });
    }
    const QByteArray tooMany = QJsonDocument(QJsonObject { { QStringLiteral("input"), many } }).toJson();
    QCOMPARE(m_client->marketoPost(QStringLiteral("/rest/v1/activities/external.json"), tooMany).errorCode(),
        QStringLiteral("1003"));
}

QTEST_GUILESS_MAIN(TestMarketoActivities)
#include "testmarketoactivities.moc"
