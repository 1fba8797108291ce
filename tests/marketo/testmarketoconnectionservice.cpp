// Step 3 without a window, against an in-process sandbox: connecting runs the named checks and keeps the
// secret (in the secret store only) and the record with its owner; each fault fails its own check with its
// own code and leaves the previous connection untouched; test records the checks; disconnect removes the
// secret and the record; the admins list marks the pending invitations. The store work runs on a
// StoreWorker thread, as in the window.
#include "connections/connectionrepository.h"
#include "connections/connectionsecrets.h"
#include "marketo/marketoconnectionservice.h"
#include "memorysecretstore.h"
#include "sandbox/sandbox.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace sia;
using namespace sia::test;

namespace {

const QString owner = QStringLiteral("alice@acme.example");

template<typename T> struct Answer
{
    std::optional<Result<T>> value;
    std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> outcome) {
            value.emplace(std::move(outcome));
        };
    }
};

} // namespace

class TestMarketoConnectionService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectRunsEveryCheckAndSavesTheOwner();
    void eachFaultFailsItsOwnCheckAndStoresNothing_data();
    void eachFaultFailsItsOwnCheckAndStoresNothing();
    void failedReconnectLeavesThePreviousConnection();
    void anotherAdminsConnectIsRefusedBeforeAnyCheck();
    void pendingHandOverCompletesWithTheConnect();
    void tlsCheckVerifiesTheCertificateWithTheExtraCa();
    void tlsCheckFailsWithoutTrustingTheCertificate();
    void nonHttpsUrlsAreRefusedBeforeAnyCall_data();
    void nonHttpsUrlsAreRefusedBeforeAnyCall();
    void testRecordsTheChecksOfTheStoredConnection();
    void disconnectRemovesTheSecretAndTheRecord();
    void adminsListsAdminRoleHoldersAndPendingInvitations();
    void theClientIsGivenOnceOtherWorkHasEnded();

private:
    void startSandbox(const QString& faults = {}, bool tls = false);
    MarketoCredentials sandboxCredentials() const;
    Result<MarketoTestOutcome> connectWith(const MarketoCredentials& credentials);
    SecretKey secretKey() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<MarketoConnectionService> m_service;
};

void TestMarketoConnectionService::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    Answer<void> opened;
    m_worker->open(this, opened.callback());
    QTRY_VERIFY(opened.value.has_value());
    QVERIFY2(opened.value->ok(), failureText(*opened.value).constData());
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
    m_secrets = std::make_unique<MemorySecretStore>();
    startSandbox();
}

void TestMarketoConnectionService::cleanup()
{
    m_service.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_worker.reset();
    m_secrets.reset();
    m_database.reset();
}

void TestMarketoConnectionService::startSandbox(const QString& faults, bool tls)
{
    m_service.reset();
    sandbox::SandboxOptions options;
    options.people = 100;
    options.faults = faults;
    options.tls = tls;
    m_sandbox = std::make_unique<sandbox::Sandbox>(options);
    QVERIFY(m_sandbox->start().ok());
    m_service = std::make_unique<MarketoConnectionService>(
        *m_runner, *m_secrets, QStringLiteral("test-instance"), owner);
}

MarketoCredentials TestMarketoConnectionService::sandboxCredentials() const
{
    const QJsonObject marketo = m_sandbox->readyInfo().value(QStringLiteral("marketo")).toObject();
    MarketoCredentials credentials;
    credentials.restUrl = QUrl(marketo.value(QStringLiteral("restUrl")).toString());
    credentials.identityUrl = QUrl(marketo.value(QStringLiteral("identityUrl")).toString());
    credentials.clientId = marketo.value(QStringLiteral("clientId")).toString();
    credentials.clientSecret = marketo.value(QStringLiteral("clientSecret")).toString().toUtf8();
    return credentials;
}

SecretKey TestMarketoConnectionService::secretKey() const
{
    return ConnectionSecrets(*m_secrets, QStringLiteral("test-instance"))
        .keyFor(ConnectionSecret::MarketoClientSecret);
}

Result<MarketoTestOutcome> TestMarketoConnectionService::connectWith(const MarketoCredentials& credentials)
{
    Answer<MarketoTestOutcome> answer;
    m_service->connectTo(credentials, answer.callback());
    // The sandbox's retries are short for checks; a few seconds at most.
    if (!QTest::qWaitFor([&] { return answer.value.has_value(); }, 20'000)) {
        return Error::internal(QStringLiteral("test.timeout"), QStringLiteral("connect did not answer"));
    }
    return *answer.value;
}

void TestMarketoConnectionService::connectRunsEveryCheckAndSavesTheOwner()
{
    QSignalSpy finished(m_service.get(), &MarketoConnectionService::checkFinished);
    const Result<MarketoTestOutcome> outcome = connectWith(sandboxCredentials());
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QVERIFY(outcome->connected);
    QVERIFY(outcome->report.passed());
    QStringList keys;
    for (const NamedCheck& check : outcome->report.checks) {
        keys << check.key;
        QCOMPARE(check.outcome, CheckOutcome::Passed);
        QVERIFY(!check.message.isEmpty());
    }
    QCOMPARE(keys, MarketoChecks::keys());
    QCOMPARE(finished.size(), keys.size());

    QVERIFY(outcome->record.has_value());
    const ConnectionRecord& record = *outcome->record;
    QCOMPARE(record.owner.connectedBy, owner);
    QCOMPARE(record.owner.remoteUser, QStringLiteral("sia.api@sandbox-marketo.example"));
    QVERIFY(!record.owner.connectedFrom.isEmpty());
    QVERIFY(record.owner.connectedAt.isValid());
    QCOMPARE(record.apiUrl, sandboxCredentials().restUrl.toString());
    QVERIFY(record.verifiedAt.isValid());
    QVERIFY(record.lastCheck.has_value() && record.lastCheck->passed());
    QVERIFY(m_secrets->contains(secretKey()));
    QVERIFY(outcome->findings.callsToday.has_value());
    QCOMPARE(outcome->findings.capPercent, 80);
    QCOMPARE(outcome->findings.ourShare, qint64(40'000));
}

void TestMarketoConnectionService::eachFaultFailsItsOwnCheckAndStoresNothing_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<bool>("wrongSecret");
    QTest::addColumn<QString>("failedCheck");
    QTest::addColumn<QString>("code");

    QTest::newRow("wrong secret") << QString() << true << "credentials"
                                  << "marketo.credentials";
    QTest::newRow("603 on describe2") << "marketo.describe2=603" << false << "api-access"
                                      << "marketo.603";
    QTest::newRow("identity answers html") << "marketo.identity=html" << false << "credentials"
                                           << "marketo.http503";
    QTest::newRow("identity resets") << "marketo.identity=reset" << false << "credentials"
                                     << "marketo.network.2";
    QTest::newRow("607 on usage") << "marketo.usage=607" << false << "daily-quota"
                                  << "marketo.607";
}

void TestMarketoConnectionService::eachFaultFailsItsOwnCheckAndStoresNothing()
{
    QFETCH(QString, faults);
    QFETCH(bool, wrongSecret);
    QFETCH(QString, failedCheck);
    QFETCH(QString, code);
    startSandbox(faults);
    MarketoCredentials credentials = sandboxCredentials();
    if (wrongSecret) {
        credentials.clientSecret = "not-the-secret";
    }
    const Result<MarketoTestOutcome> outcome = connectWith(credentials);
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QVERIFY(!outcome->connected);
    QCOMPARE(outcome->report.failedKeys(), QStringList { failedCheck });
    for (const NamedCheck& check : outcome->report.checks) {
        if (check.key == failedCheck) {
            QCOMPARE(check.code, code);
            QVERIFY(!check.message.isEmpty());
            QVERIFY(!check.fix.isEmpty());
        }
    }
    QVERIFY(!m_secrets->contains(secretKey()));
    Answer<std::optional<ConnectionRecord>> record;
    m_service->load(record.callback());
    QTRY_VERIFY(record.value.has_value());
    QVERIFY(record.value->ok() && !record.value->value().has_value());
}

void TestMarketoConnectionService::failedReconnectLeavesThePreviousConnection()
{
    QVERIFY(connectWith(sandboxCredentials())->connected);
    MarketoCredentials wrong = sandboxCredentials();
    wrong.clientSecret = "stale";
    const Result<MarketoTestOutcome> again = connectWith(wrong);
    QVERIFY(again.ok() && !again->connected);
    Answer<QByteArray> secret;
    ConnectionSecrets(*m_secrets, QStringLiteral("test-instance"))
        .read(ConnectionSecret::MarketoClientSecret, secret.callback());
    QTRY_VERIFY(secret.value.has_value());
    QCOMPARE(secret.value->value(), sandboxCredentials().clientSecret);
    Answer<std::optional<ConnectionRecord>> record;
    m_service->load(record.callback());
    QTRY_VERIFY(record.value.has_value());
    QVERIFY(record.value->value()->lastCheck->passed());
}

void TestMarketoConnectionService::tlsCheckVerifiesTheCertificateWithTheExtraCa()
{
    startSandbox({}, true);
    MarketoSandboxEndpoints endpoints;
    endpoints.extraCaCertificates = QSslCertificate::fromData(m_sandbox->certificatePem(), QSsl::Pem);
    QVERIFY(!endpoints.extraCaCertificates.isEmpty());
    m_service->setSandbox(endpoints);
    const Result<MarketoTestOutcome> outcome = connectWith(sandboxCredentials());
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QVERIFY2(outcome->connected, qPrintable(outcome->report.failedKeys().join(u',')));
    for (const NamedCheck& check : outcome->report.checks) {
        if (check.key == u"tls") {
            QVERIFY2(check.message.contains(QStringLiteral("extra trusted CA")), qPrintable(check.message));
        }
    }
}

void TestMarketoConnectionService::tlsCheckFailsWithoutTrustingTheCertificate()
{
    startSandbox({}, true);
    const Result<MarketoTestOutcome> outcome = connectWith(sandboxCredentials());
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QVERIFY(!outcome->connected);
    QCOMPARE(outcome->report.failedKeys(), QStringList { QStringLiteral("tls") });
    for (const NamedCheck& check : outcome->report.checks) {
        if (check.key == u"reachable") {
            QCOMPARE(check.outcome, CheckOutcome::Passed); // it answered; its certificate is the problem
        }
        if (check.key == u"tls") {
            QCOMPARE(check.code, QStringLiteral("marketo.tls"));
        }
        if (check.key == u"credentials") {
            QCOMPARE(check.outcome, CheckOutcome::Skipped); // no secret goes to an unverified host
        }
    }
}

void TestMarketoConnectionService::anotherAdminsConnectIsRefusedBeforeAnyCheck()
{
    QVERIFY(connectWith(sandboxCredentials())->connected);
    MarketoConnectionService bob(
        *m_runner, *m_secrets, QStringLiteral("test-instance"), QStringLiteral("bob"));
    QSignalSpy checks(&bob, &MarketoConnectionService::checkFinished);
    Answer<MarketoTestOutcome> answer;
    bob.connectTo(sandboxCredentials(), answer.callback());
    QTRY_VERIFY(answer.value.has_value());
    QVERIFY(!answer.value->ok());
    QCOMPARE(answer.value->error().code, QStringLiteral("connection.owned-by-another"));
    QCOMPARE(checks.size(), 0);
}

void TestMarketoConnectionService::pendingHandOverCompletesWithTheConnect()
{
    MarketoConnectionService bob(
        *m_runner, *m_secrets, QStringLiteral("test-instance"), QStringLiteral("bob"));
    Answer<MarketoTestOutcome> first;
    bob.connectTo(sandboxCredentials(), first.callback());
    QTRY_VERIFY_WITH_TIMEOUT(first.value.has_value(), 20'000);
    QVERIFY(first.value->ok() && first.value->value().connected);

    Answer<bool> started;
    m_worker->run<bool>(
        [](Store& store) -> Result<bool> {
            Result<void> begun = ConnectionRepository(store).startHandOver(ConnectionService::Marketo, owner);
            return begun ? Result<bool>(true) : Result<bool>(begun.error());
        },
        this, started.callback());
    QTRY_VERIFY(started.value.has_value());
    QVERIFY2(started.value->ok(), failureText(*started.value).constData());

    const Result<MarketoTestOutcome> taken = connectWith(sandboxCredentials());
    QVERIFY2(taken.ok(), failureText(taken).constData());
    QVERIFY(taken->connected);
    const ConnectionRecord& record = *taken->record;
    QCOMPARE(record.owner.connectedBy, owner);
    QCOMPARE(record.handOver.state, HandOverState::Completed);
    QCOMPARE(record.handOver.handedOverFrom, QStringLiteral("bob"));
    QVERIFY(record.handOver.previousRetired); // the same machine: its keychain entry was replaced
    QVERIFY(record.lastCheck.has_value() && record.lastCheck->passed());
}

void TestMarketoConnectionService::nonHttpsUrlsAreRefusedBeforeAnyCall_data()
{
    QTest::addColumn<QString>("rest");
    QTest::addColumn<QString>("code");
    QTest::newRow("http to a remote host") << "http://123-ABC-456.mktorest.com/rest"
                                           << "marketo.url-not-https";
    QTest::newRow("ftp") << "ftp://127.0.0.1/rest"
                         << "marketo.url-not-https";
    QTest::newRow("not a URL") << "mktorest"
                               << "marketo.url-invalid";
}

void TestMarketoConnectionService::nonHttpsUrlsAreRefusedBeforeAnyCall()
{
    QFETCH(QString, rest);
    QFETCH(QString, code);
    MarketoCredentials credentials = sandboxCredentials();
    credentials.restUrl = QUrl(rest);
    const Result<MarketoTestOutcome> outcome = connectWith(credentials);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, code);
    QCOMPARE(outcome.error().kind, ErrorKind::InvalidInput);
}

void TestMarketoConnectionService::testRecordsTheChecksOfTheStoredConnection()
{
    QVERIFY(connectWith(sandboxCredentials())->connected);
    QVERIFY(m_sandbox->configureFaults(QStringLiteral("marketo.describe2=603")).ok());
    Answer<MarketoTestOutcome> tested;
    m_service->test(tested.callback());
    QTRY_VERIFY_WITH_TIMEOUT(tested.value.has_value(), 20'000);
    QVERIFY2(tested.value->ok(), failureText(*tested.value).constData());
    QCOMPARE(tested.value->value().report.failedKeys(), QStringList { QStringLiteral("api-access") });
    const ConnectionRecord& record = *tested.value->value().record;
    QVERIFY(record.lastCheck.has_value());
    QVERIFY(!record.lastCheck->passed());
    QVERIFY(record.verifiedAt.isValid()); // the connect's passed test still dates it
}

void TestMarketoConnectionService::disconnectRemovesTheSecretAndTheRecord()
{
    QVERIFY(connectWith(sandboxCredentials())->connected);
    Answer<void> gone;
    m_service->disconnect(gone.callback());
    QTRY_VERIFY(gone.value.has_value());
    QVERIFY2(gone.value->ok(), failureText(*gone.value).constData());
    QVERIFY(!m_secrets->contains(secretKey()));
    Answer<std::optional<ConnectionRecord>> record;
    m_service->load(record.callback());
    QTRY_VERIFY(record.value.has_value());
    QVERIFY(!record.value->value().has_value());

    Answer<void> again;
    m_service->disconnect(again.callback());
    QTRY_VERIFY(again.value.has_value());
    QCOMPARE(again.value->error().kind, ErrorKind::NotFound);
}

void TestMarketoConnectionService::adminsListsAdminRoleHoldersAndPendingInvitations()
{
    QVERIFY(connectWith(sandboxCredentials())->connected);
    Answer<QList<MarketoAdmin>> admins;
    m_service->admins(admins.callback());
    QTRY_VERIFY_WITH_TIMEOUT(admins.value.has_value(), 20'000);
    QVERIFY2(admins.value->ok(), failureText(*admins.value).constData());
    int pending = 0;
    int holders = 0;
    for (const MarketoAdmin& admin : admins.value->value()) {
        QVERIFY(!admin.email.isEmpty());
        if (admin.pending) {
            ++pending;
            QVERIFY(admin.workspaces.isEmpty());
        } else {
            ++holders;
            QVERIFY(!admin.workspaces.isEmpty());
        }
    }
    // The sandbox's subscription: five Admins (one past the first page of 20), three pending invitations.
    QCOMPARE(holders, 5);
    QCOMPARE(pending, 3);
}

void TestMarketoConnectionService::theClientIsGivenOnceOtherWorkHasEnded()
{
    // The window asks for the client (step 4's preview) while step 1 lists the admins: it waits for that
    // list instead of failing with marketo.busy.
    QVERIFY(connectWith(sandboxCredentials())->connected);
    Answer<QList<MarketoAdmin>> admins;
    m_service->admins(admins.callback());
    QVERIFY(m_service->isBusy());
    Answer<MarketoClient*> client;
    m_service->withClient(client.callback());
    QTRY_VERIFY_WITH_TIMEOUT(client.value.has_value(), 20'000);
    QVERIFY2(client.value->ok(), failureText(*client.value).constData());
    QVERIFY(admins.value.has_value()); // the list came first, whole
    QVERIFY2(admins.value->ok(), failureText(*admins.value).constData());
    QVERIFY(client.value->value() != nullptr);
}

QTEST_GUILESS_MAIN(TestMarketoConnectionService)
#include "testmarketoconnectionservice.moc"
