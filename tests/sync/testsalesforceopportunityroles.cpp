// SalesforceOpportunityRoles against the sandbox's org: every primary role through every page, the changes
// of a replication window (get updated / get deleted, then the affected contacts' primary roles, in IN
// lists of at most 200 ids), answers on the receiver's own thread (another thread's too), none once the
// receiver is gone, and the errors of a source that is not connected or a window Salesforce refuses.
#include "fixtureclientsource.h"
#include "salesforce/salesforceapi.h"
#include "salesforcetestsupport.h"
#include "sandbox/salesforceid.h"
#include "sync/salesforceopportunityroles.h"

#include <QThread>

using namespace sia;
using namespace salesforcetest;

namespace {

// A receiver that lives on a thread of its own and notes where its answers ran.
struct ThreadReceiver
{
    QThread thread;
    QObject* object = new QObject;
    std::atomic<QThread*> answeredOn { nullptr };
    std::atomic<int> answers { 0 };

    ThreadReceiver()
    {
        object->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, object, &QObject::deleteLater);
        thread.start();
    }
    ~ThreadReceiver()
    {
        thread.quit();
        thread.wait();
    }
};

QHash<QByteArray, QByteArray> byContact(const QList<OpportunityRole>& roles)
{
    QHash<QByteArray, QByteArray> map;
    for (const OpportunityRole& role : roles) {
        map.insert(role.contactId, role.opportunityId);
    }
    return map;
}

} // namespace

class TestSalesforceOpportunityRoles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void primaryRolesAreEveryRoleOfTheOrg();
    void answersArriveOnTheReceiversThread();
    void noAnswerOnceTheReceiverIsGone();
    void changedRolesFollowGetUpdatedInChunks();
    void notConnectedIsAnError();
    void windowTooFarBackIsRefused();

private:
    void start(qint64 people);
    QHash<QByteArray, QByteArray> expectedRoles() const;

    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_control;
    std::unique_ptr<ClientFixture> m_fixture;
    FixtureClientSource m_source;
    std::unique_ptr<SalesforceOpportunityRoles> m_roles;
};

void TestSalesforceOpportunityRoles::init()
{
    m_source = FixtureClientSource {};
    m_roles = std::make_unique<SalesforceOpportunityRoles>(m_source);
}

void TestSalesforceOpportunityRoles::cleanup()
{
    m_roles.reset();
    m_fixture.reset();
    m_control.reset();
    m_sandbox.reset();
}

void TestSalesforceOpportunityRoles::start(qint64 people)
{
    m_callbacks = callbacksOnFreePorts();
    sandbox::SandboxOptions options;
    options.people = people;
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_control = std::make_unique<SandboxClient>(*m_sandbox);
    m_fixture = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
    const Result<SalesforceTokens> connected = m_fixture->connect();
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
    m_source.client = m_fixture->client.get();
}

// The org's primary roles as the sandbox's data holds them (not through any API).
QHash<QByteArray, QByteArray> TestSalesforceOpportunityRoles::expectedRoles() const
{
    QHash<QByteArray, QByteArray> roles;
    qint64 after = 0;
    while (const std::optional<sandbox::OpportunityContactRole> role
        = m_sandbox->dataset().nextOpportunityContactRole(after)) {
        after = role->number;
        if (role->isPrimary) {
            roles.insert(role->contactId.toUtf8(), role->opportunityId.toUtf8());
        }
    }
    return roles;
}

void TestSalesforceOpportunityRoles::primaryRolesAreEveryRoleOfTheOrg()
{
    start(30000); // about 2,100 roles: more than one query page of 2,000
    const Result<QList<OpportunityRole>> roles
        = await<QList<OpportunityRole>>([&](auto done) { m_roles->primaryRoles(this, done); }, 60000);
    QVERIFY2(roles.ok(), qPrintable(roles.ok() ? QString() : roles.error().message));
    const QHash<QByteArray, QByteArray> expected = expectedRoles();
    QVERIFY(expected.size() > 2000);
    QCOMPARE(qsizetype(roles->size()), expected.size());
    QCOMPARE(byContact(*roles), expected);
}

void TestSalesforceOpportunityRoles::answersArriveOnTheReceiversThread()
{
    start(400);
    ThreadReceiver receiver;
    auto outcome = std::make_shared<std::optional<Result<QList<OpportunityRole>>>>();
    QMutex mutex;
    // Asked from the receiver's thread, as the sync's job asks from its own.
    QMetaObject::invokeMethod(receiver.object, [&, outcome]() {
        m_roles->primaryRoles(receiver.object, [&, outcome](Result<QList<OpportunityRole>> answer) {
            QMutexLocker lock(&mutex);
            receiver.answeredOn = QThread::currentThread();
            ++receiver.answers;
            *outcome = std::move(answer);
        });
    });
    QTRY_COMPARE_WITH_TIMEOUT(receiver.answers.load(), 1, 20000);
    QCOMPARE(receiver.answeredOn.load(), &receiver.thread);
    QMutexLocker lock(&mutex);
    QVERIFY(outcome->has_value() && outcome->value().ok());
    QCOMPARE(byContact(*outcome->value()), expectedRoles());

    // The changes too.
    lock.unlock();
    receiver.answeredOn = nullptr;
    QMetaObject::invokeMethod(receiver.object, [&]() {
        m_roles->changedRoles(QDateTime::currentDateTimeUtc().addDays(-2), receiver.object,
            [&](Result<OpportunityRoleChanges> answer) {
                receiver.answeredOn = QThread::currentThread();
                receiver.answers += answer.ok() ? 1 : 100;
            });
    });
    QTRY_COMPARE_WITH_TIMEOUT(receiver.answers.load(), 2, 20000);
    QCOMPARE(receiver.answeredOn.load(), &receiver.thread);
}

void TestSalesforceOpportunityRoles::noAnswerOnceTheReceiverIsGone()
{
    start(400);
    int goneAnswers = 0;
    auto* gone = new QObject;
    m_roles->primaryRoles(gone, [&goneAnswers](Result<QList<OpportunityRole>>) { ++goneAnswers; });
    m_roles->changedRoles(QDateTime::currentDateTimeUtc().addDays(-2), gone,
        [&goneAnswers](Result<OpportunityRoleChanges>) { ++goneAnswers; });
    delete gone; // before either call went out: both are still made
    QTRY_VERIFY_WITH_TIMEOUT(callsOf(*m_control, "salesforce.query") >= 1, 20000);
    // A later call with a living receiver is answered; the earlier ones never are.
    const Result<QList<OpportunityRole>> later
        = await<QList<OpportunityRole>>([&](auto done) { m_roles->primaryRoles(this, done); });
    QVERIFY(later.ok());
    QCoreApplication::sendPostedEvents();
    QCOMPARE(goneAnswers, 0);
}

void TestSalesforceOpportunityRoles::changedRolesFollowGetUpdatedInChunks()
{
    start(30000);
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-21);
    const qint64 queryAllBefore = callsOf(*m_control, "salesforce.queryAll");
    const Result<OpportunityRoleChanges> changes
        = await<OpportunityRoleChanges>([&](auto done) { m_roles->changedRoles(since, this, done); }, 60000);
    QVERIFY2(changes.ok(), qPrintable(changes.ok() ? QString() : changes.error().message));
    QVERIFY(changes->latestDateCovered.isValid());
    QVERIFY(changes->latestDateCovered > since);
    QVERIFY(changes->latestDateCovered <= QDateTime::currentDateTimeUtc());

    // What get updated and get deleted say for the same window, asked directly.
    SalesforceApi api(*m_fixture->client);
    const Result<SalesforceUpdated> updated = await<SalesforceUpdated>([&](auto done) {
        api.updated(QStringLiteral("OpportunityContactRole"), since, changes->latestDateCovered, this, done);
    });
    const Result<SalesforceDeleted> deleted = await<SalesforceDeleted>([&](auto done) {
        api.deleted(QStringLiteral("OpportunityContactRole"), since, changes->latestDateCovered, this, done);
    });
    QVERIFY(updated.ok() && deleted.ok());
    // About 90 updated and 150 deleted: their contacts are asked for in two IN lists.
    QVERIFY2(updated->ids.size() + deleted->records.size() > SalesforceOpportunityRoles::idsPerQuery,
        "too few changed roles to need more than one IN list");
    QVERIFY(!updated->ids.isEmpty());
    QSet<QByteArray> expectedContacts;
    for (const QString& id : updated->ids) {
        const std::optional<sandbox::OpportunityContactRole> role
            = m_sandbox->dataset().opportunityContactRole(id);
        QVERIFY(role);
        expectedContacts.insert(role->contactId.toUtf8());
    }
    const QHash<QByteArray, QByteArray> all = expectedRoles();
    QSet<QByteArray> contacts;
    for (const OpportunityRole& role : changes->roles) {
        contacts.insert(role.contactId);
        QCOMPARE(role.opportunityId, all.value(role.contactId));
    }
    QCOMPARE(contacts, expectedContacts);
    const qint64 ids = updated->ids.size() + deleted->records.size();
    const qint64 lists
        = (ids + SalesforceOpportunityRoles::idsPerQuery - 1) / SalesforceOpportunityRoles::idsPerQuery;
    QCOMPARE(callsOf(*m_control, "salesforce.queryAll") - queryAllBefore, lists);
}

void TestSalesforceOpportunityRoles::notConnectedIsAnError()
{
    m_source.refusal = Error::notFound(QStringLiteral("salesforce.not-connected"), QStringLiteral("no org"));
    const Result<QList<OpportunityRole>> roles
        = await<QList<OpportunityRole>>([&](auto done) { m_roles->primaryRoles(this, done); });
    QVERIFY(!roles.ok());
    QCOMPARE(roles.error().code, QStringLiteral("salesforce.not-connected"));
    const Result<OpportunityRoleChanges> changes = await<OpportunityRoleChanges>(
        [&](auto done) { m_roles->changedRoles(QDateTime::currentDateTimeUtc(), this, done); });
    QVERIFY(!changes.ok());
    QCOMPARE(changes.error().code, QStringLiteral("salesforce.not-connected"));
}

void TestSalesforceOpportunityRoles::windowTooFarBackIsRefused()
{
    start(200);
    const Result<OpportunityRoleChanges> changes = await<OpportunityRoleChanges>(
        [&](auto done) { m_roles->changedRoles(QDateTime::currentDateTimeUtc().addDays(-45), this, done); });
    QVERIFY(!changes.ok());
    QCOMPARE(changes.error().code, QStringLiteral("salesforce.INVALID_REPLICATION_DATE"));
}

QTEST_MAIN(TestSalesforceOpportunityRoles)
#include "testsalesforceopportunityroles.moc"
