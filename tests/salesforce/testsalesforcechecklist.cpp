// Step 7's checklist through SalesforceChecklistService against the sandbox's org: each verifiable item
// verified through the API (the package by the Tooling API, API Enabled by SOQL on the profile and the
// permission set assignments, task access by Task's describe), with what it found; an item the API cannot
// tell, or one only a person can check (Email to Salesforce), is confirmed by hand with who and when,
// audited; a confirmation is refused where the API tells; the checklist is complete once every item is.
#include "fixtureclientsource.h"
#include "salesforce/salesforcechecklist.h"
#include "salesforcetestsupport.h"
#include "store/auditlog.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"

using namespace sia;
using namespace salesforcetest;
using State = ChecklistItemResult::State;

class TestSalesforceChecklist : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void itemsAreVerifiedThroughTheApi_data();
    void itemsAreVerifiedThroughTheApi();
    void byHandOnlyItemCompletesTheChecklistOnceConfirmed();
    void notConnectedEveryItemIsConfirmedByHand();
    void confirmationIsRefusedWhereTheApiTells();
    void unknownItemIsAnInputError();
    void withdrawnConfirmationOpensTheItemAgain();

private:
    void start(sandbox::SandboxOptions options = {});
    Result<ChecklistReport> check();
    Result<ChecklistReport> confirm(const QString& key, const QString& note = {});

    std::unique_ptr<sia::test::TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DirectStoreRunner> m_runner;
    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_control;
    std::unique_ptr<ClientFixture> m_fixture;
    FixtureClientSource m_source;
    std::unique_ptr<SalesforceChecklistService> m_service;
};

void TestSalesforceChecklist::init()
{
    m_database = std::make_unique<sia::test::TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY(opened.ok());
    m_store = std::move(opened.value());
    m_runner = std::make_unique<DirectStoreRunner>(*m_store);
    m_source = FixtureClientSource {};
    m_service = std::make_unique<SalesforceChecklistService>(
        m_source, *m_runner, QStringLiteral("sam@acme.example"));
}

void TestSalesforceChecklist::cleanup()
{
    m_service.reset();
    m_fixture.reset();
    m_control.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_store.reset();
    m_database.reset();
}

void TestSalesforceChecklist::start(sandbox::SandboxOptions options)
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

Result<ChecklistReport> TestSalesforceChecklist::check()
{
    return await<ChecklistReport>([&](auto done) { m_service->check(done); });
}

Result<ChecklistReport> TestSalesforceChecklist::confirm(const QString& key, const QString& note)
{
    return await<ChecklistReport>([&](auto done) { m_service->confirmByHand(key, note, done); });
}

void TestSalesforceChecklist::itemsAreVerifiedThroughTheApi_data()
{
    QTest::addColumn<bool>("installed");
    QTest::addColumn<bool>("old");
    QTest::addColumn<bool>("userApi");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("package");
    QTest::addColumn<int>("apiEnabled");
    QTest::addColumn<int>("taskAccess");

    QTest::newRow("all in place") << true << false << true << QString() << int(State::Verified)
                                  << int(State::Verified) << int(State::Verified);
    QTest::newRow("package missing") << false << false << true << QString() << int(State::NotDone)
                                     << int(State::Verified) << int(State::Verified);
    QTest::newRow("package old") << true << true << true << QString() << int(State::NotDone)
                                 << int(State::Verified) << int(State::Verified);
    // The user's own calls are refused: the API cannot tell, so those items ask for a person.
    QTest::newRow("user without API") << true << false << false << QString() << int(State::NeedsConfirmation)
                                      << int(State::NeedsConfirmation) << int(State::NeedsConfirmation);
    QTest::newRow("describe fails") << true << false << true << QStringLiteral("salesforce.describe=http403")
                                    << int(State::Verified) << int(State::Verified)
                                    << int(State::NeedsConfirmation);
}

void TestSalesforceChecklist::itemsAreVerifiedThroughTheApi()
{
    QFETCH(bool, installed);
    QFETCH(bool, old);
    QFETCH(bool, userApi);
    QFETCH(QString, fault);
    QFETCH(int, package);
    QFETCH(int, apiEnabled);
    QFETCH(int, taskAccess);
    sandbox::SandboxOptions options;
    options.salesforceInstalledPackage = installed;
    options.salesforceOldPackage = old;
    options.salesforceUserApiEnabled = userApi;
    start(options);
    if (!fault.isEmpty()) {
        m_control->control("POST", QStringLiteral("/sandbox/faults"), { { QStringLiteral("spec"), fault } });
    }
    const Result<ChecklistReport> report = check();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->items.size(), SalesforceChecklist::items().size());
    QCOMPARE(int(report->item(QStringLiteral("package"))->state), package);
    QCOMPARE(int(report->item(QStringLiteral("api-enabled"))->state), apiEnabled);
    QCOMPARE(int(report->item(QStringLiteral("task-access"))->state), taskAccess);
    for (const ChecklistItemResult& item : report->items) {
        if (item.state == State::Verified || item.state == State::NotDone) {
            QVERIFY2(!item.finding.isEmpty(), qPrintable(item.definition.key)); // says what it found
        }
        if (item.state == State::NeedsConfirmation && !item.definition.verifiedBy.isEmpty()) {
            QVERIFY2(item.apiProblem.has_value(), qPrintable(item.definition.key)); // says why it cannot tell
        }
    }
    QCOMPARE(report->item(QStringLiteral("email-to-salesforce"))->state, State::NeedsConfirmation);
    QVERIFY(!report->complete());
}

void TestSalesforceChecklist::byHandOnlyItemCompletesTheChecklistOnceConfirmed()
{
    start();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Result<ChecklistReport> report
        = confirm(QStringLiteral("email-to-salesforce"), QStringLiteral("active since May"));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    const ChecklistItemResult* email = report->item(QStringLiteral("email-to-salesforce"));
    QCOMPARE(email->state, State::ConfirmedByHand);
    QCOMPARE(email->confirmation->confirmedBy, QStringLiteral("sam@acme.example"));
    QVERIFY(email->confirmation->confirmedAt >= before);
    QCOMPARE(email->confirmation->note, QStringLiteral("active since May"));
    QVERIFY(report->complete());
    const Result<QList<AuditEntry>> audit = AuditLog(*m_store).entries();
    QCOMPARE(audit->first().action, QStringLiteral("confirmation.recorded"));
    QCOMPARE(audit->first().arguments.value(QStringLiteral("item")).toString(),
        QStringLiteral("checklist.email-to-salesforce"));
}

void TestSalesforceChecklist::notConnectedEveryItemIsConfirmedByHand()
{
    Result<ChecklistReport> report = check();
    QVERIFY(report.ok());
    for (const ChecklistItemResult& item : report->items) {
        QCOMPARE(item.state, State::NeedsConfirmation);
    }
    for (const ChecklistItemDefinition& item : SalesforceChecklist::items()) {
        report = confirm(item.key);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    }
    QVERIFY(report->complete());
    QCOMPARE(sia::test::rowCount(*m_store, QStringLiteral("hand_confirmations")),
        SalesforceChecklist::items().size());
}

void TestSalesforceChecklist::confirmationIsRefusedWhereTheApiTells()
{
    sandbox::SandboxOptions options;
    options.salesforceInstalledPackage = false;
    start(options);
    for (const char* key : { "package", "api-enabled", "task-access" }) {
        const Result<ChecklistReport> refused = confirm(QLatin1String(key));
        QVERIFY2(!refused.ok(), key);
        QCOMPARE(refused.error().code, QStringLiteral("checklist.api-can-tell"));
    }
    QCOMPARE(sia::test::rowCount(*m_store, QStringLiteral("hand_confirmations")), 0);
}

void TestSalesforceChecklist::unknownItemIsAnInputError()
{
    const Result<ChecklistReport> refused = confirm(QStringLiteral("layouts"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    QVERIFY(refused.error().message.contains(QStringLiteral("email-to-salesforce")));
}

void TestSalesforceChecklist::withdrawnConfirmationOpensTheItemAgain()
{
    QVERIFY(confirm(QStringLiteral("email-to-salesforce")).ok());
    const Result<ChecklistReport> withdrawn = await<ChecklistReport>(
        [&](auto done) { m_service->withdrawConfirmation(QStringLiteral("email-to-salesforce"), done); });
    QVERIFY(withdrawn.ok());
    QCOMPARE(withdrawn->item(QStringLiteral("email-to-salesforce"))->state, State::NeedsConfirmation);
}

QTEST_GUILESS_MAIN(TestSalesforceChecklist)
#include "testsalesforcechecklist.moc"
