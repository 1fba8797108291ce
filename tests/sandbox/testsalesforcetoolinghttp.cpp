// The Tooling API's installed packages as strict as Salesforce (issue 8, item 17): SubscriberPackage and
// SubscriberPackageVersion are queried only with an Id in the WHERE clause, the org has several installed
// packages (ours found by its namespace prefix, not by position), and --sf-old-package installs an older
// version of ours, for the "upgrade" path.
#include "salesforcetestsession.h"

#include <QtTest>

using namespace sia::sandbox;
using namespace salesforcetest;

namespace {

const QString tooling = QStringLiteral("/tooling/query");
const QString installedQuery = QStringLiteral(
    "SELECT Id, SubscriberPackageId, SubscriberPackage.Name, SubscriberPackage.NamespacePrefix, "
    "SubscriberPackageVersionId, SubscriberPackageVersion.MajorVersion, "
    "SubscriberPackageVersion.MinorVersion FROM InstalledSubscriberPackage");

QJsonObject ours(const HttpResult& installed)
{
    for (const QJsonValue& record : installed.object().value(QStringLiteral("records")).toArray()) {
        if (record[QStringLiteral("SubscriberPackage")][QStringLiteral("NamespacePrefix")].toString()
            == QLatin1String("mkto_si")) {
            return record.toObject();
        }
    }
    return {};
}

} // namespace

class TestSalesforceToolingHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesAPackageQueryWithoutAnId_data();
    void refusesAPackageQueryWithoutAnId();
    void readsPackagesById_data();
    void readsPackagesById();
    void listsSeveralInstalledPackages();
    void installsAnOlderVersionWithTheFlag();

private:
    void start(const SandboxOptions& options);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<Session> m_session;
};

void TestSalesforceToolingHttp::start(const SandboxOptions& options)
{
    m_session.reset();
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
    m_session = std::make_unique<Session>(Session::open(*m_client, *m_sandbox));
}

void TestSalesforceToolingHttp::init()
{
    SandboxOptions options;
    options.people = 50;
    start(options);
}

void TestSalesforceToolingHttp::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_sandbox.reset();
}

void TestSalesforceToolingHttp::refusesAPackageQueryWithoutAnId_data()
{
    QTest::addColumn<QString>("soql");
    for (const char* object : { "SubscriberPackage", "SubscriberPackageVersion" }) {
        const QString from = QStringLiteral("SELECT Id, Name FROM ") + QLatin1String(object);
        QTest::addRow("%s without WHERE", object) << from;
        QTest::addRow("%s by Name", object) << from + QStringLiteral(" WHERE Name = 'Marketo Sales Insight'");
        QTest::addRow("%s Id under OR", object)
            << from + QStringLiteral(" WHERE Id = '0335g0000000003' OR Name = 'x'");
        QTest::addRow("%s Id under NOT", object)
            << from + QStringLiteral(" WHERE NOT Id = '0335g0000000003'");
        QTest::addRow("%s Id not equal", object) << from + QStringLiteral(" WHERE Id != '0335g0000000003'");
        QTest::addRow("%s COUNT()", object) << QStringLiteral("SELECT COUNT() FROM ") + QLatin1String(object);
    }
}

void TestSalesforceToolingHttp::refusesAPackageQueryWithoutAnId()
{
    QFETCH(QString, soql);
    const HttpResult answer = m_session->query(soql, tooling);
    QCOMPARE(answer.status, 400);
    QCOMPARE(errorCode(answer), QStringLiteral("MALFORMED_QUERY"));
    QVERIFY2(errorMessage(answer).contains(QLatin1String("requires a filter by Id")),
        qPrintable(errorMessage(answer)));
}

void TestSalesforceToolingHttp::readsPackagesById_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("idField");
    QTest::addColumn<QString>("condition");
    QTest::newRow("package =") << "SubscriberPackage"
                               << "SubscriberPackageId"
                               << "Id = '%1'";
    QTest::newRow("version IN") << "SubscriberPackageVersion"
                                << "SubscriberPackageVersionId"
                                << "Id IN ('%1')";
    QTest::newRow("package under AND") << "SubscriberPackage"
                                       << "SubscriberPackageId"
                                       << "Name != null AND Id = '%1'";
}

void TestSalesforceToolingHttp::readsPackagesById()
{
    QFETCH(QString, object);
    QFETCH(QString, idField);
    QFETCH(QString, condition);
    const QString id = ours(m_session->query(installedQuery, tooling)).value(idField).toString();
    QVERIFY(!id.isEmpty());
    const HttpResult answer = m_session->query(
        QStringLiteral("SELECT Id, Name FROM %1 WHERE %2").arg(object, condition.arg(id)), tooling);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("totalSize")).toInt(), 1);
    QCOMPARE(
        answer.object().value(QStringLiteral("records")).toArray().first()[QStringLiteral("Id")].toString(),
        id);
}

void TestSalesforceToolingHttp::listsSeveralInstalledPackages()
{
    const HttpResult answer = m_session->query(installedQuery, tooling);
    QCOMPARE(answer.status, 200);
    const QJsonArray records = answer.object().value(QStringLiteral("records")).toArray();
    QVERIFY(records.size() >= 3);
    QStringList prefixes;
    for (const QJsonValue& record : records) {
        prefixes << record[QStringLiteral("SubscriberPackage")][QStringLiteral("NamespacePrefix")].toString();
    }
    QCOMPARE(prefixes.count(QStringLiteral("mkto_si")), 1);
    QVERIFY(prefixes.first() != QLatin1String("mkto_si")); // not found by taking the first row
    const QJsonObject package = ours(answer);
    QCOMPARE(package[QStringLiteral("SubscriberPackageVersion")][QStringLiteral("MajorVersion")].toInt(), 1);
    QCOMPARE(package[QStringLiteral("SubscriberPackageVersion")][QStringLiteral("MinorVersion")].toInt(), 44);
    // Found by its namespace prefix in the WHERE clause, too.
    const HttpResult filtered = m_session->query(
        QStringLiteral("SELECT Id FROM InstalledSubscriberPackage WHERE SubscriberPackage.NamespacePrefix = "
                       "'mkto_si'"),
        tooling);
    QCOMPARE(filtered.object().value(QStringLiteral("totalSize")).toInt(), 1);
    QCOMPARE(filtered.object().value(QStringLiteral("records")).toArray().first()[QStringLiteral("Id")],
        package.value(QStringLiteral("Id")));
}

void TestSalesforceToolingHttp::installsAnOlderVersionWithTheFlag()
{
    SandboxOptions options;
    options.people = 50;
    options.salesforceOldPackage = true;
    start(options);
    const QJsonObject package = ours(m_session->query(installedQuery, tooling));
    QVERIFY(!package.isEmpty());
    QCOMPARE(package[QStringLiteral("SubscriberPackageVersion")][QStringLiteral("MajorVersion")].toInt(), 1);
    QCOMPARE(package[QStringLiteral("SubscriberPackageVersion")][QStringLiteral("MinorVersion")].toInt(), 30);
}

QTEST_GUILESS_MAIN(TestSalesforceToolingHttp)
#include "testsalesforcetoolinghttp.moc"
