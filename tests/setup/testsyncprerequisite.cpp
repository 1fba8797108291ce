// The "marketo-salesforce-sync" prerequisite checked from Marketo's data: the figures of a sample (people
// with a Salesforce ID, with an owner, with both) and the verdict, data-driven; over the sandbox's
// subscription through the Marketo connection, the result is recorded as the prerequisite's state with the
// figures as its note, by the admin who ran it, audited; not connected or a Marketo failure records nothing.
#include "marketo/marketoconnectionservice.h"
#include "marketo/salesforcesynccheck.h"
#include "memorysecretstore.h"
#include "sandbox/sandbox.h"
#include "setup/setupplan.h"
#include "setup/syncprerequisiteservice.h"
#include "store/auditlog.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"

#include <QJsonObject>
#include <QtTest>

using namespace sia;
using namespace sia::test;

class TestSyncPrerequisite : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sampleIsCounted_data();
    void sampleIsCounted();
    void connectedSubscriptionConfirmsThePrerequisiteWithItsFigures();
    void notConnectedRecordsNothing();
    void marketoFailureRecordsNothing();

private:
    void startSandbox(const QString& faults = {});
    void connectMarketo();
    Result<SalesforceSyncFindings> runCheck();
    std::optional<PrerequisiteState> prerequisite() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DirectStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<MarketoConnectionService> m_marketo;
    std::unique_ptr<SyncPrerequisiteService> m_service;
};

void TestSyncPrerequisite::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY(opened.ok());
    m_store = std::move(opened.value());
    m_runner = std::make_unique<DirectStoreRunner>(*m_store);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_marketo = std::make_unique<MarketoConnectionService>(
        *m_runner, *m_secrets, QStringLiteral("test-instance"), QStringLiteral("alice@acme.example"));
    m_service = std::make_unique<SyncPrerequisiteService>(
        *m_marketo, *m_runner, QStringLiteral("alice@acme.example"));
}

void TestSyncPrerequisite::cleanup()
{
    m_service.reset();
    m_marketo.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_store.reset();
    m_database.reset();
}

void TestSyncPrerequisite::startSandbox(const QString& faults)
{
    sandbox::SandboxOptions options;
    options.people = 400;
    options.faults = faults;
    m_sandbox = std::make_unique<sandbox::Sandbox>(options);
    QVERIFY(m_sandbox->start().ok());
}

void TestSyncPrerequisite::connectMarketo()
{
    const QJsonObject marketo = m_sandbox->readyInfo().value(QStringLiteral("marketo")).toObject();
    MarketoCredentials credentials;
    credentials.restUrl = QUrl(marketo.value(QStringLiteral("restUrl")).toString());
    credentials.identityUrl = QUrl(marketo.value(QStringLiteral("identityUrl")).toString());
    credentials.clientId = marketo.value(QStringLiteral("clientId")).toString();
    credentials.clientSecret = marketo.value(QStringLiteral("clientSecret")).toString().toUtf8();
    std::optional<Result<MarketoTestOutcome>> outcome;
    m_marketo->connectTo(
        credentials, [&outcome](Result<MarketoTestOutcome> answer) { outcome = std::move(answer); });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20'000);
    QVERIFY2(outcome->ok() && (*outcome)->connected, failureText(*outcome).constData());
}

Result<SalesforceSyncFindings> TestSyncPrerequisite::runCheck()
{
    std::optional<Result<SalesforceSyncFindings>> outcome;
    m_service->check([&outcome](Result<SalesforceSyncFindings> answer) { outcome = std::move(answer); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20'000)) {
        return Error::internal(QStringLiteral("test.timeout"), QStringLiteral("no answer"));
    }
    return std::move(*outcome);
}

std::optional<PrerequisiteState> TestSyncPrerequisite::prerequisite() const
{
    Result<PlanSnapshot> snapshot = SetupPlan(*m_store).snapshot();
    for (const PrerequisiteState& state : snapshot->prerequisites) {
        if (state.definition.key == SyncPrerequisiteService::prerequisiteKey) {
            return state;
        }
    }
    return std::nullopt;
}

void TestSyncPrerequisite::sampleIsCounted_data()
{
    QTest::addColumn<QList<QJsonObject>>("people");
    QTest::addColumn<int>("withId");
    QTest::addColumn<int>("withOwner");
    QTest::addColumn<int>("withBoth");
    QTest::addColumn<bool>("configured");

    const QJsonObject lead { { QStringLiteral("id"), 1 },
        { QStringLiteral("sfdcLeadId"), QStringLiteral("00Q000000000001AAA") },
        { QStringLiteral("sfdcLeadOwnerId"), QStringLiteral("005000000000001AAA") } };
    const QJsonObject contact { { QStringLiteral("id"), 2 },
        { QStringLiteral("sfdcContactId"), QStringLiteral("003000000000001AAA") },
        { QStringLiteral("sfdcLeadOwnerId"), QStringLiteral("005000000000002AAA") } };
    const QJsonObject marketoOnly { { QStringLiteral("id"), 3 },
        { QStringLiteral("sfdcLeadId"), QJsonValue::Null } };
    const QJsonObject queueOwned { { QStringLiteral("id"), 4 },
        { QStringLiteral("sfdcLeadId"), QStringLiteral("00Q000000000002AAA") } };
    const QJsonObject blankOwner { { QStringLiteral("id"), 5 },
        { QStringLiteral("sfdcContactId"), QStringLiteral("003000000000002AAA") },
        { QStringLiteral("sfdcLeadOwnerId"), QStringLiteral("  ") } };

    QTest::newRow("leads and contacts with owners")
        << QList<QJsonObject> { lead, contact, marketoOnly } << 2 << 2 << 2 << true;
    QTest::newRow("only Marketo people")
        << QList<QJsonObject> { marketoOnly, marketoOnly } << 0 << 0 << 0 << false;
    QTest::newRow("ids without owners")
        << QList<QJsonObject> { queueOwned, blankOwner } << 2 << 0 << 0 << false;
    QTest::newRow("one is enough") << QList<QJsonObject> { marketoOnly, queueOwned, lead } << 2 << 1 << 1
                                   << true;
}

void TestSyncPrerequisite::sampleIsCounted()
{
    QFETCH(QList<QJsonObject>, people);
    QFETCH(int, withId);
    QFETCH(int, withOwner);
    QFETCH(int, withBoth);
    QFETCH(bool, configured);
    const SalesforceSyncFindings findings = SalesforceSyncCheck::evaluate(people);
    QCOMPARE(findings.sampled, int(people.size()));
    QCOMPARE(findings.withSalesforceId, withId);
    QCOMPARE(findings.withOwner, withOwner);
    QCOMPARE(findings.withBoth, withBoth);
    QCOMPARE(findings.configured(), configured);
    QVERIFY(findings.summary().contains(QString::number(people.size())));
}

void TestSyncPrerequisite::connectedSubscriptionConfirmsThePrerequisiteWithItsFigures()
{
    startSandbox();
    connectMarketo();
    const Result<SalesforceSyncFindings> findings = runCheck();
    QVERIFY2(findings.ok(), failureText(findings).constData());
    // The sandbox's IDs start at 1001: the first window that holds anybody (901-1200) is the sample.
    QCOMPARE(findings->sampled, 200);
    QVERIFY(findings->configured());
    QVERIFY(findings->withBoth < findings->sampled); // the sandbox has people only in Marketo too
    const std::optional<PrerequisiteState> state = prerequisite();
    QVERIFY(state && state->confirmed);
    QCOMPARE(state->changedBy, QStringLiteral("alice@acme.example"));
    QCOMPARE(state->note, findings->summary());
    const Result<QList<AuditEntry>> audit = AuditLog(*m_store).entries();
    QCOMPARE(audit->first().action, QStringLiteral("prerequisite.confirmed"));
}

void TestSyncPrerequisite::notConnectedRecordsNothing()
{
    const Result<SalesforceSyncFindings> findings = runCheck();
    QVERIFY(!findings.ok());
    QCOMPARE(findings.error().code, QStringLiteral("marketo.not-connected"));
    QVERIFY(!prerequisite()->changedAt.isValid());
}

void TestSyncPrerequisite::marketoFailureRecordsNothing()
{
    startSandbox();
    connectMarketo();
    m_sandbox.reset();
    startSandbox(QStringLiteral("marketo.leads=603"));
    // The connection's URLs are the first sandbox's, now gone: the failure is Marketo's, and nothing changes.
    const Result<SalesforceSyncFindings> findings = runCheck();
    QVERIFY(!findings.ok());
    QVERIFY(!prerequisite()->changedAt.isValid());
}

QTEST_GUILESS_MAIN(TestSyncPrerequisite)
#include "testsyncprerequisite.moc"
