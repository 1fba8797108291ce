// The connections table through ConnectionRepository: a successful connect is saved with its owner (who,
// when, from which machine, as whom), a test's named checks are kept (verified_at only when they passed),
// disconnect deletes the row, another admin's connect is refused, and every change is audited by key.
#include "connections/connectionrepository.h"
#include "review/auditcatalogue.h"
#include "store/auditlog.h"
#include "storetesthelpers.h"

#include <QJsonArray>
#include <QSysInfo>
#include <QTest>

using namespace sia;
using namespace sia::test;

class TestConnectionRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void nothingIsConnectedAtFirst();
    void savedConnectionReadsBackWithItsOwner_data();
    void savedConnectionReadsBackWithItsOwner();
    void reconnectByTheOwnerReplacesTheDetails();
    void anotherAdminsConnectIsRefused();
    void passedTestSetsVerifiedAtAndKeepsTheChecks();
    void failedTestKeepsTheChecksButNotVerifiedAt();
    void testOfAnAbsentConnectionIsNotFound();
    void disconnectDeletesTheRow();
    void disconnectOfAnAbsentConnectionIsNotFound();
    void everyChangeIsAuditedByKeyAndWorded();
    void reviewStoreRefusesToSave();
    void connectionFromBeforeMigrationFiveReadsWithoutMachineOrHandOver();

private:
    static ConnectionRecord salesforce();
    static ConnectionTestReport report(CheckOutcome credentials);
    QStringList auditActions() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestConnectionRepository::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
}

void TestConnectionRepository::cleanup()
{
    m_store.reset();
    m_database.reset();
}

ConnectionRecord TestConnectionRepository::salesforce()
{
    ConnectionRecord record;
    record.service = ConnectionService::Salesforce;
    record.apiUrl = QStringLiteral("https://example.my.salesforce.com");
    record.authUrl = QStringLiteral("https://login.salesforce.com");
    record.clientId = QStringLiteral("3MVG9-consumer-key");
    record.accountId = QStringLiteral("00D000000000001EAA");
    record.accountName = QStringLiteral("Example Corp");
    record.edition = QStringLiteral("Enterprise Edition");
    record.isSandbox = false;
    record.apiEnabled = true;
    record.remoteUserId = QStringLiteral("005000000000001AAA");
    record.owner.remoteUser = QStringLiteral("integration@example.com");
    return record;
}

ConnectionTestReport TestConnectionRepository::report(CheckOutcome credentials)
{
    ConnectionTestReport report;
    report.ranAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    report.ranBy = QStringLiteral("alice");
    report.checks = { { QStringLiteral("reachable"), CheckOutcome::Passed, 12, {}, {}, {},
                          QStringLiteral("http://proxy.example.com:3128") },
        { QStringLiteral("credentials"), credentials, 40,
            credentials == CheckOutcome::Failed ? QStringLiteral("salesforce.invalid-grant") : QString(),
            credentials == CheckOutcome::Failed ? QStringLiteral("The refresh token was revoked.")
                                                : QString(),
            credentials == CheckOutcome::Failed ? QStringLiteral("Connect again.") : QString(), {} } };
    return report;
}

QStringList TestConnectionRepository::auditActions() const
{
    QStringList actions;
    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();
    if (entries) {
        for (const AuditEntry& entry : *entries) {
            actions.prepend(entry.action);
        }
    }
    return actions;
}

void TestConnectionRepository::nothingIsConnectedAtFirst()
{
    ConnectionRepository repository(*m_store);
    for (ConnectionService service : allValues<ConnectionService>()) {
        Result<std::optional<ConnectionRecord>> found = repository.find(service);
        QVERIFY2(found.ok(), failureText(found).constData());
        QVERIFY(!found->has_value());
    }
    Result<QList<ConnectionRecord>> all = repository.all();
    QVERIFY2(all.ok(), failureText(all).constData());
    QVERIFY(all->isEmpty());
}

void TestConnectionRepository::savedConnectionReadsBackWithItsOwner_data()
{
    QTest::addColumn<bool>("marketo");
    QTest::newRow("salesforce") << false;
    QTest::newRow("marketo") << true;
}

void TestConnectionRepository::savedConnectionReadsBackWithItsOwner()
{
    QFETCH(bool, marketo);
    ConnectionRecord record = salesforce();
    if (marketo) {
        record = {};
        record.service = ConnectionService::Marketo;
        record.apiUrl = QStringLiteral("https://123-ABC-456.mktorest.com/rest");
        record.authUrl = QStringLiteral("https://123-ABC-456.mktorest.com/identity");
        record.clientId = QStringLiteral("client-id");
        record.accountId = QStringLiteral("123-ABC-456");
        record.owner.remoteUser = QStringLiteral("api-user@example.com");
    }
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);

    Result<ConnectionRecord> saved
        = ConnectionRepository(*m_store).saveConnected(record, QStringLiteral("alice"));

    QVERIFY2(saved.ok(), failureText(saved).constData());
    Result<std::optional<ConnectionRecord>> found = ConnectionRepository(*m_store).find(record.service);
    QVERIFY2(found.ok(), failureText(found).constData());
    QVERIFY(found->has_value());
    const ConnectionRecord& read = **found;
    QCOMPARE(read.service, record.service);
    QCOMPARE(read.apiUrl, record.apiUrl);
    QCOMPARE(read.authUrl, record.authUrl);
    QCOMPARE(read.clientId, record.clientId);
    QCOMPARE(read.accountId, record.accountId);
    QCOMPARE(read.accountName, record.accountName);
    QCOMPARE(read.edition, record.edition);
    QCOMPARE(read.isSandbox, record.isSandbox);
    QCOMPARE(read.apiEnabled, record.apiEnabled);
    QCOMPARE(read.remoteUserId, record.remoteUserId);
    QCOMPARE(read.owner.remoteUser, record.owner.remoteUser);
    QCOMPARE(read.owner.connectedBy, QStringLiteral("alice"));
    QCOMPARE(read.owner.connectedFrom, QSysInfo::machineHostName());
    QVERIFY(read.owner.connectedAt >= before && read.owner.connectedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(!read.verifiedAt.isValid());
    QVERIFY(!read.lastCheck.has_value());
    QCOMPARE(read.handOver.state, HandOverState::None);
    QCOMPARE(saved->owner.connectedBy, read.owner.connectedBy);
}

void TestConnectionRepository::reconnectByTheOwnerReplacesTheDetails()
{
    ConnectionRepository repository(*m_store);
    QVERIFY(repository.saveConnected(salesforce(), QStringLiteral("alice")).ok());
    ConnectionRecord again = salesforce();
    again.apiUrl = QStringLiteral("https://moved.my.salesforce.com");
    again.isSandbox.reset();

    Result<ConnectionRecord> saved = repository.saveConnected(again, QStringLiteral("alice"));

    QVERIFY2(saved.ok(), failureText(saved).constData());
    QCOMPARE(saved->apiUrl, QStringLiteral("https://moved.my.salesforce.com"));
    QVERIFY(!saved->isSandbox.has_value());
    QCOMPARE(rowCount(*m_store, QStringLiteral("connections")), 1);
}

void TestConnectionRepository::anotherAdminsConnectIsRefused()
{
    ConnectionRepository repository(*m_store);
    QVERIFY(repository.saveConnected(salesforce(), QStringLiteral("alice")).ok());
    ConnectionRecord bobs = salesforce();
    bobs.owner.remoteUser = QStringLiteral("bob@example.com");

    Result<ConnectionRecord> saved = repository.saveConnected(bobs, QStringLiteral("bob"));

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::RuleViolation);
    QCOMPARE(saved.error().code, QStringLiteral("connection.owned-by-another"));
    QVERIFY(saved.error().message.contains(QStringLiteral("alice")));
    Result<std::optional<ConnectionRecord>> found = repository.find(ConnectionService::Salesforce);
    QCOMPARE((*found)->owner.remoteUser, QStringLiteral("integration@example.com"));
    QCOMPARE(auditActions(), QStringList { QStringLiteral("connection.connected") });
}

void TestConnectionRepository::passedTestSetsVerifiedAtAndKeepsTheChecks()
{
    ConnectionRepository repository(*m_store);
    QVERIFY(repository.saveConnected(salesforce(), QStringLiteral("alice")).ok());
    const ConnectionTestReport passed = report(CheckOutcome::Passed);

    Result<void> recorded
        = repository.recordTest(ConnectionService::Salesforce, passed, QStringLiteral("alice"));

    QVERIFY2(recorded.ok(), failureText(recorded).constData());
    Result<std::optional<ConnectionRecord>> found = repository.find(ConnectionService::Salesforce);
    const ConnectionRecord& read = **found;
    QCOMPARE(read.verifiedAt.toMSecsSinceEpoch(), passed.ranAt.toMSecsSinceEpoch());
    QVERIFY(read.lastCheck.has_value());
    QVERIFY(read.lastCheck->passed());
    QCOMPARE(read.lastCheck->ranBy, QStringLiteral("alice"));
    QCOMPARE(read.lastCheck->checks.size(), 2);
    QCOMPARE(read.lastCheck->checks.at(0).key, QStringLiteral("reachable"));
    QCOMPARE(read.lastCheck->checks.at(0).elapsedMs, 12);
    QCOMPARE(read.lastCheck->checks.at(0).proxy, QStringLiteral("http://proxy.example.com:3128"));
}

void TestConnectionRepository::failedTestKeepsTheChecksButNotVerifiedAt()
{
    ConnectionRepository repository(*m_store);
    QVERIFY(repository.saveConnected(salesforce(), QStringLiteral("alice")).ok());
    const ConnectionTestReport passed = report(CheckOutcome::Passed);
    QVERIFY(repository.recordTest(ConnectionService::Salesforce, passed, QStringLiteral("alice")).ok());

    Result<void> recorded = repository.recordTest(
        ConnectionService::Salesforce, report(CheckOutcome::Failed), QStringLiteral("bob"));

    QVERIFY2(recorded.ok(), failureText(recorded).constData());
    const ConnectionRecord read = **repository.find(ConnectionService::Salesforce);
    QCOMPARE(read.verifiedAt.toMSecsSinceEpoch(), passed.ranAt.toMSecsSinceEpoch()); // the last that passed
    QVERIFY(!read.lastCheck->passed());
    QCOMPARE(read.lastCheck->failedKeys(), QStringList { QStringLiteral("credentials") });
    const NamedCheck& failed = read.lastCheck->checks.at(1);
    QCOMPARE(failed.outcome, CheckOutcome::Failed);
    QCOMPARE(failed.code, QStringLiteral("salesforce.invalid-grant"));
    QCOMPARE(failed.fix, QStringLiteral("Connect again."));
}

void TestConnectionRepository::testOfAnAbsentConnectionIsNotFound()
{
    Result<void> recorded = ConnectionRepository(*m_store).recordTest(
        ConnectionService::Marketo, report(CheckOutcome::Passed), QStringLiteral("alice"));

    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.error().kind, ErrorKind::NotFound);
    QVERIFY(auditActions().isEmpty());
}

void TestConnectionRepository::disconnectDeletesTheRow()
{
    ConnectionRepository repository(*m_store);
    QVERIFY(repository.saveConnected(salesforce(), QStringLiteral("alice")).ok());

    Result<void> disconnected = repository.disconnect(ConnectionService::Salesforce, QStringLiteral("bob"));

    QVERIFY2(disconnected.ok(), failureText(disconnected).constData());
    QCOMPARE(rowCount(*m_store, QStringLiteral("connections")), 0);
    QVERIFY(!repository.find(ConnectionService::Salesforce)->has_value());
}

void TestConnectionRepository::disconnectOfAnAbsentConnectionIsNotFound()
{
    Result<void> disconnected
        = ConnectionRepository(*m_store).disconnect(ConnectionService::Marketo, QStringLiteral("alice"));

    QVERIFY(!disconnected.ok());
    QCOMPARE(disconnected.error().kind, ErrorKind::NotFound);
    QCOMPARE(disconnected.error().code, QStringLiteral("connection.not-connected"));
}

void TestConnectionRepository::everyChangeIsAuditedByKeyAndWorded()
{
    ConnectionRepository repository(*m_store);
    QVERIFY(repository.saveConnected(salesforce(), QStringLiteral("alice")).ok());
    QVERIFY(
        repository
            .recordTest(ConnectionService::Salesforce, report(CheckOutcome::Failed), QStringLiteral("alice"))
            .ok());
    QVERIFY(repository.disconnect(ConnectionService::Salesforce, QStringLiteral("alice")).ok());

    QCOMPARE(auditActions(),
        QStringList({ QStringLiteral("connection.connected"), QStringLiteral("connection.tested"),
            QStringLiteral("connection.disconnected") }));
    const Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();
    QVERIFY2(entries.ok(), failureText(entries).constData());
    for (const AuditEntry& entry : *entries) {
        QVERIFY2(AuditCatalogue::isKnown(entry.action), qPrintable(entry.action));
        QCOMPARE(entry.arguments.value(QStringLiteral("service")).toString(), QStringLiteral("salesforce"));
        const AuditText text = AuditCatalogue::render(entry);
        QCOMPARE(text.subject, QStringLiteral("Connection to Salesforce"));
        QVERIFY(!text.details.isEmpty());
        if (entry.action == QLatin1String("connection.tested")) {
            QCOMPARE(entry.arguments.value(QStringLiteral("failed")).toArray(),
                QJsonArray { QStringLiteral("credentials") });
            QCOMPARE(text.details, QStringLiteral("Failed checks: credentials."));
        }
    }
}

void TestConnectionRepository::reviewStoreRefusesToSave()
{
    m_store.reset();
    Result<std::unique_ptr<Store>> review = m_database->openForReview();
    QVERIFY2(review.ok(), failureText(review).constData());

    Result<ConnectionRecord> saved
        = ConnectionRepository(**review).saveConnected(salesforce(), QStringLiteral("alice"));

    QVERIFY(!saved.ok());
}

void TestConnectionRepository::connectionFromBeforeMigrationFiveReadsWithoutMachineOrHandOver()
{
    m_store.reset();
    {
        Result<std::unique_ptr<Store>> older = m_database->open(4);
        QVERIFY2(older.ok(), failureText(older).constData());
        Result<QSqlQuery> inserted = (*older)->exec(
            QStringLiteral("INSERT INTO connections (service, api_url, username, connected_by, connected_at)"
                           " VALUES ('marketo', 'https://123-ABC-456.mktorest.com/rest', 'api@example.com',"
                           " 'alice', :at)"),
            { { QStringLiteral("at"), QStringLiteral("2026-11-30T10:00:00.000Z") } });
        QVERIFY2(inserted.ok(), failureText(inserted).constData());
    }
    Result<std::unique_ptr<Store>> latest = m_database->open();
    QVERIFY2(latest.ok(), failureText(latest).constData());

    Result<std::optional<ConnectionRecord>> found
        = ConnectionRepository(**latest).find(ConnectionService::Marketo);

    QVERIFY2(found.ok(), failureText(found).constData());
    QVERIFY(found->has_value());
    QCOMPARE((*found)->owner.connectedBy, QStringLiteral("alice"));
    QCOMPARE((*found)->owner.remoteUser, QStringLiteral("api@example.com"));
    QCOMPARE((*found)->owner.connectedAt,
        QDateTime::fromString(QStringLiteral("2026-11-30T10:00:00Z"), Qt::ISODate));
    QVERIFY((*found)->owner.connectedFrom.isEmpty());
    QCOMPARE((*found)->handOver.state, HandOverState::None);
}

QTEST_GUILESS_MAIN(TestConnectionRepository)
#include "testconnectionrepository.moc"
