// Salesforce's REST API over HTTP, reading: the version list, the session and org checks every call meets,
// SOQL query with nextRecordsUrl paging (to the end, nothing lost or repeated, in the page size asked
// for), queryAll and the recycle bin, COUNT(), the Organization and the Tooling API's installed package,
// Salesforce's query errors, /limits with Sforce-Limit-Info and REQUEST_LIMIT_EXCEEDED, injected faults.
#include "salesforcetestsession.h"
#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/sandboxclock.h"

#include <QSet>
#include <QtTest>

using namespace sia::sandbox;
using namespace salesforcetest;

namespace {

// Every record of a query, following nextRecordsUrl to the end; the page sizes seen on the way.
struct AllPages
{
    QStringList ids;
    QList<int> pageSizes;
    qint64 totalSize = -1;
    bool complete = false;
};

AllPages readAll(const Session& session, const QString& soql, const RawHeaders& headers = {})
{
    AllPages all;
    HttpResult page = session.query(soql, QStringLiteral("/query"), headers);
    for (int guard = 0; guard < 1000 && page.status == 200; ++guard) {
        const QJsonObject body = page.object();
        all.totalSize = body.value(QStringLiteral("totalSize")).toInteger();
        const QJsonArray records = body.value(QStringLiteral("records")).toArray();
        all.pageSizes << records.size();
        for (const QJsonValue& record : records) {
            all.ids << record.toObject().value(QStringLiteral("Id")).toString();
        }
        if (body.value(QStringLiteral("done")).toBool()) {
            all.complete = !body.contains(QStringLiteral("nextRecordsUrl"));
            break;
        }
        page = session.follow(body.value(QStringLiteral("nextRecordsUrl")).toString(), headers);
    }
    return all;
}

} // namespace

class TestSalesforceQueryHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsApiVersionsWithoutASession();
    void answersAnUnknownVersionWithNotFound();
    void refusesACallWithoutASession();
    void writesRecordsWithAttributesFirst();
    void pagesToTheEndWithNothingLostOrRepeated_data();
    void pagesToTheEndWithNothingLostOrRepeated();
    void pagesASortedQuery();
    void refusesBadQueries_data();
    void refusesBadQueries();
    void readsPlusAsASpace();
    void refusesAnUnknownLocator();
    void countsWithCount();
    void queryAllSeesTheRecycleBin();
    void shrinksPagesWhenALongTextFieldIsSelected();
    void pagesQueryAllUnderQuery();
    void hidesArchivedTasksFromQuery();
    void answersTaskStatusesAndPriorities();
    void answersTheOrganization();
    void findsTheInstalledPackageWithTheToolingApi();
    void answersNoPackageWhenNoneIsInstalled();
    void refusesAnOrgWithoutApiAccess();
    void refusesAUserWithoutApiEnabledWhomItsProfileExplains();
    void reportsLimitsAndUsage();
    void refusesCallsOverTheDailyLimit();
    void answersInjectedFaultsInSalesforceShape_data();
    void answersInjectedFaultsInSalesforceShape();

private:
    std::unique_ptr<Sandbox> start(SandboxOptions options);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<Session> m_session;
};

std::unique_ptr<Sandbox> TestSalesforceQueryHttp::start(SandboxOptions options)
{
    m_session.reset();
    m_client.reset();
    std::unique_ptr<Sandbox> sandbox = startSandbox(options);
    if (sandbox) {
        m_client = std::make_unique<SandboxClient>(*sandbox);
        m_session = std::make_unique<Session>(Session::open(*m_client, *sandbox));
    }
    return sandbox;
}

void TestSalesforceQueryHttp::init()
{
    SandboxOptions options;
    options.people = 6000;
    m_sandbox = start(options);
    QVERIFY(m_sandbox);
    QVERIFY(!m_session->token().isEmpty());
}

void TestSalesforceQueryHttp::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_sandbox.reset();
}

void TestSalesforceQueryHttp::listsApiVersionsWithoutASession()
{
    const HttpResult answer = m_client->get(QStringLiteral("/services/data/"));
    QCOMPARE(answer.status, 200);
    const QJsonArray versions = answer.array();
    QVERIFY(versions.size() > 20);
    bool found = false;
    for (const QJsonValue& version : versions) {
        if (version.toObject().value(QStringLiteral("version")).toString() == QLatin1String("59.0")) {
            found = true;
            QCOMPARE(
                version.toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Winter '24"));
            QCOMPARE(version.toObject().value(QStringLiteral("url")).toString(),
                QStringLiteral("/services/data/v59.0"));
        }
    }
    QVERIFY(found);
}

void TestSalesforceQueryHttp::answersAnUnknownVersionWithNotFound()
{
    const HttpResult answer
        = m_client->get(QStringLiteral("/services/data/v99.0/limits"), m_session->headers());
    QCOMPARE(answer.status, 404);
    QCOMPARE(errorCode(answer), QStringLiteral("NOT_FOUND"));
    QCOMPARE(
        m_client->get(QStringLiteral("/services/data/v59.0/nothing/here"), m_session->headers()).status, 404);
}

void TestSalesforceQueryHttp::refusesACallWithoutASession()
{
    const HttpResult answer = m_client->get(QStringLiteral("/services/data/v59.0/limits"));
    QCOMPARE(answer.status, 401);
    QCOMPARE(errorCode(answer), QStringLiteral("INVALID_SESSION_ID"));
    QCOMPARE(errorMessage(answer), QStringLiteral("Session expired or invalid"));
    QVERIFY(answer.header("Sforce-Limit-Info").startsWith("api-usage="));
}

void TestSalesforceQueryHttp::writesRecordsWithAttributesFirst()
{
    const HttpResult answer
        = m_session->query(QStringLiteral("SELECT Id, Name, Owner.Name FROM Lead LIMIT 5"));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.startsWith("{\"totalSize\":5,\"done\":true,\"records\":[{\"attributes\":{\"type\":"
                                   "\"Lead\",\"url\":\"/services/data/v59.0/sobjects/Lead/00Q"));
    const QJsonObject first = answer.object().value(QStringLiteral("records")).toArray().first().toObject();
    QVERIFY(first.contains(QStringLiteral("Owner")));
    QVERIFY(answer.header("Content-Type").startsWith("application/json"));
}

void TestSalesforceQueryHttp::pagesToTheEndWithNothingLostOrRepeated_data()
{
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("default") << QByteArray() << 2000;
    QTest::newRow("batchSize=200") << QByteArray("batchSize=200") << 200;
    QTest::newRow("batchSize=777") << QByteArray("batchSize=777") << 777;
    QTest::newRow("below the minimum") << QByteArray("batchSize=50") << 200;
    QTest::newRow("above the maximum") << QByteArray("batchSize=5000") << 2000;
}

void TestSalesforceQueryHttp::pagesToTheEndWithNothingLostOrRepeated()
{
    QFETCH(QByteArray, options);
    QFETCH(int, pageSize);
    QStringList expected;
    for (auto lead = m_sandbox->dataset().nextLead(0); lead;
         lead = m_sandbox->dataset().nextLead(lead->number)) {
        expected << lead->id;
    }
    QVERIFY2(expected.size() > 2000, "the dataset should have more leads than one default page");
    const RawHeaders headers
        = options.isEmpty() ? RawHeaders() : RawHeaders { { "Sforce-Query-Options", options } };
    const AllPages all = readAll(*m_session, QStringLiteral("SELECT Id, Email FROM Lead"), headers);
    QVERIFY(all.complete);
    QCOMPARE(all.totalSize, qint64(expected.size()));
    QCOMPARE(all.ids.size(), expected.size());
    QCOMPARE(all.ids, expected);
    for (int i = 0; i + 1 < all.pageSizes.size(); ++i) {
        QCOMPARE(all.pageSizes.at(i), pageSize);
    }
    QCOMPARE(m_sandbox->apis().size() > 0, true);
}

void TestSalesforceQueryHttp::pagesASortedQuery()
{
    const AllPages all = readAll(*m_session,
        QStringLiteral("SELECT Id, Email FROM Contact ORDER BY Email DESC NULLS LAST, Id"),
        { { "Sforce-Query-Options", "batchSize=300" } });
    QVERIFY(all.complete);
    QCOMPARE(all.ids.size(), int(all.totalSize));
    QCOMPARE(QSet<QString>(all.ids.begin(), all.ids.end()).size(), all.ids.size());
    QCOMPARE(all.totalSize, qint64(m_sandbox->dataset().contactCount()));
}

void TestSalesforceQueryHttp::refusesBadQueries_data()
{
    QTest::addColumn<QString>("soql");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("malformed") << "SELECT FROM Lead"
                               << "MALFORMED_QUERY";
    QTest::newRow("unsupported clause") << "SELECT LeadSource FROM Lead GROUP BY LeadSource"
                                        << "MALFORMED_QUERY";
    QTest::newRow("unknown field") << "SELECT Foo FROM Lead"
                                   << "INVALID_FIELD";
    QTest::newRow("unknown object") << "SELECT Id FROM Foo"
                                    << "INVALID_TYPE";
    QTest::newRow("bad id") << "SELECT Id FROM Lead WHERE Id = 'x'"
                            << "INVALID_QUERY_FILTER_OPERATOR";
    QTest::newRow("no query") << ""
                              << "MALFORMED_QUERY";
}

void TestSalesforceQueryHttp::refusesBadQueries()
{
    QFETCH(QString, soql);
    QFETCH(QString, errorCode);
    const HttpResult answer = m_session->query(soql);
    QCOMPARE(answer.status, 400);
    QCOMPARE(salesforcetest::errorCode(answer), errorCode);
    QVERIFY(!answer.array().first().toObject().contains(QStringLiteral("fields")));
}

void TestSalesforceQueryHttp::readsPlusAsASpace()
{
    const HttpResult answer = m_client->get(
        QStringLiteral("/services/data/v59.0/query?q=SELECT+Id+FROM+Organization"), m_session->headers());
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("totalSize")).toInt(), 1);
}

void TestSalesforceQueryHttp::refusesAnUnknownLocator()
{
    const HttpResult answer = m_session->get(QStringLiteral("/query/01g5g000000000BAAQ-2000"));
    QCOMPARE(answer.status, 400);
    QCOMPARE(errorCode(answer), QStringLiteral("INVALID_QUERY_LOCATOR"));
}

void TestSalesforceQueryHttp::countsWithCount()
{
    const HttpResult answer = m_session->query(QStringLiteral("SELECT COUNT() FROM Lead"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(
        answer.object().value(QStringLiteral("totalSize")).toInteger(), m_sandbox->dataset().leadCount());
    QVERIFY(answer.object().value(QStringLiteral("records")).toArray().isEmpty());
    QVERIFY(answer.object().value(QStringLiteral("done")).toBool());
}

void TestSalesforceQueryHttp::queryAllSeesTheRecycleBin()
{
    const QString id = m_session->query(QStringLiteral("SELECT Id FROM Task LIMIT 1"))
                           .object()
                           .value(QStringLiteral("records"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("Id"))
                           .toString();
    QCOMPARE(m_session->send("DELETE", QStringLiteral("/sobjects/Task/") + id).status, 204);
    const QString soql = QStringLiteral("SELECT Id, IsDeleted FROM Task WHERE Id = '%1'").arg(id);
    QCOMPARE(m_session->query(soql).object().value(QStringLiteral("totalSize")).toInt(), 0);
    const HttpResult all = m_session->query(soql, QStringLiteral("/queryAll"));
    QCOMPARE(all.object().value(QStringLiteral("totalSize")).toInt(), 1);
    QCOMPARE(all.object()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("IsDeleted"))
                 .toBool(),
        true);
}

void TestSalesforceQueryHttp::shrinksPagesWhenALongTextFieldIsSelected()
{
    const HttpResult plain = m_session->query(QStringLiteral("SELECT Id, Subject FROM Task"));
    const qint64 total = plain.object().value(QStringLiteral("totalSize")).toInteger();
    QVERIFY2(total > 200, "the dataset should have more tasks than one long-text page");
    QCOMPARE(
        plain.object().value(QStringLiteral("records")).toArray().size(), int(qMin<qint64>(total, 2000)));

    const AllPages all = readAll(*m_session, QStringLiteral("SELECT Id, Description FROM Task"));
    QVERIFY(all.complete);
    QCOMPARE(all.ids.size(), int(total));
    QCOMPARE(all.pageSizes.first(), 200);
    for (int size : all.pageSizes) {
        QVERIFY(size <= 200);
    }
}

void TestSalesforceQueryHttp::pagesQueryAllUnderQuery()
{
    const RawHeaders headers { { "Sforce-Query-Options", "batchSize=200" } };
    const HttpResult first
        = m_session->query(QStringLiteral("SELECT Id FROM Lead"), QStringLiteral("/queryAll"), headers);
    QCOMPARE(first.status, 200);
    const QString next = first.object().value(QStringLiteral("nextRecordsUrl")).toString();
    QVERIFY2(next.startsWith(QStringLiteral("/services/data/v59.0/query/")), qPrintable(next));
    const HttpResult second = m_session->follow(next, headers);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.object().value(QStringLiteral("records")).toArray().size(), 200);
}

void TestSalesforceQueryHttp::hidesArchivedTasksFromQuery()
{
    const QString archived = QStringLiteral("SELECT Id, IsArchived, IsClosed, ActivityDate FROM Task "
                                            "WHERE IsArchived = true AND IsDeleted = false");
    const HttpResult all = m_session->query(archived, QStringLiteral("/queryAll"));
    QCOMPARE(all.status, 200);
    const QJsonArray records = all.object().value(QStringLiteral("records")).toArray();
    QVERIFY2(!records.isEmpty(), "the generated tasks should include archived ones");
    const QDate yearAgo = m_sandbox->clock().now().date().addDays(-365);
    for (const QJsonValue& record : records) {
        QVERIFY(record.toObject().value(QStringLiteral("IsClosed")).toBool());
        QVERIFY(
            QDate::fromString(record.toObject().value(QStringLiteral("ActivityDate")).toString(), Qt::ISODate)
            < yearAgo);
    }
    QCOMPARE(m_session->query(archived).object().value(QStringLiteral("totalSize")).toInt(), 0);
    const QString id = records.first().toObject().value(QStringLiteral("Id")).toString();
    const QString byId = QStringLiteral("SELECT Id FROM Task WHERE Id = '%1'").arg(id);
    QCOMPARE(m_session->query(byId).object().value(QStringLiteral("totalSize")).toInt(), 0);
    QCOMPARE(m_session->query(byId, QStringLiteral("/queryAll"))
                 .object()
                 .value(QStringLiteral("totalSize"))
                 .toInt(),
        1);
}

void TestSalesforceQueryHttp::answersTaskStatusesAndPriorities()
{
    const HttpResult statuses = m_session->query(QStringLiteral(
        "SELECT Id, MasterLabel, ApiName, IsClosed, IsDefault FROM TaskStatus ORDER BY SortOrder"));
    QCOMPARE(statuses.status, 200);
    QHash<QString, bool> closed;
    QStringList defaults;
    for (const QJsonValue& value : statuses.object().value(QStringLiteral("records")).toArray()) {
        const QJsonObject status = value.toObject();
        QCOMPARE(status.value(QStringLiteral("ApiName")).toString(),
            status.value(QStringLiteral("MasterLabel")).toString());
        closed.insert(status.value(QStringLiteral("MasterLabel")).toString(),
            status.value(QStringLiteral("IsClosed")).toBool());
        if (status.value(QStringLiteral("IsDefault")).toBool()) {
            defaults << status.value(QStringLiteral("MasterLabel")).toString();
        }
    }
    QCOMPARE(defaults, QStringList { QStringLiteral("Not Started") });
    QCOMPARE(closed.value(QStringLiteral("Completed")), true);
    QCOMPARE(closed.value(QStringLiteral("Not Started"), true), false);
    // A closed status that is not "Completed": a client reads IsClosed.
    QCOMPARE(closed.value(QStringLiteral("Cancelled")), true);
    const HttpResult closedOnly
        = m_session->query(QStringLiteral("SELECT MasterLabel FROM TaskStatus WHERE IsClosed = true"));
    QCOMPARE(closedOnly.object().value(QStringLiteral("totalSize")).toInt(), 2);

    const HttpResult priorities = m_session->query(QStringLiteral(
        "SELECT MasterLabel, IsHighPriority, IsDefault FROM TaskPriority WHERE IsHighPriority = true"));
    QCOMPARE(priorities.status, 200);
    const QJsonArray high = priorities.object().value(QStringLiteral("records")).toArray();
    QCOMPARE(high.size(), 1);
    QCOMPARE(high.first().toObject().value(QStringLiteral("MasterLabel")).toString(), QStringLiteral("High"));
    const HttpResult normal
        = m_session->query(QStringLiteral("SELECT MasterLabel FROM TaskPriority WHERE IsDefault = true"));
    QCOMPARE(normal.object()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("MasterLabel"))
                 .toString(),
        QStringLiteral("Normal"));

    // A task written with the closed status that is not "Completed" reads as closed.
    const HttpResult created = m_session->send("POST", QStringLiteral("/sobjects/Task"),
        QJsonDocument(QJsonObject({ { QStringLiteral("Subject"), QStringLiteral("x") },
            { QStringLiteral("Status"), QStringLiteral("Cancelled") } })));
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    QCOMPARE(m_session->query(QStringLiteral("SELECT IsClosed FROM Task WHERE Id = '%1'").arg(id))
                 .object()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("IsClosed"))
                 .toBool(),
        true);
}

void TestSalesforceQueryHttp::answersTheOrganization()
{
    const HttpResult answer
        = m_session->query(QStringLiteral("SELECT Id, Name, OrganizationType, IsSandbox FROM Organization"));
    QCOMPARE(answer.status, 200);
    const QJsonObject org = answer.object().value(QStringLiteral("records")).toArray().first().toObject();
    QCOMPARE(org.value(QStringLiteral("OrganizationType")).toString(), QStringLiteral("Enterprise Edition"));
    QCOMPARE(org.value(QStringLiteral("Id")).toString(), m_sandbox->dataset().organization().id);
    QVERIFY(org.value(QStringLiteral("IsSandbox")).isBool());
}

void TestSalesforceQueryHttp::findsTheInstalledPackageWithTheToolingApi()
{
    const HttpResult answer = m_session->query(
        QStringLiteral("SELECT SubscriberPackage.Name, SubscriberPackage.NamespacePrefix, "
                       "SubscriberPackageVersion.MajorVersion, "
                       "SubscriberPackageVersion.MinorVersion FROM InstalledSubscriberPackage"),
        QStringLiteral("/tooling/query"));
    QCOMPARE(answer.status, 200);
    // One package among several: ours is the one with our namespace prefix.
    QJsonObject installed;
    for (const QJsonValue& record : answer.object().value(QStringLiteral("records")).toArray()) {
        if (record[QStringLiteral("SubscriberPackage")][QStringLiteral("NamespacePrefix")].toString()
            == QLatin1String("mkto_si")) {
            installed = record.toObject();
        }
    }
    QVERIFY(!installed.isEmpty());
    QVERIFY(installed.value(QStringLiteral("attributes"))
                .toObject()
                .value(QStringLiteral("url"))
                .toString()
                .startsWith(
                    QLatin1String("/services/data/v59.0/tooling/sobjects/InstalledSubscriberPackage/0A3")));
    const auto package = m_sandbox->dataset().installedPackage();
    QVERIFY(package);
    QCOMPARE(installed.value(QStringLiteral("SubscriberPackage"))
                 .toObject()
                 .value(QStringLiteral("NamespacePrefix"))
                 .toString(),
        package->namespacePrefix);
    QCOMPARE(installed.value(QStringLiteral("SubscriberPackageVersion"))
                 .toObject()
                 .value(QStringLiteral("MajorVersion"))
                 .toInt(),
        package->majorVersion);
    // The Tooling object is not in the data API, and the other way round.
    QCOMPARE(errorCode(m_session->query(QStringLiteral("SELECT Id FROM InstalledSubscriberPackage"))),
        QStringLiteral("INVALID_TYPE"));
}

void TestSalesforceQueryHttp::answersNoPackageWhenNoneIsInstalled()
{
    SandboxOptions options;
    options.people = 50;
    options.salesforceInstalledPackage = false;
    m_sandbox = start(options);
    QVERIFY(m_sandbox);
    // The org's other packages stay; ours is not among them.
    const HttpResult answer
        = m_session->query(QStringLiteral("SELECT Id FROM InstalledSubscriberPackage "
                                          "WHERE SubscriberPackage.NamespacePrefix = 'mkto_si'"),
            QStringLiteral("/tooling/query"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("totalSize")).toInt(), 0);
}

void TestSalesforceQueryHttp::refusesAnOrgWithoutApiAccess()
{
    SandboxOptions options;
    options.people = 50;
    options.salesforceEdition = QStringLiteral("Professional Edition");
    options.salesforceApiEnabled = false;
    m_sandbox = start(options);
    QVERIFY(m_sandbox);
    QVERIFY(!m_session->token().isEmpty()); // logging in works; the API does not
    const HttpResult answer
        = m_session->query(QStringLiteral("SELECT Id, OrganizationType FROM Organization"));
    QCOMPARE(answer.status, 403);
    QCOMPARE(errorCode(answer), QStringLiteral("API_DISABLED_FOR_ORG"));
}

void TestSalesforceQueryHttp::reportsLimitsAndUsage()
{
    const HttpResult first = m_session->get(QStringLiteral("/limits"));
    QCOMPARE(first.status, 200);
    const QJsonObject daily = first.object().value(QStringLiteral("DailyApiRequests")).toObject();
    const qint64 max = daily.value(QStringLiteral("Max")).toInteger();
    QCOMPARE(max, m_sandbox->options().limits.salesforceDailyRequests);
    const qint64 used = max - daily.value(QStringLiteral("Remaining")).toInteger();
    QCOMPARE(used, qint64(1)); // this call counts
    QCOMPARE(first.header("Sforce-Limit-Info"), QByteArray("api-usage=1/") + QByteArray::number(max));
    const HttpResult second = m_session->query(QStringLiteral("SELECT Id FROM Organization"));
    QCOMPARE(second.header("Sforce-Limit-Info"), QByteArray("api-usage=2/") + QByteArray::number(max));
}

void TestSalesforceQueryHttp::refusesCallsOverTheDailyLimit()
{
    SandboxOptions options;
    options.people = 50;
    options.limits.salesforceDailyRequests = 3;
    m_sandbox = start(options);
    QVERIFY(m_sandbox);
    for (int call = 1; call <= 3; ++call) {
        QCOMPARE(m_session->get(QStringLiteral("/limits")).status, 200);
    }
    const HttpResult refused = m_session->query(QStringLiteral("SELECT Id FROM Organization"));
    QCOMPARE(refused.status, 403);
    QCOMPARE(errorCode(refused), QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
    QCOMPARE(refused.header("Sforce-Limit-Info"), QByteArray("api-usage=3/3"));
    m_sandbox->clock().advance(24LL * 3600 * 1000 + 60000); // a day later the first calls no longer count
    // The session timed out meanwhile: a new one, then the allowance is back.
    m_session = std::make_unique<Session>(Session::open(*m_client, *m_sandbox));
    QCOMPARE(m_session->get(QStringLiteral("/limits")).status, 200);
}

void TestSalesforceQueryHttp::answersInjectedFaultsInSalesforceShape_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("401") << "401" << 401 << "INVALID_SESSION_ID";
    QTest::newRow("limit") << "REQUEST_LIMIT_EXCEEDED" << 403 << "REQUEST_LIMIT_EXCEEDED";
    QTest::newRow("503") << "http503" << 503 << "SERVER_UNAVAILABLE";
    QTest::newRow("not an expired session") << "INVALID_SESSION_REST" << 401 << "INVALID_SESSION_ID";
}

void TestSalesforceQueryHttp::answersInjectedFaultsInSalesforceShape()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("salesforce.query=%1@1").arg(fault)).ok());
    const HttpResult faulted = m_session->query(QStringLiteral("SELECT Id FROM Organization"));
    QCOMPARE(faulted.status, status);
    QCOMPARE(salesforcetest::errorCode(faulted), errorCode);
    QCOMPARE(
        m_session->query(QStringLiteral("SELECT Id FROM Organization")).status, 200); // only the first call
}

// --sf-user-without-api: the org has API access, the integration user's profile lacks "API Enabled". The
// user gets the org's answer (Salesforce does not say which); another user reads the permission.
void TestSalesforceQueryHttp::refusesAUserWithoutApiEnabledWhomItsProfileExplains()
{
    SandboxOptions options;
    options.people = 50;
    options.salesforceUserApiEnabled = false;
    m_sandbox = start(options);
    QVERIFY(m_sandbox);
    QVERIFY(!m_session->token().isEmpty()); // logging in works; the API does not
    const HttpResult refused = m_session->query(QStringLiteral("SELECT Id FROM Organization"));
    QCOMPARE(refused.status, 403);
    QCOMPARE(errorCode(refused), QStringLiteral("API_DISABLED_FOR_ORG"));
    QCOMPARE(errorMessage(refused), QStringLiteral("The REST API is not enabled for this Organization."));

    // The org's other administrator still has the API, and sees why the integration user has not.
    const QList<sia::sandbox::SalesforceUser>& users = m_sandbox->dataset().salesforceUsers();
    QJsonObject admin = credentials(*m_sandbox);
    admin.insert(QStringLiteral("username"), users.at(1).username);
    const Session other(
        *m_client, passwordGrant(*m_client, admin).object().value(QStringLiteral("access_token")).toString());
    const HttpResult permissions
        = other.query(QStringLiteral("SELECT Id, Profile.Name, Profile.PermissionsApiEnabled FROM User WHERE "
                                     "Id IN ('%1', '%2') ORDER BY Id")
                          .arg(users.at(0).id, users.at(1).id));
    QCOMPARE(permissions.status, 200);
    const QJsonArray records = permissions.object().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 2);
    const auto profile = [&](int i) {
        return records.at(i).toObject().value(QStringLiteral("Profile")).toObject();
    };
    QCOMPARE(profile(0).value(QStringLiteral("PermissionsApiEnabled")), QJsonValue(false));
    QCOMPARE(profile(1).value(QStringLiteral("PermissionsApiEnabled")), QJsonValue(true));
    const HttpResult profiles
        = other.query(QStringLiteral("SELECT Name FROM Profile WHERE PermissionsApiEnabled = false"));
    QCOMPARE(profiles.status, 200);
    QCOMPARE(profiles.object().value(QStringLiteral("totalSize")).toInt(), 1);
    // The way Salesforce documents for one user: an assignment of a permission set that grants it.
    const auto grantingAssignments = [&](const QString& userId) {
        return other
            .query(QStringLiteral("SELECT Id, PermissionSet.IsOwnedByProfile FROM PermissionSetAssignment "
                                  "WHERE AssigneeId = '%1' AND PermissionSet.PermissionsApiEnabled = true")
                       .arg(userId))
            .object()
            .value(QStringLiteral("totalSize"))
            .toInt(-1);
    };
    QCOMPARE(grantingAssignments(users.at(0).id), 0);
    QCOMPARE(grantingAssignments(users.at(1).id), 1);
    const QJsonObject ownedSet = other
                                     .query(QStringLiteral("SELECT Profile.Name, PermissionsApiEnabled FROM "
                                                           "PermissionSet WHERE IsOwnedByProfile = true AND "
                                                           "PermissionsApiEnabled = false"))
                                     .object();
    QCOMPARE(ownedSet.value(QStringLiteral("totalSize")).toInt(), 1);
    QCOMPARE(ownedSet.value(QStringLiteral("records"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("Profile"))
                 .toObject()
                 .value(QStringLiteral("Name"))
                 .toString(),
        QStringLiteral("Integration User - No API"));

    // Without the flag every profile has the permission.
    SandboxOptions plain;
    plain.people = 50;
    m_sandbox = start(plain);
    QVERIFY(m_sandbox);
    QCOMPARE(m_session->query(QStringLiteral("SELECT Name FROM Profile WHERE PermissionsApiEnabled = false"))
                 .object()
                 .value(QStringLiteral("totalSize"))
                 .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestSalesforceQueryHttp)
#include "testsalesforcequeryhttp.moc"
