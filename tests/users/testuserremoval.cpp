// The original user's rule (SPEC steps 1 and 4) over a real store, on SQLite and PostgreSQL: an invited
// admin is removed (revoked, invitation revoked, audited) and so is the original user before any people
// sync; once a people sync has a run (initial or incremental) the original user's removal is refused with
// the reason and nothing changes, while a task sync's run does not count; unknown, malformed and
// already-removed addresses are refused clearly; AccountSetupService::removeAdmin answers the same.
// The runs are written directly into sync_runs, as a sync would have begun them.
#include "memorysecretstore.h"
#include "store/auditlog.h"
#include "store/store.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"
#include "users/accountsetupservice.h"
#include "users/admininvitationrepository.h"
#include "users/instancerepository.h"
#include "users/userremovalrule.h"

#include <QTest>

using namespace sia;
using namespace sia::test;

class TestUserRemoval : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void invitedAdminIsRemovedAndAudited();
    void originalUserIsRemovableBeforeThePeopleSync();
    void originalUserIsRefusedOnceAPeopleSyncStarted_data();
    void originalUserIsRefusedOnceAPeopleSyncStarted();
    void aTaskSyncDoesNotCount();
    void badAddressesAreRefused_data();
    void badAddressesAreRefused();
    void removedTwiceIsRefused();
    void serviceRefusesWithTheReason();

private:
    void beginRun(const QString& kind, const QString& state);
    std::optional<InvitedAdmin> admin(const QString& email) const;
    QStringList auditActions() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

const QString original = QStringLiteral("olivia@acme.example");
const QString second = QStringLiteral("sam@acme.example");
const QString actor = QStringLiteral("alice@acme.example");

void TestUserRemoval::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    QVERIFY(InstanceRepository(*m_store).create(QStringLiteral("Acme"), actor).ok());
    AdminInvitee first;
    first.email = original;
    first.source = InvitationSource::Single;
    AdminInvitee other = first;
    other.email = second;
    Result<QList<InvitedAdmin>> invited = AdminInvitationRepository(*m_store).invite({ first, other }, actor);
    QVERIFY2(invited.ok(), failureText(invited).constData());
    QVERIFY(admin(original)->original);
}

void TestUserRemoval::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestUserRemoval::beginRun(const QString& kind, const QString& state)
{
    Result<QSqlQuery> inserted = m_store->exec(
        QStringLiteral(
            "INSERT INTO sync_runs (kind, state, started_by, started_at) VALUES (:kind, :state, :by, :at)"),
        { { QStringLiteral("kind"), kind }, { QStringLiteral("state"), state },
            { QStringLiteral("by"), actor },
            { QStringLiteral("at"), QStringLiteral("2026-12-01T10:00:00.000Z") } });
    QVERIFY2(inserted.ok(), failureText(inserted).constData());
}

std::optional<InvitedAdmin> TestUserRemoval::admin(const QString& email) const
{
    const Result<QList<InvitedAdmin>> admins = AdminInvitationRepository(*m_store).invited();
    for (const InvitedAdmin& one : admins.value()) {
        if (one.email == email) {
            return one;
        }
    }
    return std::nullopt;
}

QStringList TestUserRemoval::auditActions() const
{
    QStringList actions;
    const Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();
    for (const AuditEntry& entry : entries.value()) {
        actions.prepend(entry.action);
    }
    return actions;
}

void TestUserRemoval::invitedAdminIsRemovedAndAudited()
{
    beginRun(QStringLiteral("people-initial"), QStringLiteral("running")); // only the original is protected
    Result<InvitedAdmin> removed
        = UserRemovalRule::remove(*m_store, QStringLiteral("SAM@acme.example"), actor);
    QVERIFY2(removed.ok(), failureText(removed).constData());
    QCOMPARE(removed->email, second);
    QCOMPARE(admin(second)->userStatus, UserStatus::Revoked);
    QCOMPARE(admin(second)->status, InvitationStatus::Revoked);
    QCOMPARE(admin(original)->userStatus, UserStatus::Invited);
    QCOMPARE(auditActions().last(), QStringLiteral("user.removed"));
    const Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();
    const AuditEntry last = entries.value().first();
    QCOMPARE(last.actor, actor);
    QCOMPARE(last.arguments.value(QStringLiteral("email")).toString(), second);
}

void TestUserRemoval::originalUserIsRemovableBeforeThePeopleSync()
{
    Result<InvitedAdmin> removed = UserRemovalRule::remove(*m_store, original, actor);
    QVERIFY2(removed.ok(), failureText(removed).constData());
    QVERIFY(removed->original);
    QCOMPARE(admin(original)->userStatus, UserStatus::Revoked);
}

void TestUserRemoval::originalUserIsRefusedOnceAPeopleSyncStarted_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("state");
    QTest::newRow("initial, running") << QStringLiteral("people-initial") << QStringLiteral("running");
    QTest::newRow("initial, paused") << QStringLiteral("people-initial") << QStringLiteral("paused");
    QTest::newRow("initial, cancelled") << QStringLiteral("people-initial") << QStringLiteral("cancelled");
    QTest::newRow("initial, failed") << QStringLiteral("people-initial") << QStringLiteral("failed");
    QTest::newRow("incremental") << QStringLiteral("people-incremental") << QStringLiteral("completed");
}

void TestUserRemoval::originalUserIsRefusedOnceAPeopleSyncStarted()
{
    QFETCH(QString, kind);
    QFETCH(QString, state);
    beginRun(kind, state);
    const QStringList auditBefore = auditActions();
    Result<InvitedAdmin> removed = UserRemovalRule::remove(*m_store, original, actor);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, ErrorKind::RuleViolation);
    QCOMPARE(removed.error().code, QString::fromLatin1(UserRemovalRule::originalAfterSyncCode));
    QVERIFY2(removed.error().message.contains(QStringLiteral("original user")),
        qPrintable(removed.error().message));
    QVERIFY(removed.error().message.contains(original));
    QCOMPARE(admin(original)->userStatus, UserStatus::Invited);
    QCOMPARE(admin(original)->status, InvitationStatus::Pending);
    QCOMPARE(auditActions(), auditBefore);
}

void TestUserRemoval::aTaskSyncDoesNotCount()
{
    beginRun(QStringLiteral("tasks"), QStringLiteral("completed"));
    QVERIFY(UserRemovalRule::remove(*m_store, original, actor).ok());
}

void TestUserRemoval::badAddressesAreRefused_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("kind");
    QTest::newRow("not an admin") << QStringLiteral("nobody@acme.example") << int(ErrorKind::NotFound);
    QTest::newRow("not an address") << QStringLiteral("olivia at acme") << int(ErrorKind::InvalidInput);
}

void TestUserRemoval::badAddressesAreRefused()
{
    QFETCH(QString, email);
    QFETCH(int, kind);
    const QStringList auditBefore = auditActions();
    Result<InvitedAdmin> removed = UserRemovalRule::remove(*m_store, email, actor);
    QVERIFY(!removed.ok());
    QCOMPARE(int(removed.error().kind), kind);
    QVERIFY(!removed.error().message.isEmpty());
    QCOMPARE(auditActions(), auditBefore);
}

void TestUserRemoval::removedTwiceIsRefused()
{
    QVERIFY(UserRemovalRule::remove(*m_store, second, actor).ok());
    Result<InvitedAdmin> again = UserRemovalRule::remove(*m_store, second, actor);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("user.already-removed"));
}

void TestUserRemoval::serviceRefusesWithTheReason()
{
    beginRun(QStringLiteral("people-initial"), QStringLiteral("completed"));
    DirectStoreRunner runner(*m_store);
    MemorySecretStore secrets;
    AccountSetupService service(runner, secrets, QStringLiteral("test-instance"), actor);
    std::optional<Result<InvitedAdmin>> answer;
    service.removeAdmin(original, [&answer](Result<InvitedAdmin> result) { answer = std::move(result); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error().code, QString::fromLatin1(UserRemovalRule::originalAfterSyncCode));

    answer.reset();
    service.removeAdmin(second, [&answer](Result<InvitedAdmin> result) { answer = std::move(result); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY2(answer->ok(), failureText(*answer).constData());
    QCOMPARE(admin(second)->userStatus, UserStatus::Revoked);
}

QTEST_GUILESS_MAIN(TestUserRemoval)
#include "testuserremoval.moc"
