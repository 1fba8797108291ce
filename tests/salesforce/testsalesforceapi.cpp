// The Salesforce client's typed calls against the sandbox's org: API version discovery, SOQL across short
// pages and queryAll, sObject Collections, get updated's next window from latestDateCovered, describe,
// limits from Sforce-Limit-Info, the org, the user and the user's "API Enabled" (an org's refusal told from
// a user without the permission), the Sales Insight package (install / upgrade / up to date), and which
// failures are retried (5xx, an HTML page) and which not (REQUEST_LIMIT_EXCEEDED).
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforceclient.h"
#include "salesforce/salesforcesession.h"
#include "salesforcetestsupport.h"

using namespace sia;
using namespace salesforcetest;

namespace {

QJsonArray versions(std::initializer_list<const char*> numbers)
{
    QJsonArray offered;
    for (const char* number : numbers) {
        offered.append(QJsonObject { { QStringLiteral("version"), QLatin1String(number) } });
    }
    return offered;
}

} // namespace

class TestSalesforceApi : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void picksTheNewestSupportedApiVersion();
    void discoversTheOrgsApiVersion();
    void queriesAcrossShortPages();
    void writesTasksThroughCollections();
    void refusesMoreThan200RecordsInOneCall();
    void theNextWindowStartsAtLatestDateCovered();
    void readsTheLimitsHeaderAndTheDailyRequests();
    void describesAnObject();
    void readsTheOrgAndTheUser();
    void tellsAUserWithoutTheApiPermission();
    void saysWhatToDoWithThePackage_data();
    void saysWhatToDoWithThePackage();
    void retriesWhatARetryCanFix_data();
    void retriesWhatARetryCanFix();

private:
    void start(sandbox::SandboxOptions options = {});
    void inject(const QString& spec);
    QDateTime sandboxNow();
    Result<SalesforceQueryResult> query(const QString& soql);

    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_control;
    std::unique_ptr<ClientFixture> m_fixture;
};

void TestSalesforceApi::start(sandbox::SandboxOptions options)
{
    m_callbacks = callbacksOnFreePorts();
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_control = std::make_unique<SandboxClient>(*m_sandbox);
    m_fixture = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
    const Result<SalesforceTokens> connected = m_fixture->connect();
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
}

void TestSalesforceApi::cleanup()
{
    m_fixture.reset();
    m_control.reset();
    m_sandbox.reset();
}

void TestSalesforceApi::inject(const QString& spec)
{
    m_control->control("POST", QStringLiteral("/sandbox/faults"), { { QStringLiteral("spec"), spec } });
}

QDateTime TestSalesforceApi::sandboxNow()
{
    return QDateTime::fromString(
        m_control->control("GET", QStringLiteral("/sandbox/clock")).value(QStringLiteral("now")).toString(),
        Qt::ISODateWithMs);
}

Result<SalesforceQueryResult> TestSalesforceApi::query(const QString& soql)
{
    return await<SalesforceQueryResult>(
        [&](auto done) { SalesforceApi(*m_fixture->client).query(soql, this, done); });
}

void TestSalesforceApi::picksTheNewestSupportedApiVersion()
{
    QCOMPARE(*SalesforceClient::pickApiVersion(versions({ "58.0", "61.0", "62.0", "63.0" })),
        QStringLiteral("v62.0"));
    QCOMPARE(*SalesforceClient::pickApiVersion(versions({ "59.0", "60.0" })), QStringLiteral("v60.0"));
    const Result<QString> tooOld = SalesforceClient::pickApiVersion(versions({ "57.0", "58.0" }));
    QVERIFY(!tooOld.ok());
    QCOMPARE(tooOld.error().code, QStringLiteral("salesforce.api-version"));
}

void TestSalesforceApi::discoversTheOrgsApiVersion()
{
    start();
    const Result<QString> version
        = await<QString>([&](auto done) { m_fixture->client->apiVersion(this, done); });
    QVERIFY(version.ok());
    QCOMPARE(*version, info(*m_sandbox, "apiVersion"));
    QCOMPARE(callsOf(*m_control, "salesforce.versions"), 1);
    QVERIFY(query(QStringLiteral("SELECT Id FROM Organization")).ok());
    QCOMPARE(callsOf(*m_control, "salesforce.versions"), 1); // asked once
}

void TestSalesforceApi::queriesAcrossShortPages()
{
    sandbox::SandboxOptions options;
    options.salesforceTaskCount = 450;
    start(options);
    // A long text field makes pages of at most 200, whatever the batch size.
    const Result<SalesforceQueryResult> tasks
        = query(QStringLiteral("SELECT Id, Subject, Description FROM Task"));
    QVERIFY2(tasks.ok(), qPrintable(tasks.ok() ? QString() : tasks.error().message));
    QVERIFY(tasks->pages >= 3);
    QCOMPARE(tasks->records.size(), tasks->totalSize);
    QSet<QString> ids;
    for (const QJsonObject& task : tasks->records) {
        ids.insert(task.value(QStringLiteral("Id")).toString());
    }
    QCOMPARE(ids.size(), tasks->records.size()); // no page read twice
    const Result<SalesforceQueryResult> all = await<SalesforceQueryResult>([&](auto done) {
        SalesforceApi(*m_fixture->client)
            .queryAll(QStringLiteral("SELECT Id, Description FROM Task"), this, done);
    });
    QVERIFY(all.ok());
    QVERIFY(all->pages >= 3);
    QVERIFY(all->records.size() > tasks->records.size()); // archived tasks too
}

void TestSalesforceApi::writesTasksThroughCollections()
{
    start();
    QList<QJsonObject> tasks;
    for (const char* subject : { "Call Ada", "Email Grace" }) {
        tasks.append({ { QStringLiteral("attributes"),
                           QJsonObject { { QStringLiteral("type"), QStringLiteral("Task") } } },
            { QStringLiteral("Subject"), QLatin1String(subject) },
            { QStringLiteral("Priority"), QStringLiteral("High") } });
    }
    const Result<QList<SalesforceSaveResult>> created = await<QList<SalesforceSaveResult>>(
        [&](auto done) { SalesforceApi(*m_fixture->client).createRecords(tasks, true, this, done); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created->size(), 2);
    QVERIFY(created->at(0).success && created->at(1).success);
    QList<QJsonObject> changes { { { QStringLiteral("attributes"),
                                       QJsonObject { { QStringLiteral("type"), QStringLiteral("Task") } } },
        { QStringLiteral("Id"), created->at(0).id },
        { QStringLiteral("Subject"), QStringLiteral("Call Ada again") } } };
    QJsonObject refused = changes.constFirst();
    refused.insert(QStringLiteral("Id"), created->at(1).id);
    refused.insert(QStringLiteral("Status"), QStringLiteral("No such status"));
    changes.append(refused);
    const Result<QList<SalesforceSaveResult>> updated = await<QList<SalesforceSaveResult>>(
        [&](auto done) { SalesforceApi(*m_fixture->client).updateRecords(changes, false, this, done); });
    QVERIFY(updated.ok());
    QVERIFY(updated->at(0).success);
    QVERIFY(!updated->at(1).success);
    QCOMPARE(updated->at(1).errorCode, QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
    const Result<SalesforceQueryResult> read
        = query(QStringLiteral("SELECT Subject FROM Task WHERE Id = '%1'").arg(created->at(0).id));
    QVERIFY(read.ok());
    QCOMPARE(
        read->records.value(0).value(QStringLiteral("Subject")).toString(), QStringLiteral("Call Ada again"));
}

void TestSalesforceApi::refusesMoreThan200RecordsInOneCall()
{
    start();
    const QList<QJsonObject> many(201, QJsonObject { { QStringLiteral("Subject"), QStringLiteral("x") } });
    const Result<QList<SalesforceSaveResult>> refused = await<QList<SalesforceSaveResult>>(
        [&](auto done) { SalesforceApi(*m_fixture->client).createRecords(many, true, this, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("salesforce.collection-size"));
    QCOMPARE(callsOf(*m_control, "salesforce.collectionsCreate"), 0);
}

void TestSalesforceApi::theNextWindowStartsAtLatestDateCovered()
{
    start();
    m_control->control("POST", QStringLiteral("/sandbox/clock"), { { QStringLiteral("frozen"), true } });
    const QJsonObject mutated = m_control->control("POST", QStringLiteral("/sandbox/mutate"),
        { { QStringLiteral("kind"), QStringLiteral("tasks") }, { QStringLiteral("count"), 3 } });
    QCOMPARE(mutated.value(QStringLiteral("changed")).toInt(), 3);
    // 90 s later, inside the replication lag: the edits lie between latestDateCovered and the minute of end.
    m_control->control(
        "POST", QStringLiteral("/sandbox/clock"), { { QStringLiteral("advanceSeconds"), 90 } });
    const QDateTime now = sandboxNow();
    SalesforceApi api(*m_fixture->client);
    const Result<SalesforceUpdated> first = await<SalesforceUpdated>(
        [&](auto done) { api.updated(QStringLiteral("Task"), now.addSecs(-3600), now, this, done); });
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    // Replication lags: the window is covered only up to a moment before `end`, and the edits just made
    // are not in it yet.
    QVERIFY(first->latestDateCovered.isValid());
    QVERIFY(first->latestDateCovered < now);
    m_control->control(
        "POST", QStringLiteral("/sandbox/clock"), { { QStringLiteral("advanceSeconds"), 600 } });
    const QDateTime later = sandboxNow();
    const Result<SalesforceUpdated> next = await<SalesforceUpdated>(
        [&](auto done) { api.updated(QStringLiteral("Task"), first->latestDateCovered, later, this, done); });
    QVERIFY(next.ok());
    QSet<QString> seen(first->ids.cbegin(), first->ids.cend());
    seen.unite(QSet<QString>(next->ids.cbegin(), next->ids.cend()));
    QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size()))); // nothing lost between the windows
    QVERIFY(next->latestDateCovered > first->latestDateCovered);
    // Resuming from `end` instead would have lost them.
    const Result<SalesforceUpdated> fromEnd = await<SalesforceUpdated>(
        [&](auto done) { api.updated(QStringLiteral("Task"), now, later, this, done); });
    QVERIFY(fromEnd.ok());
    QVERIFY(fromEnd->ids.size() + first->ids.size() < seen.size());
    const Result<SalesforceDeleted> deleted = await<SalesforceDeleted>(
        [&](auto done) { api.deleted(QStringLiteral("Task"), first->latestDateCovered, later, this, done); });
    QVERIFY(deleted.ok());
    QVERIFY(deleted->latestDateCovered.isValid());
}

void TestSalesforceApi::readsTheLimitsHeaderAndTheDailyRequests()
{
    sandbox::SandboxOptions options;
    options.limits.salesforceDailyRequests = 1000;
    start(options);
    const Result<SalesforceDailyRequests> daily = await<SalesforceDailyRequests>(
        [&](auto done) { SalesforceApi(*m_fixture->client).dailyApiRequests(this, done); });
    QVERIFY(daily.ok());
    QCOMPARE(daily->max, 1000);
    const std::optional<SalesforceApiUsage> usage = m_fixture->client->lastApiUsage();
    QVERIFY(usage.has_value());
    QCOMPARE(usage->max, 1000);
    QVERIFY(usage->used >= 1);
    QVERIFY(daily->remaining < daily->max);
    QCOMPARE(SalesforceApiUsage::fromHeader("api-usage=25/15000")->used, 25);
    QVERIFY(!SalesforceApiUsage::fromHeader("per-app-api-usage").has_value());
}

void TestSalesforceApi::describesAnObject()
{
    start();
    const Result<QJsonObject> task = await<QJsonObject>(
        [&](auto done) { SalesforceApi(*m_fixture->client).describe(QStringLiteral("Task"), this, done); });
    QVERIFY(task.ok());
    QCOMPARE(task->value(QStringLiteral("name")).toString(), QStringLiteral("Task"));
    QVERIFY(!task->value(QStringLiteral("fields")).toArray().isEmpty());
}

void TestSalesforceApi::readsTheOrgAndTheUser()
{
    sandbox::SandboxOptions options;
    options.salesforceEdition = QStringLiteral("Developer Edition");
    start(options);
    SalesforceApi api(*m_fixture->client);
    const Result<SalesforceOrganization> org
        = await<SalesforceOrganization>([&](auto done) { api.organization(this, done); });
    QVERIFY(org.ok());
    QCOMPARE(org->id, info(*m_sandbox, "organizationId"));
    QCOMPARE(org->edition, QStringLiteral("Developer Edition"));
    QVERIFY(!org->name.isEmpty());
    QVERIFY(!org->instanceName.isEmpty());
    const Result<SalesforceIdentity> user
        = await<SalesforceIdentity>([&](auto done) { api.identity(this, done); });
    QVERIFY(user.ok());
    QCOMPARE(user->username, info(*m_sandbox, "username"));
    QCOMPARE(user->organizationId, org->id);
    const Result<SalesforceUserApiPermission> permission = await<SalesforceUserApiPermission>(
        [&](auto done) { api.userApiPermission(user->userId, this, done); });
    QVERIFY(permission.ok());
    QVERIFY(permission->apiEnabled);
    QCOMPARE(permission->username, user->username);
}

void TestSalesforceApi::tellsAUserWithoutTheApiPermission()
{
    sandbox::SandboxOptions options;
    options.salesforceUserApiEnabled = false;
    start(options);
    // The connected user's own calls: Salesforce cannot say whether the org or the user lacks the API.
    const Result<SalesforceQueryResult> refused = query(QStringLiteral("SELECT Id FROM Organization"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("salesforce.API_DISABLED_FOR_ORG"));
    QVERIFY(refused.error().message.contains(QLatin1String("API Enabled")));
    // The identity URL of the token answer still says who the user is.
    const std::optional<SalesforceIdentity> user
        = SalesforceApi::identityOf(m_fixture->client->session().identityUrl());
    QCOMPARE(user->userId, m_sandbox->dataset().salesforceUsers().at(0).id);
    // An administrator's session tells: the org has the API, this user lacks the permission.
    ClientFixture admin(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
    admin.browser.username = m_sandbox->dataset().salesforceUsers().at(1).username;
    QVERIFY(admin.connect().ok());
    const Result<SalesforceUserApiPermission> permission = await<SalesforceUserApiPermission>(
        [&](auto done) { SalesforceApi(*admin.client).userApiPermission(user->userId, this, done); });
    QVERIFY2(permission.ok(), qPrintable(permission.ok() ? QString() : permission.error().message));
    QVERIFY(!permission->apiEnabled);
    QCOMPARE(permission->profileName, QStringLiteral("Integration User - No API"));
}

void TestSalesforceApi::saysWhatToDoWithThePackage_data()
{
    QTest::addColumn<bool>("installed");
    QTest::addColumn<bool>("old");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("minor");
    QTest::newRow("not installed") << false << false << int(SalesforcePackageStatus::Action::Install) << 0;
    QTest::newRow("older version") << true << true << int(SalesforcePackageStatus::Action::Upgrade) << 30;
    QTest::newRow("current version") << true << false << int(SalesforcePackageStatus::Action::UpToDate) << 44;
}

void TestSalesforceApi::saysWhatToDoWithThePackage()
{
    QFETCH(bool, installed);
    QFETCH(bool, old);
    QFETCH(int, action);
    QFETCH(int, minor);
    sandbox::SandboxOptions options;
    options.salesforceInstalledPackage = installed;
    options.salesforceOldPackage = old;
    start(options);
    const Result<SalesforcePackageStatus> package = await<SalesforcePackageStatus>(
        [&](auto done) { SalesforceApi(*m_fixture->client).salesInsightPackage(this, done); });
    QVERIFY2(package.ok(), qPrintable(package.ok() ? QString() : package.error().message));
    QCOMPARE(int(package->action), action);
    QCOMPARE(package->minorVersion, minor);
    if (installed) {
        QCOMPARE(package->name, QStringLiteral("Marketo Sales Insight"));
        QCOMPARE(package->majorVersion, 1);
    }
}

void TestSalesforceApi::retriesWhatARetryCanFix_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("code"); // empty: the call succeeds
    QTest::addColumn<int>("calls");
    QTest::newRow("503 once") << "salesforce.query=http503@1" << QString() << 2;
    QTest::newRow("server unavailable once") << "salesforce.query=http500@1" << QString() << 2;
    QTest::newRow("connection reset once") << "salesforce.query=reset@1" << QString() << 2;
    QTest::newRow("an HTML page every time") << "salesforce.query=html"
                                             << "salesforce.http503" << 5;
    QTest::newRow("daily limit: not retried") << "salesforce.query=REQUEST_LIMIT_EXCEEDED@1"
                                              << "salesforce.REQUEST_LIMIT_EXCEEDED" << 1;
}

void TestSalesforceApi::retriesWhatARetryCanFix()
{
    QFETCH(QString, fault);
    QFETCH(QString, code);
    QFETCH(int, calls);
    start();
    QVERIFY(query(QStringLiteral("SELECT Id FROM Organization")).ok());
    inject(fault);
    const qint64 before = callsOf(*m_control, "salesforce.query");
    const Result<SalesforceQueryResult> answer = query(QStringLiteral("SELECT Id FROM Organization"));
    QCOMPARE(callsOf(*m_control, "salesforce.query") - before, calls);
    if (code.isEmpty()) {
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
        return;
    }
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, code);
    if (fault.contains(QLatin1String("html"))) {
        QVERIFY(answer.error().message.contains(QLatin1String("web page")));
    }
}

QTEST_GUILESS_MAIN(TestSalesforceApi)
#include "testsalesforceapi.moc"
