// Step 6 through SalesforcePackageService against the sandbox's org: the package found by its namespace
// among the installed ones, its version against the supported one and the verdict (install, upgrade, up
// to date); where the API cannot tell (not connected, the Tooling API refused), the verdict asks for a
// confirmation by hand, which is kept with who and when, audited, refused while the API can tell, and
// withdrawn again.
#include "fixtureclientsource.h"
#include "salesforce/salesforcepackageservice.h"
#include "salesforcetestsupport.h"
#include "store/auditlog.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"

using namespace sia;
using namespace salesforcetest;

class TestSalesforcePackageService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void verdictFollowsTheInstalledVersion_data();
    void verdictFollowsTheInstalledVersion();
    void apiThatCannotTellAsksForAConfirmationByHand_data();
    void apiThatCannotTellAsksForAConfirmationByHand();
    void confirmationByHandKeepsWhoAndWhenAndIsAudited();
    void confirmationIsRefusedWhileTheApiCanTell();
    void apiAnswerWinsOverAnOldConfirmation();
    void withdrawnConfirmationAsksAgain();

private:
    void start(sandbox::SandboxOptions options = {});
    Result<PackageReport> check();
    Result<PackageReport> confirm(const QString& note);

    std::unique_ptr<sia::test::TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DirectStoreRunner> m_runner;
    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_control;
    std::unique_ptr<ClientFixture> m_fixture;
    FixtureClientSource m_source;
    std::unique_ptr<SalesforcePackageService> m_service;
};

void TestSalesforcePackageService::init()
{
    m_database = std::make_unique<sia::test::TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY(opened.ok());
    m_store = std::move(opened.value());
    m_runner = std::make_unique<DirectStoreRunner>(*m_store);
    m_source = FixtureClientSource {};
    m_service
        = std::make_unique<SalesforcePackageService>(m_source, *m_runner, QStringLiteral("sam@acme.example"));
}

void TestSalesforcePackageService::cleanup()
{
    m_service.reset();
    m_fixture.reset();
    m_control.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_store.reset();
    m_database.reset();
}

void TestSalesforcePackageService::start(sandbox::SandboxOptions options)
{
    m_callbacks = callbacksOnFreePorts();
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_control = std::make_unique<SandboxClient>(*m_sandbox);
    m_fixture = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
    const Result<SalesforceTokens> connected = m_fixture->connect();
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
    m_source.client = m_fixture->client.get();
}

Result<PackageReport> TestSalesforcePackageService::check()
{
    return await<PackageReport>([&](auto done) { m_service->check(done); });
}

Result<PackageReport> TestSalesforcePackageService::confirm(const QString& note)
{
    return await<PackageReport>([&](auto done) { m_service->confirmByHand(note, done); });
}

void TestSalesforcePackageService::verdictFollowsTheInstalledVersion_data()
{
    QTest::addColumn<bool>("installed");
    QTest::addColumn<bool>("old");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<bool>("satisfied");
    QTest::addColumn<QString>("advice");
    QTest::newRow("not installed") << false << false << int(PackageReport::Verdict::Install) << false
                                   << QStringLiteral("Install it from AppExchange, version 1.44");
    QTest::newRow("older version") << true << true << int(PackageReport::Verdict::Upgrade) << false
                                   << QStringLiteral("Upgrade it");
    QTest::newRow("supported version")
        << true << false << int(PackageReport::Verdict::UpToDate) << true << QStringLiteral("nothing to do");
}

void TestSalesforcePackageService::verdictFollowsTheInstalledVersion()
{
    QFETCH(bool, installed);
    QFETCH(bool, old);
    QFETCH(int, verdict);
    QFETCH(bool, satisfied);
    QFETCH(QString, advice);
    sandbox::SandboxOptions options;
    options.salesforceInstalledPackage = installed;
    options.salesforceOldPackage = old;
    start(options);
    const Result<PackageReport> report = check();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(int(report->verdict), verdict);
    QCOMPARE(report->satisfied(), satisfied);
    QVERIFY(report->detected.has_value());
    QVERIFY(!report->apiProblem.has_value());
    QVERIFY2(report->advice().contains(advice), qPrintable(report->advice()));
    if (old) {
        QVERIFY2(report->advice().contains(QStringLiteral("1.30")), qPrintable(report->advice()));
    }
}

void TestSalesforcePackageService::apiThatCannotTellAsksForAConfirmationByHand_data()
{
    QTest::addColumn<QString>("fault"); // empty: not connected at all
    QTest::newRow("not connected") << QString();
    QTest::newRow("tooling API refused") << QStringLiteral("salesforce.toolingQuery=http403");
    QTest::newRow("session not valid for the API")
        << QStringLiteral("salesforce.toolingQuery=INVALID_SESSION_REST");
}

void TestSalesforcePackageService::apiThatCannotTellAsksForAConfirmationByHand()
{
    QFETCH(QString, fault);
    if (!fault.isEmpty()) {
        start();
        m_control->control("POST", QStringLiteral("/sandbox/faults"), { { QStringLiteral("spec"), fault } });
    }
    const Result<PackageReport> report = check();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->verdict, PackageReport::Verdict::ConfirmByHand);
    QVERIFY(!report->satisfied());
    QVERIFY(!report->detected.has_value());
    QVERIFY(report->apiProblem.has_value());
    QVERIFY2(report->advice().contains(report->apiProblem->message), qPrintable(report->advice()));
}

void TestSalesforcePackageService::confirmationByHandKeepsWhoAndWhenAndIsAudited()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Result<PackageReport> confirmed = confirm(QStringLiteral("1.44 in Installed Packages"));
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.ok() ? QString() : confirmed.error().message));
    QCOMPARE(confirmed->verdict, PackageReport::Verdict::ConfirmedByHand);
    QVERIFY(confirmed->satisfied());
    QCOMPARE(confirmed->confirmation->confirmedBy, QStringLiteral("sam@acme.example"));
    QVERIFY(confirmed->confirmation->confirmedAt >= before);
    QVERIFY(confirmed->advice().contains(QStringLiteral("sam@acme.example")));

    // Read back: the store keeps it.
    const Result<PackageReport> again = check();
    QCOMPARE(again->verdict, PackageReport::Verdict::ConfirmedByHand);
    QCOMPARE(again->confirmation->note, QStringLiteral("1.44 in Installed Packages"));
    const Result<QList<AuditEntry>> audit = AuditLog(*m_store).entries();
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QStringLiteral("confirmation.recorded"));
    QCOMPARE(audit->first().arguments.value(QStringLiteral("item")).toString(),
        QStringLiteral("package.installed"));
}

void TestSalesforcePackageService::confirmationIsRefusedWhileTheApiCanTell()
{
    sandbox::SandboxOptions options;
    options.salesforceInstalledPackage = false;
    start(options);
    const Result<PackageReport> refused = confirm(QString());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("package.api-can-tell"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("not installed")),
        qPrintable(refused.error().message));
    QCOMPARE(sia::test::rowCount(*m_store, QStringLiteral("hand_confirmations")), 0);
}

void TestSalesforcePackageService::apiAnswerWinsOverAnOldConfirmation()
{
    QVERIFY(confirm(QString()).ok()); // while not connected
    sandbox::SandboxOptions options;
    options.salesforceOldPackage = true;
    start(options);
    const Result<PackageReport> report = check();
    QCOMPARE(report->verdict, PackageReport::Verdict::Upgrade);
    QVERIFY(report->confirmation.has_value()); // kept, but the API's answer decides
    QVERIFY(!report->satisfied());
}

void TestSalesforcePackageService::withdrawnConfirmationAsksAgain()
{
    QVERIFY(confirm(QString()).ok());
    const Result<PackageReport> withdrawn
        = await<PackageReport>([&](auto done) { m_service->withdrawConfirmation(done); });
    QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.ok() ? QString() : withdrawn.error().message));
    QCOMPARE(withdrawn->verdict, PackageReport::Verdict::ConfirmByHand);
    const Result<PackageReport> twice
        = await<PackageReport>([&](auto done) { m_service->withdrawConfirmation(done); });
    QCOMPARE(twice.error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestSalesforcePackageService)
#include "testsalesforcepackageservice.moc"
