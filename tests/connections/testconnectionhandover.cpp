// Hand-over: another admin starts it, connects as themselves, and the first admin's credentials are then
// retired through the client's CredentialRetirement; the states the pages show (pending by whom, completed
// from whom, retired or not) come back from the database, and the rules refuse what makes no sense.
#include "connections/connectionhandover.h"
#include "connections/connectionrepository.h"
#include "connections/handoverrules.h"
#include "store/auditlog.h"
#include "storetesthelpers.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace sia;
using namespace sia::test;

namespace {

// Stands for a client: answers later through the event loop, as a revoke call over the network would.
class RecordingRetirement : public CredentialRetirement
{
public:
    void revokePrevious(const ConnectionRecord& previous, Done done) override
    {
        asked.append(previous);
        QTimer::singleShot(0, [done = std::move(done), outcome = outcome] { done(outcome); });
    }

    QList<ConnectionRecord> asked;
    Result<void> outcome;
};

} // namespace

class TestConnectionHandOver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startedHandOverIsPendingByItsStarter();
    void completedHandOverRetiresThePreviousCredentials();
    void failedRetirementKeepsTheNewConnectionAndSaysWhy();
    void completingWithoutAPendingHandOverRetiresNothing();
    void rulesRefuse_data();
    void rulesRefuse();
    void cancelledHandOverLeavesTheOwner();
    void reconnectByTheOwnerKeepsAPendingHandOver();

private:
    void connectAsAlice();
    static ConnectionRecord bobsConnection();
    Result<ConnectionRecord> complete(RecordingRetirement& retirement, const QString& actor);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestConnectionHandOver::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
}

void TestConnectionHandOver::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestConnectionHandOver::connectAsAlice()
{
    ConnectionRecord record;
    record.service = ConnectionService::Salesforce;
    record.apiUrl = QStringLiteral("https://example.my.salesforce.com");
    record.accountId = QStringLiteral("00D000000000001EAA");
    record.owner.remoteUser = QStringLiteral("alice@example.com");
    record.owner.connectedFrom = QStringLiteral("alice-laptop");
    Result<ConnectionRecord> saved
        = ConnectionRepository(*m_store).saveConnected(record, QStringLiteral("alice"));
    QVERIFY2(saved.ok(), failureText(saved).constData());
}

ConnectionRecord TestConnectionHandOver::bobsConnection()
{
    ConnectionRecord record;
    record.service = ConnectionService::Salesforce;
    record.apiUrl = QStringLiteral("https://example.my.salesforce.com");
    record.accountId = QStringLiteral("00D000000000001EAA");
    record.owner.remoteUser = QStringLiteral("bob@example.com");
    record.owner.connectedFrom = QStringLiteral("bob-desktop");
    return record;
}

Result<ConnectionRecord> TestConnectionHandOver::complete(
    RecordingRetirement& retirement, const QString& actor)
{
    ConnectionRepository repository(*m_store);
    ConnectionHandOver handOver(repository, retirement);
    std::optional<Result<ConnectionRecord>> outcome;
    handOver.complete(bobsConnection(), actor, [&outcome](Result<ConnectionRecord> done) { outcome = done; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 5000)) {
        return Error::internal(QStringLiteral("test.no-answer"), QStringLiteral("no answer"));
    }
    return *outcome;
}

void TestConnectionHandOver::startedHandOverIsPendingByItsStarter()
{
    connectAsAlice();

    Result<void> started
        = ConnectionRepository(*m_store).startHandOver(ConnectionService::Salesforce, QStringLiteral("bob"));

    QVERIFY2(started.ok(), failureText(started).constData());
    const ConnectionRecord read = **ConnectionRepository(*m_store).find(ConnectionService::Salesforce);
    QCOMPARE(read.handOver.state, HandOverState::Pending);
    QCOMPARE(read.handOver.pendingBy, QStringLiteral("bob"));
    QVERIFY(read.handOver.pendingSince.isValid());
    QCOMPARE(read.owner.connectedBy, QStringLiteral("alice")); // still Alice's until Bob connects
}

void TestConnectionHandOver::completedHandOverRetiresThePreviousCredentials()
{
    connectAsAlice();
    QVERIFY(ConnectionRepository(*m_store)
                .startHandOver(ConnectionService::Salesforce, QStringLiteral("bob"))
                .ok());
    RecordingRetirement retirement;

    Result<ConnectionRecord> done = complete(retirement, QStringLiteral("bob"));

    QVERIFY2(done.ok(), failureText(done).constData());
    QCOMPARE(retirement.asked.size(), 1);
    QCOMPARE(retirement.asked.constFirst().owner.connectedBy, QStringLiteral("alice"));
    QCOMPARE(retirement.asked.constFirst().owner.remoteUser, QStringLiteral("alice@example.com"));
    QCOMPARE(retirement.asked.constFirst().owner.connectedFrom, QStringLiteral("alice-laptop"));
    QCOMPARE(done->owner.connectedBy, QStringLiteral("bob"));
    QCOMPARE(done->owner.remoteUser, QStringLiteral("bob@example.com"));
    QCOMPARE(done->owner.connectedFrom, QStringLiteral("bob-desktop"));
    QCOMPARE(done->handOver.state, HandOverState::Completed);
    QCOMPARE(done->handOver.handedOverFrom, QStringLiteral("alice"));
    QVERIFY(done->handOver.handedOverAt.isValid());
    QVERIFY(done->handOver.previousRetired);
    QVERIFY(done->handOver.retireError.isEmpty());
    QStringList actions;
    const Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries(2);
    QVERIFY2(entries.ok(), failureText(entries).constData());
    for (const AuditEntry& entry : *entries) {
        actions.prepend(entry.action);
    }
    QCOMPARE(actions,
        QStringList(
            { QStringLiteral("connection.handed-over"), QStringLiteral("connection.previous-retired") }));
}

void TestConnectionHandOver::failedRetirementKeepsTheNewConnectionAndSaysWhy()
{
    connectAsAlice();
    QVERIFY(ConnectionRepository(*m_store)
                .startHandOver(ConnectionService::Salesforce, QStringLiteral("bob"))
                .ok());
    RecordingRetirement retirement;
    retirement.outcome = Error::environment(QStringLiteral("salesforce.token-not-here"),
        QStringLiteral("The previous refresh token is in another machine's keychain."));

    Result<ConnectionRecord> done = complete(retirement, QStringLiteral("bob"));

    QVERIFY2(done.ok(), failureText(done).constData());
    QCOMPARE(done->owner.connectedBy, QStringLiteral("bob"));
    QCOMPARE(done->handOver.state, HandOverState::Completed);
    QVERIFY(!done->handOver.previousRetired);
    QCOMPARE(done->handOver.retireError, QStringLiteral("salesforce.token-not-here"));
    QCOMPARE(AuditLog(*m_store).entries(1)->constFirst().action, QStringLiteral("connection.retire-failed"));
}

void TestConnectionHandOver::completingWithoutAPendingHandOverRetiresNothing()
{
    connectAsAlice();
    RecordingRetirement retirement;

    Result<ConnectionRecord> done = complete(retirement, QStringLiteral("bob"));

    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, QStringLiteral("connection.no-handover"));
    QVERIFY(retirement.asked.isEmpty());
    QCOMPARE((*ConnectionRepository(*m_store).find(ConnectionService::Salesforce))->owner.connectedBy,
        QStringLiteral("alice"));
}

void TestConnectionHandOver::rulesRefuse_data()
{
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QString>("pendingBy");
    QTest::addColumn<QString>("starter");
    QTest::addColumn<QString>("code");
    QTest::newRow("nothing connected") << false << QString() << "bob"
                                       << "connection.not-connected";
    QTest::newRow("the owner hands over to themselves") << true << QString() << "alice"
                                                        << "connection.handover-to-owner";
    QTest::newRow("another admin's hand-over is pending") << true << "carol"
                                                          << "bob"
                                                          << "connection.handover-pending";
}

void TestConnectionHandOver::rulesRefuse()
{
    QFETCH(bool, connected);
    QFETCH(QString, pendingBy);
    QFETCH(QString, starter);
    QFETCH(QString, code);
    if (connected) {
        connectAsAlice();
    }
    ConnectionRepository repository(*m_store);
    if (!pendingBy.isEmpty()) {
        QVERIFY(repository.startHandOver(ConnectionService::Salesforce, pendingBy).ok());
    }

    Result<void> started = repository.startHandOver(ConnectionService::Salesforce, starter);

    QVERIFY(!started.ok());
    QCOMPARE(started.error().kind, ErrorKind::RuleViolation);
    QCOMPARE(started.error().code, code);
}

void TestConnectionHandOver::cancelledHandOverLeavesTheOwner()
{
    connectAsAlice();
    ConnectionRepository repository(*m_store);
    QVERIFY(repository.startHandOver(ConnectionService::Salesforce, QStringLiteral("bob")).ok());

    Result<void> refused = repository.cancelHandOver(ConnectionService::Salesforce, QStringLiteral("carol"));
    Result<void> cancelled
        = repository.cancelHandOver(ConnectionService::Salesforce, QStringLiteral("alice"));

    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("connection.handover-not-yours"));
    QVERIFY2(cancelled.ok(), failureText(cancelled).constData());
    const ConnectionRecord read = **repository.find(ConnectionService::Salesforce);
    QCOMPARE(read.handOver.state, HandOverState::None);
    QCOMPARE(read.owner.connectedBy, QStringLiteral("alice"));
    QCOMPARE(
        AuditLog(*m_store).entries(1)->constFirst().action, QStringLiteral("connection.handover-cancelled"));
}

void TestConnectionHandOver::reconnectByTheOwnerKeepsAPendingHandOver()
{
    connectAsAlice();
    ConnectionRepository repository(*m_store);
    QVERIFY(repository.startHandOver(ConnectionService::Salesforce, QStringLiteral("bob")).ok());

    connectAsAlice();

    const ConnectionRecord read = **repository.find(ConnectionService::Salesforce);
    QCOMPARE(read.handOver.state, HandOverState::Pending);
    QCOMPARE(read.handOver.pendingBy, QStringLiteral("bob"));
}

QTEST_GUILESS_MAIN(TestConnectionHandOver)
#include "testconnectionhandover.moc"
