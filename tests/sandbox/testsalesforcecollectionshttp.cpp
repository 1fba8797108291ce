// sObject Collections over HTTP: up to 200 records per call, one result per record in order (HTTP 200
// even when some fail), allOrNone rolling every change back, updates that need an Id, deletes by ?ids=.
#include "salesforcetestsession.h"
#include "sandbox/dataset/sandboxdataset.h"

#include <QtTest>

using namespace sia::sandbox;
using namespace salesforcetest;

namespace {

QJsonObject task(const QString& subject, const QString& status = QStringLiteral("Not Started"))
{
    return { { QStringLiteral("attributes"),
                 QJsonObject { { QStringLiteral("type"), QStringLiteral("Task") } } },
        { QStringLiteral("Subject"), subject }, { QStringLiteral("Status"), status } };
}

} // namespace

class TestSalesforceCollectionsHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsEachRecordAndReportsInOrder();
    void rollsEverythingBackWithAllOrNone();
    void updatesRecordsByTheirIds();
    void deletesByIds();
    void rollsBackDeletesWithAllOrNone();
    void refusesMoreThan200Records_data();
    void refusesMoreThan200Records();
    void refusesARecordWithoutAType();

private:
    int subjectCount(const QString& subject) const;

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<Session> m_session;
};

void TestSalesforceCollectionsHttp::init()
{
    SandboxOptions options;
    options.people = 100;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
    m_session = std::make_unique<Session>(Session::open(*m_client, *m_sandbox));
}

void TestSalesforceCollectionsHttp::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_sandbox.reset();
}

int TestSalesforceCollectionsHttp::subjectCount(const QString& subject) const
{
    return m_session->query(QStringLiteral("SELECT COUNT() FROM Task WHERE Subject = '%1'").arg(subject))
        .object()
        .value(QStringLiteral("totalSize"))
        .toInt();
}

void TestSalesforceCollectionsHttp::createsEachRecordAndReportsInOrder()
{
    const HttpResult answer = m_session->send("POST", QStringLiteral("/composite/sobjects"),
        collection({ task(QStringLiteral("first")), task(QStringLiteral("bad"), QStringLiteral("Done")),
                       task(QStringLiteral("third")) },
            false));
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.array();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("success")).toBool(), true);
    QVERIFY(results.at(0).toObject().value(QStringLiteral("id")).toString().startsWith(QLatin1String("00T")));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(statusCodeOf(results.at(1)), QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
    QCOMPARE(results.at(1)
                 .toObject()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("fields"))
                 .toArray(),
        QJsonArray { QStringLiteral("Status") });
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(subjectCount(QStringLiteral("first")), 1);
    QCOMPARE(subjectCount(QStringLiteral("third")), 1);
}

void TestSalesforceCollectionsHttp::rollsEverythingBackWithAllOrNone()
{
    const HttpResult answer = m_session->send("POST", QStringLiteral("/composite/sobjects"),
        collection(
            { task(QStringLiteral("kept?")), task(QStringLiteral("bad"), QStringLiteral("Done")) }, true));
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.array();
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(statusCodeOf(results.at(0)), QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"));
    QCOMPARE(statusCodeOf(results.at(1)), QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
    QCOMPARE(subjectCount(QStringLiteral("kept?")), 0);
}

void TestSalesforceCollectionsHttp::updatesRecordsByTheirIds()
{
    const QJsonArray created
        = m_session
              ->send("POST", QStringLiteral("/composite/sobjects"),
                  collection({ task(QStringLiteral("a")), task(QStringLiteral("b")) }, false))
              .array();
    QJsonObject first = task(QStringLiteral("a2"), QStringLiteral("Completed"));
    first.insert(QStringLiteral("Id"), created.at(0).toObject().value(QStringLiteral("id")));
    const QJsonObject missingId = task(QStringLiteral("no id"));
    const HttpResult answer = m_session->send(
        "PATCH", QStringLiteral("/composite/sobjects"), collection({ first, missingId }, false));
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.array();
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("id")),
        created.at(0).toObject().value(QStringLiteral("id")));
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(statusCodeOf(results.at(1)), QStringLiteral("MISSING_ARGUMENT"));
    QCOMPARE(subjectCount(QStringLiteral("a2")), 1);
}

void TestSalesforceCollectionsHttp::deletesByIds()
{
    const QJsonArray created
        = m_session
              ->send("POST", QStringLiteral("/composite/sobjects"),
                  collection({ task(QStringLiteral("d1")), task(QStringLiteral("d2")) }, false))
              .array();
    const QString first = created.at(0).toObject().value(QStringLiteral("id")).toString();
    const QString second = created.at(1).toObject().value(QStringLiteral("id")).toString();
    const HttpResult answer
        = m_session->send("DELETE", QStringLiteral("/composite/sobjects?ids=%1,%2,bogus").arg(first, second));
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.array();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("id")).toString(), first);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(statusCodeOf(results.at(2)), QStringLiteral("MALFORMED_ID"));
    QCOMPARE(subjectCount(QStringLiteral("d1")), 0);
    const HttpResult again
        = m_session->send("DELETE", QStringLiteral("/composite/sobjects?ids=%1").arg(first));
    QCOMPARE(statusCodeOf(again.array().at(0)), QStringLiteral("ENTITY_IS_DELETED"));
}

void TestSalesforceCollectionsHttp::rollsBackDeletesWithAllOrNone()
{
    const QString id = m_session
                           ->send("POST", QStringLiteral("/composite/sobjects"),
                               collection({ task(QStringLiteral("stays")) }, false))
                           .array()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    const HttpResult answer = m_session->send(
        "DELETE", QStringLiteral("/composite/sobjects?allOrNone=true&ids=%1,00T5g0000009999AAA").arg(id));
    QCOMPARE(answer.status, 200);
    QCOMPARE(statusCodeOf(answer.array().at(0)), QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"));
    QCOMPARE(answer.array().at(1).toObject().value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(subjectCount(QStringLiteral("stays")), 1);
}

void TestSalesforceCollectionsHttp::refusesMoreThan200Records_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("status");
    QTest::newRow("200") << 200 << 200;
    QTest::newRow("201") << 201 << 400;
}

void TestSalesforceCollectionsHttp::refusesMoreThan200Records()
{
    QFETCH(int, count);
    QFETCH(int, status);
    QJsonArray records;
    for (int i = 0; i < count; ++i) {
        records.append(task(QStringLiteral("bulk")));
    }
    const HttpResult answer
        = m_session->send("POST", QStringLiteral("/composite/sobjects"), collection(records, false));
    QCOMPARE(answer.status, status);
    if (status == 400) {
        QCOMPARE(errorCode(answer), QStringLiteral("EXCEEDED_ID_LIMIT"));
        QCOMPARE(subjectCount(QStringLiteral("bulk")), 0);
    } else {
        QCOMPARE(answer.array().size(), count);
    }
}

void TestSalesforceCollectionsHttp::refusesARecordWithoutAType()
{
    QJsonObject untyped = task(QStringLiteral("untyped"));
    untyped.remove(QStringLiteral("attributes"));
    const HttpResult answer = m_session->send("POST", QStringLiteral("/composite/sobjects"),
        collection({ task(QStringLiteral("x")), untyped }, false));
    QCOMPARE(answer.status, 400);
    QCOMPARE(errorCode(answer), QStringLiteral("INVALID_TYPE"));
    QCOMPARE(subjectCount(QStringLiteral("x")), 0);
}

QTEST_GUILESS_MAIN(TestSalesforceCollectionsHttp)
#include "testsalesforcecollectionshttp.moc"
