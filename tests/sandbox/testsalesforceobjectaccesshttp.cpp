// The users' object permissions, taken away through the control API (POST /sandbox/permissions) as a
// Salesforce admin would take them from a profile: an object without Read leaves the global describe, its
// describe answers NOT_FOUND and a query of it INVALID_TYPE; Task without Create or Edit is not createable
// or updateable in the describe and its writes answer INSUFFICIENT_ACCESS_OR_READONLY; a reset (or DELETE)
// gives them back; bad arguments answer 400.
#include "salesforcetestsession.h"

#include <QJsonArray>
#include <QtTest>

using namespace salesforcetest;

class TestSalesforceObjectAccessHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anObjectWithoutReadIsNotThere();
    void taskWithoutCreateOrEditIsReadOnly();
    void resetAndDeleteGiveThemBack();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();

private:
    QJsonObject globalEntry(const QString& name);
    QJsonObject permissions(const QJsonObject& body);

    std::unique_ptr<sia::sandbox::Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<Session> m_session;
};

void TestSalesforceObjectAccessHttp::init()
{
    sia::sandbox::SandboxOptions options;
    options.people = 100;
    m_sandbox = std::make_unique<sia::sandbox::Sandbox>(options);
    QVERIFY(m_sandbox->start().ok());
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
    m_session = std::make_unique<Session>(Session::open(*m_client, *m_sandbox));
    QVERIFY(!m_session->token().isEmpty());
}

void TestSalesforceObjectAccessHttp::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_sandbox.reset();
}

QJsonObject TestSalesforceObjectAccessHttp::globalEntry(const QString& name)
{
    const HttpResult global = m_session->get(QStringLiteral("/sobjects/"));
    for (const QJsonValue& entry : global.object().value(QStringLiteral("sobjects")).toArray()) {
        if (entry.toObject().value(QStringLiteral("name")).toString() == name) {
            return entry.toObject();
        }
    }
    return {};
}

QJsonObject TestSalesforceObjectAccessHttp::permissions(const QJsonObject& body)
{
    return m_client->control("POST", QStringLiteral("/sandbox/permissions"), body);
}

void TestSalesforceObjectAccessHttp::anObjectWithoutReadIsNotThere()
{
    QVERIFY(!globalEntry(QStringLiteral("Lead")).isEmpty());
    const QJsonObject taken = permissions(
        { { QStringLiteral("object"), QStringLiteral("Lead") }, { QStringLiteral("read"), false } });
    QCOMPARE(taken.value(QStringLiteral("taken")).toObject().value(QStringLiteral("Lead")).toObject(),
        QJsonObject({ { QStringLiteral("read"), false } }));
    QVERIFY(globalEntry(QStringLiteral("Lead")).isEmpty());
    QVERIFY(!globalEntry(QStringLiteral("Contact")).isEmpty());
    const HttpResult described = m_session->get(QStringLiteral("/sobjects/Lead/describe"));
    QCOMPARE(described.status, 404);
    QCOMPARE(errorCode(described), QStringLiteral("NOT_FOUND"));
    const HttpResult queried = m_session->query(QStringLiteral("SELECT Id FROM Lead LIMIT 1"));
    QCOMPARE(queried.status, 400);
    QCOMPARE(errorCode(queried), QStringLiteral("INVALID_TYPE"));
    QCOMPARE(m_session->query(QStringLiteral("SELECT Id FROM Contact LIMIT 1")).status, 200);
}

void TestSalesforceObjectAccessHttp::taskWithoutCreateOrEditIsReadOnly()
{
    QVERIFY(globalEntry(QStringLiteral("Task")).value(QStringLiteral("createable")).toBool());
    permissions({ { QStringLiteral("object"), QStringLiteral("Task") }, { QStringLiteral("create"), false },
        { QStringLiteral("edit"), false } });
    const QJsonObject task = globalEntry(QStringLiteral("Task"));
    QVERIFY(!task.isEmpty()); // still readable
    QVERIFY(!task.value(QStringLiteral("createable")).toBool());
    QVERIFY(!task.value(QStringLiteral("updateable")).toBool());
    const QJsonObject record { { QStringLiteral("Subject"), QStringLiteral("Call") } };
    const HttpResult created
        = m_session->send("POST", QStringLiteral("/sobjects/Task"), QJsonDocument(record));
    QCOMPARE(created.status, 400);
    QCOMPARE(errorCode(created), QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"));
    QJsonObject typed = record;
    typed.insert(
        QStringLiteral("attributes"), QJsonObject { { QStringLiteral("type"), QStringLiteral("Task") } });
    const HttpResult collection = m_session->send("POST", QStringLiteral("/composite/sobjects"),
        QJsonDocument(QJsonObject {
            { QStringLiteral("allOrNone"), true }, { QStringLiteral("records"), QJsonArray { typed } } }));
    QCOMPARE(collection.status, 400);
    QCOMPARE(errorCode(collection), QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"));
}

void TestSalesforceObjectAccessHttp::resetAndDeleteGiveThemBack()
{
    permissions(
        { { QStringLiteral("object"), QStringLiteral("Account") }, { QStringLiteral("read"), false } });
    QVERIFY(globalEntry(QStringLiteral("Account")).isEmpty());
    m_client->control("DELETE", QStringLiteral("/sandbox/permissions"));
    QVERIFY(!globalEntry(QStringLiteral("Account")).isEmpty());
    permissions(
        { { QStringLiteral("object"), QStringLiteral("Account") }, { QStringLiteral("read"), false } });
    m_client->control("POST", QStringLiteral("/sandbox/reset"));
    m_session = std::make_unique<Session>(Session::open(*m_client, *m_sandbox)); // a reset forgets sessions
    QVERIFY(!globalEntry(QStringLiteral("Account")).isEmpty());
}

void TestSalesforceObjectAccessHttp::badArgumentsAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("unknown object") << QByteArray(R"({"object": "Leads", "read": false})");
    QTest::newRow("wrong case") << QByteArray(R"({"object": "lead", "read": false})");
    QTest::newRow("no permission named") << QByteArray(R"({"object": "Lead"})");
    QTest::newRow("not a boolean") << QByteArray(R"({"object": "Lead", "read": "no"})");
}

void TestSalesforceObjectAccessHttp::badArgumentsAreRefused()
{
    QFETCH(QByteArray, body);
    const HttpResult refused
        = m_client->post(QStringLiteral("/sandbox/permissions"), body, "application/json");
    QCOMPARE(refused.status, 400);
    QVERIFY(!refused.object().value(QStringLiteral("error")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSalesforceObjectAccessHttp)
#include "testsalesforceobjectaccesshttp.moc"
