// Step 5's user directory over a real store (SQLite and PostgreSQL): invitations one by one (the original
// user, Everyone, already there answered and nothing sent twice, a bad address or team refusing the whole
// call), removed and expired users invited again, filters, teams (Everyone protected), role and teams,
// resend, revoke, remove under the original user's rule, the delivery's bookkeeping, the import's context,
// and the CSV import all or nothing; every change audited.
#include "store/auditlog.h"
#include "storetesthelpers.h"
#include "users/admininvitationrepository.h"
#include "users/instancerepository.h"
#include "users/userdirectory.h"
#include "users/userremovalrule.h"

#include <QSqlQuery>
#include <QTest>

#if __has_include("users/csv/csvwriter.h")
#define SIA_HAVE_CSV 1
#endif

using namespace sia;
using namespace sia::test;

namespace {

const QString actor = QStringLiteral("alice@acme.example");

Invitee invitee(const QString& email, UserRole role = UserRole::User, const QStringList& teams = {})
{
    Invitee one;
    one.email = email;
    one.role = role;
    one.teams = teams;
    return one;
}

} // namespace

class TestUserDirectory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstInvitedBecomesTheOriginalUserAndEveryJoinsEveryone();
    void invitingNeedsTheInstance();
    void alreadyThereIsAnsweredAndNothingIsQueuedTwice();
    void theSameAddressTwiceInOneCallIsInvitedOnce();
    void badInputRefusesTheWholeCall_data();
    void badInputRefusesTheWholeCall();
    void removedUserIsInvitedAgain();
    void pendingPastItsExpiryReadsExpired();
    void resendQueuesAgainOrRenewsAnExpiredInvitation();
    void resendRefusesWhatIsNotWaiting();
    void filtersNarrowTheList_data();
    void filtersNarrowTheList();
    void teamsAreCreatedRenamedAndDeleted();
    void teamNamesAreChecked_data();
    void teamNamesAreChecked();
    void everyoneCannotBeRenamedOrDeleted();
    void roleChangesKeepAnAdmin();
    void teamsChangeAndEveryoneStays();
    void revokeWithdrawsAPendingInvitation();
    void removeFollowsTheOriginalUserRule();
    void removedUserCannotBeChanged();
    void queuedHoldsWhatIsToBeSent();
    void deliveryOutcomesAreRecordedAndAudited();
    void failedOnesAreRetried();
    void importContextSaysWhoIsThere();
    void importInvitesTheValidRowsAndCreatesTeams();
    void importFailingInTheMiddleSavesNothing();
    void stalePlanIsRefused();

private:
    UserDirectory directory() { return UserDirectory(*m_store); }
    QStringList auditActions() const;
    QJsonObject lastAudit() const;
    void beginPeopleSync();
    void run(const QString& sql);
    UserRecord userOf(const QString& email);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestUserDirectory::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    QVERIFY(InstanceRepository(*m_store).create(QStringLiteral("Acme"), actor).ok());
}

void TestUserDirectory::cleanup()
{
    m_store.reset();
    m_database.reset();
}

QStringList TestUserDirectory::auditActions() const
{
    QStringList actions;
    const Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();
    for (const AuditEntry& entry : entries.value()) {
        actions.prepend(entry.action);
    }
    return actions;
}

QJsonObject TestUserDirectory::lastAudit() const
{
    const Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries(1);
    return entries.value().isEmpty() ? QJsonObject() : entries.value().constFirst().arguments;
}

void TestUserDirectory::beginPeopleSync()
{
    run(QStringLiteral("INSERT INTO sync_runs (kind, state, started_by, started_at)"
                       " VALUES ('people-initial', 'running', 'alice', '2026-12-01T10:00:00.000Z')"));
}

void TestUserDirectory::run(const QString& sql)
{
    Result<QSqlQuery> done = m_store->exec(sql);
    QVERIFY2(done.ok(), failureText(done).constData());
}

UserRecord TestUserDirectory::userOf(const QString& email)
{
    Result<UserRecord> found = directory().user(email);
    if (!found) {
        qWarning() << failureText(found);
        return {};
    }
    return *found;
}

void TestUserDirectory::firstInvitedBecomesTheOriginalUserAndEveryJoinsEveryone()
{
    Result<TeamRecord> sales = directory().createTeam(QStringLiteral("Sales"), actor);
    QVERIFY2(sales.ok(), failureText(sales).constData());
    Result<QList<InviteResult>> invited = directory().invite(
        { invitee(QStringLiteral(" Olivia@Acme.example "), UserRole::Admin),
            invitee(QStringLiteral("sam@acme.example"), UserRole::User, { QStringLiteral("sales") }) },
        actor);
    QVERIFY2(invited.ok(), failureText(invited).constData());
    QCOMPARE(invited->size(), 2);
    QCOMPARE(invited->at(0).outcome, InviteResult::Outcome::Invited);
    QCOMPARE(invited->at(0).email, QStringLiteral("Olivia@Acme.example"));
    QVERIFY(invited->at(0).user->original);
    QVERIFY(!invited->at(1).user->original);

    const UserRecord sam = userOf(QStringLiteral("SAM@acme.example"));
    QCOMPARE(sam.status, UserStatus::Invited);
    QCOMPARE(sam.role, UserRole::User);
    QCOMPARE(sam.teams, (QStringList { QStringLiteral("Everyone"), QStringLiteral("Sales") }));
    QCOMPARE(sam.invitationStatus, InvitationStatus::Pending);
    QCOMPARE(sam.source, InvitationSource::Single);
    QCOMPARE(sam.invitedBy, actor);
    QCOMPARE(sam.delivery, DeliveryState::Queued);
    QCOMPARE(sam.deliveryAttempts, 0);
    QCOMPARE(sam.invitedAt.daysTo(sam.expiresAt), qint64(invitationValidDays));
    QCOMPARE(userOf(QStringLiteral("olivia@acme.example")).teams, QStringList { QStringLiteral("Everyone") });
    // What invite() answered is what the store now says.
    QCOMPARE(invited->at(1).user->teams, sam.teams);
    QCOMPARE(invited->at(1).user->invitationId, sam.invitationId);

    QCOMPARE(auditActions(),
        (QStringList { QStringLiteral("instance.created"), QStringLiteral("team.created"),
            QStringLiteral("user.invited"), QStringLiteral("user.invited") }));
    const QJsonObject audit = lastAudit();
    QCOMPARE(audit.value(QStringLiteral("email")).toString(), QStringLiteral("sam@acme.example"));
    QCOMPARE(audit.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    // The first invitation activates the instance.
    QVERIFY(InstanceRepository(*m_store).load().value()->activatedAt.isValid());
}

void TestUserDirectory::invitingNeedsTheInstance()
{
    run(QStringLiteral("DELETE FROM audit_log"));
    run(QStringLiteral("DELETE FROM instance"));
    Result<QList<InviteResult>> invited
        = directory().invite({ invitee(QStringLiteral("a@acme.example")) }, actor);
    QVERIFY(!invited.ok());
    QCOMPARE(invited.error().code, QStringLiteral("instance.missing"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("users")), 0);
    QVERIFY(auditActions().isEmpty());
}

void TestUserDirectory::alreadyThereIsAnsweredAndNothingIsQueuedTwice()
{
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("olivia@acme.example"), UserRole::Admin),
                            invitee(QStringLiteral("active@acme.example")) },
                    actor)
                .ok());
    run(QStringLiteral("UPDATE users SET status = 'active' WHERE email = 'active@acme.example'"));
    run(QStringLiteral("UPDATE invitations SET status = 'accepted' WHERE email = 'active@acme.example'"));
    const QStringList auditBefore = auditActions();

    Result<QList<InviteResult>> again = directory().invite(
        { invitee(QStringLiteral("OLIVIA@acme.example")), invitee(QStringLiteral("Active@acme.example")),
            invitee(QStringLiteral("new@acme.example")) },
        actor);
    QVERIFY2(again.ok(), failureText(again).constData());
    QCOMPARE(again->at(0).outcome, InviteResult::Outcome::AlreadyInvited);
    QCOMPARE(again->at(0).user->email, QStringLiteral("olivia@acme.example"));
    QCOMPARE(again->at(1).outcome, InviteResult::Outcome::AlreadyUser);
    QCOMPARE(again->at(2).outcome, InviteResult::Outcome::Invited);
    QCOMPARE(rowCount(*m_store, QStringLiteral("invitations")), 3);
    QCOMPARE(auditActions(), auditBefore + QStringList { QStringLiteral("user.invited") });
    // The admin's role was not changed by a second invitation as a user.
    QCOMPARE(userOf(QStringLiteral("olivia@acme.example")).role, UserRole::Admin);
}

void TestUserDirectory::theSameAddressTwiceInOneCallIsInvitedOnce()
{
    Result<QList<InviteResult>> invited = directory().invite(
        { invitee(QStringLiteral("ada@acme.example")), invitee(QStringLiteral("ADA@acme.example")) }, actor);
    QVERIFY2(invited.ok(), failureText(invited).constData());
    QCOMPARE(invited->at(0).outcome, InviteResult::Outcome::Invited);
    QCOMPARE(invited->at(1).outcome, InviteResult::Outcome::AlreadyInvited);
    QCOMPARE(rowCount(*m_store, QStringLiteral("invitations")), 1);
}

void TestUserDirectory::badInputRefusesTheWholeCall_data()
{
    QTest::addColumn<QString>("second");
    QTest::addColumn<QStringList>("teams");
    QTest::addColumn<QString>("code");
    QTest::newRow("two @") << QStringLiteral("a@b@acme.example") << QStringList()
                           << QStringLiteral("email.malformed");
    QTest::newRow("a space") << QStringLiteral("a b@acme.example") << QStringList()
                             << QStringLiteral("email.malformed");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringList() << QStringLiteral("email.empty");
    QTest::newRow("unknown team") << QStringLiteral("b@acme.example")
                                  << QStringList { QStringLiteral("Ghosts") }
                                  << QStringLiteral("teams.unknown");
}

void TestUserDirectory::badInputRefusesTheWholeCall()
{
    QFETCH(QString, second);
    QFETCH(QStringList, teams);
    QFETCH(QString, code);
    Result<QList<InviteResult>> invited = directory().invite(
        { invitee(QStringLiteral("first@acme.example")), invitee(second, UserRole::User, teams) }, actor);
    QVERIFY(!invited.ok());
    QCOMPARE(invited.error().code, code);
    QVERIFY(!invited.error().message.isEmpty());
    QCOMPARE(rowCount(*m_store, QStringLiteral("users")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("invitations")), 0);
    QCOMPARE(auditActions(), QStringList { QStringLiteral("instance.created") });
}

void TestUserDirectory::removedUserIsInvitedAgain()
{
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("olivia@acme.example"), UserRole::Admin),
                            invitee(QStringLiteral("sam@acme.example")) },
                    actor)
                .ok());
    QVERIFY(directory().remove(QStringLiteral("sam@acme.example"), actor).ok());
    QVERIFY(directory().createTeam(QStringLiteral("Field"), actor).ok());

    Result<QList<InviteResult>> again = directory().invite(
        { invitee(QStringLiteral("sam@acme.example"), UserRole::Admin, { QStringLiteral("Field") }) }, actor);
    QVERIFY2(again.ok(), failureText(again).constData());
    QCOMPARE(again->at(0).outcome, InviteResult::Outcome::Invited);
    const UserRecord sam = userOf(QStringLiteral("sam@acme.example"));
    QCOMPARE(sam.status, UserStatus::Invited);
    QCOMPARE(sam.role, UserRole::Admin);
    QCOMPARE(sam.teams, (QStringList { QStringLiteral("Everyone"), QStringLiteral("Field") }));
    QCOMPARE(sam.invitationStatus, InvitationStatus::Pending);
    QCOMPARE(rowCount(*m_store, QStringLiteral("users")), 2);
    QCOMPARE(rowCount(*m_store, QStringLiteral("invitations")), 3); // the revoked one stays in the history
    QVERIFY(lastAudit().value(QStringLiteral("again")).toBool());
}

void TestUserDirectory::pendingPastItsExpiryReadsExpired()
{
    QVERIFY(directory().invite({ invitee(QStringLiteral("late@acme.example")) }, actor).ok());
    run(QStringLiteral("UPDATE invitations SET expires_at = '2020-01-01T00:00:00.000Z'"));

    const UserRecord late = userOf(QStringLiteral("late@acme.example"));
    QCOMPARE(late.status, UserStatus::Expired);
    QCOMPARE(late.invitationStatus, InvitationStatus::Expired);
    UserFilter expired;
    expired.status = UserStatus::Expired;
    QCOMPARE(directory().users(expired).value().size(), 1);
    // Not sent any more, and invited anew by another invitation.
    QVERIFY(directory().queued().value().isEmpty());
    Result<QList<InviteResult>> again
        = directory().invite({ invitee(QStringLiteral("late@acme.example")) }, actor);
    QCOMPARE(again.value().at(0).outcome, InviteResult::Outcome::Invited);
    QCOMPARE(userOf(QStringLiteral("late@acme.example")).status, UserStatus::Invited);
}

void TestUserDirectory::resendQueuesAgainOrRenewsAnExpiredInvitation()
{
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("pending@acme.example")),
                            invitee(QStringLiteral("late@acme.example")) },
                    actor)
                .ok());
    const UserRecord pending = userOf(QStringLiteral("pending@acme.example"));
    QVERIFY(directory().markFailed(pending.invitationId, QStringLiteral("550 mailbox unavailable")).ok());
    run(QStringLiteral("UPDATE invitations SET expires_at = '2020-01-01T00:00:00.000Z'"
                       " WHERE email = 'late@acme.example'"));

    Result<UserRecord> resent
        = directory().resend(QStringLiteral("pending@acme.example"), QStringLiteral("bob"));
    QVERIFY2(resent.ok(), failureText(resent).constData());
    QCOMPARE(resent->invitationId, pending.invitationId);
    QCOMPARE(resent->delivery, DeliveryState::Queued);
    QVERIFY(resent->deliveryDetail.isEmpty());
    QCOMPARE(auditActions().last(), QStringLiteral("invitation.resent"));

    Result<UserRecord> renewed
        = directory().resend(QStringLiteral("late@acme.example"), QStringLiteral("bob"));
    QVERIFY2(renewed.ok(), failureText(renewed).constData());
    QCOMPARE(renewed->status, UserStatus::Invited);
    QCOMPARE(renewed->invitationStatus, InvitationStatus::Pending);
    QCOMPARE(renewed->invitedBy, QStringLiteral("bob"));
    QVERIFY(renewed->expiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(rowCount(*m_store, QStringLiteral("invitations")), 3);
    QCOMPARE(directory().queued().value().size(), 2);
}

void TestUserDirectory::resendRefusesWhatIsNotWaiting()
{
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("active@acme.example")),
                            invitee(QStringLiteral("gone@acme.example")) },
                    actor)
                .ok());
    run(QStringLiteral("UPDATE users SET status = 'active' WHERE email = 'active@acme.example'"));
    run(QStringLiteral("UPDATE invitations SET status = 'accepted' WHERE email = 'active@acme.example'"));
    QVERIFY(directory().revoke(QStringLiteral("gone@acme.example"), actor).ok());

    QCOMPARE(directory().resend(QStringLiteral("active@acme.example"), actor).error().code,
        QStringLiteral("invitation.not-pending"));
    QCOMPARE(directory().resend(QStringLiteral("gone@acme.example"), actor).error().code,
        QStringLiteral("user.revoked"));
    QCOMPARE(
        directory().resend(QStringLiteral("nobody@acme.example"), actor).error().kind, ErrorKind::NotFound);
}

void TestUserDirectory::filtersNarrowTheList_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("role"); // -1: any
    QTest::addColumn<int>("status"); // -1: any
    QTest::addColumn<QString>("team");
    QTest::addColumn<bool>("failedOnly");
    QTest::addColumn<QStringList>("expected");
    const QString olivia = QStringLiteral("olivia@acme.example");
    const QString ben = QStringLiteral("ben@acme.example");
    const QString cy = QStringLiteral("cy@other.example");
    QTest::newRow("all, original first")
        << QString() << -1 << -1 << QString() << false << QStringList { olivia, ben, cy };
    QTest::newRow("search in names") << QStringLiteral("GARCIA") << -1 << -1 << QString() << false
                                     << QStringList { cy };
    QTest::newRow("search in emails")
        << QStringLiteral("acme") << -1 << -1 << QString() << false << QStringList { olivia, ben };
    QTest::newRow("admins") << QString() << int(UserRole::Admin) << -1 << QString() << false
                            << QStringList { olivia };
    QTest::newRow("revoked") << QString() << -1 << int(UserStatus::Revoked) << QString() << false
                             << QStringList { ben };
    QTest::newRow("a team") << QString() << -1 << -1 << QStringLiteral("field") << false
                            << QStringList { cy };
    QTest::newRow("delivery failed") << QString() << -1 << -1 << QString() << true << QStringList { cy };
}

void TestUserDirectory::filtersNarrowTheList()
{
    QFETCH(QString, search);
    QFETCH(int, role);
    QFETCH(int, status);
    QFETCH(QString, team);
    QFETCH(bool, failedOnly);
    QFETCH(QStringList, expected);
    QVERIFY(directory().createTeam(QStringLiteral("Field"), actor).ok());
    Invitee cy = invitee(QStringLiteral("cy@other.example"), UserRole::User, { QStringLiteral("Field") });
    cy.firstName = QStringLiteral("Cy");
    cy.lastName = QStringLiteral("Garcia");
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("olivia@acme.example"), UserRole::Admin),
                            invitee(QStringLiteral("ben@acme.example")), cy },
                    actor)
                .ok());
    QVERIFY(directory().remove(QStringLiteral("ben@acme.example"), actor).ok());
    QVERIFY(directory().markFailed(userOf(cy.email).invitationId, QStringLiteral("refused")).ok());

    UserFilter filter;
    filter.search = search;
    if (role >= 0) {
        filter.role = UserRole(role);
    }
    if (status >= 0) {
        filter.status = UserStatus(status);
    }
    filter.team = team;
    filter.deliveryFailedOnly = failedOnly;
    Result<QList<UserRecord>> users = directory().users(filter);
    QVERIFY2(users.ok(), failureText(users).constData());
    QStringList emails;
    for (const UserRecord& user : *users) {
        emails << user.email;
    }
    QCOMPARE(emails, expected);
}

void TestUserDirectory::teamsAreCreatedRenamedAndDeleted()
{
    Result<TeamRecord> created = directory().createTeam(QStringLiteral("  Sales  "), actor);
    QVERIFY2(created.ok(), failureText(created).constData());
    QCOMPARE(created->name, QStringLiteral("Sales"));
    QVERIFY(!created->isDefault);
    QCOMPARE(
        directory().createTeam(QStringLiteral("SALES"), actor).error().code, QStringLiteral("teams.exists"));
    QCOMPARE(directory().createTeam(QStringLiteral("everyone"), actor).error().code,
        QStringLiteral("teams.exists"));
    QVERIFY(directory().createTeam(QStringLiteral("Alpha"), actor).ok());
    QVERIFY(
        directory()
            .invite(
                { invitee(QStringLiteral("a@acme.example"), UserRole::User, { QStringLiteral("Sales") }),
                    invitee(QStringLiteral("b@acme.example"), UserRole::User, { QStringLiteral("Sales") }) },
                actor)
            .ok());
    QVERIFY(directory().remove(QStringLiteral("b@acme.example"), actor).ok());

    Result<QList<TeamRecord>> teams = directory().teams();
    QVERIFY2(teams.ok(), failureText(teams).constData());
    QCOMPARE(teams->size(), 3);
    QCOMPARE(teams->at(0).name, QStringLiteral("Everyone"));
    QVERIFY(teams->at(0).isDefault);
    QCOMPARE(teams->at(0).members, 1); // the removed one no longer counts
    QCOMPARE(teams->at(1).name, QStringLiteral("Alpha"));
    QCOMPARE(teams->at(2).name, QStringLiteral("Sales"));
    QCOMPARE(teams->at(2).members, 1);

    QCOMPARE(directory().renameTeam(QStringLiteral("sales"), QStringLiteral("alpha"), actor).error().code,
        QStringLiteral("teams.exists"));
    Result<TeamRecord> renamed
        = directory().renameTeam(QStringLiteral("sales"), QStringLiteral("Field Sales"), actor);
    QVERIFY2(renamed.ok(), failureText(renamed).constData());
    QCOMPARE(renamed->name, QStringLiteral("Field Sales"));
    QCOMPARE(userOf(QStringLiteral("a@acme.example")).teams,
        (QStringList { QStringLiteral("Everyone"), QStringLiteral("Field Sales") }));
    QCOMPARE(directory().renameTeam(QStringLiteral("Nope"), QStringLiteral("X"), actor).error().kind,
        ErrorKind::NotFound);

    QVERIFY(directory().deleteTeam(QStringLiteral("field sales"), actor).ok());
    QCOMPARE(userOf(QStringLiteral("a@acme.example")).teams, QStringList { QStringLiteral("Everyone") });
    QCOMPARE(lastAudit().value(QStringLiteral("members")).toInt(), 1);
    const QStringList actions = auditActions();
    QVERIFY(actions.contains(QStringLiteral("team.renamed")));
    QCOMPARE(actions.last(), QStringLiteral("team.deleted"));
}

void TestUserDirectory::teamNamesAreChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QStringLiteral("   ");
    QTest::newRow("a CSV separator") << QStringLiteral("Sales; EMEA");
    QTest::newRow("a comma") << QStringLiteral("Sales, EMEA");
    QTest::newRow("a bar") << QStringLiteral("Sales|EMEA");
    QTest::newRow("too long") << QString(65, QLatin1Char('x'));
}

void TestUserDirectory::teamNamesAreChecked()
{
    QFETCH(QString, name);
    Result<TeamRecord> created = directory().createTeam(name, actor);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("teams.name"));
    QCOMPARE(directory().teams().value().size(), 1);
}

void TestUserDirectory::everyoneCannotBeRenamedOrDeleted()
{
    QCOMPARE(directory().renameTeam(QStringLiteral("EVERYONE"), QStringLiteral("All"), actor).error().code,
        QStringLiteral("teams.everyone"));
    QCOMPARE(directory().deleteTeam(QStringLiteral("Everyone"), actor).error().code,
        QStringLiteral("teams.everyone"));
    QCOMPARE(directory().teams().value().constFirst().name, QStringLiteral("Everyone"));
    QCOMPARE(auditActions(), QStringList { QStringLiteral("instance.created") });
}

void TestUserDirectory::roleChangesKeepAnAdmin()
{
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("olivia@acme.example"), UserRole::Admin),
                            invitee(QStringLiteral("sam@acme.example")) },
                    actor)
                .ok());
    Result<UserRecord> last
        = directory().setRole(QStringLiteral("olivia@acme.example"), UserRole::User, actor);
    QVERIFY(!last.ok());
    QCOMPARE(last.error().code, QStringLiteral("users.last-admin"));

    Result<UserRecord> promoted
        = directory().setRole(QStringLiteral("sam@acme.example"), UserRole::Admin, actor);
    QVERIFY2(promoted.ok(), failureText(promoted).constData());
    QCOMPARE(promoted->role, UserRole::Admin);
    QCOMPARE(auditActions().last(), QStringLiteral("user.role-changed"));
    QCOMPARE(lastAudit().value(QStringLiteral("to")).toString(), QStringLiteral("admin"));
    QVERIFY(directory().setRole(QStringLiteral("olivia@acme.example"), UserRole::User, actor).ok());
    // The same role again changes nothing and writes nothing.
    const int entries = int(auditActions().size());
    QVERIFY(directory().setRole(QStringLiteral("olivia@acme.example"), UserRole::User, actor).ok());
    QCOMPARE(int(auditActions().size()), entries);
}

void TestUserDirectory::teamsChangeAndEveryoneStays()
{
    QVERIFY(directory().createTeam(QStringLiteral("Field"), actor).ok());
    QVERIFY(directory().createTeam(QStringLiteral("Inside"), actor).ok());
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("sam@acme.example"), UserRole::User,
                            { QStringLiteral("Field") }) },
                    actor)
                .ok());

    Result<UserRecord> changed = directory().setTeams(
        QStringLiteral("sam@acme.example"), { QStringLiteral("inside"), QStringLiteral("Inside") }, actor);
    QVERIFY2(changed.ok(), failureText(changed).constData());
    QCOMPARE(changed->teams, (QStringList { QStringLiteral("Everyone"), QStringLiteral("Inside") }));
    QCOMPARE(auditActions().last(), QStringLiteral("user.teams-changed"));

    Result<UserRecord> none = directory().setTeams(QStringLiteral("sam@acme.example"), {}, actor);
    QCOMPARE(none.value().teams, QStringList { QStringLiteral("Everyone") });
    Result<UserRecord> unknown
        = directory().setTeams(QStringLiteral("sam@acme.example"), { QStringLiteral("Ghosts") }, actor);
    QCOMPARE(unknown.error().code, QStringLiteral("teams.unknown"));
    QCOMPARE(userOf(QStringLiteral("sam@acme.example")).teams, QStringList { QStringLiteral("Everyone") });
}

void TestUserDirectory::revokeWithdrawsAPendingInvitation()
{
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("olivia@acme.example"), UserRole::Admin),
                            invitee(QStringLiteral("sam@acme.example")),
                            invitee(QStringLiteral("active@acme.example")) },
                    actor)
                .ok());
    run(QStringLiteral("UPDATE users SET status = 'active' WHERE email = 'active@acme.example'"));
    run(QStringLiteral("UPDATE invitations SET status = 'accepted' WHERE email = 'active@acme.example'"));

    Result<UserRecord> revoked = directory().revoke(QStringLiteral("sam@acme.example"), actor);
    QVERIFY2(revoked.ok(), failureText(revoked).constData());
    QCOMPARE(revoked->status, UserStatus::Revoked);
    QCOMPARE(revoked->invitationStatus, InvitationStatus::Revoked);
    QCOMPARE(auditActions().last(), QStringLiteral("invitation.revoked"));
    QCOMPARE(directory().revoke(QStringLiteral("active@acme.example"), actor).error().code,
        QStringLiteral("invitation.not-pending"));

    beginPeopleSync();
    Result<UserRecord> original = directory().revoke(QStringLiteral("olivia@acme.example"), actor);
    QCOMPARE(original.error().code, QString::fromLatin1(UserRemovalRule::originalAfterSyncCode));
    QCOMPARE(userOf(QStringLiteral("olivia@acme.example")).invitationStatus, InvitationStatus::Pending);
}

void TestUserDirectory::removeFollowsTheOriginalUserRule()
{
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("olivia@acme.example"), UserRole::Admin),
                            invitee(QStringLiteral("sam@acme.example")) },
                    actor)
                .ok());
    beginPeopleSync();
    const QStringList auditBefore = auditActions();
    Result<UserRecord> original = directory().remove(QStringLiteral("olivia@acme.example"), actor);
    QVERIFY(!original.ok());
    QCOMPARE(original.error().kind, ErrorKind::RuleViolation);
    QCOMPARE(original.error().code, QString::fromLatin1(UserRemovalRule::originalAfterSyncCode));
    QCOMPARE(auditActions(), auditBefore);

    Result<UserRecord> sam = directory().remove(QStringLiteral("Sam@acme.example"), actor);
    QVERIFY2(sam.ok(), failureText(sam).constData());
    QCOMPARE(sam->status, UserStatus::Revoked);
    QCOMPARE(auditActions().last(), QStringLiteral("user.removed"));
    QCOMPARE(lastAudit().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    QCOMPARE(directory().remove(QStringLiteral("sam@acme.example"), actor).error().code,
        QStringLiteral("user.already-removed"));
    QCOMPARE(directory().remove(QStringLiteral("nobody@acme.example"), actor).error().code,
        QStringLiteral("user.not-found"));
}

void TestUserDirectory::removedUserCannotBeChanged()
{
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("a@acme.example"), UserRole::Admin),
                            invitee(QStringLiteral("sam@acme.example")) },
                    actor)
                .ok());
    QVERIFY(directory().remove(QStringLiteral("sam@acme.example"), actor).ok());
    QCOMPARE(directory().setRole(QStringLiteral("sam@acme.example"), UserRole::Admin, actor).error().code,
        QStringLiteral("user.revoked"));
    QCOMPARE(directory().setTeams(QStringLiteral("sam@acme.example"), {}, actor).error().code,
        QStringLiteral("user.revoked"));
}

void TestUserDirectory::queuedHoldsWhatIsToBeSent()
{
    // Step 1's admin is queued as well as step 5's users.
    AdminInvitee admin;
    admin.email = QStringLiteral("olivia@acme.example");
    QVERIFY(AdminInvitationRepository(*m_store).invite({ admin }, actor).ok());
    QCOMPARE(userOf(admin.email).teams, QStringList { QStringLiteral("Everyone") });
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("sam@acme.example")),
                            invitee(QStringLiteral("gone@acme.example")),
                            invitee(QStringLiteral("late@acme.example")),
                            invitee(QStringLiteral("sent@acme.example")) },
                    QStringLiteral("bob"))
                .ok());
    QVERIFY(directory().revoke(QStringLiteral("gone@acme.example"), actor).ok());
    run(QStringLiteral(
        "UPDATE invitations SET expires_at = '2020-01-01T00:00:00.000Z' WHERE email = 'late@acme.example'"));
    QVERIFY(directory()
                .markDelivered(userOf(QStringLiteral("sent@acme.example")).invitationId, DeliveryState::Sent,
                    QStringLiteral("250 Ok"))
                .ok());

    Result<QList<QueuedInvitation>> queued = directory().queued();
    QVERIFY2(queued.ok(), failureText(queued).constData());
    QCOMPARE(queued->size(), 2);
    QCOMPARE(queued->at(0).user.email, admin.email);
    QCOMPARE(queued->at(0).instanceName, QStringLiteral("Acme"));
    QCOMPARE(queued->at(0).inviterName, actor);
    QCOMPARE(queued->at(1).user.email, QStringLiteral("sam@acme.example"));
    QCOMPARE(queued->at(1).inviterName, QStringLiteral("bob"));
    QCOMPARE(queued->at(1).invitationId, queued->at(1).user.invitationId);
    QCOMPARE(directory().queued(1).value().size(), 1);
}

void TestUserDirectory::deliveryOutcomesAreRecordedAndAudited()
{
    QVERIFY(
        directory()
            .invite({ invitee(QStringLiteral("a@acme.example")), invitee(QStringLiteral("b@acme.example")) },
                QStringLiteral("bob"))
            .ok());
    const qint64 a = userOf(QStringLiteral("a@acme.example")).invitationId;
    const qint64 b = userOf(QStringLiteral("b@acme.example")).invitationId;

    QVERIFY(directory().markDelivered(a, DeliveryState::InOutbox, QStringLiteral("/tmp/outbox/a.eml")).ok());
    const UserRecord sentA = userOf(QStringLiteral("a@acme.example"));
    QCOMPARE(sentA.delivery, DeliveryState::InOutbox);
    QCOMPARE(sentA.deliveryDetail, QStringLiteral("/tmp/outbox/a.eml"));
    QVERIFY(sentA.deliveredAt.isValid());
    QCOMPARE(sentA.deliveryAttempts, 1);
    QCOMPARE(sentA.invitationStatus, InvitationStatus::Pending); // delivered is not accepted
    const Result<QList<AuditEntry>> delivered = AuditLog(*m_store).entries(1);
    QCOMPARE(delivered.value().constFirst().action, QStringLiteral("invitation.delivered"));
    QCOMPARE(delivered.value().constFirst().actor, QStringLiteral("bob"));

    QVERIFY(directory().markFailed(b, QStringLiteral("550 5.1.1 no such user")).ok());
    const UserRecord failedB = userOf(QStringLiteral("b@acme.example"));
    QCOMPARE(failedB.delivery, DeliveryState::Failed);
    QCOMPARE(failedB.deliveryDetail, QStringLiteral("550 5.1.1 no such user"));
    QVERIFY(!failedB.deliveredAt.isValid());
    QCOMPARE(auditActions().last(), QStringLiteral("invitation.delivery-failed"));

    QCOMPARE(directory().markDelivered(a, DeliveryState::Queued, {}).error().code,
        QStringLiteral("delivery.state"));
    QCOMPARE(directory().markFailed(9999, QStringLiteral("x")).error().kind, ErrorKind::NotFound);
}

void TestUserDirectory::failedOnesAreRetried()
{
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("a@acme.example"), UserRole::Admin),
                            invitee(QStringLiteral("b@acme.example")),
                            invitee(QStringLiteral("c@acme.example")) },
                    actor)
                .ok());
    QVERIFY(directory()
                .markFailed(userOf(QStringLiteral("b@acme.example")).invitationId, QStringLiteral("refused"))
                .ok());
    QVERIFY(directory()
                .markFailed(userOf(QStringLiteral("c@acme.example")).invitationId, QStringLiteral("refused"))
                .ok());
    QVERIFY(directory().revoke(QStringLiteral("c@acme.example"), actor).ok()); // not retried: revoked
    QCOMPARE(directory().queued().value().size(), 1);

    Result<int> retried = directory().retryFailed(QStringLiteral("bob"));
    QVERIFY2(retried.ok(), failureText(retried).constData());
    QCOMPARE(*retried, 1);
    QCOMPARE(userOf(QStringLiteral("b@acme.example")).delivery, DeliveryState::Queued);
    QCOMPARE(directory().queued().value().size(), 2);
    QCOMPARE(auditActions().last(), QStringLiteral("invitation.retried"));
    const int entries = int(auditActions().size());
    QCOMPARE(directory().retryFailed(actor).value(), 0);
    QCOMPARE(int(auditActions().size()), entries);
}

void TestUserDirectory::importContextSaysWhoIsThere()
{
    QVERIFY(directory().createTeam(QStringLiteral("Field"), actor).ok());
    QVERIFY(directory()
                .invite({ invitee(QStringLiteral("Olivia@acme.example"), UserRole::Admin),
                            invitee(QStringLiteral("active@acme.example")),
                            invitee(QStringLiteral("gone@acme.example")),
                            invitee(QStringLiteral("late@acme.example")) },
                    actor)
                .ok());
    run(QStringLiteral("UPDATE users SET status = 'active' WHERE email = 'active@acme.example'"));
    run(QStringLiteral("UPDATE invitations SET status = 'accepted' WHERE email = 'active@acme.example'"));
    QVERIFY(directory().remove(QStringLiteral("gone@acme.example"), actor).ok());
    run(QStringLiteral(
        "UPDATE invitations SET expires_at = '2020-01-01T00:00:00.000Z' WHERE email = 'late@acme.example'"));

    Result<ImportContext> context = directory().importContext();
    QVERIFY2(context.ok(), failureText(context).constData());
    QVERIFY(context->pendingInvitations.contains(QStringLiteral("Olivia@acme.example")));
    QVERIFY(context->pendingInvitations.contains(QStringLiteral("olivia@acme.example")));
    QVERIFY(context->existingUsers.contains(QStringLiteral("active@acme.example")));
    // Removed and expired ones may be invited again: a row for them is valid.
    for (const QString& again :
        { QStringLiteral("gone@acme.example"), QStringLiteral("late@acme.example") }) {
        QVERIFY(!context->existingUsers.contains(again));
        QVERIFY(!context->pendingInvitations.contains(again));
    }
    QCOMPARE(context->knownTeams, (QStringList { QStringLiteral("Everyone"), QStringLiteral("Field") }));
}

#ifdef SIA_HAVE_CSV
namespace {

CsvTable table(const QList<QStringList>& rows)
{
    CsvTable csv;
    csv.header = QStringList { QStringLiteral("Email"), QStringLiteral("First name"), QStringLiteral("Role"),
        QStringLiteral("Teams") };
    int line = 1;
    for (const QStringList& cells : rows) {
        csv.rows.append(CsvRow { ++line, cells });
    }
    csv.encoding = QStringLiteral("UTF-8");
    csv.delimiter = QLatin1Char(',');
    return csv;
}

} // namespace
#endif

void TestUserDirectory::importInvitesTheValidRowsAndCreatesTeams()
{
#ifndef SIA_HAVE_CSV
    QSKIP("needs users-csv's InviteImportPlan");
#else
    QVERIFY(
        directory().invite({ invitee(QStringLiteral("olivia@acme.example"), UserRole::Admin) }, actor).ok());
    const CsvTable csv = table({ { QStringLiteral("ana@acme.example"), QStringLiteral("Ana"),
                                     QStringLiteral("admin"), QStringLiteral("Field;Inside") },
        { QStringLiteral("not an address"), QStringLiteral("X"), QString(), QString() },
        { QStringLiteral("olivia@acme.example"), QStringLiteral("O"), QString(), QString() },
        { QStringLiteral("ben@acme.example"), QStringLiteral("Ben"), QString(), QStringLiteral("Field") } });
    const ColumnMapping mapping = ColumnMapping::autoMatched(csv.header);
    const ImportContext context = directory().importContext().value();
    const InviteImportPlan plan = InviteImportPlan::build(
        csv, mapping, context.existingUsers, context.pendingInvitations, context.knownTeams);
    QCOMPARE(plan.counts().valid, 2);

    Result<ImportResult> imported = directory().import(plan, QStringLiteral("people.csv"), actor);
    QVERIFY2(imported.ok(), failureText(imported).constData());
    QCOMPARE(imported->invited, 2);
    QCOMPARE(imported->teamsCreated, (QStringList { QStringLiteral("Field"), QStringLiteral("Inside") }));
    QCOMPARE(imported->users.at(0).email, QStringLiteral("ana@acme.example"));
    const UserRecord ana = userOf(QStringLiteral("ana@acme.example"));
    QCOMPARE(ana.role, UserRole::Admin);
    QCOMPARE(ana.source, InvitationSource::Csv);
    QCOMPARE(ana.teams,
        (QStringList { QStringLiteral("Everyone"), QStringLiteral("Field"), QStringLiteral("Inside") }));
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT csv_file FROM invitations WHERE email = 'ben@acme.example'"))
            .toString(),
        QStringLiteral("people.csv"));
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT csv_row FROM invitations WHERE email = 'ben@acme.example'"))
            .toInt(),
        4);
    QCOMPARE(auditActions().last(), QStringLiteral("users.imported"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("users")), 3);
#endif
}

void TestUserDirectory::importFailingInTheMiddleSavesNothing()
{
#ifndef SIA_HAVE_CSV
    QSKIP("needs users-csv's InviteImportPlan");
#else
    const CsvTable csv
        = table({ { QStringLiteral("a@acme.example"), QString(), QString(), QStringLiteral("New team") },
            { QStringLiteral("b@acme.example"), QString(), QString(), QString() },
            { QStringLiteral("c@acme.example"), QString(), QString(), QString() },
            { QStringLiteral("d@acme.example"), QString(), QString(), QString() } });
    const ImportContext context = directory().importContext().value();
    const InviteImportPlan plan = InviteImportPlan::build(csv, ColumnMapping::autoMatched(csv.header),
        context.existingUsers, context.pendingInvitations, context.knownTeams);
    QCOMPARE(plan.counts().valid, 4);
    // The same statement on both backends: the third row's invitation breaks a unique index that only
    // rows from the second on fall under.
    run(QStringLiteral(
        "CREATE UNIQUE INDEX fail_in_the_middle ON invitations (csv_file) WHERE csv_row >= 2"));
    const QStringList auditBefore = auditActions();

    Result<ImportResult> imported = directory().import(plan, QStringLiteral("people.csv"), actor);
    QVERIFY(!imported.ok());
    QCOMPARE(rowCount(*m_store, QStringLiteral("users")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("invitations")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("team_members")), 0);
    QCOMPARE(directory().teams().value().size(), 1);
    QCOMPARE(auditActions(), auditBefore);
#endif
}

void TestUserDirectory::stalePlanIsRefused()
{
#ifndef SIA_HAVE_CSV
    QSKIP("needs users-csv's InviteImportPlan");
#else
    QVERIFY(directory().createTeam(QStringLiteral("Field"), actor).ok());
    const CsvTable csv
        = table({ { QStringLiteral("a@acme.example"), QString(), QString(), QStringLiteral("Field") },
            { QStringLiteral("b@acme.example"), QString(), QString(), QString() } });
    const ImportContext context = directory().importContext().value();
    const InviteImportPlan plan = InviteImportPlan::build(csv, ColumnMapping::autoMatched(csv.header),
        context.existingUsers, context.pendingInvitations, context.knownTeams);

    // Invited meanwhile, by someone else.
    QVERIFY(directory().invite({ invitee(QStringLiteral("b@acme.example")) }, QStringLiteral("bob")).ok());
    Result<ImportResult> stale = directory().import(plan, QStringLiteral("people.csv"), actor);
    QCOMPARE(stale.error().code, QStringLiteral("users.import-stale"));
    QVERIFY(stale.error().message.contains(QStringLiteral("b@acme.example")));
    QCOMPARE(rowCount(*m_store, QStringLiteral("users")), 1);

    // A team of a row deleted meanwhile.
    QVERIFY(directory().revoke(QStringLiteral("b@acme.example"), actor).ok());
    QVERIFY(directory().deleteTeam(QStringLiteral("Field"), actor).ok());
    Result<ImportResult> deleted = directory().import(plan, QStringLiteral("people.csv"), actor);
    QCOMPARE(deleted.error().code, QStringLiteral("users.import-stale"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("invitations")), 1);
#endif
}

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "testuserdirectory.moc"
