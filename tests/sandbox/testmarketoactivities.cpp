// Marketo activities: types, paging tokens, the lead changes feed (fields required, paging, filtering),
// New Lead activities (the generated history's and the control API's new people), deleted leads and their
// window, and sales activities written through activities/external.json. The activity log is scanned in
// blocks: every read here goes on until moreResult is false, across short and empty pages, as a client of
// the real service must.
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
    void leadChangesCrossEmptyPagesWhileMoreResult_data();
    void leadChangesCrossEmptyPagesWhileMoreResult();
    void activitiesCrossEmptyPagesWhileMoreResult();
    void leadFiltersAreHonouredOrRefused_data();
    void leadFiltersAreHonouredOrRefused();
    void newPeopleAppearAsNewLeadsInLeadChanges();
    void newLeadsAreReadWithType12AndLeadIds();
    void generatedHistoryHoldsTheNewLeadsOfItsDays();
    void aDeletedPersonsNewLeadGoesWithIt();

private:
    // Every page of one read of the log, from token until moreResult is false.
    struct LogRead
    {
        QJsonArray results;
        int pages = 0;
        int emptyWhileMore = 0; // pages without a result that still said moreResult
        int shortWhileMore = 0; // pages with fewer results than asked that still said moreResult
        QString token; // the last nextPageToken
    };
    static LogRead readLog(
        SandboxClient& client, const QString& pathAndQuery, const QString& token, int batchSize = 300);
    QString tokenAt(const QDateTime& at);
    QList<qint64> addPeople(int count);
    QJsonObject leadChanges(const QString& token, const QString& fields, int batchSize = 300);
    LogRead allLeadChanges(const QString& token, const QString& fields, int batchSize = 300);
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

TestMarketoActivities::LogRead TestMarketoActivities::readLog(
    SandboxClient& client, const QString& pathAndQuery, const QString& token, int batchSize)
{
    LogRead read;
    read.token = token;
    for (;;) {
        const HttpResult answer
            = client.marketoGet(pathAndQuery + QStringLiteral("&batchSize=%1&nextPageToken=").arg(batchSize)
                + QString::fromLatin1(QUrl::toPercentEncoding(read.token)));
        const QJsonObject page = answer.object();
        if (!answer.success() || !page.contains(QStringLiteral("moreResult"))
            || !page.contains(QStringLiteral("nextPageToken")) || ++read.pages > 100000) {
            qWarning("%s", answer.body.constData());
            read.pages = -1;
            return read;
        }
        const QJsonArray result = page.value(QStringLiteral("result")).toArray();
        for (const QJsonValue& item : result) {
            read.results.append(item);
        }
        read.token = page.value(QStringLiteral("nextPageToken")).toString();
        if (!page.value(QStringLiteral("moreResult")).toBool()) {
            return read;
        }
        read.emptyWhileMore += result.isEmpty() ? 1 : 0;
        read.shortWhileMore += !result.isEmpty() && result.size() < batchSize ? 1 : 0;
    }
}

TestMarketoActivities::LogRead TestMarketoActivities::allLeadChanges(
    const QString& token, const QString& fields, int batchSize)
{
    return readLog(
        *m_client, QStringLiteral("/rest/v1/activities/leadchanges.json?fields=") + fields, token, batchSize);
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
    const LogRead read = allLeadChanges(token, QStringLiteral("title,phone,company,leadSource"));
    QVERIFY(read.pages > 0);
    QCOMPARE(read.results.size(), 5);
    const QJsonObject first = read.results.first().toObject();
    QCOMPARE(first.value(QStringLiteral("activityTypeId")).toInt(), 13);
    QCOMPARE(
        first.value(QStringLiteral("leadId")).toInteger(), m_sandbox->dataset().changes().first().personId);
    // Asking again with the returned token finds nothing new: no "result" at all, as Marketo answers.
    const QJsonObject again = leadChanges(read.token, QStringLiteral("title"));
    QVERIFY(!again.contains(QStringLiteral("result")));
    QCOMPARE(again.value(QStringLiteral("moreResult")).toBool(), false);
    // …until something changes.
    m_sandbox->dataset().mutatePeople(2);
    const LogRead later = allLeadChanges(again.value(QStringLiteral("nextPageToken")).toString(),
        QStringLiteral("title,phone,company,leadSource"));
    QCOMPARE(later.results.size(), 2);
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

void TestMarketoActivities::leadFiltersAreHonouredOrRefused_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("accepted");
    const QString changes = QStringLiteral("/rest/v1/activities/leadchanges.json?fields=title");
    const QString activities = QStringLiteral("/rest/v1/activities.json?activityTypeIds=13");
    QStringList thirty;
    for (int id = 1; id <= 30; ++id) {
        thirty.append(QString::number(id));
    }
    const QString thirtyOne = thirty.join(u',') + QStringLiteral(",31");
    for (const auto& [name, endpoint] :
        { std::pair { "changes", changes }, std::pair { "activities", activities } }) {
        QTest::addRow("%s 30 ids", name)
            << endpoint << QStringLiteral("&leadIds=") + thirty.join(u',') << true;
        QTest::addRow("%s 31 ids", name) << endpoint << QStringLiteral("&leadIds=") + thirtyOne << false;
        QTest::addRow("%s id not a number", name) << endpoint << QStringLiteral("&leadIds=abc") << false;
        // No static lists in the sandbox: a listId is refused, never ignored.
        QTest::addRow("%s listId", name) << endpoint << QStringLiteral("&listId=1001") << false;
    }
}

void TestMarketoActivities::leadFiltersAreHonouredOrRefused()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, filter);
    QFETCH(bool, accepted);
    const QString token = tokenAt(m_sandbox->clock().now());
    const HttpResult answer
        = m_client->marketoGet(endpoint + QStringLiteral("&nextPageToken=") + token + filter);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.success(), accepted);
    if (!accepted) {
        QCOMPARE(answer.errorCode(), QStringLiteral("1003"));
    }
}

void TestMarketoActivities::leadChangesPageWithoutLossOrRepeat()
{
    const QString token = tokenAt(m_sandbox->clock().now());
    m_sandbox->dataset().mutatePeople(25);
    const LogRead read = allLeadChanges(token, QStringLiteral("title,phone,company,leadSource"), 10);
    QList<qint64> seen;
    for (const QJsonValue& change : read.results) {
        seen.append(change.toObject().value(QStringLiteral("id")).toInteger());
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 25);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
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
    const QJsonArray result = allLeadChanges(token, QStringLiteral("title")).results;
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
    const LogRead read
        = allLeadChanges(tokenAt(start.addSecs(1800)), QStringLiteral("title,phone,company,leadSource"));
    QCOMPARE(read.results.size(), 2);
}

void TestMarketoActivities::deletedLeadsWithinTheirWindow()
{
    const QString token = tokenAt(m_sandbox->clock().now());
    const QList<qint64> deleted = m_sandbox->dataset().deletePeople(3);
    const LogRead read = readLog(*m_client, QStringLiteral("/rest/v1/activities/deletedleads.json?"), token);
    QVERIFY(read.pages > 0);
    QList<qint64> ids;
    for (const QJsonValue& item : read.results) {
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
    const LogRead later = readLog(*m_client, QStringLiteral("/rest/v1/activities/deletedleads.json?"), token);
    QVERIFY(later.pages > 0);
    QVERIFY(later.results.isEmpty()); // older than Marketo keeps them
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

    const LogRead read
        = readLog(*m_client, QStringLiteral("/rest/v1/activities.json?activityTypeIds=39,100001"), token);
    QCOMPARE(read.results.size(), 2);
    QCOMPARE(read.results.first()
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

void TestMarketoActivities::leadChangesCrossEmptyPagesWhileMoreResult_data()
{
    QTest::addColumn<quint64>("seed");
    for (const quint64 seed : { 1, 2, 3, 4, 5 }) {
        QTest::addRow("seed %llu", seed) << seed;
    }
}

void TestMarketoActivities::leadChangesCrossEmptyPagesWhileMoreResult()
{
    // Marketo scans the activity log in blocks: a page may be short or empty while moreResult is true,
    // and the sandbox's log (with the activities it does not serve in between) makes that the rule.
    QFETCH(quint64, seed);
    SandboxOptions options;
    options.people = 1000;
    options.seed = seed;
    options.limits.marketoCallsPerWindow = 100000;
    const auto sandbox = startSandbox(options);
    QVERIFY(sandbox);
    SandboxClient client(sandbox->baseUrl());
    const QString token
        = client
              .marketoGet(QStringLiteral("/rest/v1/activities/pagingtoken.json?sinceDatetime=")
                  + sandbox->clock().now().toString(Qt::ISODate))
              .object()
              .value(QStringLiteral("nextPageToken"))
              .toString();
    sandbox->dataset().mutatePeople(25);
    const LogRead read = readLog(client,
        QStringLiteral("/rest/v1/activities/leadchanges.json?fields=title,phone,company,leadSource"), token);
    QVERIFY(read.pages > 0);
    QCOMPARE(read.results.size(), 25);
    QVERIFY2(read.emptyWhileMore > 0, "no empty page with moreResult true");
    QVERIFY2(read.shortWhileMore > 0, "no short page with moreResult true");
}

void TestMarketoActivities::activitiesCrossEmptyPagesWhileMoreResult()
{
    const QString token = tokenAt(m_sandbox->clock().now());
    m_sandbox->dataset().mutatePeople(10); // the log grows between the two sales activities
    QList<qint64> added;
    for (const qint64 lead : { 1001, 1002 }) {
        const QJsonObject body { { QStringLiteral("input"),
            QJsonArray { QJsonObject { { QStringLiteral("leadId"), lead },
                { QStringLiteral("activityDate"), QStringLiteral("2025-03-01T11:00:00Z") },
                { QStringLiteral("activityTypeId"), 39 },
                { QStringLiteral("primaryAttributeValue"), QStringLiteral("Intro") } } } } };
        const HttpResult answer = m_client->marketoPost(
            QStringLiteral("/rest/v1/activities/external.json"), QJsonDocument(body).toJson());
        QVERIFY2(answer.success(), answer.body.constData());
        added.append(answer.result().first().toObject().value(QStringLiteral("id")).toInteger());
        m_sandbox->dataset().mutatePeople(10);
    }
    const LogRead read
        = readLog(*m_client, QStringLiteral("/rest/v1/activities.json?activityTypeIds=39"), token);
    QList<qint64> seen;
    for (const QJsonValue& item : read.results) {
        seen.append(item.toObject().value(QStringLiteral("id")).toInteger());
    }
    QCOMPARE(seen, added);
    QVERIFY2(read.emptyWhileMore > 0, "no empty page with moreResult true");
}

QList<qint64> TestMarketoActivities::addPeople(int count)
{
    const QJsonObject answer = m_client->control("POST", QStringLiteral("/sandbox/mutate"),
        { { QStringLiteral("kind"), QStringLiteral("newPeople") }, { QStringLiteral("count"), count } });
    QList<qint64> ids;
    for (const QJsonValue& id : answer.value(QStringLiteral("ids")).toArray()) {
        ids.append(id.toInteger());
    }
    return ids;
}

void TestMarketoActivities::newPeopleAppearAsNewLeadsInLeadChanges()
{
    const QString token = tokenAt(m_sandbox->clock().now());
    const QList<qint64> added = addPeople(3);
    QCOMPARE(added.size(), 3);
    m_sandbox->dataset().mutatePeople(2); // the feed holds both kinds, in activity order
    const LogRead read = allLeadChanges(token, QStringLiteral("title,phone,company,leadSource"));
    QCOMPARE(read.results.size(), 5);
    QList<qint64> newLeads;
    for (const QJsonValue& value : read.results) {
        const QJsonObject activity = value.toObject();
        if (activity.value(QStringLiteral("activityTypeId")).toInt() != 12) {
            QCOMPARE(activity.value(QStringLiteral("activityTypeId")).toInt(), 13);
            continue;
        }
        newLeads.append(activity.value(QStringLiteral("leadId")).toInteger());
        // As Marketo records a New Lead: no field changes, the creation date and how the person came in.
        QCOMPARE(activity.value(QStringLiteral("activityDate")).toString(),
            QStringLiteral("2025-03-01T12:00:00Z"));
        QVERIFY(activity.value(QStringLiteral("fields")).isArray());
        QVERIFY(activity.value(QStringLiteral("fields")).toArray().isEmpty());
        QCOMPARE(activity.value(QStringLiteral("marketoGUID")).toString(),
            QString::number(activity.value(QStringLiteral("id")).toInteger()));
        QHash<QString, QString> attributes;
        for (const QJsonValue& a : activity.value(QStringLiteral("attributes")).toArray()) {
            attributes.insert(a.toObject().value(QStringLiteral("name")).toString(),
                a.toObject().value(QStringLiteral("value")).toString());
        }
        QCOMPARE(attributes.value(QStringLiteral("Created Date")), QStringLiteral("2025-03-01"));
        QCOMPARE(attributes.value(QStringLiteral("Source Type")), QStringLiteral("Web service API"));
    }
    QCOMPARE(newLeads, added);
}

void TestMarketoActivities::newLeadsAreReadWithType12AndLeadIds()
{
    const QString token = tokenAt(m_sandbox->clock().now());
    const QList<qint64> added = addPeople(4);
    const LogRead all
        = readLog(*m_client, QStringLiteral("/rest/v1/activities.json?activityTypeIds=12"), token);
    QCOMPARE(all.results.size(), 4);
    const QJsonObject first = all.results.first().toObject();
    QCOMPARE(first.value(QStringLiteral("activityTypeId")).toInt(), 12);
    QCOMPARE(first.value(QStringLiteral("leadId")).toInteger(), added.first());
    QCOMPARE(first.value(QStringLiteral("primaryAttributeValueId")).toInteger(), added.first());
    const LogRead one = readLog(*m_client,
        QStringLiteral("/rest/v1/activities.json?activityTypeIds=12&leadIds=%1").arg(added.at(2)), token);
    QCOMPARE(one.results.size(), 1);
    QCOMPARE(one.results.first().toObject().value(QStringLiteral("leadId")).toInteger(), added.at(2));
    // Not asked for: not answered.
    QVERIFY(readLog(*m_client, QStringLiteral("/rest/v1/activities.json?activityTypeIds=13"), token)
                .results.isEmpty());
}

void TestMarketoActivities::generatedHistoryHoldsTheNewLeadsOfItsDays()
{
    // The log begins with the New Lead activities of the generated people created in its first days, in
    // time order, with the activities the sandbox does not serve in between: a reader crosses empty pages.
    const SandboxDataset& data = m_sandbox->dataset();
    const QDateTime start(QDate(2024, 12, 2), QTime(0, 0), Qt::UTC); // SandboxDataset::historyStart()
    QList<std::pair<QDateTime, qint64>> expected;
    for (qint64 id = data.firstPersonId(); id <= data.lastPersonId(); ++id) {
        if (const std::optional<Person> p = data.person(id); p && p->createdAt >= start) {
            expected.append({ p->createdAt, id });
        }
    }
    std::sort(expected.begin(), expected.end());
    QVERIFY(expected.size() > 10);
    const LogRead read = allLeadChanges(tokenAt(start), QStringLiteral("title"));
    QCOMPARE(read.results.size(), expected.size());
    QSet<QString> sources;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject activity = read.results.at(i).toObject();
        QCOMPARE(activity.value(QStringLiteral("activityTypeId")).toInt(), 12);
        QCOMPARE(activity.value(QStringLiteral("leadId")).toInteger(), expected.at(i).second);
        QCOMPARE(activity.value(QStringLiteral("activityDate")).toString(),
            expected.at(i).first.toString(Qt::ISODate));
        for (const QJsonValue& a : activity.value(QStringLiteral("attributes")).toArray()) {
            if (a.toObject().value(QStringLiteral("name")).toString() == u"Source Type") {
                sources.insert(a.toObject().value(QStringLiteral("value")).toString());
            }
        }
    }
    QCOMPARE(sources.size(), 3); // forms, list imports and the web service API
    QVERIFY2(read.emptyWhileMore > 0, "no empty page with moreResult true");
    // A token for a time inside the history starts there, not at its beginning.
    const QDateTime middle = expected.at(expected.size() / 2).first;
    qsizetype fromMiddle = 0;
    for (const auto& [at, id] : expected) {
        fromMiddle += at >= middle ? 1 : 0;
    }
    QCOMPARE(allLeadChanges(tokenAt(middle), QStringLiteral("title")).results.size(), fromMiddle);
}

void TestMarketoActivities::aDeletedPersonsNewLeadGoesWithIt()
{
    const QString token = tokenAt(m_sandbox->clock().now());
    const QList<qint64> added = addPeople(30);
    const QList<qint64> deleted = m_sandbox->dataset().deletePeople(300);
    QSet<qint64> living(added.cbegin(), added.cend());
    for (const qint64 id : deleted) {
        living.remove(id);
    }
    QVERIFY(living.size() < added.size()); // 300 of 1,030 deleted: some of the 30 are among them
    QSet<qint64> seen;
    for (const QJsonValue& value : allLeadChanges(token, QStringLiteral("title")).results) {
        seen.insert(value.toObject().value(QStringLiteral("leadId")).toInteger());
    }
    QCOMPARE(seen, living);
}

QTEST_GUILESS_MAIN(TestMarketoActivities)
#include "testmarketoactivities.moc"
