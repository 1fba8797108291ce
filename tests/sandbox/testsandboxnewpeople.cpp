// The control API's "newPeople": people created after the start, after the last id, at the clock's now,
// drawn from the seed (so two sandboxes of one seed add the same people), with the field values given
// when they are ones describe allows, owned by a Salesforce user or not as asked; counted in the people
// the sandbox reports, and forgotten by a reset.
#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxoptions.h"
#include "sandboxclient.h"

#include <QJsonDocument>
#include <QtTest>

using namespace sia::sandbox;

class TestSandboxNewPeople : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsPeopleAfterTheLastIdCreatedNow();
    void createdAtIsInWholeSeconds();
    void ownedOrNotAsAsked_data();
    void ownedOrNotAsAsked();
    void givenFieldsAreKept();
    void fieldsDescribeDoesNotAllowAreRefused_data();
    void fieldsDescribeDoesNotAllowAreRefused();
    void leadsJsonFindsThemByEveryKey_data();
    void leadsJsonFindsThemByEveryKey();
    void theSameSeedAddsTheSamePeople();
    void resetForgetsThem();

private:
    QJsonObject addPeople(const QJsonObject& arguments);
    QJsonObject counters() { return m_client->control("GET", QStringLiteral("/sandbox/counters")); }
    static QList<qint64> idsOf(const QJsonObject& answer);
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxNewPeople::init()
{
    SandboxOptions options;
    options.people = 3000;
    options.seed = 9;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_sandbox->clock().set(QDateTime(QDate(2025, 4, 1), QTime(8, 30), Qt::UTC));
    m_sandbox->clock().setFrozen(true);
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void TestSandboxNewPeople::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

QJsonObject TestSandboxNewPeople::addPeople(const QJsonObject& arguments)
{
    QJsonObject body = arguments;
    body.insert(QStringLiteral("kind"), QStringLiteral("newPeople"));
    return m_client->control("POST", QStringLiteral("/sandbox/mutate"), body);
}

QList<qint64> TestSandboxNewPeople::idsOf(const QJsonObject& answer)
{
    QList<qint64> ids;
    for (const QJsonValue& id : answer.value(QStringLiteral("ids")).toArray()) {
        ids.append(id.toInteger());
    }
    return ids;
}

void TestSandboxNewPeople::addsPeopleAfterTheLastIdCreatedNow()
{
    const QJsonObject before = counters();
    const QJsonObject answer = addPeople({ { QStringLiteral("count"), 5 } });
    QCOMPARE(answer.value(QStringLiteral("kind")).toString(), QStringLiteral("newPeople"));
    QCOMPARE(answer.value(QStringLiteral("changed")).toInt(), 5);
    QCOMPARE(idsOf(answer), (QList<qint64> { 4001, 4002, 4003, 4004, 4005 })); // people 1001 … 4000 exist
    for (const qint64 id : idsOf(answer)) {
        const std::optional<Person> p = m_sandbox->dataset().person(id);
        QVERIFY(p.has_value());
        QCOMPARE(p->createdAt, QDateTime(QDate(2025, 4, 1), QTime(8, 30), Qt::UTC));
        QCOMPARE(p->updatedAt, p->createdAt);
        QVERIFY(!p->lastName.isEmpty());
    }
    const QJsonObject after = counters();
    QCOMPARE(after.value(QStringLiteral("people")).toInteger(),
        before.value(QStringLiteral("people")).toInteger() + 5);
    QCOMPARE(after.value(QStringLiteral("livingPeople")).toInteger(),
        before.value(QStringLiteral("livingPeople")).toInteger() + 5);
    QCOMPARE(m_sandbox->dataset().lastPersonId(), 4005);
}

void TestSandboxNewPeople::createdAtIsInWholeSeconds()
{
    // As Marketo keeps it: a bulk export window in whole seconds that ends at the second shown holds it.
    m_sandbox->clock().set(QDateTime(QDate(2025, 4, 1), QTime(8, 30, 0, 750), Qt::UTC));
    const qint64 id = idsOf(addPeople({})).value(0);
    QCOMPARE(m_sandbox->dataset().person(id)->createdAt, QDateTime(QDate(2025, 4, 1), QTime(8, 30), Qt::UTC));
    QCOMPARE(m_sandbox->dataset().creations().last().at, QDateTime(QDate(2025, 4, 1), QTime(8, 30), Qt::UTC));
}

void TestSandboxNewPeople::ownedOrNotAsAsked_data()
{
    QTest::addColumn<bool>("owned");
    QTest::newRow("owned") << true;
    QTest::newRow("not owned") << false;
}

void TestSandboxNewPeople::ownedOrNotAsAsked()
{
    QFETCH(bool, owned);
    const qint64 eligibleBefore = counters().value(QStringLiteral("eligiblePeople")).toInteger();
    const QList<qint64> ids
        = idsOf(addPeople({ { QStringLiteral("count"), 20 }, { QStringLiteral("owned"), owned } }));
    QCOMPARE(ids.size(), 20);
    for (const qint64 id : ids) {
        const Person p = *m_sandbox->dataset().person(id);
        QCOMPARE(p.hasSalesOwner(), owned);
        if (owned) {
            // A Salesforce lead owned by a user (never the integration user), its twin in Salesforce.
            QCOMPARE(p.sfdcType(), QStringLiteral("Lead"));
            QVERIFY(p.sfdcLeadOwnerId != m_sandbox->dataset().salesforceUsers().first().id);
            QVERIFY(!p.leadOwnerEmailAddress.isEmpty());
            const std::optional<SalesforceLead> lead = m_sandbox->dataset().lead(p.sfdcLeadId);
            QVERIFY(lead.has_value());
            QCOMPARE(lead->marketoId, id);
            QCOMPARE(lead->ownerId, p.sfdcLeadOwnerId);
            QCOMPARE(lead->createdDate, p.createdAt);
        } else {
            QVERIFY(p.sfdcLeadId.isEmpty());
            QVERIFY(p.sfdcContactId.isEmpty());
            QVERIFY(p.sfdcType().isEmpty());
        }
    }
    QCOMPARE(
        counters().value(QStringLiteral("eligiblePeople")).toInteger(), eligibleBefore + (owned ? 20 : 0));
}

void TestSandboxNewPeople::givenFieldsAreKept()
{
    const QJsonObject fields { { QStringLiteral("firstName"), QStringLiteral("Zoë") },
        { QStringLiteral("lastName"), QStringLiteral("Öztürk-Nuñez") },
        { QStringLiteral("email"), QStringLiteral("zoe.ozturk@new-customer.example") },
        { QStringLiteral("title"), QStringLiteral("영업 이사") }, { QStringLiteral("phone"), QJsonValue() } };
    const QList<qint64> ids = idsOf(addPeople({ { QStringLiteral("fields"), fields } }));
    QCOMPARE(ids.size(), 1);
    const Person p = *m_sandbox->dataset().person(ids.first());
    QCOMPARE(p.firstName, QStringLiteral("Zoë"));
    QCOMPARE(p.lastName, QStringLiteral("Öztürk-Nuñez"));
    QCOMPARE(p.email, QStringLiteral("zoe.ozturk@new-customer.example"));
    QCOMPARE(p.title, QStringLiteral("영업 이사"));
    QVERIFY(p.phone.isEmpty()); // null: no value
    QCOMPARE(p.version, 0); // created, not yet changed
    QCOMPARE(m_sandbox->dataset().peopleWithEmail(QStringLiteral("ZOE.OZTURK@new-customer.example")), ids);
    // The email it would have drawn is not its email any more.
    const PeopleGenerator generator(9, 3000);
    QVERIFY(m_sandbox->dataset().peopleWithEmail(generator.baseEmail(ids.first() - 1001)).isEmpty());
}

void TestSandboxNewPeople::fieldsDescribeDoesNotAllowAreRefused_data()
{
    QTest::addColumn<QJsonObject>("arguments");
    const auto withField = [](const char* name, const QJsonValue& value) {
        return QJsonObject { { QStringLiteral("fields"),
            QJsonObject { { QString::fromLatin1(name), value } } } };
    };
    QTest::newRow("unknown field") << withField("shoeSize", QStringLiteral("42"));
    QTest::newRow("read-only field") << withField("sfdcLeadId", QStringLiteral("00Q000000000001"));
    QTest::newRow("read-only createdAt") << withField("createdAt", QStringLiteral("2020-01-01T00:00:00Z"));
    QTest::newRow("not text") << withField("title", 7);
    QTest::newRow("longer than describe") << withField("company", QString(256, u'x'));
    QTest::newRow("not an email") << withField("email", QStringLiteral("zoe at example.com"));
    QTest::newRow("fields not an object")
        << QJsonObject { { QStringLiteral("fields"), QStringLiteral("title") } };
    QTest::newRow("owned not a bool") << QJsonObject { { QStringLiteral("owned"), QStringLiteral("yes") } };
    QTest::newRow("count 0") << QJsonObject { { QStringLiteral("count"), 0 } };
    QTest::newRow("count over 10000") << QJsonObject { { QStringLiteral("count"), 10001 } };
}

void TestSandboxNewPeople::fieldsDescribeDoesNotAllowAreRefused()
{
    QFETCH(QJsonObject, arguments);
    arguments.insert(QStringLiteral("kind"), QStringLiteral("newPeople"));
    const HttpResult answer = m_client->post(
        QStringLiteral("/sandbox/mutate"), QJsonDocument(arguments).toJson(), "application/json");
    QCOMPARE(answer.status, 400);
    QVERIFY(!answer.object().value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(m_sandbox->dataset().peopleCount(), 3000); // nothing added
}

void TestSandboxNewPeople::leadsJsonFindsThemByEveryKey_data()
{
    QTest::addColumn<QString>("filterType");
    for (const char* key : { "id", "email", "sfdcLeadId", "sfdcLeadOwnerId" }) {
        QTest::newRow(key) << QString::fromLatin1(key);
    }
}

void TestSandboxNewPeople::leadsJsonFindsThemByEveryKey()
{
    QFETCH(QString, filterType);
    const QJsonObject fields { { QStringLiteral("firstName"), QStringLiteral("Søren") },
        { QStringLiteral("email"), QStringLiteral("soren.new@example.com") } };
    const qint64 id
        = idsOf(addPeople({ { QStringLiteral("owned"), true }, { QStringLiteral("fields"), fields } }))
              .value(0);
    const Person p = *m_sandbox->dataset().person(id);
    const QHash<QString, QString> keys { { QStringLiteral("id"), QString::number(id) },
        { QStringLiteral("email"), p.email }, { QStringLiteral("sfdcLeadId"), p.sfdcLeadId },
        { QStringLiteral("sfdcLeadOwnerId"), p.sfdcLeadOwnerId } };
    QJsonObject found;
    QString token;
    for (int page = 0; page < 100 && found.isEmpty(); ++page) { // an owner's people come in pages
        const HttpResult answer = m_client->marketoGet(
            QStringLiteral("/rest/v1/leads.json?filterType=%1&filterValues=%2&fields=id,firstName,email,"
                           "sfdcLeadId,sfdcLeadOwnerId,sfdcType,createdAt,updatedAt")
                .arg(filterType, QString::fromLatin1(QUrl::toPercentEncoding(keys.value(filterType))))
            + (token.isEmpty() ? QString() : QStringLiteral("&nextPageToken=") + token));
        QVERIFY2(answer.success(), answer.body.constData());
        for (const QJsonValue& lead : answer.result()) {
            if (lead.toObject().value(QStringLiteral("id")).toInteger() == id) {
                found = lead.toObject();
            }
        }
        token = answer.object().value(QStringLiteral("nextPageToken")).toString();
        if (token.isEmpty()) {
            break;
        }
    }
    QVERIFY2(!found.isEmpty(), qPrintable(filterType));
    QCOMPARE(found.value(QStringLiteral("firstName")).toString(), QStringLiteral("Søren"));
    QCOMPARE(found.value(QStringLiteral("email")).toString(), QStringLiteral("soren.new@example.com"));
    QCOMPARE(found.value(QStringLiteral("sfdcType")).toString(), QStringLiteral("Lead"));
    QCOMPARE(found.value(QStringLiteral("sfdcLeadId")).toString().size(), 18);
    QCOMPARE(found.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2025-04-01T08:30:00Z"));
    QCOMPARE(found.value(QStringLiteral("updatedAt")).toString(), QStringLiteral("2025-04-01T08:30:00Z"));
}

void TestSandboxNewPeople::theSameSeedAddsTheSamePeople()
{
    SandboxOptions options;
    options.people = 3000;
    options.seed = 9;
    SandboxClock clock;
    SandboxDataset a(options, clock);
    SandboxDataset b(options, clock);
    const QList<qint64> idsA = a.addPeople({ 50, NewPersonOwnership::Drawn, {} });
    const QList<qint64> idsB = b.addPeople({ 50, NewPersonOwnership::Drawn, {} });
    QCOMPARE(idsA, idsB);
    int leads = 0;
    for (const qint64 id : idsA) {
        const Person p = *a.person(id);
        const Person q = *b.person(id);
        QCOMPARE(p.email, q.email);
        QCOMPARE(p.firstName, q.firstName);
        QCOMPARE(p.sfdcLeadOwnerId, q.sfdcLeadOwnerId);
        QVERIFY(p.crmKind != CrmKind::Contact); // a new person enters Salesforce as a lead
        leads += p.crmKind == CrmKind::Lead ? 1 : 0;
    }
    QVERIFY(leads > 25 && leads < 50); // drawn: most are leads, some only in Marketo
    QCOMPARE(a.creations().last().activityId, b.creations().last().activityId);
}

void TestSandboxNewPeople::resetForgetsThem()
{
    const QList<qint64> ids = idsOf(addPeople({ { QStringLiteral("count"), 3 } }));
    const qsizetype creations = m_sandbox->dataset().creations().size();
    QVERIFY(
        m_client->control("POST", QStringLiteral("/sandbox/reset")).value(QStringLiteral("reset")).toBool());
    QVERIFY(!m_sandbox->dataset().person(ids.first()).has_value());
    QCOMPARE(counters().value(QStringLiteral("people")).toInteger(), 3000);
    QCOMPARE(m_sandbox->dataset().creations().size(), creations - 3); // the generated history stays
    // The same call after the reset adds the same people again.
    QCOMPARE(idsOf(addPeople({ { QStringLiteral("count"), 3 } })), ids);
}

QTEST_GUILESS_MAIN(TestSandboxNewPeople)
#include "testsandboxnewpeople.moc"
